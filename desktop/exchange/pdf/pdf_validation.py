"""Read a signed PlanDesk PDF: the attached signed content, and every signature checked by
pyHanko against the given trust roots (Qt-free).

    signed = read_signed_pdf(pdf_bytes, [root_cert])
    signed.problems            # one line each; empty when every check passed
    signed.signature_for("reviewer")

The checks: each signature intact (the signed bytes unchanged), cryptographically valid,
its certificate chaining to one of ``trust_roots``, covering the whole revision, and
pyHanko's modification analysis finding nothing after it but signatures and form fills
(``docmdp_ok``); no signature removed in a later revision; the attached content matching
its declared SHA-256. Whether the PDF belongs to a given plan: ``SignedPdf.plan_problems``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import EmbeddedPdfSignature, validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop.exchange.pdf.pdf_signature_fields import (
    CONTENT_NAME,
    FIELD_ROLES,
    INFO_NAME,
    ROLE_FIELDS,
    open_reader,
    read_attachments,
    sha256_text,
)
from desktop.exchange.pdf.pdf_signing import to_asn1_cert
from desktop.models.signoff_terms import role_label

# pyHanko logs each failed modification check with a traceback; we report them as problems.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
ALLOWED_AFTER = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
)


def _from_asn1(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


@dataclass
class SignatureReport:
    """One filled signature field and what pyHanko found about it."""

    field: str
    role: str | None
    signer_name: str
    signer_cert: x509.Certificate
    chain: list[x509.Certificate]  # the certificates embedded with the signature
    signing_time: datetime | None
    certification: bool  # a DocMDP (certification) signature
    intact: bool
    valid: bool
    trusted: bool
    coverage: str  # pyHanko's SignatureCoverageLevel name
    modification_level: str | None  # pyHanko's ModificationLevel name (after this signature)
    docmdp_ok: bool | None
    problems: list[str] = dataclasses.field(default_factory=list)  # ``field`` is a column here

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class SignedPdf:
    info: dict[str, Any] | None
    content_json: str | None
    content_sha256: str | None  # computed from the attachment
    signatures: list[SignatureReport]
    empty_fields: list[str]  # role fields nobody has signed
    problems: list[str]  # every problem, the signatures' included

    @property
    def ok(self) -> bool:
        return not self.problems

    def signature_for(self, role: str) -> SignatureReport | None:
        return next((s for s in self.signatures if s.role == role), None)

    def plan_problems(self, plan_uuid: str, revision: int, content_sha256: str) -> list[str]:
        """Why this PDF is not a PDF of that plan revision with that signed content."""
        info = self.info or {}
        if info.get("plan_uuid") != plan_uuid:
            return [
                f"the PDF is of another plan ({info.get('title', '?')}, "
                f"{info.get('plan_uuid', 'no uuid')}), not {plan_uuid}"
            ]
        found: list[str] = []
        if info.get("revision") != revision:
            found.append(
                f"the PDF is of revision {info.get('revision')}, the plan is at revision {revision}"
            )
        if self.content_sha256 != content_sha256:
            found.append(
                f"the PDF's signed content ({(self.content_sha256 or 'none')[:12]}) is "
                f"not the plan's content ({content_sha256[:12]}): the plan changed "
                "since the PDF was made"
            )
        return found


def _role_text(role: str | None, field_name: str, lang: str) -> str:
    return f"the {role_label(role, lang)} signature" if role else f"the signature in {field_name}"


def _attachments(reader: Any) -> tuple[dict[str, Any] | None, str | None, list[str]]:
    files = read_attachments(reader)
    problems: list[str] = []
    info = None
    if INFO_NAME not in files:
        problems.append(f"not a PlanDesk PDF for signature (no {INFO_NAME} attached)")
    else:
        try:
            info = json.loads(files[INFO_NAME].decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            problems.append(f"the attached {INFO_NAME} is not valid JSON")
    content = None
    if CONTENT_NAME not in files:
        problems.append(f"the signed content ({CONTENT_NAME}) is not attached")
    else:
        try:
            content = files[CONTENT_NAME].decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"the attached {CONTENT_NAME} is not UTF-8 text")
    if info is not None and content is not None:
        declared = str(info.get("content_sha256", ""))
        actual = sha256_text(content)
        if declared != actual:
            problems.append(
                f"the attached {CONTENT_NAME} does not match its declared hash "
                f"({actual[:12]} instead of {declared[:12] or 'none'})"
            )
    return info, content, problems


def _check_signature(embedded: Any, context: ValidationContext, lang: str) -> SignatureReport:
    name = embedded.field_name
    role = FIELD_ROLES.get(name)
    cert = _from_asn1(embedded.signer_cert)
    chain = [_from_asn1(c) for c in embedded.other_embedded_certs]
    sig_name = embedded.sig_object.get("/Name")
    cn = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    signer = str(cn[0].value) if cn else str(sig_name or "?")
    status = validate_pdf_signature(embedded, signer_validation_context=context)
    level = status.modification_level
    report = SignatureReport(
        field=name,
        role=role,
        signer_name=signer,
        signer_cert=cert,
        chain=[cert, *chain],
        signing_time=embedded.self_reported_timestamp,
        certification=embedded.docmdp_level is not None,
        intact=status.intact,
        valid=status.valid,
        trusted=status.trusted,
        coverage=status.coverage.name if status.coverage else "NONE",
        modification_level=level.name if level is not None else None,
        docmdp_ok=status.docmdp_ok,
    )
    what = _role_text(role, name, lang)
    if role is None:
        report.problems.append(f"a signature in the unknown field {name!r}")
    if not status.intact:
        report.problems.append(
            f"{what} ({signer}) does not match the document: the signed bytes were changed"
        )
    elif not status.valid:
        report.problems.append(f"{what} ({signer}) is not a valid signature")
    elif not status.trusted:
        report.problems.append(f"{what}: {signer}'s certificate is not certified by the trust root")
    if status.coverage not in (
        SignatureCoverageLevel.ENTIRE_FILE,
        SignatureCoverageLevel.ENTIRE_REVISION,
    ):
        report.problems.append(f"{what} ({signer}) covers only part of its revision")
    if status.docmdp_ok is False or level is None or level not in ALLOWED_AFTER:
        report.problems.append(
            f"the document was changed after {what} ({signer}): more than "
            f"signatures and form fields (modification level "
            f"{report.modification_level or 'unknown'})"
        )
    return report


def _removed_signatures(reader: Any, current: set[str], lang: str) -> list[str]:
    """Fields signed in an earlier revision that are not signed in the final one."""
    problems: list[str] = []
    seen: set[str] = set()
    for revision in range(reader.total_revisions - 1):
        try:
            past = reader.get_historical_resolver(revision)
            filled = [n for n, _v, _r in enumerate_sig_fields(past, filled_status=True)]
        except (PdfError, KeyError, TypeError, ValueError):
            continue
        for name in filled:
            if name not in current and name not in seen:
                seen.add(name)
                what = _role_text(FIELD_ROLES.get(name), name, lang)
                problems.append(f"{what} made in revision {revision + 1} was removed later")
    return problems


def _embedded_signatures(reader: Any, lang: str) -> tuple[list[Any], list[str]]:
    """The filled signature fields in signing order, and one line per unreadable one."""
    found, problems = [], []
    try:
        filled = list(enumerate_sig_fields(reader, filled_status=True))
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        return [], [f"the PDF's signature fields cannot be read ({' '.join(str(exc).split())})"]
    for name, _value, field_ref in filled:
        try:
            sig = EmbeddedPdfSignature(reader, field_ref, name)
            if sig.sig_object_type == "/Sig":
                found.append(sig)
        except (PdfError, ValueError, KeyError, TypeError):
            what = _role_text(FIELD_ROLES.get(name), name, lang)
            problems.append(f"{what} cannot be read: its signature data is damaged or was stripped")
    found.sort(key=lambda sig: sig.signed_revision)
    return found, problems


def read_signed_pdf(pdf_bytes: bytes, trust_roots: list[x509.Certificate]) -> SignedPdf:
    """Everything ``review merge`` needs to decide about a returned PDF; ValueError (one
    line) when the bytes are not a readable PDF."""
    reader = open_reader(pdf_bytes)
    info, content, problems = _attachments(reader)
    lang = str((info or {}).get("language") or "zh_TW")
    context = ValidationContext(
        trust_roots=[to_asn1_cert(c) for c in trust_roots],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    reports: list[SignatureReport] = []
    embedded, unreadable = _embedded_signatures(reader, lang)
    problems.extend(unreadable)
    for sig in embedded:
        try:
            reports.append(_check_signature(sig, context, lang))
        except (PdfError, ValueError, KeyError) as exc:
            why = " ".join(str(exc).split())
            problems.append(f"the signature in {sig.field_name} cannot be checked ({why})")
    for report in reports:
        problems.extend(report.problems)
    signed = {r.field for r in reports}
    problems.extend(_removed_signatures(reader, signed, lang))
    try:
        fields = {n: v is not None for n, v, _r in enumerate_sig_fields(reader)}
    except (PdfError, ValueError, KeyError):
        fields = {}
    empty = [f for f in ROLE_FIELDS.values() if f in fields and not fields[f]]
    missing = [f for f in ROLE_FIELDS.values() if f not in fields]
    if info is not None and missing:
        problems.append(f"the signature field(s) {', '.join(missing)} were removed")
    sha = sha256_text(content) if content is not None else None
    return SignedPdf(info, content, sha, reports, empty, problems)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
