"""The Sign-off screen and the sign dialog, driven as a user drives them (pytest-qt); passwords
open the signers' keys in this user's key store (People… and My signing keys…:
test_gui_people_keys.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, text

from desktop.models import Person, Plan
from desktop.models.serialize import content_hash
from desktop.signoff.keystore import KeyStore

from .conftest import PASSWORDS
from .gui_steps import click, shot

pytestmark = pytest.mark.sqlite_only  # the screens read through the same API on both


@pytest.fixture
def screen(qtbot, people_ws):
    from desktop.views.shared.context import AppContext
    from desktop.views.signoff.signoff_screen import SignoffScreen

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
        click(qtbot, dialog.ok)


def status_of(screen):
    with screen.ctx.session() as s:
        return screen.ctx.plan(s).status


def cells(screen, column):
    return [screen.roles.item(r, column).text() for r in range(3)]


def test_sign_dialog_shows_what_is_signed_and_asks_the_key_password(qtbot, screen, tmp_path):
    shot(screen, tmp_path, "1-draft")
    assert "anchored (accepted on this computer)" in screen.root_line.text()
    assert screen.accept_root.isHidden()
    assert screen.buttons["submit"].isEnabled() and not screen.buttons["approve"].isEnabled()
    dialog = screen.submit()
    with screen.ctx.session() as s:
        expected = content_hash(screen.ctx.plan(s))
    assert dialog.fingerprint.text().replace(" ", "") == expected
    assert dialog.signer.currentText() == "王編制"
    assert "in your key store" in dialog.key_line.text()
    assert dialog.password_label.text() == "&Password of 王編制's key:"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    shot(dialog, tmp_path, "0-sign-dialog")

    click(qtbot, dialog.ok)  # no password: refused at once
    assert "Enter the password" in dialog.error.text()
    sign_in(qtbot, dialog, "not-my-password")
    assert dialog.error.text() == "Wrong password: it does not open 王編制's signing key."
    assert dialog.isVisible() and status_of(screen) == "draft"
    dialog.signer.setCurrentText("李審核")  # the plan names someone else as compiler
    sign_in(qtbot, dialog, PASSWORDS["李審核"])
    assert "李審核 may not sign as compiler: the plan names 王編制" in dialog.error.text()
    dialog.signer.setCurrentText("王編制")
    sign_in(qtbot, dialog, PASSWORDS["王編制"])
    assert not dialog.isVisible()
    assert status_of(screen) == "in_review"
    assert screen.status.text() == "In review"
    assert cells(screen, 2)[0] == "王編制" and cells(screen, 5)[0] == "valid"
    assert cells(screen, 6)[0] == "in PlanDesk"
    assert cells(screen, 7)[0].startswith(
        "王編制 (Compiler); certified by PlanDesk trust root (管理員); valid until 20"
    )
    assert screen.history_model.lines[0].action == "編制人簽署"  # in the plan's words
    shot(screen, tmp_path, "2-in-review")

    dialog = screen.reject()
    assert dialog.role == "reviewer" and dialog.rejecting
    click(qtbot, dialog.ok)  # no comment: refused at once
    assert "needs a comment" in dialog.error.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes it like any dialog
    assert not dialog.isVisible()

    sign_in(qtbot, screen.review(), PASSWORDS["李審核"])
    assert status_of(screen) == "reviewed"
    assert not screen.ctx.ops.undo_stack.canUndo()  # sign-offs are not undoable
    sign_in(qtbot, screen.approve(), PASSWORDS["張批準"])
    assert status_of(screen) == "approved"
    assert cells(screen, 5) == ["valid"] * 3
    assert screen.verdict.text().startswith("✔")
    assert not screen.buttons["submit"].isEnabled()
    assert screen.buttons["new_revision"].isEnabled()
    shot(screen, tmp_path, "4-approved")

    with screen.ctx.workspace.engine.begin() as conn:  # behind PlanDesk's back
        conn.execute(text("UPDATE task SET title = '偷改' WHERE code = 'T2'"))
    screen.refresh()
    assert all(c.startswith("void") for c in cells(screen, 5))
    assert "tasks" in cells(screen, 5)[0]
    assert screen.verdict.text().startswith("✘")


def test_a_key_missing_from_the_key_store_is_named_in_the_dialog(qtbot, screen):
    store = KeyStore()
    for key in store.list_keys():
        if key.name == "王編制":
            store.delete(key)
    dialog = screen.submit()
    assert "No key of 王編制 in your key store" in dialog.key_line.text()
    sign_in(qtbot, dialog, PASSWORDS["王編制"])
    assert "is not in this user's key store" in dialog.error.text()
    assert status_of(screen) == "draft"


def test_not_anchored_until_the_user_accepts_the_root(
    qtbot, screen, tmp_path, monkeypatch, answers
):
    from desktop.signoff.workflow import sign

    ws = screen.ctx.workspace
    with ws.session() as s:
        uuid = s.scalars(select(Plan.uuid)).one()
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    other = tmp_path / "someone-else"
    other.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(other))  # another user: nothing pinned
    screen.refresh()
    assert "not anchored (not accepted on this computer)" in screen.root_line.text()
    assert screen.accept_root.isVisible()
    assert cells(screen, 5)[0] == "not anchored: trust root not accepted here"
    assert screen.verdict.text().startswith("⚠ Not anchored")
    shot(screen, tmp_path, "6-not-anchored")
    click(qtbot, screen.accept_root)
    title, message = answers[-1]
    with ws.session() as s:
        from desktop.signoff.records import trust_root_fingerprint

        root = trust_root_fingerprint(s)
    assert title == "Accept a trust root" and root[:4] + " " + root[4:8] in message
    assert root in KeyStore().pinned()
    assert cells(screen, 5)[0] == "valid" and screen.accept_root.isHidden()


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
    assert cells(screen, 5) == ["not signed"] * 3
    assert "目標五缺少數字" in screen.history_model.lines[0].changes
    with screen.ctx.session() as s:
        assert verdict_summary(s, screen.ctx.plan(s), "en") == ("unsigned", "not signed yet")


def test_main_window_has_people_keys_review_and_signoff_menus(qtbot, people_ws):
    from desktop.views.main_window import MainWindow
    from desktop.views.signoff.signoff_screen import SignoffScreen

    ws, _uuid = people_ws
    window = MainWindow(ws)
    qtbot.addWidget(window)
    assert window.people_action in window.settings_menu.actions()
    assert window.keys_action in window.settings_menu.actions()
    files = window.file_menu.actions()
    assert all(a in files for a in window.review_actions.values())
    titles = [a.text() for a in window.signoff_menu.actions()]
    assert "&Submit for review…" in titles and "&New revision" in titles
    assert isinstance(window.show_screen("signoff"), SignoffScreen)


def test_legacy_people_and_signatures_are_shown_not_anchored(qtbot, screen):
    from datetime import datetime

    from desktop.models import Signature
    from desktop.operations.audit import GENESIS
    from desktop.views.signoff.people_dialog import PeopleDialog

    ws = screen.ctx.workspace
    with ws.write() as s:  # as migration 0004 leaves them: no certificates
        plan = s.scalars(select(Plan)).one()
        s.add(
            Person(
                name="老審核",
                roles="reviewer",
                public_key=b"\x01" * 32,
                certificates="",
                created_at=datetime(2026, 1, 1),
            )
        )
        s.add(
            Signature(
                plan_uuid=plan.uuid,
                revision=plan.revision,
                role="compiler",
                signer="王編制",
                meaning="compiled and submitted for review",
                signed_at=datetime(2026, 1, 2),
                comment="",
                content_hash="0" * 64,
                snapshot="",
                prev_hash=GENESIS,
                record_hash="1" * 64,
                signature=b"x",
                released=False,
                external=False,
                certificates="",
                origin="app",
            )
        )
        plan.status = "in_review"
    screen.refresh()
    assert cells(screen, 5)[0] == "legacy, not anchored"
    assert cells(screen, 7)[0] == "(none: legacy, not anchored)"
    assert "1 legacy signature(s), not anchored" in screen.verdict.text()
    dialog = PeopleDialog(screen.ctx)
    qtbot.addWidget(dialog)
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "老審核"
    )
    assert dialog.table.item(row, 2).text() == "legacy, not anchored"
    assert dialog.table.item(row, 3).text() == "(none: enrol again from an identity file)"
