"""A workspace trust root and people's certificates for the PDF signing tests (P-256, like
the key store: root CA -> person certificates with CN = name and title = roles)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from desktop.signoff import certs


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


def make_root(admin: str = "王管理", org: str = "社交媒體部") -> Pki:
    """A root made the way PlanDesk makes one (``desktop.signoff.certs``)."""
    key = certs.new_key()
    return Pki(key, certs.make_root(key, admin, org))


def add_person(pki: Pki, name: str, roles: list[str], org: str = "社交媒體部") -> Person:
    key = certs.new_key()
    cert = certs.issue_person(pki.root_key, pki.root, key.public_key(), name, roles, org)
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
