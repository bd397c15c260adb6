"""File ▸ Export PDF for signature… and File ▸ Sign a PDF… as a user would use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.exchange.document.pdf_for_signature import painted_for_signature
from desktop.exchange.pdf.pdf_validation import read_signed_pdf
from desktop.signoff.people import workspace_root
from desktop.signoff.workflow import sign
from desktop.views.main_window import MainWindow
from tests.signoff.conftest import PASSWORDS, add_people, name_signers

pytestmark = pytest.mark.sqlite_only


def test_export_sign_and_merge_from_the_menus(qtbot, sample_ws, tmp_path, monkeypatch):
    ws, uuid = sample_ws
    add_people(ws)
    name_signers(ws, uuid)
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    actions = window.pdf_signature_actions
    assert actions["export"].text() == "Export PDF for si&gnature…"
    target = tmp_path / "for-signature.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions["export"].trigger()
    assert target.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    from desktop.views.signoff import pdf_signature_actions

    dialog = pdf_signature_actions.sign_pdf_dialog(window, str(target))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.role.currentData() == "reviewer" and dialog.user.text() == "李審核"
    assert not dialog.accept_root.isVisibleTo(dialog)  # the admin's store pinned it
    dialog.password.setText("wrong-password")
    out = tmp_path / "signed.pdf"
    dialog.sign(str(out))
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=20000)
    assert "wrong password" in dialog.status.text() and not out.exists()
    dialog.password.setText(PASSWORDS["李審核"])
    with qtbot.waitSignal(dialog.signed, timeout=30000):
        dialog.sign(str(out))
    with ws.session() as s:
        root = workspace_root(s)
    report = read_signed_pdf(Path(out).read_bytes(), [root])
    assert report.ok and report.signature_for("reviewer").trusted
    from desktop.signoff.review import merge_file

    results = merge_file(ws, Path(out).read_bytes(), repaint=painted_for_signature)
    assert results[-1].status == "reviewed"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "revision 1 is approved and locked: it cannot be signed again"),
        ("zh_CN", "第 1 版已批准并锁定：不能再次签署"),
    ],
)
def test_no_pdf_for_signature_of_an_approved_revision(qtbot, sample_ws, monkeypatch, lang, said):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.signoff import pdf_signature_actions
    from tests.approved import make_approved_plan

    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    window = MainWindow(ws, lang=lang)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _title, text: shown.append(text))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a file anyway")
    )
    assert pdf_signature_actions.export_for_signature(window) is None
    assert len(shown) == 1 and shown[0].startswith(said) and "\n" not in shown[0]
