"""A PDF for signature travels to the reviewer and the approver, each signs it with the key in
their own key store, and the signed PDF comes back into the plan as verified sign-offs."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.exchange.document.pdf_for_signature import painted_for_signature, pdf_for_signature
from desktop.exchange.pdf.pdf_signing import sign_pdf
from desktop.exchange.pdf.pdf_validation import read_signed_pdf
from desktop.models import Plan
from desktop.operations import run_change
from desktop.signoff.certs import fingerprint
from desktop.signoff.keystore import KeyStore
from desktop.signoff.pdf import merge_pdf, sign_pdf_file
from desktop.signoff.people import SignoffRefused, enrol, workspace_root
from desktop.signoff.verify import verify_plan
from desktop.signoff.workflow import sign
from tests.exchange import pdf_tamper, pki

from .conftest import PASSWORDS, identity, name_signers

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def pdf_ws(sample_ws, tmp_path):
    """Admin and compiler on the author's machine; reviewer and approver with their own
    key stores; the compiler has signed; returns (ws, uuid, stores)."""
    ws, uuid = sample_ws
    stores = {
        "李審核": KeyStore(tmp_path / "reviewer-keys"),
        "張批準": KeyStore(tmp_path / "approver-keys"),
    }
    enrol(ws, identity("管理員"), "admin", admin=None, password=PASSWORDS["管理員"])
    enrol(ws, identity("王編制"), "compiler", admin="管理員", password=PASSWORDS["管理員"])
    for name, role in (("李審核", "reviewer"), ("張批準", "approver")):
        enrol(ws, identity(name, stores[name]), role, admin="管理員", password=PASSWORDS["管理員"])
    name_signers(ws, uuid)
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    return ws, uuid, stores


def other_workspace_refuses(tmp_path, signed):
    """A signed PDF of this plan is refused by another workspace (another plan and root, both
    pinned here)."""
    from desktop.models.sample import add_sample_plan
    from desktop.store import open_workspace

    from .conftest import add_people

    with open_workspace(tmp_path / "other.sqlite") as other:
        with other.write() as s:
            add_sample_plan(s)
        add_people(other, KeyStore(tmp_path / "other-keys"))
        with pytest.raises(SignoffRefused):
            merge_pdf(
                other,
                signed,
                store=KeyStore(tmp_path / "other-keys"),
                repaint=painted_for_signature,
            )


def make_pdf(ws, uuid):
    with ws.session() as s:
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        return pdf_for_signature(s, plan), workspace_root(s)


def test_two_people_sign_the_pdf_and_it_merges_to_approved(pdf_ws, qapp):
    ws, uuid, stores = pdf_ws
    pdf, root = make_pdf(ws, uuid)
    fp = fingerprint(root)
    with pytest.raises(SignoffRefused, match="not anchored"):
        sign_pdf_file(pdf, "reviewer", "李審核", PASSWORDS["李審核"], store=stores["李審核"])
    with pytest.raises(SignoffRefused, match="may not sign as approver"):
        sign_pdf_file(
            pdf, "approver", "李審核", PASSWORDS["李審核"], trust=[fp], store=stores["李審核"]
        )
    reviewed = sign_pdf_file(
        pdf, "reviewer", "李審核", PASSWORDS["李審核"], trust=[fp], store=stores["李審核"]
    )
    approved = sign_pdf_file(
        reviewed, "approver", "張批準", PASSWORDS["張批準"], trust=[fp], store=stores["張批準"]
    )
    report = read_signed_pdf(approved, [root])
    assert report.ok, report.problems
    assert [(s.role, s.intact, s.valid, s.trusted) for s in report.signatures] == [
        ("reviewer", True, True, True),
        ("approver", True, True, True),
    ]
    results = merge_pdf(ws, approved, where="signed.pdf", repaint=painted_for_signature)
    assert [r.status for r in results] == ["reviewed", "approved"]
    with ws.session() as s:
        rep = verify_plan(s, s.scalars(select(Plan).where(Plan.uuid == uuid)).one(), trusted={fp})
    assert rep.ok, rep.problems
    assert [(v.role, v.origin, v.kind) for v in rep.verdicts] == [
        ("compiler", "app", "valid"),
        ("reviewer", "pdf", "valid"),
        ("approver", "pdf", "valid"),
    ]
    with pytest.raises(SignoffRefused):
        merge_pdf(ws, approved, repaint=painted_for_signature)


def test_tampered_foreign_and_stale_pdfs_are_refused(pdf_ws, qapp, tmp_path):
    ws, uuid, stores = pdf_ws
    pdf, root = make_pdf(ws, uuid)
    fp = fingerprint(root)
    signed = sign_pdf_file(
        pdf, "reviewer", "李審核", PASSWORDS["李審核"], trust=[fp], store=stores["李審核"]
    )
    approved = sign_pdf_file(
        signed, "approver", "張批準", PASSWORDS["張批準"], trust=[fp], store=stores["張批準"]
    )
    for tampered in (
        pdf_tamper.change_page_content_byte(signed),
        pdf_tamper.add_page(signed),
        pdf_tamper.add_annotation(signed),
        pdf_tamper.clear_signature(approved, "plandesk.reviewer"),
        pdf_tamper.blank_signature_contents(approved),
    ):
        with pytest.raises(SignoffRefused):
            merge_pdf(ws, tampered, repaint=painted_for_signature)
    with pytest.raises(SignoffRefused, match="adds no new signature"):
        merge_pdf(ws, pdf, repaint=painted_for_signature)
    outsider = pki.organisation()
    person = pki.add_person(outsider, "李審核", ["reviewer"])
    foreign = sign_pdf(
        pdf, "reviewer", person.key, person.cert, [outsider.root], signer_name="李審核"
    )
    with pytest.raises(SignoffRefused):
        merge_pdf(ws, foreign, repaint=painted_for_signature)
    other_workspace_refuses(tmp_path, signed)
    sign(
        ws,
        uuid,
        "reviewer",
        "李審核",
        PASSWORDS["李審核"],
        reject=True,
        comment="請修改",
        store=stores["李審核"],
    )
    run_change(ws, uuid, "edit", lambda s, p: setattr(p, "organisation", "別的單位"))
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    with pytest.raises(SignoffRefused, match="changed since the PDF was made"):
        merge_pdf(ws, signed, repaint=painted_for_signature)
    with ws.session() as s:
        assert s.scalars(select(Plan.status).where(Plan.uuid == uuid)).one() == "in_review"
