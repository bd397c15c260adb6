"""Sign a PlanDesk PDF for signature in a role's field (Qt-free; pyHanko), and a person's
digital ID as a .p12 for signing in other PDF readers.

    signed = sign_pdf(pdf, "reviewer", key, cert, chain, signer_name="李審核",
                      reason="審核")                                        # -> bytes

PAdES (ETSI.CAdES.detached), ECDSA P-256 with SHA-256, the certificate chain embedded, an
appearance with the signer's name, the role and the time in an embedded CJK font subset.
Every signature is an incremental update. The document's first signature certifies it
(DocMDP: form filling and signing only), later ones are approval signatures.
"""

from __future__ import annotations

import json
from io import BytesIO

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.exchange.pdf.pdf_font import NoCjkFont, appearance_font
from desktop.exchange.pdf.pdf_signature_fields import (
    INFO_NAME,
    ROLE_FIELDS,
    open_reader,
    read_attachments,
)
from desktop.models.signoff_terms import role_label

TIME_FORMAT = "%Y-%m-%d %H:%M %z"


class PdfSigningError(ValueError):
    """Signing refused; the message is one line for the user."""


def to_asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _to_asn1_key(key: ec.EllipticCurvePrivateKey) -> asn1_keys.PrivateKeyInfo:
    der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return asn1_keys.PrivateKeyInfo.load(der)


def cert_roles(cert: x509.Certificate) -> list[str] | None:
    """The roles in the certificate's title attribute; None when it has none."""
    titles = cert.subject.get_attributes_for_oid(NameOID.TITLE)
    if not titles:
        return None
    return [r.strip() for r in str(titles[0].value).split(",") if r.strip()]


def _check_signer(
    role: str, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate, signer_name: str
) -> None:
    if role not in ROLE_FIELDS:
        raise PdfSigningError(f"unknown role {role!r} (one of: {', '.join(ROLE_FIELDS)})")
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise PdfSigningError("the signing key must be an ECDSA P-256 key")
    if key.public_key() != cert.public_key():
        raise PdfSigningError("the signing key does not belong to the certificate")
    roles = cert_roles(cert)
    if roles is not None and role not in roles:
        raise PdfSigningError(
            f"{signer_name}'s certificate does not give the role {role} "
            f"(it gives: {', '.join(roles) or 'none'})"
        )


def plan_info(pdf_bytes: bytes) -> dict:
    """The signing info of a PlanDesk PDF for signature; PdfSigningError when it has none."""
    try:
        reader = open_reader(pdf_bytes)
    except ValueError as exc:
        raise PdfSigningError(str(exc)) from None
    raw = read_attachments(reader).get(INFO_NAME)
    if raw is None:
        raise PdfSigningError(f"not a PlanDesk PDF for signature (no {INFO_NAME} attached)")
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PdfSigningError(f"the attached {INFO_NAME} is not valid JSON") from None


def _field_state(pdf_bytes: bytes) -> dict[str, bool]:
    """Signature field name -> filled?"""
    reader = open_reader(pdf_bytes)
    return {name: value is not None for name, value, _ref in fields.enumerate_sig_fields(reader)}


def _stamp_style(text: str, lang: str) -> TextStampStyle:
    try:
        font = appearance_font(text, lang, font_size=10)
    except NoCjkFont as exc:
        raise PdfSigningError(str(exc)) from None
    return TextStampStyle(
        stamp_text=text,
        timestamp_format=TIME_FORMAT,
        border_width=1,
        text_box_style=TextBoxStyle(font=font, font_size=10, leading=13),
    )


def sign_pdf(
    pdf_bytes: bytes,
    role: str,
    private_key: ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    *,
    signer_name: str,
    reason: str = "",
    location: str = "",
) -> bytes:
    """``pdf_bytes`` with a PAdES signature by ``cert``'s holder in ``role``'s field."""
    _check_signer(role, private_key, cert, signer_name)
    info = plan_info(pdf_bytes)
    field_name = ROLE_FIELDS[role]
    state = _field_state(pdf_bytes)
    if field_name not in state:
        raise PdfSigningError(f"the PDF has no signature field {field_name} for {role}")
    if state[field_name]:
        raise PdfSigningError(f"the {role} field ({field_name}) is already signed")
    first = not any(state.values())
    lang = info.get("language") or "zh_TW"
    shown_role = role_label(role, lang)
    text = f"{shown_role}：{signer_name}\n%(ts)s"
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=first,
        docmdp_permissions=MDPPerm.FILL_FORMS,
        name=signer_name,
        reason=reason or shown_role,
        location=location or None,
    )
    others = [c for c in chain if c != cert]
    signer = signers.SimpleSigner(
        signing_cert=to_asn1_cert(cert),
        signing_key=_to_asn1_key(private_key),
        cert_registry=SimpleCertificateStore.from_certs([to_asn1_cert(c) for c in others]),
    )
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=_stamp_style(text, lang))
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
        out = pdf_signer.sign_pdf(writer, existing_fields_only=True)
    except (PdfError, ValueError) as exc:
        reason_text = " ".join(str(exc).split())  # one line
        raise PdfSigningError(f"pyHanko could not sign the PDF: {reason_text}") from None
    return out.getvalue()


def export_p12(
    private_key: ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    password: str | bytes,
    *,
    friendly_name: str | None = None,
) -> bytes:
    """A person's digital ID (PKCS#12: key, certificate and chain) for Adobe Reader & co.

    AES-256 with PBKDF2 and an SHA-256 MAC (what current readers and OSes import)."""
    secret = password.encode("utf-8") if isinstance(password, str) else password
    if len(secret) < 4:
        raise PdfSigningError("the .p12 password is too short (at least 4 characters)")
    if private_key.public_key() != cert.public_key():
        raise PdfSigningError("the key does not belong to the certificate")
    if friendly_name is None:
        names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        friendly_name = str(names[0].value) if names else "PlanDesk"
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(200_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(secret)
    )
    cas = [c for c in chain if c != cert]
    return pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"), private_key, cert, cas or None, encryption
    )
