"""The GUI on a team workspace: other people's changes appear, stale edits are refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from desktop.models import Subtask
from desktop.models.sample import add_sample_plan
from desktop.operations import run_change
from desktop.operations.concurrency import expect_version
from desktop.operations.edits import update_item
from desktop.operations.undo import OperationRefused
from desktop.store import open_workspace
from desktop.views.files.server_dialog import ServerDialog, server_url
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def team(pg_url, qtbot):
    """Alice's PlanDesk window and Bob's workspace on the same server database."""
    alice, bob = open_workspace(pg_url), open_workspace(pg_url)
    with bob.write() as session:
        uuid = add_sample_plan(session).uuid
    win = MainWindow(alice, lang="en")
    qtbot.addWidget(win)
    win.show()
    yield win, bob, uuid
    win.close()
    alice.close()
    bob.close()


def title(ws, code="T1.1") -> tuple[int, int, str]:
    with ws.session() as session:
        sub = session.scalars(select(Subtask).where(Subtask.code == code)).one()
        return sub.id, sub.version, sub.title


def test_other_peoples_changes_appear_with_an_updated_hint(team, qtbot):
    win, bob, uuid = team
    assert "postgresql" in win.status_workspace.text()
    assert win.findChild(type(win.open_server_action), "openServerWorkspace") is not None
    watcher = win.remote_changes
    assert not watcher.poll()  # nothing new yet
    sub_id, _v, _t = title(bob)
    with qtbot.waitSignal(win.ctx.ops.changed, timeout=5000):
        run_change(
            bob,
            uuid,
            "retitle",
            update_item(Subtask, sub_id, {"title": "Bob 改的"}),
            actor="bob",
            tables=("subtask",),
        )
        assert watcher.poll()
    assert "bob" in win.statusBar().currentMessage()
    assert not watcher.poll()
    # Alice's own change is not reported as someone else's
    win.ctx.ops.run(
        uuid, "retitle", update_item(Subtask, sub_id, {"title": "Alice"}), tables=("subtask",)
    )
    assert not watcher.poll()
    settings = QSettings()
    assert not any("postgresql" in str(v) for v in settings.value("workspace/recent") or [])


def test_stale_edit_in_the_window_is_refused_and_names_who(team, qtbot, monkeypatch):
    win, bob, uuid = team
    monkeypatch.setattr("desktop.views.main_window.QMessageBox.warning", lambda *a: None)
    sub_id, version, _ = title(bob)  # what Alice's editor shows
    run_change(
        bob,
        uuid,
        "retitle",
        update_item(Subtask, sub_id, {"title": "Bob"}),
        actor="bob",
        tables=("subtask",),
    )
    with pytest.raises(OperationRefused) as refused:
        win.ctx.ops.run(
            uuid,
            "retitle",
            expect_version(
                update_item(Subtask, sub_id, {"title": "Alice"}), Subtask, sub_id, version
            ),
            tables=("subtask",),
        )
    assert refused.value.key == "conflict"
    assert "changed by bob at" in str(refused.value)
    assert title(bob)[2] == "Bob"


def test_server_dialog_builds_a_url_and_never_keeps_the_password(qtbot, private_user_dirs):
    settings = QSettings()
    dialog = ServerDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.example.org")
    dialog.port.setValue(5433)
    dialog.database.setText("plans")
    dialog.user.setText("planner")
    dialog.password.setText("s3cret/pw")
    assert dialog.url() == "postgresql+psycopg://planner:s3cret%2Fpw@db.example.org:5433/plans"
    dialog.remember()
    settings.sync()
    stored = {key: settings.value(key) for key in settings.allKeys()}
    assert stored["server/host"] == "db.example.org"
    assert not any("s3cret" in str(v) or "planner" in str(v) for v in stored.values())
    assert server_url("", 5432, "plans") == "postgresql+psycopg://:5432/plans"


def test_subtask_editor_refuses_to_overwrite_bobs_edit(team, qtbot, monkeypatch):
    from desktop.views.board.subtask_editor import SubtaskEditor

    win, bob, uuid = team
    monkeypatch.setattr("desktop.views.main_window.QMessageBox.warning", lambda *a: None)
    sub_id, version, _ = title(bob)
    editor = SubtaskEditor(win.ctx, sub_id, win)  # Alice opens the editor...
    qtbot.addWidget(editor)
    run_change(
        bob,
        uuid,
        "retitle",
        update_item(Subtask, sub_id, {"title": "Bob"}),
        actor="bob",
        tables=("subtask",),
    )  # ...Bob saves first
    editor.title_edit.setText("Alice")
    editor.accept()
    assert "changed by bob at" in editor.message.text()
    assert title(bob)[1:] == (version + 1, "Bob")
