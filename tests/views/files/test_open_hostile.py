"""File ▸ Open on a read-only, foreign or newer workspace: a dialog says so, and PlanDesk opens
it read-only or not at all — never an error dialog with a traceback, nothing written."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.views.files import workspace_actions
from desktop.views.main_window import MainWindow
from tests.readonly import folder_state, read_only

# POSIX files, devices and permission bits (Windows folders have no write bit to take away)
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def window(sample_ws, qtbot):
    ws, _uuid = sample_ws
    win = MainWindow(ws, lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def dialogs(monkeypatch):
    """Every message box shown (kind, title, text); questions are answered Yes."""
    shown: list[tuple[str, str, str]] = []

    def question(_parent, title, text, *_a):
        shown.append(("question", title, text))
        return QMessageBox.StandardButton.Yes

    def critical(_parent, title, text, *_a):
        shown.append(("critical", title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(workspace_actions.QMessageBox, "question", question)
    monkeypatch.setattr(workspace_actions.QMessageBox, "critical", critical)
    return shown


def open_from_menu(window, monkeypatch, path: Path):
    """File ▸ Open workspace…, choosing ``path`` in the file dialog; the window shown after."""
    monkeypatch.setattr(
        workspace_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "")
    )
    action = next(a for a in window.file_menu.actions() if "Open workspace" in a.text())
    workspace_actions._windows.clear()
    action.trigger()
    return workspace_actions._windows[0] if workspace_actions._windows else None


@pytest.fixture
def share(tmp_path, sample_ws) -> Path:
    """A copy of the sample workspace in a folder of its own."""
    folder = tmp_path / "share"
    folder.mkdir()
    ws, _ = sample_ws
    source = sqlite3.connect(ws.path)
    target = sqlite3.connect(folder / "plan.sqlite")
    source.backup(target)
    source.close()
    target.execute("PRAGMA journal_mode=WAL")
    target.close()
    return folder / "plan.sqlite"


def test_a_workspace_in_a_read_only_folder_opens_read_only(
    window, monkeypatch, qtbot, dialogs, share
):
    before = folder_state(share.parent)
    with read_only(share.parent):
        new = open_from_menu(window, monkeypatch, share)
        assert new is not None
        qtbot.addWidget(new)
        assert [d[:2] for d in dialogs] == [("question", "Read-only workspace")]
        assert dialogs[0][2] == (
            f"{share} is read-only (the folder {share.parent} cannot be "
            "written); PlanDesk can show it but not change it\n\nOpen it "
            "read-only?"
        )
        assert new.ctx.read_only and new.banner.isVisible()
        assert "file or its folder cannot be written" in new.banner.text()
        assert new.plan_box.count() == 1
        new.ctx.workspace.close()
    assert folder_state(share.parent) == before


@pytest.mark.parametrize("kind", ["foreign", "newer"])
def test_foreign_and_newer_workspaces_are_not_opened(window, monkeypatch, dialogs, share, kind):
    conn = sqlite3.connect(share)
    if kind == "foreign":
        target = share.with_name("notes.db")
        conn.close()
        other = sqlite3.connect(target)
        other.execute("CREATE TABLE notes (text TEXT)")
        other.commit()
        other.close()
        reason = f"{target}: not a PlanDesk workspace (a database with other tables: notes)"
    else:
        target = share
        conn.execute("UPDATE alembic_version SET version_num = '7777'")
        conn.commit()
        conn.close()
        reason = (
            f"{target}: made by a newer PlanDesk (workspace schema 7777); update "
            "PlanDesk to open it"
        )
    before = folder_state(share.parent)
    assert open_from_menu(window, monkeypatch, target) is None
    assert dialogs == [("critical", "Cannot open workspace", reason)]
    assert window.isVisible() and not window.ctx.read_only  # the old window stays as it was
    assert folder_state(share.parent) == before


def test_a_copy_of_the_sample_opens_normally(window, monkeypatch, qtbot, dialogs, share):
    shutil.copy(share, share.with_name("copy.sqlite"))
    new = open_from_menu(window, monkeypatch, share.with_name("copy.sqlite"))
    assert new is not None and not new.ctx.read_only and dialogs == []
    qtbot.addWidget(new)
    new.ctx.workspace.close()


def test_a_new_workspace_in_a_read_only_folder_is_one_dialog(
    window, monkeypatch, dialogs, tmp_path
):
    folder = tmp_path / "cd"
    folder.mkdir()
    with read_only(folder):
        assert open_from_menu(window, monkeypatch, folder / "new.sqlite") is None
    assert [d[:2] for d in dialogs] == [("critical", "Cannot open workspace")]
    assert "is read-only" in dialogs[0][2]
    assert list(folder.iterdir()) == []
