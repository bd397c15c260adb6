"""Keyboard-first tables: Tab and Shift+Tab go along the row the person is typing in — across
the risk register's frozen and scrolled columns, along the KPI actuals row — never into another
row; Enter commits, Esc cancels; keys go where the focus is, as a person's keystrokes do."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QWidget

from desktop.models.serialize import canonical_json, dump_plan
from desktop.views.risks import risk_columns as rc
from desktop.views.shared.context import AppContext
from tests.views.risks.risk_helpers import risk_id
from tests.views.settle import settle


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus was lost"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed by the person: it goes to whatever has the focus."""
    qtbot.keyClick(focused(), key, modifier)


def type_in(text: str) -> None:
    """Type ``text`` where the focus is (as an input method commits it: CJK too)."""
    QApplication.sendEvent(
        focused(), QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
    )


def clear_editor() -> None:
    """Select what the open editor holds and press Delete."""
    editor = focused()
    assert isinstance(editor, QLineEdit | QPlainTextEdit)
    editor.selectAll()
    QApplication.sendEvent(
        editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    )


def plan_dump(ctx: AppContext) -> dict[str, Any]:
    with ctx.session() as session:
        return json.loads(canonical_json(dump_plan(ctx.plan(session))))


def risks_by_code(ctx: AppContext) -> dict[str, dict[str, Any]]:
    return {r["code"]: r for r in plan_dump(ctx)["risks"]}


@pytest.fixture
def register(qtbot: Any, sample_ws: Any) -> Any:
    from desktop.views.risks.risk_register import RiskRegisterScreen

    screen = RiskRegisterScreen(AppContext(sample_ws[0]))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.isActiveWindow())
    return screen


def test_tab_through_a_new_risk_row_fills_that_row_only(qtbot: Any, register: Any) -> None:
    ctx, table = register.ctx, register.table
    before = risks_by_code(ctx)
    register.select_risk(risk_id(ctx, "R5"))  # the last row: Qt's Tab would wrap to R1
    new_id = register.add_risk()
    settle(register)
    row = table.currentIndex().row()
    assert table.currentIndex().column() == rc.COL_TITLE
    assert isinstance(focused(), QLineEdit)  # the new risk's title, open for typing
    clear_editor()
    type_in("供應商延誤")
    press(qtbot, Qt.Key.Key_Tab)  # from the frozen 風險 column into the scrolled ones
    settle(register)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (row, rc.COL_CATEGORY)
    assert isinstance(focused(), QLineEdit)
    type_in("營運")
    press(qtbot, Qt.Key.Key_Tab)
    settle(register)
    assert table.currentIndex().column() == rc.COL_IMPACT_TEXT
    type_in("貼文延遲發布")
    press(qtbot, Qt.Key.Key_Tab)
    settle(register)
    assert table.currentIndex().column() == rc.COL_LIKELIHOOD
    assert isinstance(focused(), QAbstractSpinBox) or isinstance(
        focused().parent(), QAbstractSpinBox
    )
    type_in("4")  # the spin box opens with its value selected
    visited = [table.currentIndex().column()]
    for _ in range(rc.COLUMN_COUNT + 3):  # on to the row's end, and Tab again there
        press(qtbot, Qt.Key.Key_Tab)
        settle(register)
        assert table.currentIndex().row() == row
        visited.append(table.currentIndex().column())
    assert rc.COL_IMPACT in visited and rc.COL_REVIEW in visited
    assert not set(visited) & rc.READ_ONLY_COLUMNS  # computed score and band skipped
    assert visited[-1] == visited[-2] == rc.COL_RES_IMPACT  # the row's end: it stays
    assert table.indexWidget(table.currentIndex()) is None  # committed and closed
    assert focused() is table
    for _ in range(rc.COLUMN_COUNT):  # Shift+Tab back to the frozen code, and it stays
        press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert table.currentIndex().row() == row
    assert table.currentIndex().column() == rc.COL_CODE
    after = risks_by_code(ctx)
    assert {code: after[code] for code in before} == before  # R1–R5 untouched
    new = next(r for code, r in after.items() if code not in before)
    assert register.current_risk_id() == new_id
    assert (new["title"], new["category"], new["impact_text"]) == (
        "供應商延誤",
        "營運",
        "貼文延遲發布",
    )
    assert new["likelihood"] == 4


def test_tab_from_the_frozen_title_of_the_last_row_stays_in_it(qtbot: Any, register: Any) -> None:
    ctx, table = register.ctx, register.table
    before = risks_by_code(ctx)
    index = register.select_risk(risk_id(ctx, "R5"), rc.COL_TITLE)
    table.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    type_in("x")
    press(qtbot, Qt.Key.Key_Escape)  # Esc cancels the cell
    assert table.indexWidget(index) is None and focused() is table
    assert risks_by_code(ctx) == before
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # to the frozen code
    assert table.currentIndex().column() == rc.COL_CODE
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # the row's start
    assert table.currentIndex().column() == rc.COL_CODE and focused() is table
    assert table.currentIndex().row() == index.row()
    assert risks_by_code(ctx) == before


@pytest.fixture
def goals(qtbot: Any, sample_ws: Any) -> Any:
    from desktop.views.goals.goals_screen import GoalsScreen

    screen = GoalsScreen(AppContext(sample_ws[0]))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.isActiveWindow())
    return screen


def test_typing_a_row_of_twelve_monthly_actuals_needs_no_mouse(qtbot: Any, goals: Any) -> None:
    view, model = goals.actuals_view, goals.actuals
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    code = model.kpis[1]["code"]
    values = [str(100 + 5 * month) for month in range(12)]
    for value in values:
        type_in(value)  # typing opens the cell's editor (no F2, no click)
        press(qtbot, Qt.Key.Key_Tab)
        settle(goals)  # the refresh after each commit keeps the editor and the focus
        assert focused() is view or view.isAncestorOf(focused())
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 11
    actuals = next(
        k for g in plan_dump(goals.ctx)["goals"] for k in g["kpis"] if k["code"] == code
    )["actuals"]
    assert [a["value"] for a in sorted(actuals, key=lambda a: a["month"])] == [
        float(v) for v in values
    ]
    others = [model.kpis[r]["actuals"] for r in (0, 2)]
    assert all(not a or 1 not in a or a[1][0] != 100.0 for a in others)  # no other row got them


def test_enter_commits_and_esc_cancels_an_actual(qtbot: Any, goals: Any) -> None:
    view, model = goals.actuals_view, goals.actuals
    view.setFocus()
    view.setCurrentIndex(model.index(0, 2))
    type_in("42")
    press(qtbot, Qt.Key.Key_Return)  # Qt commits on the next event-loop pass
    qtbot.waitUntil(lambda: view.indexWidget(view.currentIndex()) is None)
    settle(goals)
    assert model.kpis[0]["actuals"][3][0] == 42.0 and focused() is view
    type_in("7")
    press(qtbot, Qt.Key.Key_Escape)
    settle(goals)
    assert model.kpis[0]["actuals"][3][0] == 42.0 and focused() is view


def test_tab_in_a_goal_row_stops_at_its_end(qtbot: Any, goals: Any) -> None:
    view = goals.goals.view
    view.setFocus()
    view.setCurrentIndex(goals.goals.model.index(0, 0))
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
        assert view.currentIndex().row() == 0
    assert view.currentIndex().column() == goals.goals.model.columnCount() - 1
    assert focused() is view


def test_the_shortcut_list_says_what_the_tables_and_the_board_do(
    qtbot: Any, sample_ws: Any
) -> None:
    from desktop.views.help_actions import ShortcutsDialog
    from desktop.views.main_window import MainWindow

    window = MainWindow(sample_ws[0], lang="en")
    qtbot.addWidget(window)
    dialog = ShortcutsDialog(window)
    table = dialog.table
    rows = {
        (table.item(r, 0).text(), table.item(r, 2).text()): table.item(r, 1).text()
        for r in range(table.rowCount())
    }
    assert "row" in rows[("Tables", "Tab / Shift+Tab")]
    assert rows[("Tables", "Esc")] == "Cancel the cell"
    assert rows[("Task board", "Space")].startswith("Mark the occurrence done")
    assert rows[("Task board", "Up / Down")] and rows[("Task board", "Left / Right")]
    assert ("Edit", "Ctrl+Z") in rows  # the menu actions are still listed


def test_tab_goes_along_the_task_kpi_ticks(qtbot: Any, goals: Any) -> None:
    view = goals.links_view
    goals.tabs.setCurrentIndex(1)
    view.setFocus()
    view.setCurrentIndex(goals.links.index(1, 0))
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    assert focused() is view
