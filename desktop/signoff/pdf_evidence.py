"""What a kept signed PDF says about its sign-offs, and what a PDF for signature carries for
signing offline (Qt-free; pyHanko through exchange/pdf).

A PDF-origin sign-off is derived from the PDF (issue 24): the signature field gives the
role, the CMS signer certificate the signer, its signed attributes the time, the attached
signing info the plan and revision, the attached content the content hash; a PDF signature
means only its role's approval, with no comment (docs/TRUST.md). ``verify`` requires the
record's columns to equal these (``check_pdf_signature``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from cryptography import x509
from sqlalchemy.orm import Session

from desktop.models import Plan, Signature
from desktop.operations.audit import canonical_time

from . import certs
from .content import read_version, stored_version
from .payload import MEANINGS
from .people import list_people, workspace_root
from .workflow import TRANSITIONS


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


@lru_cache(maxsize=32)
def _validated(evidence: bytes, root_der: bytes) -> Any:
    from desktop.exchange.pdf.pdf_validation import read_signed_pdf

    return read_signed_pdf(evidence, [x509.load_der_x509_certificate(root_der)])


def check_pdf_signature(
    evidence: bytes, root: x509.Certificate, sig: Signature, cert: x509.Certificate
) -> str:
    """Why the kept PDF does not back the sign-off record ``sig`` ('' if it does).

    A PDF-origin sign-off is derived from the PDF: the field gives the role, the CMS signer
    certificate the signer, its signed attributes the time, and a PDF signature means only
    the role's approval (no comment, no rejection: docs/TRUST.md). The record's columns must
    equal what the PDF says; otherwise the sign-off is invalid."""
    from cryptography.hazmat.primitives.serialization import Encoding

    report = _validated(evidence, root.public_bytes(Encoding.DER))
    role = sig.role
    pdf_sig = report.signature_for(role) if role in MEANINGS else None
    if pdf_sig is None:
        return f"the PDF holds no signature in the {role} field"
    if pdf_sig.problems:
        return pdf_sig.problems[0]
    if not (pdf_sig.intact and pdf_sig.valid and pdf_sig.trusted):
        return f"the PDF signature of the {role} does not validate"
    if certs.fingerprint(pdf_sig.signer_cert) != certs.fingerprint(cert):
        return "the PDF was signed with another certificate than the one recorded"
    derived = derived_record(report, pdf_sig)
    for column, value in derived.items():
        recorded = getattr(sig, column)
        if column == "signed_at":
            recorded = canonical_time(recorded) if recorded is not None else None
        if recorded != value:
            return f"the record's {column} is not what the PDF signature says"
    return ""


def derived_record(report: Any, pdf_sig: Any) -> dict[str, Any]:
    """The sign-off columns a PDF signature determines (times as canonical UTC text)."""
    info = report.info or {}
    when = pdf_sig.signing_time
    return {
        "plan_uuid": info.get("plan_uuid"),
        "revision": info.get("revision"),
        "role": pdf_sig.role,
        "signer": certs.common_name(pdf_sig.signer_cert),
        "meaning": MEANINGS.get(pdf_sig.role or ""),
        "comment": "",
        "signed_at": canonical_time(when) if when is not None else None,
        "content_hash": report.content_sha256,
        "content_version": stored_version(read_version(info.get("content_version")) or 0),
    }
