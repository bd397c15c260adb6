"""The Sign-off screen and its sign dialog, driven as a user drives them (pytest-qt)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, text

from desktop.models import Person, Plan
from desktop.models.serialize import content_hash

from .conftest import PASSWORDS

SHOTS = os.environ.get("PLANDESK_SHOTS")  # a folder to keep the screenshots in


@pytest.fixture
def screen(qtbot, people_ws):
    from desktop.views.context import AppContext
    from desktop.views.signoff import SignoffScreen

    ws, _uuid = people_ws
    ctx = AppContext(ws)
    widget = SignoffScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    widget.show()
    return widget


def sign_in(qtbot, dialog, password, comment=""):
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    if comment:
        dialog.comment.setPlainText(comment)
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def shot(widget, tmp_path: Path, name: str) -> None:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"signoff-{name}.png"))


def status_of(screen):
    with screen.ctx.session() as s:
        return screen.ctx.plan(s).status


def test_sign_dialog_shows_what_is_signed_and_asks_the_password(qtbot, screen, tmp_path):
    shot(screen, tmp_path, "1-draft")
    assert screen.buttons["submit"].isEnabled() and not screen.buttons["approve"].isEnabled()
    dialog = screen.submit()
    with screen.ctx.session() as s:
        expected = content_hash(screen.ctx.plan(s))
    assert dialog.fingerprint.text().replace(" ", "") == expected
    assert dialog.signer.currentText() == "王編制"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    shot(dialog, tmp_path, "0-sign-dialog")

    sign_in(qtbot, dialog, "not-my-password")
    assert "wrong password" in dialog.error.text()
    assert dialog.isVisible() and status_of(screen) == "draft"

    sign_in(qtbot, dialog, PASSWORDS["王編制"])
    assert not dialog.isVisible()
    assert status_of(screen) == "in_review"
    assert screen.status.text() == "In review"
    assert screen.roles.item(0, 2).text() == "王編制"
    assert screen.roles.item(0, 5).text() == "valid"
    assert screen.history_model.rowCount() >= 1
    assert "sign-off: compiler signed" in screen.history_model.rows[0][2]
    shot(screen, tmp_path, "2-in-review")

    dialog = screen.reject()
    assert dialog.role == "reviewer" and dialog.rejecting
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no comment: refused at once
    assert "needs a comment" in dialog.error.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes it like any dialog
    assert not dialog.isVisible()

    dialog = screen.review()
    sign_in(qtbot, dialog, PASSWORDS["李審核"])
    assert status_of(screen) == "reviewed"
    assert not screen.ctx.ops.undo_stack.canUndo()  # sign-offs are not undoable
    shot(screen, tmp_path, "3-reviewed")
    dialog = screen.approve()
    sign_in(qtbot, dialog, PASSWORDS["張批準"])
    assert status_of(screen) == "approved"
    assert [screen.roles.item(r, 5).text() for r in range(3)] == ["valid"] * 3
    assert screen.verdict.text().startswith("✔")
    assert not screen.buttons["submit"].isEnabled()
    assert screen.buttons["new_revision"].isEnabled()
    shot(screen, tmp_path, "4-approved")

    with screen.ctx.workspace.engine.begin() as conn:  # behind PlanDesk's back
        conn.execute(text("UPDATE task SET title = '偷改' WHERE code = 'T2'"))
    screen.refresh()
    assert all(screen.roles.item(r, 5).text().startswith("void") for r in range(3))
    assert "tasks" in screen.roles.item(0, 5).text()
    assert screen.verdict.text().startswith("✘")
    shot(screen, tmp_path, "5-void")


def test_new_revision_from_the_screen(qtbot, screen):
    from desktop.signoff.workflow import sign

    ws = screen.ctx.workspace
    with ws.session() as s:
        uuid = s.scalars(select(Plan.uuid)).one()
    for role, name in (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準")):
        sign(ws, uuid, role, name, PASSWORDS[name])
    screen.refresh()
    new_id = screen.make_new_revision()
    assert new_id is not None and screen.ctx.plan_id == new_id
    assert status_of(screen) == "draft" and "revision 2" in screen.title.text()
    assert screen.buttons["submit"].isEnabled()
    screen.ctx.ops.undo_stack.undo()  # making a revision can be undone
    with ws.session() as s:
        assert s.scalars(select(Plan.revision)).all() == [1]


def test_reject_from_the_dialog_returns_to_draft(qtbot, screen):
    from desktop.signoff.records import verdict_summary
    from desktop.signoff.workflow import sign

    with screen.ctx.session() as s:
        uuid = screen.ctx.plan(s).uuid
    sign(screen.ctx.workspace, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    screen.refresh()
    dialog = screen.reject()
    sign_in(qtbot, dialog, PASSWORDS["李審核"], comment="目標五缺少數字")
    assert status_of(screen) == "draft"
    assert [screen.roles.item(r, 5).text() for r in range(3)] == ["not signed"] * 3
    assert "目標五缺少數字" in screen.history_model.rows[0][4]
    assert screen.buttons["submit"].isEnabled()
    with screen.ctx.session() as s:
        assert verdict_summary(s, screen.ctx.plan(s), "en") == ("unsigned", "not signed yet")


def test_people_dialog_adds_a_person(qtbot, people_ws):
    from desktop.views.context import AppContext
    from desktop.views.signoff_actions import PeopleDialog

    ws, _uuid = people_ws
    dialog = PeopleDialog(AppContext(ws))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 4
    dialog.name.setText("陳新人")  # keyClicks types ASCII only
    dialog.roles["reviewer"].setChecked(True)
    qtbot.keyClicks(dialog.password, "newbie-secret-1")
    qtbot.keyClicks(dialog.password2, "newbie-secret-2")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text()
    dialog.password2.clear()
    qtbot.keyClicks(dialog.password2, "newbie-secret-1")
    qtbot.keyClicks(dialog.admin_password, PASSWORDS["管理員"])
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "Added 陳新人" in dialog.message.text()
    assert dialog.table.rowCount() == 5
    with ws.session() as s:
        assert s.scalars(select(Person.roles).where(Person.name == "陳新人")).one() == "reviewer"


def test_main_window_has_people_and_signoff_menus(qtbot, people_ws):
    from desktop.views.main_window import MainWindow
    from desktop.views.signoff import SignoffScreen

    ws, _uuid = people_ws
    window = MainWindow(ws)
    qtbot.addWidget(window)
    assert window.people_action in window.settings_menu.actions()
    titles = [a.text() for a in window.signoff_menu.actions()]
    assert "&Submit for review…" in titles and "&New revision" in titles
    assert isinstance(window.show_screen("signoff"), SignoffScreen)
