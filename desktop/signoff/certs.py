"""X.509 for sign-off: identities, the workspace trust root, people's certificates, chains.

Keys are ECDSA P-256 (what PDF readers validate). Three kinds of certificate:
- an *identity*: self-signed by a person's own key (``plandesk key new`` writes it to ID.pem);
  it proves that whoever made it holds the key, and carries the name;
- the *trust root*: self-signed CA certificate made with the first admin's key; its SHA-256 (the
  root fingerprint) is what people pin outside the workspace;
- a *person certificate*: issued by the root (or by another admin holding a CA certificate
  issued by the root) to a person's key, with the name (CN) and the roles (title attribute).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ROOT_YEARS = 20
PERSON_YEARS = 5
ROLE_ORDER = ("admin", "compiler", "reviewer", "approver")
_SKEW = timedelta(minutes=5)


class CertificateError(ValueError):
    """A certificate that cannot be used; the message is for the user."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, lower-case hex (64 digits)."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def key_fingerprint(key: ec.EllipticCurvePublicKey) -> str:
    """SHA-256 of the public key (SubjectPublicKeyInfo DER), lower-case hex."""
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def normalise_fingerprint(text: str) -> str:
    """``AB:CD …`` or ``abcd…`` -> 64 lower-case hex digits; CertificateError otherwise."""
    digits = "".join(c for c in text if c not in ": \t-").lower()
    if len(digits) != 64 or any(c not in "0123456789abcdef" for c in digits):
        raise CertificateError(f"not a SHA-256 fingerprint: {text!r} (64 hex digits expected)")
    return digits


def grouped(digest: str, size: int = 4) -> str:
    """A fingerprint in groups of four, for reading aloud and comparing by eye."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def cert_roles(cert: x509.Certificate) -> list[str]:
    titles = cert.subject.get_attributes_for_oid(NameOID.TITLE)
    found = {r.strip() for t in titles for r in str(t.value).split(",") if r.strip()}
    return [r for r in ROLE_ORDER if r in found]


def describe(cert: x509.Certificate) -> str:
    """One line for people: name (roles), who certified it, until when, fingerprint start."""
    issuer = cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    by = str(issuer[0].value) if issuer else "?"
    roles = ",".join(cert_roles(cert))
    return (
        f"{common_name(cert)}"
        + (f" ({roles})" if roles else "")
        + f"; certified by {by}; valid until {cert.not_valid_after_utc:%Y-%m-%d}"
        + f"; sha256 {fingerprint(cert)[:16]}"
    )


def is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def to_pem(certs: Iterable[x509.Certificate]) -> str:
    return "".join(c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in certs)


def from_pem(text: str | bytes, what: str = "certificate") -> list[x509.Certificate]:
    data = text.encode("ascii", "replace") if isinstance(text, str) else text
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        raise CertificateError(f"not a PEM {what}") from None
    if not certs:
        raise CertificateError(f"no certificate in the {what}")
    return certs


def _name(cn: str, title: str = "", org: str = "", serial: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if title:
        parts.append(x509.NameAttribute(NameOID.TITLE, title))
    if serial:
        parts.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(parts)


def _builder(
    subject: x509.Name,
    issuer: x509.Name,
    public: ec.EllipticCurvePublicKey,
    years: int,
    now: datetime | None = None,
) -> x509.CertificateBuilder:
    now = now or utcnow()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(int.from_bytes(secrets.token_bytes(16)) >> 1)
        .not_valid_before(now - _SKEW)
        .not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )


def make_identity(key: ec.EllipticCurvePrivateKey, name: str) -> x509.Certificate:
    """A self-signed certificate naming the key's holder (the identity file)."""
    subject = _name(name)
    builder = _builder(subject, subject, key.public_key(), PERSON_YEARS)
    builder = builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
    return builder.sign(key, hashes.SHA256())


def check_identity(cert: x509.Certificate) -> str:
    """The name in an identity file, after checking it is self-signed by its own key."""
    if not isinstance(cert.public_key(), ec.EllipticCurvePublicKey):
        raise CertificateError("the identity's key is not an ECDSA key")
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        raise CertificateError(
            "the identity file is not signed by its own key "
            "(altered or not made by 'plandesk key new')"
        ) from None
    name = common_name(cert)
    if not name:
        raise CertificateError("the identity file names nobody")
    return name


def make_root(key: ec.EllipticCurvePrivateKey, admin: str, org: str = "") -> x509.Certificate:
    """The workspace's trust root: a CA certificate self-signed by the first admin's key.
    Its name carries a random serial, so that each root is a distinct issuer even when one
    admin's key makes the roots of several workspaces: a chain is matched by issuer name and
    key, and a certificate issued under another workspace's root must not chain to this one."""
    subject = _name(f"PlanDesk trust root ({admin})", org=org, serial=secrets.token_hex(16))
    builder = _builder(subject, subject, key.public_key(), ROOT_YEARS)
    builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=1), True)
    builder = builder.add_extension(_usage(ca=True), True)
    return builder.sign(key, hashes.SHA256())


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def issue_person(
    issuer_key: ec.EllipticCurvePrivateKey,
    issuer: x509.Certificate,
    public: ec.EllipticCurvePublicKey,
    name: str,
    roles: list[str],
    org: str = "",
) -> x509.Certificate:
    """A person's certificate: CN = name, title = roles; admins get a CA certificate."""
    admin = "admin" in roles
    builder = _builder(_name(name, ",".join(roles), org), issuer.subject, public, PERSON_YEARS)
    builder = builder.add_extension(
        x509.BasicConstraints(ca=admin, path_length=0 if admin else None), True
    )
    builder = builder.add_extension(_usage(ca=admin), True)
    builder = builder.add_extension(
        x509.ExtendedKeyUsage(
            [ExtendedKeyUsageOID.CLIENT_AUTH, ExtendedKeyUsageOID.EMAIL_PROTECTION]
        ),
        False,
    )
    issuer_public = issuer.public_key()
    if not isinstance(issuer_public, ec.EllipticCurvePublicKey):
        raise CertificateError("the issuer's key is not an ECDSA key")
    builder = builder.add_extension(
        x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_public), False
    )
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass
class ChainResult:
    """A checked chain: the leaf, its issuers up to the root, or why it fails."""

    leaf: x509.Certificate
    path: list[x509.Certificate]
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def _valid_at(cert: x509.Certificate, at: datetime) -> bool:
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return cert.not_valid_before_utc <= at <= cert.not_valid_after_utc


def check_chain(
    leaf: x509.Certificate,
    intermediates: list[x509.Certificate],
    root: x509.Certificate,
    at: datetime,
) -> ChainResult:
    """Does ``leaf`` chain to ``root`` (directly or through one admin CA certificate), with
    every certificate valid at ``at``? The root is trusted as given (pin it first)."""
    path = [leaf]
    current = leaf
    for _ in range(3):
        if not _valid_at(current, at):
            return ChainResult(
                leaf,
                path,
                f"the certificate of {common_name(current)!r} was not "
                f"valid at {at:%Y-%m-%d %H:%M} UTC (expired?)",
            )
        if current.issuer == root.subject and _issued_by(current, root):
            if not _valid_at(root, at):
                return ChainResult(leaf, path, "the trust root was not valid at that time")
            return ChainResult(leaf, [*path, root])
        issuer = next(
            (
                c
                for c in intermediates
                if c.subject == current.issuer
                and is_ca(c)
                and "admin" in cert_roles(c)
                and _issued_by(current, c)
            ),
            None,
        )
        if issuer is None or issuer in path:
            return ChainResult(
                leaf,
                path,
                f"the certificate of {common_name(leaf)!r} is not "
                "certified by this workspace's trust root",
            )
        path.append(issuer)
        current = issuer
    return ChainResult(leaf, path, "the certificate chain is too long")


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def sign_bytes(key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    return key.sign(data, ec.ECDSA(hashes.SHA256()))


def verify_bytes(cert: x509.Certificate, signature: bytes, data: bytes) -> bool:
    public = cert.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        return False
    try:
        public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True
