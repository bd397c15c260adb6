"""The Sign-off screen's role table: one row per role with the signature in force, and the
signer's certificate described in the UI language."""

from __future__ import annotations

from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.models import Signature
from desktop.signoff import certs
from desktop.signoff.payload import SIGNING_ROLES
from desktop.signoff.verify import Report, Verdict
from desktop.signoff.workflow import named


def role_rows(plan: Any, report: Report) -> list[tuple[str, str, Verdict | None]]:
    """(role, person named in the plan, verdict in force or None) per role, then sign-offs
    recorded elsewhere."""
    rows: list[tuple[str, str, Verdict | None]] = []
    for role in SIGNING_ROLES:
        force = [v for v in report.verdicts if v.role == role and v.in_force]
        rows.append((role, named(plan, role), force[-1] if force else None))
    rows += [(v.role, v.signer, v) for v in report.verdicts if v.kind == "external"]
    return rows


def certificate_line(widget: QWidget, session: Session, v: Verdict) -> str:
    """The signer's certificate in the UI language: name (roles), certified by whom,
    valid until, the start of its fingerprint ('' for legacy or external sign-offs)."""
    sig = session.get(Signature, v.signature_id)
    if sig is None or not sig.certificates:
        return widget.tr("(none: legacy, not anchored)") if v.kind == "legacy" else ""
    try:
        cert = certs.from_pem(sig.certificates)[0]
    except certs.CertificateError:
        return v.certificate_subject
    return certificate_text(widget, cert)


def certificate_text(widget: QWidget, cert: x509.Certificate) -> str:
    """One line about a person's certificate, in the UI language."""
    issuer = ", ".join(
        str(a.value) for a in cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    )
    names = {
        "admin": widget.tr("Administrator"),
        "compiler": widget.tr("Compiler"),
        "reviewer": widget.tr("Reviewer"),
        "approver": widget.tr("Approver"),
    }
    roles = ", ".join(names.get(r, r) for r in certs.cert_roles(cert))
    return widget.tr("{0} ({1}); certified by {2}; valid until {3}; SHA-256 {4}…").format(
        certs.common_name(cert),
        roles,
        issuer,
        f"{cert.not_valid_after_utc:%Y-%m-%d}",
        certs.fingerprint(cert)[:16],
    )
