"""Issue 24, items 3 and 5: sign-offs that came from a signed PDF are derived from the PDF,
and the pages people sign are bound to the attached content. The attacker writes the
workspace (the SQLite file; on PostgreSQL the least-privileged application role) or the
unsigned PDF on its way to the signers, and holds nobody's key. Each attack ends with
``verify --trust`` failing, or the merge refused with nothing changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.exchange.document.pdf_for_signature import (
    fields_for_document,
    painted_for_signature,
    render_for_signature,
)
from desktop.exchange.pdf.pdf_signature_fields import INFO_NAME, open_reader, read_attachments
from desktop.models import Plan, Signature
from desktop.models.content_plan import plan_from_content
from desktop.operations.audit import append_event
from desktop.signoff import certs
from desktop.signoff.keystore import KeyStore
from desktop.signoff.payload import MEANINGS, record_hash, signed_payload
from desktop.signoff.pdf import merge_pdf, sign_pdf_file
from desktop.signoff.people import SignoffRefused, enrol, workspace_root
from desktop.signoff.verify import verify_plan
from desktop.signoff.workflow import chain_signatures, sign
from tests.exchange import pdf_tamper

from .conftest import PASSWORDS, identity, name_signers
from .hostile_writer import attacker_engine, drop_guards, run
from .test_forgery import rebuild_audit_chain

SIGNERS = {"reviewer": "李審核", "approver": "張批準"}


@pytest.fixture
def pdf_ready(sample_ws, tmp_path):
    """Admin and compiler here, reviewer and approver with key stores of their own; the
    compiler has signed; returns (ws, uuid, stores, unsigned PDF, root fingerprint)."""
    ws, uuid = sample_ws
    stores = {name: KeyStore(tmp_path / f"{role}-keys") for role, name in SIGNERS.items()}
    enrol(ws, identity("管理員"), "admin", admin=None, password=PASSWORDS["管理員"])
    enrol(ws, identity("王編制"), "compiler", admin="管理員", password=PASSWORDS["管理員"])
    for role, name in SIGNERS.items():
        enrol(ws, identity(name, stores[name]), role, admin="管理員", password=PASSWORDS["管理員"])
    name_signers(ws, uuid)
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    from desktop.exchange.document.pdf_for_signature import pdf_for_signature

    with ws.session() as s:
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        pdf, root = pdf_for_signature(s, plan), certs.fingerprint(workspace_root(s))
    return ws, uuid, stores, pdf, root


def both_sign(pdf: bytes, stores: dict[str, KeyStore], root: str) -> bytes:
    for role, name in SIGNERS.items():
        pdf = sign_pdf_file(pdf, role, name, PASSWORDS[name], trust=[root], store=stores[name])
    return pdf


@pytest.fixture
def approved_by_pdf(pdf_ready, qapp):
    ws, uuid, stores, pdf, root = pdf_ready
    merge_pdf(
        ws,
        both_sign(pdf, stores, root),
        trust=[root],
        where="signed.pdf",
        repaint=painted_for_signature,
    )
    assert verify(ws, uuid, root).ok
    return ws, uuid, root


def verify(ws, uuid, root):
    with ws.session() as s:
        return verify_plan(
            s, s.scalars(select(Plan).where(Plan.uuid == uuid)).one(), trusted={root}
        )


def approver_record(ws, uuid) -> Signature:
    with ws.session() as s:
        sig = chain_signatures(s, uuid)[-1]
        assert (sig.role, sig.origin) == ("approver", "pdf")
        s.expunge(sig)
        return sig


def resealed(sig: Signature, **changes: object) -> dict[str, object]:
    """The record with ``changes`` and a record hash recomputed to match (what any writer can
    compute: no key is involved for a PDF-origin record)."""
    forged = replace_columns(sig, **changes)
    leaf = certs.from_pem(sig.certificates)[0]
    forged["record_hash"] = record_hash(
        signed_payload(_as_signature(forged), certs.fingerprint(leaf))
    )
    return forged


COLUMNS = [
    "plan_uuid",
    "revision",
    "role",
    "signer",
    "meaning",
    "signed_at",
    "comment",
    "content_hash",
    "snapshot",
    "prev_hash",
    "record_hash",
    "signature",
    "released",
    "external",
    "certificates",
    "origin",
    "evidence",
    "content_version",  # bound by the record from content version 2 on (issue 26)
]


def replace_columns(sig: Signature, **changes: object) -> dict[str, object]:
    return {c: getattr(sig, c) for c in COLUMNS} | changes


def _as_signature(row: dict[str, object]) -> Signature:
    return Signature(**row)


REWRITES = {
    "approval-to-rejection": {"meaning": MEANINGS["reject"], "comment": "預算不足，退回"},
    "comment": {"comment": "同意，但第三季預算減半"},
    "time": {"moved": timedelta(days=-30)},
}


@pytest.mark.parametrize("attack", sorted(REWRITES))
def test_a_pdf_sign_off_rewritten_in_place_does_not_verify(approved_by_pdf, request, attack):
    ws, uuid, root = approved_by_pdf
    sig = approver_record(ws, uuid)
    changes = dict(REWRITES[attack])
    if "moved" in changes:
        changes = {"signed_at": sig.signed_at + changes.pop("moved")}
    forged = resealed(sig, **changes)
    sets = ", ".join(f"{c} = :{c}" for c in ("meaning", "comment", "signed_at", "record_hash"))
    with attacker_engine(ws, request) as engine:
        if not ws.is_sqlite:  # the application role cannot drop the append-only trigger
            with pytest.raises(Exception, match="append-only"):
                run(engine, f"UPDATE signature SET {sets} WHERE id = :id", id=sig.id, **forged)
            assert verify(ws, uuid, root).ok  # nothing changed
            return
        drop_guards(engine)
        run(engine, f"UPDATE signature SET {sets} WHERE id = :id", id=sig.id, **forged)
        with engine.begin() as conn:
            for event_id, changes_json in conn.execute(
                text("SELECT id, changes FROM audit_event WHERE action LIKE 'sign-off:%'")
            ):
                if sig.record_hash in str(changes_json):
                    conn.execute(
                        text("UPDATE audit_event SET changes = :c WHERE id = :i"),
                        {
                            "c": str(changes_json).replace(sig.record_hash, forged["record_hash"]),
                            "i": event_id,
                        },
                    )
        if attack == "approval-to-rejection":
            run(engine, "UPDATE plan SET status = 'draft' WHERE uuid = :u", u=uuid)
            run(engine, "UPDATE signature SET released = true WHERE plan_uuid = :u", u=uuid)
    rebuild_audit_chain(ws, uuid)
    rep = verify(ws, uuid, root)
    assert not rep.ok
    verdict = next(v for v in rep.verdicts if v.role == "approver")
    assert verdict.kind == "invalid"
    assert "is not what the PDF signature says" in verdict.reason, verdict.reason


def test_a_rejection_inserted_on_a_real_pdf_signature_does_not_verify(
    approved_by_pdf, request, cli
):
    """The approver's real PDF signature as the 'evidence' of a rejection in their name."""
    ws, uuid, root = approved_by_pdf
    sig = approver_record(ws, uuid)
    forged = resealed(
        sig,
        meaning=MEANINGS["reject"],
        comment="不同意",
        signed_at=sig.signed_at + timedelta(hours=1),
        prev_hash=sig.record_hash,
        released=True,
    )
    names = ", ".join(COLUMNS)
    values = ", ".join(f":{c}" for c in COLUMNS)
    with attacker_engine(ws, request) as engine:
        run(engine, f"INSERT INTO signature ({names}) VALUES ({values})", **forged)
        run(engine, "UPDATE signature SET released = true WHERE plan_uuid = :u", u=uuid)
        run(engine, "UPDATE plan SET status = 'draft' WHERE uuid = :u", u=uuid)
        with Session(engine) as session, session.begin():
            append_event(
                session,
                uuid,
                actor="張批準",
                action="sign-off: approver rejected",
                item="x",
                changes={"signature": forged["record_hash"], "status": {"new": "draft"}},
            )
    rep = verify(ws, uuid, root)
    assert not rep.ok
    inserted = rep.verdicts[-1]
    assert (inserted.role, inserted.kind) == ("approver", "invalid")
    assert "meaning is not what the PDF signature says" in inserted.reason
    target = str(ws.path) if ws.is_sqlite else ws.url.render_as_string(hide_password=False)
    result = cli("verify", "--db", target, "--trust", root)
    assert result.returncode == 1, result.stdout + result.stderr


def pages_of_other_content(pdf: bytes) -> bytes:
    """The same attachments and fields over pages painted from changed content: the pages say
    what the signed content does not."""
    reader = open_reader(pdf)
    files = read_attachments(reader)
    import json

    info = json.loads(files[INFO_NAME])
    content = files["plandesk-content.json"].decode("utf-8")
    changed = content.replace(
        "社交媒體運用的年度目標計劃", "社交媒體運用的年度目標計劃（已刪減預算）"
    )
    assert changed != content
    from desktop.exchange.document.plan_document import DocumentOptions, build_document

    plan = plan_from_content(changed, status=info["status"])
    doc = build_document(None, plan, replace(DocumentOptions(), for_signature=True))
    return fields_for_document(doc, doc.pdf_bytes(), content, info)


@pytest.mark.parametrize(
    "tamper, reason",
    [
        (pages_of_other_content, "are not PlanDesk's printing of the attached content"),
        (pdf_tamper.add_annotation, "the PDF was changed before anybody signed it"),
        (pdf_tamper.add_page, "the PDF was changed before anybody signed it"),
    ],
    ids=["other-pages", "annotation", "added-page"],
)
def test_pages_changed_before_the_first_signature_are_refused(pdf_ready, qapp, tamper, reason):
    ws, uuid, stores, pdf, root = pdf_ready
    assert render_for_signature is not None
    signed = both_sign(tamper(pdf), stores, root)  # the signers see nothing wrong
    with ws.session() as s:
        before = len(chain_signatures(s, uuid))
    with pytest.raises(SignoffRefused, match=reason) as refused:
        merge_pdf(ws, signed, trust=[root], where="signed.pdf", repaint=painted_for_signature)
    assert "\n" not in str(refused.value)
    with ws.session() as s:
        assert len(chain_signatures(s, uuid)) == before
        assert s.scalars(select(Plan.status).where(Plan.uuid == uuid)).one() == "in_review"
    assert verify(ws, uuid, root).ok


def test_an_earlier_pdf_approval_replayed_after_a_rejection_does_not_verify(
    pdf_ready, qapp, request
):
    """Reviewed by PDF, rejected by the approver in the app, resubmitted unchanged: a copy of
    the reviewer's PDF sign-off put back on top would carry the plan to 'reviewed' again."""
    ws, uuid, stores, pdf, root = pdf_ready
    reviewed = sign_pdf_file(
        pdf, "reviewer", "李審核", PASSWORDS["李審核"], trust=[root], store=stores["李審核"]
    )
    merge_pdf(ws, reviewed, trust=[root], where="signed.pdf", repaint=painted_for_signature)
    sign(ws, uuid, "approver", "張批準", PASSWORDS["張批準"], reject=True, comment="再議",
         store=stores["張批準"])  # fmt: skip
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    with ws.session() as s:
        chain = chain_signatures(s, uuid)
        reviewer = next(x for x in chain if x.role == "reviewer")
        s.expunge(reviewer)
        last = chain[-1].record_hash
    copy = resealed(reviewer, prev_hash=last, released=False)
    names = ", ".join(COLUMNS)
    values = ", ".join(f":{c}" for c in COLUMNS)
    with attacker_engine(ws, request) as engine:
        run(engine, f"INSERT INTO signature ({names}) VALUES ({values})", **copy)
        run(engine, "UPDATE plan SET status = 'reviewed' WHERE uuid = :u", u=uuid)
        with Session(engine) as session, session.begin():
            append_event(
                session,
                uuid,
                actor="李審核",
                action="sign-off: reviewer signed",
                item="x",
                changes={"signature": copy["record_hash"], "status": {"new": "reviewed"}},
            )
    rep = verify(ws, uuid, root)
    assert not rep.ok
    replayed = rep.verdicts[-1]
    assert (replayed.role, replayed.kind) == ("reviewer", "invalid")
    assert replayed.reason == "this PDF signature already backs an earlier sign-off"
