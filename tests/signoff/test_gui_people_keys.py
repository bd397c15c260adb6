"""People… and My signing keys…, driven as a user drives them (pytest-qt): enrolling,
changing and removing people, the first admin's trust root, and the user's keys (export,
delete, import, digital ID)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.models import Person
from desktop.signoff.keystore import KeyStore

from .conftest import PASSWORDS, identity
from .gui_steps import click, shot

pytestmark = pytest.mark.sqlite_only  # the dialogs read through the same API on both


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
