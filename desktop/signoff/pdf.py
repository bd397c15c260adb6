"""Signed PDFs as sign-offs: sign a PDF for signature with a personal key, merge a signed PDF
back into the plan, and re-check a recorded PDF signature when verifying.

The PDF for signature carries the root certificate and the named people's certificates in its
attached signing info, so a reviewer's PlanDesk can sign it without the workspace. Each merged
signature is recorded like any other sign-off (origin ``pdf``), with the signed PDF kept as its
evidence: ``verify`` re-validates that PDF against the pinned root every time and requires
the record to say what the PDF says (``pdf_evidence``). A merge also paints the pages again
from the attached content and compares them with what the first signature covers
(``pdf_pages``).
"""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING, Any

from cryptography import x509
from sqlalchemy.orm import Session

from desktop.models import Plan, Signature
from desktop.models.fields import CONTENT_VERSION
from desktop.operations import find_plan
from desktop.operations.audit import GENESIS
from desktop.store import Workspace

from . import certs
from .content import Content, read_version, sha256_text
from .keystore import KeyStore, KeyStoreError, WrongKeyPassword
from .messages import said
from .payload import record_hash, signed_payload
from .pdf_evidence import derived_record
from .people import SignoffRefused, WrongPassword, anchor, workspace_root
from .workflow import (
    TRANSITIONS,
    SignResult,
    chain_signatures,
    check_allowed,
    check_certificate,
    check_in_force_cover,
    commit_record,
    in_force,
)

if TYPE_CHECKING:
    from .pdf_pages import Repaint


def sign_pdf_file(
    raw: bytes,
    role: str,
    user: str,
    password: str,
    *,
    trust: list[str] | None = None,
    store: KeyStore | None = None,
) -> bytes:
    """``raw`` (a PlanDesk PDF for signature) signed in ``role``'s field with ``user``'s key."""
    from desktop.exchange.pdf.pdf_signing import PdfSigningError, plan_info, sign_pdf

    store = store or KeyStore()
    try:
        info = plan_info(raw)
    except PdfSigningError as exc:
        raise SignoffRefused(str(exc)) from None
    if "root_certificate" not in info:
        raise SignoffRefused(said("pdf_no_root"))
    root = certs.from_pem(info["root_certificate"], "trust root")[0]

    fp = anchor(root, trust or [], store, "the PDF")
    named = str((info.get("named") or {}).get(role) or "").strip()
    if named and named != user.strip():
        raise SignoffRefused(said("pdf_not_the_role", name=user, role=role, named=named))
    pem = (info.get("people") or {}).get(user.strip())
    if not pem:
        raise SignoffRefused(said("not_certified_there", name=user))
    chain = certs.from_pem(pem)
    checked = certs.check_chain(chain[0], chain[1:], root, certs.utcnow())
    if not checked.ok:
        raise SignoffRefused(checked.problem)
    check_certificate(chain[0], role, user)
    try:
        stored = store.find(name=user, public=chain[0].public_key())  # type: ignore[arg-type]
        key = store.open(stored, password)
        store.remember_certificate(stored, [*chain, root], fp)
        return sign_pdf(raw, role, key, chain[0], [*chain[1:], root], signer_name=user.strip())
    except WrongKeyPassword as exc:
        raise WrongPassword(exc.reason()) from None
    except (KeyStoreError, PdfSigningError) as exc:
        raise SignoffRefused(exc.reason() if isinstance(exc, KeyStoreError) else str(exc)) from None


def merge_pdf(
    workspace: Workspace,
    raw: bytes,
    *,
    repaint: Repaint,
    trust: list[str] | None = None,
    store: KeyStore | None = None,
    where: str = "the PDF",
) -> list[SignResult]:
    """Record the sign-offs a signed PDF adds (in role order); refuses, changing nothing.
    ``repaint`` paints a PDF for signature again from its content (``pdf_pages``)."""
    from desktop.exchange.pdf.pdf_validation import read_signed_pdf

    store = store or KeyStore()
    pinned = set(store.pinned()) | {certs.normalise_fingerprint(t) for t in trust or []}
    with workspace.session() as session:
        root = workspace_root(session)
    if root is None:
        raise SignoffRefused(said("no_trust_root"))
    if certs.fingerprint(root) not in pinned:
        raise SignoffRefused(
            said("own_root_not_pinned", fingerprint=certs.grouped(certs.fingerprint(root)))
        )
    try:
        report = read_signed_pdf(raw, [root])
    except ValueError as exc:
        raise SignoffRefused(f"{where}: {exc}") from None
    if report.problems:
        raise SignoffRefused(report.problems[0])
    uuid = str((report.info or {}).get("plan_uuid") or "")
    with workspace.session() as session:
        _new_roles(session, report, uuid, where)
    _check_pages(raw, report, root, where, repaint)  # painting: outside the write transaction
    results: list[SignResult] = []
    with workspace.write() as session:
        plan, roles = _new_roles(session, report, uuid, where)  # it may have moved meanwhile
        for role in roles:
            pdf_sig = report.signature_for(role)
            results.append(_record_one(session, plan, report, pdf_sig, root, raw, where))
    return results


def _new_roles(session: Session, report: Any, uuid: str, where: str) -> tuple[Plan, list[str]]:
    """The plan the PDF is of and the roles it signs that are not in force yet; refuses a PDF
    of another plan, revision or content, or one that adds nothing."""
    try:
        plan = find_plan(session, uuid)
    except LookupError:
        raise SignoffRefused(said("pdf_other_plan", where=where)) from None
    content = Content.of(plan)
    version = read_version((report.info or {}).get("content_version"))
    if version is None:
        raise SignoffRefused(
            said(
                "content_version_unknown",
                what=where,
                version=str((report.info or {}).get("content_version"))[:20],
                known=CONTENT_VERSION,
            )
        )
    # the PDF's content is compared in the content version it was printed in
    expected = content.hash_in(version) or ""
    problems = report.plan_problems(plan.uuid, plan.revision, expected)
    if problems:
        raise SignoffRefused(problems[0])
    signatures = chain_signatures(session, plan.uuid)
    check_in_force_cover(signatures, content)
    done = {s.role for s in in_force(signatures)}
    roles = [r for r in TRANSITIONS if r not in done and report.signature_for(r) is not None]
    if not roles:
        raise SignoffRefused(said("pdf_nothing_new", where=where))
    return plan, roles


def _check_pages(
    raw: bytes, report: Any, root: x509.Certificate, where: str, repaint: Repaint
) -> None:
    """Refuse a PDF whose signing info names another root or whose pages are not PlanDesk's
    printing of the attached content (``pdf_pages``)."""
    from .pdf_pages import pages_problem

    named_root = str((report.info or {}).get("root_fingerprint") or "")
    if named_root and certs.normalise_fingerprint(named_root) != certs.fingerprint(root):
        raise SignoffRefused(said("pdf_other_root", where=where))
    problem = pages_problem(raw, report.content_json or "", repaint)
    if problem:
        raise SignoffRefused(said("pdf_pages_differ", where=where, reason=problem))


def _record_one(
    session: Session,
    plan: Plan,
    report: Any,
    pdf_sig: Any,
    root: x509.Certificate,
    raw: bytes,
    where: str,
) -> SignResult:
    """The sign-off record of one PDF signature: every column the PDF determines is taken
    from it (``derived_record``), so ``verify`` finds them equal."""
    leaf = pdf_sig.signer_cert
    name = certs.common_name(leaf)
    role = pdf_sig.role
    if pdf_sig.signing_time is None:
        raise SignoffRefused(said("pdf_no_signing_time", where=where, role=role))
    check_allowed(session, plan, role, name, reject=False)
    chain = [leaf, *[c for c in pdf_sig.chain if c != leaf and c != root and certs.is_ca(c)]]
    checked = certs.check_chain(leaf, chain[1:], root, pdf_sig.signing_time)
    if not checked.ok:
        raise SignoffRefused(checked.problem)
    check_certificate(leaf, role, name)
    previous = chain_signatures(session, plan.uuid)
    derived = derived_record(report, pdf_sig)
    text = report.content_json or ""
    sig = Signature(
        plan_uuid=plan.uuid,
        revision=plan.revision,
        role=role,
        signer=name,
        meaning=derived["meaning"],
        signed_at=pdf_sig.signing_time.astimezone(UTC).replace(tzinfo=None),
        comment=derived["comment"],
        content_hash=sha256_text(text),
        snapshot=text,
        prev_hash=previous[-1].record_hash if previous else GENESIS,
        released=False,
        external=False,
        certificates=certs.to_pem(chain),
        origin="pdf",
        evidence=raw,
        signature=b"",
        content_version=derived["content_version"],
    )
    sig.record_hash = record_hash(signed_payload(sig, certs.fingerprint(leaf)))
    return commit_record(session, plan, sig, actor=name)
