"""The PDF route from the GUI (issue 24, item 9): File ▸ Export PDF for signature…, File ▸ Sign
a PDF… three times (the dialog shows plan, revision, content fingerprint, role, meaning and a
preview of the content; Enter signs; a confirmation follows), File ▸ Merge signed reply… with
the signed PDF. The sample plan has every approval field filled; the result verifies and
pyHanko's own validator accepts it against the exported root. ``PLANDESK_SHOTS=folder``
keeps the screenshots."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from desktop.exchange.pdf.pdf_signing import to_asn1_cert
from desktop.models import Plan
from desktop.models.serialize import content_hash
from desktop.operations import run_change
from desktop.signoff import certs
from desktop.signoff.people import workspace_root
from desktop.signoff.verify import verify_plan
from desktop.views.main_window import MainWindow

from .conftest import PASSWORDS, add_people, name_signers
from .gui_steps import shot

pytestmark = pytest.mark.sqlite_only
SIGNERS = (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準"))


@pytest.fixture
def ui_language(qapp):
    """Install the UI translators for a language; English again afterwards."""
    from desktop.views.language import install_translators

    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_pdf_route_from_the_gui(qtbot, sample_ws, tmp_path, monkeypatch, lang, ui_language):
    ui_language(lang)
    ws, uuid = sample_ws
    add_people(ws)
    name_signers(ws, uuid)
    run_change(ws, uuid, "date", lambda _s, p: setattr(p, "compiled_on", date(2027, 1, 15)))
    with ws.session() as s:
        digest = content_hash(s.scalars(select(Plan).where(Plan.uuid == uuid)).one())
    window = MainWindow(ws, lang=lang)
    qtbot.addWidget(window)
    current = tmp_path / "for-signature.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(current), ""))
    window.pdf_signature_actions["export"].trigger()
    assert current.read_bytes().startswith(b"%PDF")
    from desktop.views.signoff import pdf_signature_actions

    for n, (role, name) in enumerate(SIGNERS):
        out = tmp_path / f"signed-{n}.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        dialog = pdf_signature_actions.sign_pdf_dialog(window, str(current))
        qtbot.addWidget(dialog)
        dialog.role.setCurrentIndex(n)
        assert dialog.role.currentData() == role
        assert dialog.user.text() == name
        shown = " ".join(w.text() for w in dialog.findChildren(type(dialog.meaning)))
        assert certs.grouped(digest) in shown and "社交媒體運用的年度目標計劃" in shown
        assert dialog.meaning.text() and dialog.meaning.text() in shown
        preview = dialog.preview.toPlainText()
        assert "王編制" in preview and "2027-01-15" in preview and "T1" in preview
        dialog.password.setText(PASSWORDS[name])
        if n == 1:
            shot(dialog, tmp_path, f"pdf-sign-{lang}")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter signs
        qtbot.waitUntil(lambda d=dialog: not d.isVisible() or d.buttons.isEnabled(), timeout=30000)
        assert not dialog.isVisible(), dialog.status.text()
        assert out.exists() and dialog.confirmation is not None
        assert name in dialog.confirmation.text() and str(out) in dialog.confirmation.text()
        dialog.confirmation.close()
        current = out

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _w, _t, text, *_a: told.append(text))
    )
    from desktop.views.signoff.review_actions import merge_signed_reply

    assert merge_signed_reply(window, str(current))
    assert told and "3" in told[-1]
    shot(window, tmp_path, f"pdf-merged-{lang}")
    with ws.session() as s:
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        root = workspace_root(s)
        report = verify_plan(s, plan, trusted={certs.fingerprint(root)})
        assert plan.status == "approved"
    assert report.ok, report.problems
    assert [(v.role, v.origin, v.kind) for v in report.verdicts] == [
        (role, "pdf", "valid") for role, _ in SIGNERS
    ]
    (exported,) = certs.from_pem(certs.to_pem([root]))
    context = ValidationContext(trust_roots=[to_asn1_cert(exported)], allow_fetching=False)
    for sig in PdfFileReader(BytesIO(current.read_bytes())).embedded_signatures:
        status = validate_pdf_signature(sig, signer_validation_context=context)
        assert status.intact and status.valid and status.trusted


def test_merge_signed_reply_offers_signed_pdfs(qtbot, sample_ws, monkeypatch):
    ws, _uuid = sample_ws
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    filters: list[str] = []

    def choose(_parent, _title, _folder, pattern, *_a, **_k):
        filters.append(pattern)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    from desktop.views.signoff.review_actions import merge_signed_reply

    assert not merge_signed_reply(window)
    assert "*.pdf" in filters[0].split(";;")[0] and "*.pdreview" in filters[0].split(";;")[0]
