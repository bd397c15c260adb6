"""What a person's row in the workspace is worth: only its certificate under the trust root.

Every column of ``person`` (``roles``, ``public_key``, ``certificates``) can be written by
anyone who can write the workspace. So the roles a person holds, and the key an admin action
re-certifies, are read from the person's certificate, and only once it chains to the root,
names the person, carries the key in the row and is the last certificate the people audit
chain records for them. ``standing`` says whether a row holds (``user list`` and People flag
one that does not); ``certified_now`` gives the certificate an admin action may build on, or
refuses.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy.orm import Session

from desktop.models import Person
from desktop.models.refusal import Invalid

from . import certs
from .messages import said
from .trail import NOW, people_events, recorded_in_force


@dataclass
class Standing:
    """A person as the certificate says: name, certified roles (never the ``roles`` column),
    the certificate, and what is wrong with the row (``problem`` None when it holds)."""

    name: str
    roles: list[str]
    certificate: x509.Certificate | None
    problem: Invalid | None = None
    legacy: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.legacy

    @property
    def key_fingerprint(self) -> str:
        if self.certificate is None:
            return ""
        return certs.key_fingerprint(self.certificate.public_key())  # type: ignore[arg-type]


def public_der(cert: x509.Certificate) -> bytes:
    return cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def last_recorded_certificate(session: Session, name: str) -> str:
    """SHA-256 of the certificate the people audit chain last recorded for ``name`` ('', also
    when that certificate had been superseded before: only a forged entry brings one back)."""
    return recorded_in_force(people_events(session), name, NOW)


def standing(session: Session, person: Person, root: x509.Certificate | None) -> Standing:
    """Check ``person``'s row against its certificate and ``root`` (the workspace's; the
    caller decides whether it is pinned)."""
    if person.legacy:
        return Standing(person.name, [], None, legacy=True)
    try:
        chain = certs.from_pem(person.certificates)
    except certs.CertificateError:
        return Standing(person.name, [], None, said("row_certificate_unreadable", name=person.name))
    leaf = chain[0]
    roles = certs.cert_roles(leaf)
    found = Standing(person.name, roles, leaf)
    if root is None:
        found.problem = said("no_trust_root_yet")
        return found
    checked = certs.check_chain(leaf, chain[1:], root, certs.utcnow())
    if not checked.ok:
        found.roles, found.problem = [], said("row_not_certified", name=person.name)
    elif certs.common_name(leaf) != person.name:
        found.roles = []
        found.problem = said("row_names_other", name=person.name, other=certs.common_name(leaf))
    elif last_recorded_certificate(session, person.name) != certs.fingerprint(leaf):
        found.problem = said("row_not_last_certificate", name=person.name)
    elif bytes(person.public_key or b"") != public_der(leaf):
        found.problem = said("row_key_differs", name=person.name)
    elif ",".join(roles) != ",".join(r for r in certs.ROLE_ORDER if r in person.role_set):
        found.problem = said(
            "row_roles_differ",
            name=person.name,
            column=person.roles,
            certified=",".join(roles) or "-",
        )
    return found


def certified_now(
    session: Session, person: Person, root: x509.Certificate, *, same_key: bool = True
) -> Standing:
    """The standing an admin action builds on; SignoffRefused unless the row's certificate is
    the person's last one under ``root`` and (``same_key``) the row's key is that
    certificate's. A ``roles`` column that disagrees is not refused: it is not read, and the
    action writes the certified roles back."""
    from .people import SignoffRefused

    found = standing(session, person, root)
    if found.legacy:
        raise SignoffRefused(said("legacy_person", name=person.name))
    tolerated = {"row_roles_differ"} | (set() if same_key else {"row_key_differs"})
    if found.problem is not None and found.problem.key not in tolerated:
        raise SignoffRefused(found.problem)
    return found
