"""Issue 24 item 9 in the GUI, driven as a user drives it (pytest-qt): Enter in the sign
dialog signs and Esc cancels; People… shows the name and key fingerprint read from the chosen
identity, starts every new identity with no role ticked, asks before certifying (name, roles,
key fingerprint) and shows roles from the certificates, flagging a row that disagrees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select, text

from desktop.models import Person
from desktop.signoff import certs

from .conftest import PASSWORDS, identity
from .gui_steps import click, shot
from .test_gui_signoff import screen, status_of  # noqa: F401 - fixture

pytestmark = pytest.mark.sqlite_only  # the dialogs read through the same API on both


def test_enter_signs_and_escape_cancels(qtbot, screen, tmp_path):  # noqa: F811
    dialog = screen.submit()
    qtbot.waitExposed(dialog)
    assert (
        dialog.ok.isDefault()
        and not dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()
    )
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert status_of(screen) == "draft"

    dialog = screen.submit()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # no password yet: said, not cancelled
    assert dialog.isVisible() and "Enter the password" in dialog.error.text()
    qtbot.keyClicks(dialog.password, PASSWORDS["王編制"])
    dialog.comment.setPlainText("請審核")
    shot(dialog, tmp_path, "enter-signs")
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Enter)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert status_of(screen) == "in_review"


@pytest.fixture
def people(qtbot, people_ws, monkeypatch):
    """The People dialog of a workspace with four people; QMessageBox.question answered by
    ``people.answer`` (Yes by default) and recorded in ``people.asked``."""
    from desktop.views.shared.context import AppContext
    from desktop.views.signoff.people_dialog import PeopleDialog

    ws, _uuid = people_ws
    dialog = PeopleDialog(AppContext(ws))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.asked, dialog.answer = [], QMessageBox.StandardButton.Yes

    def question(_parent, title, message, *_a, **_k):
        dialog.asked.append((title, message))
        return dialog.answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return dialog


def choose(dialog, monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog.choose_identity()  # what Browse… does


def key_of(pem: bytes) -> str:
    return certs.grouped(certs.key_fingerprint(certs.from_pem(pem)[0].public_key()))


def test_people_shows_the_identity_and_starts_with_no_roles(qtbot, people, monkeypatch, tmp_path):
    ws = people.ctx.workspace
    row = next(r for r in range(4) if people.table.item(r, 0).text() == "管理員")
    people.table.selectRow(row)
    assert people.roles["admin"].isChecked()  # the selected person's roles
    pem = tmp_path / "newbie.pem"
    pem.write_bytes(identity("陳新人", password="newbie-secret-1"))
    choose(people, monkeypatch, pem)
    assert not any(box.isChecked() for box in people.roles.values())
    assert "The identity names <b>陳新人</b>" in people.picker.info.text()
    assert people.picker.fingerprint.text() == key_of(pem.read_bytes())
    shot(people, tmp_path, "people-identity")

    people.roles["reviewer"].setChecked(True)
    qtbot.keyClicks(people.admin_password, PASSWORDS["管理員"])
    people.answer = QMessageBox.StandardButton.No  # the fingerprint is not the one given
    click(qtbot, people.add_button)
    title, message = people.asked[-1]
    assert title == "Certify this key?"
    assert "陳新人" in message and "Reviewer (審核人)" in message
    assert key_of(pem.read_bytes()) in message
    assert people.table.rowCount() == 4  # nothing added
    people.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(people.runner.done, timeout=15000):
        click(qtbot, people.add_button)
    assert people.message.text() == "Added 陳新人." and people.table.rowCount() == 5
    assert not any(box.isChecked() for box in people.roles.values())  # the next one: none
    with ws.session() as s:
        assert s.scalars(select(Person.roles).where(Person.name == "陳新人")).one() == "reviewer"

    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate")
    choose(people, monkeypatch, bad)
    assert "This identity cannot be used: not a PEM identity file" in people.picker.info.text()
    assert people.picker.fingerprint.text() == ""


def test_people_flags_a_row_and_refuses_to_certify_its_key(qtbot, people, tmp_path):
    ws = people.ctx.workspace
    key = certs.new_key()
    mallory = certs.make_identity(key, "張批準")
    from desktop.signoff.standing import public_der

    with ws.engine.begin() as conn:  # a writer of the file
        conn.execute(
            text(
                "UPDATE person SET certificates = :c, public_key = :k, roles = 'admin,approver' "
                "WHERE name = '張批準'"
            ),
            {"c": certs.to_pem([mallory]), "k": public_der(mallory)},
        )
        conn.execute(text("UPDATE person SET roles = 'admin,reviewer' WHERE name = '李審核'"))
    people.refresh()
    rows = {people.table.item(r, 0).text(): r for r in range(4)}
    assert people.table.item(rows["李審核"], 1).text() == "Reviewer (審核人)"
    assert people.table.item(rows["李審核"], 2).text().startswith("flagged: ")
    assert people.table.item(rows["張批準"], 1).text() == ""
    assert (
        "does not chain to this workspace's trust root"
        in people.table.item(rows["張批準"], 2).text()
    )
    assert [people.admin.itemText(i) for i in range(people.admin.count())] == ["管理員"]
    shot(people, tmp_path, "people-flagged")
    people.table.selectRow(rows["張批準"])
    people.roles["approver"].setChecked(True)
    qtbot.keyClicks(people.admin_password, PASSWORDS["管理員"])
    click(qtbot, people.roles_button)
    assert "not believed" in people.error.text() and not people.asked
    with ws.session() as s:
        row = s.scalars(select(Person).where(Person.name == "張批準")).one()
        assert row.certificates == certs.to_pem([mallory])  # nothing certified
