"""People who sign: enrolled from their identity files, certified by the workspace's trust root.

The first admin's own key makes the root (a self-signed CA certificate) and its fingerprint is
pinned in that user's key store. Every later person is certified by an admin whose key is in
the acting user's key store. The workspace stores certificates and public keys only; the
people audit chain (plan uuid ``""``) records each change.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Person, Role, TrustRoot
from desktop.models.validate import WordedError, entity_text
from desktop.operations.audit import WORKSPACE, append_event
from desktop.store import Workspace

from . import certs
from .keystore import KeyStore, KeyStoreError, WrongKeyPassword
from .messages import passed_on, said
from .names import look_alike
from .trail import NOW, people_events, recorded_in_force

ROLES = tuple(r.value for r in Role)


class SignoffRefused(WordedError):
    """A refused people or sign-off action; the message is for the user (nothing changed).
    Built from a key-store refusal it is worded in the UI language by ``message(lang)``."""


class WrongPassword(SignoffRefused):
    """The password did not open the signing key."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def parse_roles(raw: str | list[str]) -> list[str]:
    """Roles from ``"compiler,reviewer"`` or a list; ValueError names an unknown one."""
    items = raw.split(",") if isinstance(raw, str) else [r for part in raw for r in part.split(",")]
    roles = []
    for item in (i.strip().lower() for i in items):
        if not item:
            continue
        if item not in ROLES:
            raise ValueError(f"unknown role {item!r} (use {', '.join(ROLES)})")
        if item not in roles:
            roles.append(item)
    return [r for r in ROLES if r in roles]


def find_person(session: Session, name: str) -> Person | None:
    return session.scalars(select(Person).where(Person.name == name.strip())).first()


def count_people(session: Session) -> int:
    return session.scalar(select(func.count(Person.id)).where(Person.removed.is_(False))) or 0


def list_people(session: Session) -> list[Person]:
    return list(
        session.scalars(select(Person).where(Person.removed.is_(False)).order_by(Person.name))
    )


def workspace_root(session: Session) -> x509.Certificate | None:
    """The root certificate this workspace records (not trusted until its fingerprint is
    pinned); None before the first admin is enrolled."""
    row = session.scalars(select(TrustRoot).order_by(TrustRoot.id)).first()
    return x509.load_der_x509_certificate(row.certificate) if row else None


def person_chain(person: Person) -> list[x509.Certificate]:
    """The person's certificate and its issuers below the root ([] for legacy people)."""
    return certs.from_pem(person.certificates) if person.certificates else []


@dataclass
class Unlocked:
    """Someone whose key was just opened with their password, with their certificates."""

    name: str
    roles: list[str]
    chain: list[x509.Certificate]  # own certificate first, then issuers below the root
    private_key: ec.EllipticCurvePrivateKey

    @property
    def certificate(self) -> x509.Certificate:
        return self.chain[0]


def unlock(session: Session, name: str, password: str, store: KeyStore) -> Unlocked:
    """Open ``name``'s key from this user's key store; their workspace certificate must be
    certified by the workspace's root. SignoffRefused / WrongPassword say what is wrong."""
    person = find_person(session, name)
    if person is None or person.removed:
        raise SignoffRefused(said("no_person_named", name=name))
    if person.legacy:
        raise SignoffRefused(said("legacy_person", name=person.name))
    chain = person_chain(person)
    root = workspace_root(session)
    if root is None:
        raise SignoffRefused(said("no_trust_root_yet"))
    checked = certs.check_chain(chain[0], chain[1:], root, certs.utcnow())
    if not checked.ok:
        raise SignoffRefused(checked.problem)
    events = people_events(session)
    if any(e.name == person.name and e.certificate for e in events) and recorded_in_force(
        events, person.name, NOW
    ) != certs.fingerprint(chain[0]):  # a row restored to a certificate taken back
        raise SignoffRefused(said("row_not_last_certificate", name=person.name))
    try:
        stored = store.find(name=person.name, public=chain[0].public_key())  # type: ignore[arg-type]
        key = store.open(stored, password)
    except WrongKeyPassword as exc:
        raise WrongPassword(exc.reason()) from None
    except KeyStoreError as exc:
        raise SignoffRefused(exc.reason()) from None
    store.remember_certificate(stored, [*chain, root], certs.fingerprint(root))
    return Unlocked(person.name, certs.cert_roles(chain[0]), chain, key)


def read_identity(pem: str | bytes) -> tuple[x509.Certificate, str]:
    """An identity file's certificate and name (checked: self-signed by its own key)."""
    try:
        cert = certs.from_pem(pem, "identity file")[0]
        name = certs.check_identity(cert)
        name = entity_text(Person, "name", name, required=True)
    except ValueError as exc:
        raise SignoffRefused(passed_on(exc)) from None
    return cert, name


@dataclass
class Certification:
    """What an admin action is about to certify: shown to the admin before the key is used."""

    name: str
    roles: list[str]
    subject: x509.Certificate  # the certificate whose public key is certified

    @property
    def key_fingerprint(self) -> str:
        return certs.key_fingerprint(self.subject.public_key())  # type: ignore[arg-type]


def pinned_root(session: Session, store: KeyStore) -> x509.Certificate:
    """The workspace's root, only if this user pinned it (an admin action builds on it)."""
    root = workspace_root(session)
    if root is None:
        raise SignoffRefused(said("no_trust_root_yet"))
    fp = certs.fingerprint(root)
    if fp not in store.pinned():
        raise SignoffRefused(said("own_root_not_pinned", fingerprint=certs.grouped(fp)))
    return root


def checked_roles(roles: str | list[str]) -> list[str]:
    try:
        role_list = parse_roles(roles)
    except ValueError as exc:
        raise SignoffRefused(passed_on(exc)) from None
    if not role_list:
        raise SignoffRefused(said("no_roles"))
    return role_list


def preview_enrol(
    workspace: Workspace, identity_pem: str | bytes, roles: str | list[str]
) -> Certification:
    """Who ``enrol`` would certify: the identity file's name and key, the roles given."""
    identity, name = read_identity(identity_pem)
    role_list = checked_roles(roles)
    with workspace.session() as session:
        existing = find_person(session, name)
        if existing is not None and not existing.legacy and not existing.removed:
            raise SignoffRefused(said("already_enrolled", name=name))
        other = look_alike(name, list(session.scalars(select(Person.name))))
        if other:  # even a removed person: their past signatures stay on record
            raise SignoffRefused(said("look_alike_name", name=name, other=other))
    return Certification(name, role_list, identity)


def enrol(
    workspace: Workspace,
    identity_pem: str | bytes,
    roles: str | list[str],
    *,
    admin: str | None,
    password: str,
    store: KeyStore | None = None,
    organisation: str = "",
    expected_key: str | None = None,
) -> tuple[str, str]:
    """Add (or re-enrol) the person of an identity file; returns (name, root fingerprint).

    The first person must be an admin: their own key (in ``store``, opened with ``password``)
    creates the trust root, which is pinned for this user. Later people are certified by
    ``admin`` (their key in ``store``, ``password`` theirs). A legacy entry of the same name is
    replaced; an enrolled person is changed with ``change_roles`` / ``replace_key`` instead.
    ``expected_key``: the key fingerprint the admin was shown (``preview_enrol``).
    """
    store = store or KeyStore()
    plan = preview_enrol(workspace, identity_pem, roles)
    identity, name, role_list = plan.subject, plan.name, plan.roles
    check_same_key(plan, expected_key)
    with workspace.session() as session:
        root = workspace_root(session)
    if root is not None:
        if not admin:
            raise SignoffRefused(said("admin_needed"))
        certify(workspace, plan, admin, password, store)
        with workspace.session() as session:
            return name, certs.fingerprint(workspace_root(session))  # type: ignore[arg-type]
    if "admin" not in role_list:
        raise SignoffRefused(said("first_must_be_admin"))
    if admin and admin.strip() != name:
        raise SignoffRefused(said("first_admin_self"))
    key = _open_own(store, name, identity, password)
    root = certs.make_root(key, name, organisation)
    cert = certs.issue_person(
        key,
        root,
        key.public_key(),  # the identity's: _open_own found the key by it
        name,
        role_list,
        organisation,
    )
    _store_person(workspace, name, role_list, [cert], root, name)
    root_fp = certs.fingerprint(root)
    store.pin(root_fp, certs.common_name(root))
    store.remember_certificate(store.find(public=key.public_key()), [cert, root], root_fp)
    return name, root_fp


def check_same_key(plan: Certification, expected_key: str | None) -> None:
    if expected_key is not None and expected_key != plan.key_fingerprint:
        raise SignoffRefused(said("key_changed_meanwhile", name=plan.name))


def _open_own(
    store: KeyStore, name: str, identity: x509.Certificate, password: str
) -> ec.EllipticCurvePrivateKey:
    try:
        stored = store.find(name=name, public=identity.public_key())  # type: ignore[arg-type]
        return store.open(stored, password)
    except WrongKeyPassword as exc:
        raise WrongPassword(exc.reason()) from None
    except KeyStoreError as exc:
        raise SignoffRefused(exc.reason()) from None


def _store_person(
    workspace: Workspace,
    name: str,
    roles: list[str],
    chain: list[x509.Certificate],
    root: x509.Certificate,
    by: str,
) -> None:
    from cryptography.hazmat.primitives import serialization

    root_fp = certs.fingerprint(root)
    with workspace.write() as session:
        recorded = workspace_root(session)
        if recorded is None:
            session.add(
                TrustRoot(
                    certificate=root.public_bytes(serialization.Encoding.DER),
                    fingerprint=root_fp,
                    created_at=_now(),
                )
            )
        elif certs.fingerprint(recorded) != root_fp:
            raise SignoffRefused(said("root_changed"))
        person = find_person(session, name)
        public = (
            chain[0]
            .public_key()
            .public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        if person is None:
            person = Person(name=name, created_at=_now())
            session.add(person)
        person.roles, person.public_key = ",".join(roles), public
        person.certificates, person.removed = certs.to_pem(chain), False
        session.flush()
        append_event(
            session,
            WORKSPACE,
            actor=by,
            action="enrol person",
            item=name,
            changes={
                "name": name,
                "roles": roles,
                "root": root_fp,
                "certificate_sha256": certs.fingerprint(chain[0]),
            },
        )


def certify(
    workspace: Workspace, plan: Certification, admin: str, password: str, store: KeyStore
) -> None:
    """``admin`` (key in ``store``) certifies ``plan.subject``'s key for ``plan.name`` with
    ``plan.roles``, under the root this user pinned."""
    name, subject, roles = plan.name, plan.subject, plan.roles
    with workspace.session() as session:
        root = pinned_root(session, store)
        who = unlock(session, admin, password, store)
    if "admin" not in who.roles:
        raise SignoffRefused(said("not_admin", name=who.name))
    own_root = who.certificate.public_key() == root.public_key()
    issuer = root if own_root else who.certificate
    cert = certs.issue_person(
        who.private_key,
        issuer,
        subject.public_key(),  # type: ignore[arg-type]
        name,
        roles,
    )
    chain = [cert, *([] if own_root else who.chain)]
    _store_person(workspace, name, roles, chain, root, who.name)
    with suppress(KeyStoreError):  # their key is on this computer too: keep the certificate
        store.remember_certificate(
            store.find(public=subject.public_key()),  # type: ignore[arg-type]
            [*chain, root],
            certs.fingerprint(root),
        )


def anchor(
    root: x509.Certificate, trust: list[str], store: KeyStore, what: str = "the package"
) -> str:
    """``root``'s fingerprint if given by ``trust`` (then pinned: accepted here) or, when
    ``trust`` names no root, pinned here; SignoffRefused ("not anchored") otherwise. A root
    given names exactly what to accept: another root this user pinned (for another
    workspace) is not accepted in its place."""
    fp = certs.fingerprint(root)
    given = {certs.normalise_fingerprint(t) for t in trust}
    if fp in given:
        store.pin(fp, certs.common_name(root))
    elif given or fp not in store.pinned():
        raise SignoffRefused(said("root_not_pinned", what=what, fingerprint=certs.grouped(fp)))
    return fp
