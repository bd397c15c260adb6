"""The Sign-off screen, the sign dialog, People… and My signing keys…, driven as a user drives
them (pytest-qt); passwords open the signers' keys in this user's key store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select, text

from desktop.models import Person, Plan
from desktop.models.serialize import content_hash
from desktop.signoff.keystore import KeyStore

from .conftest import PASSWORDS, identity

pytestmark = pytest.mark.sqlite_only  # the screens read through the same API on both
SHOTS = os.environ.get("PLANDESK_SHOTS")  # a folder to keep the screenshots in
YES = QMessageBox.StandardButton.Yes


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


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox's static calls answered Yes and recorded (title, text)."""
    seen: list[tuple[str, str]] = []

    def answer(_parent, title, message, *_a, **_k):  # noqa: ANN001, ANN202
        seen.append((title, message))
        return YES

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(answer))
    return seen


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign_in(qtbot, dialog, password, comment=""):
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    if comment:
        dialog.comment.setPlainText(comment)
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        click(qtbot, dialog.ok)


def shot(widget, tmp_path: Path, name: str) -> None:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"signoff-{name}.png"))


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
    assert "sign-off: compiler signed" in screen.history_model.lines[0].action
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


def test_people_dialog_adds_changes_and_removes(qtbot, people_ws, tmp_path, monkeypatch, answers):
    from desktop.views.shared.context import AppContext
    from desktop.views.signoff.people_dialog import PeopleDialog

    ws, _uuid = people_ws
    dialog = PeopleDialog(AppContext(ws))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 4
    assert {dialog.table.item(r, 2).text() for r in range(4)} == {"enrolled"}
    assert dialog.admin.currentText() == "管理員"
    pem = tmp_path / "ID.pem"
    pem.write_bytes(identity("陳新人", password="newbie-secret-1"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pem), ""))
    )
    dialog.choose_identity()  # what Browse… does
    assert dialog.identity.currentData() == str(pem)
    dialog.roles["reviewer"].setChecked(True)
    click(qtbot, dialog.add_button)  # no password
    assert "Enter the password of the admin's key" in dialog.error.text()
    qtbot.keyClicks(dialog.admin_password, "wrong-password")
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        click(qtbot, dialog.add_button)
    assert "wrong password for the signing key of 管理員" in dialog.error.text()
    qtbot.keyClicks(dialog.admin_password, PASSWORDS["管理員"])
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        click(qtbot, dialog.add_button)
    assert dialog.message.text() == "Added 陳新人."
    assert dialog.table.rowCount() == 5
    shot(dialog, tmp_path, "people")
    with ws.session() as s:
        assert s.scalars(select(Person.roles).where(Person.name == "陳新人")).one() == "reviewer"

    row = next(r for r in range(5) if dialog.table.item(r, 0).text() == "陳新人")
    assert dialog.table.item(row, 3).text().startswith("陳新人 (Reviewer); certified by ")
    dialog.table.selectRow(row)
    assert dialog.roles["reviewer"].isChecked() and not dialog.roles["approver"].isChecked()
    dialog.roles["approver"].setChecked(True)
    qtbot.keyClicks(dialog.admin_password, PASSWORDS["管理員"])
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        click(qtbot, dialog.roles_button)
    assert dialog.message.text() == "Changed the roles of 陳新人."
    with ws.session() as s:
        assert (
            s.scalars(select(Person.roles).where(Person.name == "陳新人")).one()
            == "reviewer,approver"
        )

    row = next(r for r in range(5) if dialog.table.item(r, 0).text() == "陳新人")
    dialog.table.selectRow(row)
    qtbot.keyClicks(dialog.admin_password, PASSWORDS["管理員"])
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        click(qtbot, dialog.remove_button)
    assert "Remove 陳新人 from this workspace?" in answers[-1][1]
    assert dialog.message.text() == "Removed 陳新人." and dialog.table.rowCount() == 4


def test_the_first_admin_creates_a_key_and_becomes_the_trust_root(
    qtbot, sample_ws, tmp_path, answers
):
    from desktop.signoff.certs import grouped
    from desktop.signoff.records import trust_root_fingerprint
    from desktop.views.shared.context import AppContext
    from desktop.views.signoff.people_dialog import PeopleDialog

    ws, _uuid = sample_ws
    dialog = PeopleDialog(AppContext(ws))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "no trust root yet" in dialog.intro.text() and dialog.admin.isHidden()
    assert dialog.remove_button.isHidden() and dialog.roles_button.isHidden()
    assert dialog.roles["admin"].isChecked()
    click(qtbot, dialog.create_key)
    keys = dialog.keys_dialog
    create = keys.create()
    create.name.setText("管理員")
    qtbot.keyClicks(create.password, "short")
    qtbot.keyClicks(create.password2, "short")
    create.identity.setText(str(tmp_path / "admin ID.pem"))
    click(qtbot, create.ok)
    assert create.error.text() == "The password needs at least 8 characters."
    for edit in (create.password, create.password2):
        edit.clear()
        qtbot.keyClicks(edit, "        ")
    click(qtbot, create.ok)
    assert "only white space" in create.error.text()
    for edit in (create.password, create.password2):
        edit.clear()
        qtbot.keyClicks(edit, "admin-secret-1")
    with qtbot.waitSignal(create.runner.done, timeout=15000):
        click(qtbot, create.ok)
    assert (tmp_path / "admin ID.pem").read_text().startswith("-----BEGIN CERTIFICATE")
    assert keys.keys.rowCount() == 1 and keys.keys.item(0, 0).text() == "管理員"
    keys.close()
    dialog.refresh()
    assert dialog.identity.currentText().startswith("My key: 管理員")
    qtbot.keyClicks(dialog.admin_password, "admin-secret-1")
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        click(qtbot, dialog.add_button)
    with ws.session() as s:
        root = trust_root_fingerprint(s)
    assert root and root in KeyStore().pinned()
    assert "Your key is now this workspace's trust root" in dialog.message.text()
    assert grouped(root) in dialog.message.text() and grouped(root) == dialog.root_line.text()
    assert dialog.table.item(0, 1).text() == "Administrator"
    shot(dialog, tmp_path, "people-first-admin")


def test_my_signing_keys_export_delete_import(qtbot, people_ws, tmp_path, monkeypatch, answers):
    from desktop.views.shared.context import AppContext
    from desktop.views.signoff.keys_dialog import KeysDialog

    ws, _uuid = people_ws
    dialog = KeysDialog(AppContext(ws))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keys.rowCount() == 4 and dialog.roots.rowCount() == 1
    assert not dialog.accept_root_button.isEnabled()  # this workspace's root is pinned
    row = next(r for r in range(4) if dialog.keys.item(r, 0).text() == "李審核")
    key = next(k for k in KeyStore().list_keys() if k.name == "李審核")
    assert dialog.keys.item(row, 1).text().replace(" ", "") == key.fingerprint
    dialog.keys.selectRow(row)
    target = tmp_path / "moved.pdkey"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    click(qtbot, dialog.actions["export"])
    assert target.read_bytes() == key.path.read_bytes()
    assert "still sealed with its password" in dialog.message.text()
    identity_file = tmp_path / "ID.pem"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(identity_file), ""))
    )
    click(qtbot, dialog.actions["identity"])
    assert b"PRIVATE" not in identity_file.read_bytes()
    dialog.keys.selectRow(row)
    click(qtbot, dialog.actions["delete"])
    title, message = answers[-1]
    assert "Signatures made with it stay valid, but 李審核 can no longer sign here" in message
    assert dialog.keys.rowCount() == 3
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    click(qtbot, dialog.actions["import"])
    assert dialog.message.text() == "Imported the key of 李審核."
    assert dialog.keys.rowCount() == 4
    click(qtbot, dialog.actions["import"])  # twice: refused, one line
    assert "already has the key of 李審核" in dialog.error.text()
    shot(dialog, tmp_path, "keys")


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


def test_my_keys_exports_a_digital_id(qtbot, people_ws, tmp_path):
    """Settings ▸ My signing keys… ▸ Export digital ID (.p12): key, certificate and root."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    from desktop.signoff.certs import common_name
    from desktop.views.main_window import MainWindow
    from desktop.views.signoff.keys_dialog import KeysDialog

    ws, _uuid = people_ws
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    dialog = KeysDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    names = [dialog.keys.item(r, 0).text() for r in range(dialog.keys.rowCount())]
    dialog.keys.selectRow(names.index("李審核"))
    target = tmp_path / "id.p12"
    assert not dialog.export_p12(str(target), "wrong-password", "p12-pass")
    assert "wrong password" in dialog.error.text().lower() and not target.exists()
    assert dialog.export_p12(str(target), PASSWORDS["李審核"], "p12-pass")
    loaded = pkcs12.load_pkcs12(target.read_bytes(), b"p12-pass")
    assert common_name(loaded.cert.certificate) == "李審核"
    assert [common_name(c.certificate) for c in loaded.additional_certs] == [
        "PlanDesk trust root (管理員)"
    ]
