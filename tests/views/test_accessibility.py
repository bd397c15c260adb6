"""Every screen and dialog as a screen reader finds it: no interactive control without an
accessible name (combo boxes labelled by a caption, as Linux screen readers need), charts with
their table as a text alternative, and the board's occurrences as accessible items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible

from desktop.views.main_window import SCREENS, MainWindow
from tests.views.accessibility import interactive_controls, unnamed


@pytest.fixture(params=["en", "zh_TW"])
def window(request: Any, qtbot: Any, sample_ws: Any) -> MainWindow:
    win = MainWindow(sample_ws[0], lang=request.param)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_screen_names_every_control(qtbot: Any, window: MainWindow) -> None:
    missing = {}
    for key, _module, _cls in SCREENS:
        window.show_screen(key)
        qtbot.wait(10)
        missing[key] = unnamed(window)
    assert missing == {key: [] for key, _m, _c in SCREENS}
    window.show_screen("board")
    canvas = window.screen("board").canvas
    timeline = QAccessible.queryAccessibleInterface(canvas)
    assert timeline.childCount() > 100  # the occurrences, as items
    assert timeline.child(0).text(QAccessible.Text.Name).startswith("T1.1")


def test_charts_carry_their_table_as_text(qtbot: Any, window: MainWindow) -> None:
    screen = window.show_screen("kpis")
    qtbot.wait(10)
    charts = [
        w for w in interactive_controls(window) if type(w).__name__ in ("KpiTile", "PlotWidget")
    ]
    assert len(charts) >= 2
    month = "Mar" if window.ctx.lang == "en" else "3月"
    for chart in charts:
        iface = QAccessible.queryAccessibleInterface(chart)
        assert iface.text(QAccessible.Text.Name)
        table = iface.text(QAccessible.Text.Description).splitlines()
        assert len(table) == 12 and month in table[2]
    assert screen is not None


def unnamed_in_year_dialog(qtbot: Any, window: MainWindow) -> list[str]:
    """File ▸ New plan for next year asks the year in Qt's own input dialog: read it while it
    is open, then cancel it as the person would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.views.files import rollover_actions

    found: list[list[str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        found.append(unnamed(dialog))
        dialog.reject()

    QTimer.singleShot(0, look)
    assert rollover_actions.ask_year(window, "New plan for next year", 2028) is None
    return found[0]


def test_every_dialog_names_every_control(qtbot: Any, sample_ws: Any) -> None:
    from desktop.views.board.board_notes import NoteDialog
    from desktop.views.board.subtask_editor import SubtaskEditor
    from desktop.views.files.server_dialog import ServerDialog
    from desktop.views.help_actions import ShortcutsDialog
    from desktop.views.reports.reports_dialog import ReportsDialog
    from desktop.views.signoff.create_key_dialog import CreateKeyDialog
    from desktop.views.signoff.keys_dialog import KeysDialog
    from desktop.views.signoff.people_dialog import PeopleDialog
    from desktop.views.signoff.sign_dialog import SignDialog
    from desktop.views.signoff.sign_pdf_dialog import SignPdfDialog

    win = MainWindow(sample_ws[0], lang="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    subtask = next(r for r in win.screen("board").model.visible_rows() if r.kind == "subtask")
    ctx = win.ctx
    dialogs = [
        ShortcutsDialog(win),
        SubtaskEditor(ctx, subtask.item_id, win),
        KeysDialog(ctx, win),
        PeopleDialog(ctx, win),
        CreateKeyDialog(win),
        ServerDialog(win),
        SignDialog(ctx, ctx.plan_id, "compiler", parent=win),
        SignPdfDialog(win, Path("plan.pdf"), b"", {"title": "社交媒體計劃", "revision": 1}),
        ReportsDialog(ctx, win),
        NoteDialog("T1.1", "", "", win),
    ]
    board = win.screen("board")
    board.tree.setCurrentIndex(board.model.index_of(subtask.kind, subtask.item_id))
    dialogs.append(board.edit_current())  # the subtask editor with its notes
    dialogs.append(board.edit_task_current())  # the task editor, generated from the field table
    missing = {}
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        missing[type(dialog).__name__] = unnamed(dialog)
        dialog.close()
    assert missing == {type(d).__name__: [] for d in dialogs}
    assert unnamed_in_year_dialog(qtbot, win) == []


def focus_walk(qtbot: Any, start: Any, presses: int) -> list[Any]:
    """The widgets the focus visits from ``start`` with Tab (Ctrl+Tab out of a table)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(presses):
        here = QApplication.focusWidget()
        ctrl = isinstance(here, QAbstractItemView) and here.tabKeyNavigation()
        modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(here, Qt.Key.Key_Tab, modifier)
        seen.append(QApplication.focusWidget())
    return seen


def test_focus_follows_reading_order(qtbot: Any, sample_ws: Any) -> None:
    win = MainWindow(sample_ws[0], lang="en")
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    board = win.show_screen("board")
    seen = focus_walk(qtbot, board.zoom_box, 4)
    assert seen == [board.zoom_box, board.team_box, board.task_box, board.tree, board.canvas]
    risks = win.show_screen("risks")
    seen = focus_walk(qtbot, risks.status_box, 2)
    assert seen[1] is risks.table  # the filters above, then the table
    assert seen[2] is not risks.table  # Ctrl+Tab leaves the table
    kpis = win.show_screen("kpis")
    tiles = list(kpis.tiles.values())
    seen = focus_walk(qtbot, tiles[0], len(tiles))
    assert seen == [*tiles, kpis.chart.plot]  # the tiles on the left, then the chart


def test_notes_follow_the_palette_a_high_contrast_theme_gives(qtbot: Any, sample_ws: Any) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from desktop.views.risks.risk_register import RiskRegisterScreen
    from desktop.views.shared.context import AppContext

    app = QApplication.instance()
    before = app.palette()
    contrast = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#ffff00"),
    ):
        contrast.setColor(role, QColor(colour))
    app.setPalette(contrast)
    try:
        screen = RiskRegisterScreen(AppContext(sample_ws[0]))
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        legend = screen.legend.grab().toImage()
        colours = {
            legend.pixelColor(x, y).name()
            for x in range(0, legend.width(), 2)
            for y in range(legend.height())
        }
        assert "#ffff00" in colours  # the legend's text is the theme's, not a fixed grey
        assert "#555555" not in colours
    finally:
        app.setPalette(before)


def test_a_larger_system_font_makes_the_board_rows_taller(qtbot: Any, sample_ws: Any) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from tests.views.board.test_task_board import make_board

    app = QApplication.instance()
    before = QFont(app.font())
    heights = []
    try:
        for scale in (1.0, 1.6):
            font = QFont(before)
            font.setPointSizeF(before.pointSizeF() * scale)
            app.setFont(font)
            board = make_board(qtbot, sample_ws[0])
            rows, indexes, offset = board.canvas.visible()
            options = board.canvas.options(rows, indexes, offset)
            heights.append(options.row_height)
            assert options.row_height == board.tree.visualRect(indexes[0]).height()
    finally:
        app.setFont(before)
    assert app.font().pointSizeF() == before.pointSizeF()
    assert heights[1] > heights[0]  # the timeline's rows follow the text's size
