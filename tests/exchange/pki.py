"""A workspace trust root and people's certificates for the PDF signing tests (P-256, like
the key store: root CA -> person certificates with CN = name and title = roles)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass
class Person:
    name: str
    roles: list[str]
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    chain: list[x509.Certificate]  # the person's certificate first, ending with the root


@dataclass
class Pki:
    root_key: ec.EllipticCurvePrivateKey
    root: x509.Certificate
    people: dict[str, Person] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        import hashlib

        return hashlib.sha256(self.root.public_bytes(serialization.Encoding.DER)).hexdigest()


def _name(cn: str, title: str = "", org: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if title:
        parts.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(parts)


def _usage(ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca,
                         crl_sign=ca, encipher_only=False, decipher_only=False)  # fmt: skip


def _builder(subject: x509.Name, issuer: x509.Name, public: ec.EllipticCurvePublicKey,
             days: int) -> x509.CertificateBuilder:  # fmt: skip
    now = datetime.now(UTC)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(public).serial_number(int.from_bytes(secrets.token_bytes(16)) >> 1)
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=days))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), False))  # fmt: skip


def make_root(admin: str = "王管理", org: str = "社交媒體部") -> Pki:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(f"PlanDesk trust root ({admin})", org=org)
    builder = _builder(subject, subject, key.public_key(), 365 * 20)
    builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=1), True)
    builder = builder.add_extension(_usage(True), True)
    return Pki(key, builder.sign(key, hashes.SHA256()))


def add_person(pki: Pki, name: str, roles: list[str], org: str = "社交媒體部") -> Person:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = _builder(_name(name, ",".join(roles), org), pki.root.subject, key.public_key(),
                       365 * 5)  # fmt: skip
    builder = builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
    builder = builder.add_extension(_usage(False), True)
    builder = builder.add_extension(x509.ExtendedKeyUsage(
        [ExtendedKeyUsageOID.CLIENT_AUTH, ExtendedKeyUsageOID.EMAIL_PROTECTION]), False)
    builder = builder.add_extension(
        x509.AuthorityKeyIdentifier.from_issuer_public_key(pki.root_key.public_key()), False)
    cert = builder.sign(pki.root_key, hashes.SHA256())
    person = Person(name, roles, key, cert, [cert, pki.root])
    pki.people[name] = person
    return person


def organisation() -> Pki:
    """A root with 張編制 (compiler), 李審核 (reviewer) and 陳批準 (approver)."""
    pki = make_root()
    add_person(pki, "張編制", ["compiler"])
    add_person(pki, "李審核", ["reviewer"])
    add_person(pki, "陳批準", ["approver"])
    return pki
