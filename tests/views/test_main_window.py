"""The main window: navigation, status bar, new plans with undo, read-only banner, settings."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from sqlalchemy import func, select

from desktop.models import Plan
from desktop.store import open_workspace
from desktop.views.main_window import SCREENS, MainWindow


@pytest.fixture
def window(sample_ws, qtbot):
    ws, _uuid = sample_ws
    win = MainWindow(ws, lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


def plan_count(ws) -> int:
    with ws.session() as session:
        return session.scalar(select(func.count(Plan.id)))


def test_opens_on_the_board_with_title_and_status(window, qtbot):
    assert window.windowTitle().startswith("社交媒體運用的年度目標計劃 — ")
    assert window.current_screen_key() == "board"
    assert set(window.screens) == {"board"}  # the other screens are made when first shown
    assert "Draft" in window.status_plan.text()
    # the plan checks are computed once the window has been painted
    qtbot.waitUntil(lambda: window.status_checks.text().startswith("Checks: "))
    assert "(0 errors)" in window.status_checks.text()
    assert str(window.ctx.workspace.path) in window.status_workspace.text()
    assert not window.banner.isVisibleTo(window)


def test_navigation_reaches_every_screen(window):
    for row, (key, _module, _cls) in enumerate(SCREENS):
        window.nav.setCurrentRow(row)
        assert window.current_screen_key() == key
        assert window.stack.currentWidget() is window.screens[key]


def test_new_plan_from_sample_asks_first_and_is_undoable(window, sample_ws, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    ws, _ = sample_ws
    asked = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, title, text, *_a):  # noqa: ANN001, ANN202
        asked.append((title, text))
        return answer

    monkeypatch.setattr("desktop.views.files.workspace_actions.QMessageBox.question", question)
    action = next(a for a in window.file_menu.actions() if "sample" in a.text())
    action.trigger()  # Ctrl+N: asked, answered No: nothing added
    assert asked[-1] == (
        "New plan",
        "Add a new plan from the sample template to this workspace?\n"
        "It is listed beside the 1 plan(s) already here.",
    )
    assert plan_count(ws) == 1
    answer = QMessageBox.StandardButton.Yes
    action.trigger()
    assert plan_count(ws) == 2
    assert window.plan_box.count() == 2
    # two plans of the same title, year and revision are still told apart
    labels = [window.plan_box.itemText(i) for i in range(2)]
    assert labels[0] != labels[1]
    assert all("(2027, revision 1, Draft) · " in label for label in labels)
    window.undo_action.trigger()
    assert plan_count(ws) == 1
    window.redo_action.trigger()
    assert plan_count(ws) == 2


def test_read_only_workspace_shows_banner_and_refuses(sample_ws, qtbot, monkeypatch):
    ws, _ = sample_ws
    reader = open_workspace(ws.path, read_only=True)
    win = MainWindow(reader, lang="en")
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible()
    assert "Read-only" in win.banner.text()
    messages = []
    monkeypatch.setattr(
        "desktop.views.main_window.QMessageBox.warning", lambda *a: messages.append(a[2])
    )
    action = next(a for a in win.file_menu.actions() if "sample" in a.text())
    assert not action.isEnabled()
    from desktop.operations.undo import OperationRefused

    with pytest.raises(OperationRefused) as refused:
        win.ctx.ops.run(win.ctx.plan_id, "rename", lambda s, p: setattr(p, "title", "x"))
    assert refused.value.key == "workspace_read_only" and "read-only" in str(refused.value)
    qtbot.wait(10)
    assert messages == []  # raised to its caller, who shows it (a hint line or the dialog)
    reader.close()


def test_the_window_opens_within_the_screen(sample_ws, qtbot):
    """The 1600×1000 default (or a size remembered on a larger screen) shrinks to the screen
    (issue 25: at 1280×800 the window opened larger than the screen)."""
    from PySide6.QtCore import QByteArray

    big = MainWindow(sample_ws[0], lang="en")
    qtbot.addWidget(big)
    big.resize(3000, 2000)
    QSettings().setValue("window/geometry", big.saveGeometry())
    for settings_geometry in (QByteArray(), big.saveGeometry()):
        QSettings().setValue("window/geometry", settings_geometry)
        window = MainWindow(sample_ws[0], lang="en")
        qtbot.addWidget(window)
        area = QApplication.primaryScreen().availableGeometry()
        assert area.contains(window.geometry()), (window.geometry(), area)


def test_geometry_and_recent_workspaces_are_remembered(window, qtbot, sample_ws):
    window.resize(700, 500)  # within the offscreen 800×600 screen
    size = window.size()
    window.close()
    settings = QSettings()
    assert settings.value("workspace/last") == str(sample_ws[0].path)
    assert str(sample_ws[0].path) in window.recent_workspaces()
    again = MainWindow(sample_ws[0], lang="en")
    qtbot.addWidget(again)
    assert again.size() == size


def test_about_names_version_and_workspace(window, monkeypatch):
    from desktop import __version__

    shown = []
    monkeypatch.setattr(
        "desktop.views.main_window.QMessageBox.about", lambda *a: shown.append(a[2])
    )
    window.show_about()
    assert __version__ in shown[0] and str(window.ctx.workspace.path) in shown[0]


def test_shortcut_list_covers_undo_and_screens(window):
    from desktop.views.help_actions import shortcut_rows

    rows = shortcut_rows(window)
    texts = {(action, key) for _menu, action, key in rows}
    assert ("Undo", "Ctrl+Z") in texts
    assert any(key == "Ctrl+3" for _a, key in texts)
    assert any(key == "F1" for _a, key in texts)


def test_menu_texts_show_ampersands_and_no_accelerator_underscores(window):
    """ "Overview & approval" in the View menu: "&&" for Qt, "&" for the F1 list (issue 16)."""
    from desktop.views.help_actions import shortcut_rows

    shown = {a.iconText() for a in window.view_menu.actions()}
    for title in ("Overview & approval", "Goals & KPIs", "Monitoring & communication"):
        assert title in shown
    assert not any("_" in t or t.startswith("approval") for t in shown)
    listed = {action for _menu, action, _key in shortcut_rows(window)}
    assert {"Overview & approval", "Goals & KPIs", "Monitoring & communication"} <= listed


def _entries(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _entries(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def _plain(text: str) -> str:
    return text.replace("&", "")


class DialogCloser:
    """Closes every dialog as soon as it shows (modal ones too) and notes its class."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self.close_dialogs)
        self.timer.start(20)

    def close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                self.seen.append(type(widget).__name__)
                widget.reject()
                widget.close()


# menu entries that open a dialog (Edit and View open none; Quit closes the window)
DIALOG_ENTRIES = {
    "File": (
        "New plan for next year…",
        "Open workspace…",
        "Open workspace on a server…",
        "Import from Excel…",
        "Export to Excel…",
        "Export calendar…",
        "Export Word…",
        "Print Preview…",
        "Print…",
        "Export PDF…",
        "Export PDF for signature…",
        "Sign a PDF…",
        "Print current view…",
        "Export review package…",
        "Open review package…",
        "Merge signed reply…",
    ),
    "Settings": ("People…", "My signing keys…"),
    "Help": ("Keyboard shortcuts", "Welcome", "About PlanDesk"),
}


def test_every_lazy_menu_entry_names_a_feature_that_exists(window):
    """An entry loads its module when first used: each ``module:function`` must resolve."""
    lazy = [
        action.property("feature")
        for top in window.menuBar().actions()
        for action in _entries(top.menu())
        if action.property("feature")
    ]
    assert len(lazy) >= 20  # the export entries share one feature (the export registry's)
    for target in sorted(set(lazy)):
        module, _sep, function = target.partition(":")
        assert callable(getattr(importlib.import_module(module), function)), target


def test_every_menu_entry_opens_its_dialog(window, qtbot):
    """Triggering each entry (its feature module loaded on the spot) opens its dialog."""
    closer = DialogCloser()
    menus = {_plain(top.text()): top.menu() for top in window.menuBar().actions()}
    assert {"File", "Edit", "View", "Help"} <= set(menus)
    for menu_name, texts in DIALOG_ENTRIES.items():
        entries = {_plain(a.text()): a for a in _entries(menus[menu_name])}
        for text in texts:
            closer.seen.clear()
            entries[text].trigger()
            qtbot.waitUntil(lambda: bool(closer.seen), timeout=20000)
    closer.timer.stop()


def test_shortcut_of_a_lazy_entry_opens_its_dialog(window, qtbot):
    """F1 triggers the Help entry, which loads its module and opens the shortcut list."""
    closer = DialogCloser()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: "ShortcutsDialog" in closer.seen)
    closer.timer.stop()
