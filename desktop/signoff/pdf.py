"""Signed PDFs as sign-offs: sign a PDF for signature with a personal key, merge a signed PDF
back into the plan, and re-check a recorded PDF signature when verifying.

The PDF for signature carries the root certificate and the named people's certificates in its
attached signing info, so a reviewer's PlanDesk can sign it without the workspace. Each merged
signature is recorded like any other sign-off (origin ``pdf``), with the signed PDF kept as its
evidence: ``verify`` re-validates that PDF against the pinned root every time.
"""

from __future__ import annotations

from datetime import UTC
from functools import lru_cache
from typing import Any

from cryptography import x509
from sqlalchemy.orm import Session

from desktop.models import Plan, Signature
from desktop.operations import find_plan
from desktop.operations.audit import GENESIS
from desktop.store import Workspace

from . import certs
from .content import sha256_text, signed_text
from .keystore import KeyStore, KeyStoreError, WrongKeyPassword
from .messages import said
from .payload import MEANINGS, record_hash, signed_payload
from .people import SignoffRefused, WrongPassword, anchor, list_people, workspace_root
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


def signing_material(session: Session, plan: Plan) -> dict[str, Any]:
    """What a PDF for signature carries for signing offline: the root and people's chains."""
    root = workspace_root(session)
    if root is None:
        return {}
    named = {str(getattr(plan, r) or "").strip() for r in TRANSITIONS}
    return {
        "root_certificate": certs.to_pem([root]),
        "people": {
            p.name: p.certificates for p in list_people(session) if not p.legacy and p.name in named
        },
    }


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


@lru_cache(maxsize=32)
def _validated(evidence: bytes, root_der: bytes) -> Any:
    from desktop.exchange.pdf.pdf_validation import read_signed_pdf

    return read_signed_pdf(evidence, [x509.load_der_x509_certificate(root_der)])


def check_pdf_signature(
    evidence: bytes, root: x509.Certificate, role: str, cert: x509.Certificate, content_hash: str
) -> str:
    """Why the PDF signature of ``role`` does not back a sign-off ('' if it does)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    report = _validated(evidence, root.public_bytes(Encoding.DER))
    sig = report.signature_for(role)
    if sig is None:
        return f"the PDF holds no signature in the {role} field"
    if sig.problems:
        return sig.problems[0]
    if not (sig.intact and sig.valid and sig.trusted):
        return f"the PDF signature of the {role} does not validate"
    if certs.fingerprint(sig.signer_cert) != certs.fingerprint(cert):
        return "the PDF was signed with another certificate than the one recorded"
    if report.content_sha256 != content_hash:
        return "the PDF's attached content is not the content recorded as signed"
    return ""


def merge_pdf(
    workspace: Workspace,
    raw: bytes,
    *,
    trust: list[str] | None = None,
    store: KeyStore | None = None,
    where: str = "the PDF",
) -> list[SignResult]:
    """Record the sign-offs a signed PDF adds (in role order); refuses, changing nothing."""
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
    results: list[SignResult] = []
    with workspace.write() as session:
        try:
            plan = find_plan(session, uuid)
        except LookupError:
            raise SignoffRefused(said("pdf_other_plan", where=where)) from None
        text = signed_text(plan)
        problems = report.plan_problems(plan.uuid, plan.revision, sha256_text(text))
        if problems:
            raise SignoffRefused(problems[0])
        check_in_force_cover(chain_signatures(session, plan.uuid), sha256_text(text))
        done = {s.role for s in in_force(chain_signatures(session, plan.uuid))}
        for role in TRANSITIONS:
            pdf_sig = report.signature_for(role)
            if pdf_sig is None or role in done:
                continue
            results.append(_record_one(session, plan, role, pdf_sig, root, raw, text))
        if not results:
            raise SignoffRefused(said("pdf_nothing_new", where=where))
    return results


def _record_one(
    session: Session,
    plan: Plan,
    role: str,
    pdf_sig: Any,
    root: x509.Certificate,
    raw: bytes,
    text: str,
) -> SignResult:
    leaf = pdf_sig.signer_cert
    name = certs.common_name(leaf)
    check_allowed(session, plan, role, name, reject=False)
    chain = [leaf, *[c for c in pdf_sig.chain if c != leaf and c != root and certs.is_ca(c)]]
    checked = certs.check_chain(leaf, chain[1:], root, pdf_sig.signing_time or certs.utcnow())
    if not checked.ok:
        raise SignoffRefused(checked.problem)
    check_certificate(leaf, role, name)
    previous = chain_signatures(session, plan.uuid)
    when = (pdf_sig.signing_time or certs.utcnow()).astimezone(UTC).replace(tzinfo=None)
    sig = Signature(
        plan_uuid=plan.uuid,
        revision=plan.revision,
        role=role,
        signer=name,
        meaning=MEANINGS[role],
        signed_at=when,
        comment="",
        content_hash=sha256_text(text),
        snapshot=text,
        prev_hash=previous[-1].record_hash if previous else GENESIS,
        released=False,
        external=False,
        certificates=certs.to_pem(chain),
        origin="pdf",
        evidence=raw,
        signature=b"",
    )
    sig.record_hash = record_hash(signed_payload(sig, certs.fingerprint(leaf)))
    return commit_record(session, plan, sig, actor=name)
