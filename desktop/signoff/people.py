"""People who sign: Argon2id password hashes, Ed25519 keys sealed with the password, slow-down.

The private key is encrypted with AES-256-GCM under a key derived from the password with
Argon2id (its own salt); the public key is bound in as associated data. Nothing here holds a
password longer than the call. ``PLANDESK_ARGON2_FAST=1`` selects cheap parameters (tests only).
"""

from __future__ import annotations

import json
import os
from base64 import b64decode, b64encode
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Person, Role
from desktop.models.validate import clean_text
from desktop.operations.audit import WORKSPACE, append_event
from desktop.store import Workspace

ROLES = tuple(r.value for r in Role)
MIN_PASSWORD = 8
FREE_ATTEMPTS = 3  # wrong passwords allowed before the slow-down starts
MAX_DELAY = 15 * 60


class SignoffRefused(Exception):
    """A refused people or sign-off action; the message is for the user (nothing changed)."""


class WrongPassword(SignoffRefused):
    """The password did not match (the failure was counted)."""


def _fast() -> bool:
    return os.environ.get("PLANDESK_ARGON2_FAST") == "1"


def _params() -> dict[str, int]:
    if _fast():
        return {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
    return {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}


def hasher() -> PasswordHasher:
    return PasswordHasher(**_params())


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def seal_key(key: Ed25519PrivateKey, password: str) -> bytes:
    """The private key encrypted with the password (JSON: KDF parameters, salt, nonce, data)."""
    params = _params()
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = hash_secret_raw(password.encode("utf-8"), salt, hash_len=32, type=Type.ID, **params)
    raw = key.private_bytes_raw()
    sealed = AESGCM(kek).encrypt(nonce, raw, b"plandesk-ed25519:" + public_bytes(key))
    blob = {"kdf": "argon2id", **params, "salt": b64encode(salt).decode(),
            "nonce": b64encode(nonce).decode(), "data": b64encode(sealed).decode()}  # fmt: skip
    return json.dumps(blob, sort_keys=True).encode("ascii")


def open_key(blob: bytes, password: str, public_key: bytes) -> Ed25519PrivateKey:
    """The private key from ``seal_key``'s blob; ``WrongPassword`` if it does not open."""
    data = json.loads(blob.decode("ascii"))
    params = {k: int(data[k]) for k in ("time_cost", "memory_cost", "parallelism")}
    kek = hash_secret_raw(password.encode("utf-8"), b64decode(data["salt"]), hash_len=32,
                          type=Type.ID, **params)
    try:
        raw = AESGCM(kek).decrypt(b64decode(data["nonce"]), b64decode(data["data"]),
                                  b"plandesk-ed25519:" + public_key)  # fmt: skip
    except InvalidTag:
        raise WrongPassword("the password does not open the signing key") from None
    return Ed25519PrivateKey.from_private_bytes(raw)


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
    return session.scalar(select(func.count(Person.id))) or 0


def slow_down(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passwords in a row (0 for the first few)."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(5 * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY)


@dataclass
class Authenticated:
    """Someone whose password was just checked, with their opened signing key."""

    person_id: int
    name: str
    roles: set[str]
    public_key: bytes
    private_key: Ed25519PrivateKey


def authenticate(workspace: Workspace, name: str, password: str) -> Authenticated:
    """Check ``name``'s password and open their key; count and slow down wrong passwords.

    A wrong password is recorded (its own committed transaction) before ``WrongPassword``
    is raised; while slowed down, even the right password is refused.
    """
    with workspace.write() as session:
        person = find_person(session, name)
        if person is None:
            raise SignoffRefused(f"no person named {name!r} in this workspace")
        now = _now()
        if person.locked_until is not None and person.locked_until > now:
            wait = int((person.locked_until - now).total_seconds()) + 1
            raise SignoffRefused(f"too many wrong passwords for {person.name}: "
                                 f"try again in {wait} s")  # fmt: skip
        try:
            hasher().verify(person.password_hash, password)
            key = open_key(person.private_key_encrypted, password, person.public_key)
        except (VerificationError, InvalidHashError, WrongPassword):
            person.failed_attempts += 1
            delay = slow_down(person.failed_attempts)
            person.locked_until = now + timedelta(seconds=delay) if delay else None
            failures = person.failed_attempts
        else:
            if person.failed_attempts or person.locked_until is not None:
                person.failed_attempts, person.locked_until = 0, None
            return Authenticated(person.id, person.name, person.role_set, person.public_key, key)
    extra = f"; wait {slow_down(failures)} s before trying again" if slow_down(failures) else ""
    raise WrongPassword(f"wrong password for {name}{extra}")


def add_person(workspace: Workspace, name: str, roles: str | list[str], password: str, *,
               admin: str | None = None, admin_password: str | None = None) -> int:  # fmt: skip
    """Add a person; the first one is made admin, later ones need an admin's password."""
    try:
        name = clean_text(name, "name", limit=100, required=True, multiline=False)
        role_list = parse_roles(roles)
    except ValueError as exc:
        raise SignoffRefused(str(exc)) from None
    if len(password) < MIN_PASSWORD:
        raise SignoffRefused(f"the password must have at least {MIN_PASSWORD} characters")
    with workspace.session() as session:
        first = count_people(session) == 0
        if find_person(session, name) is not None:
            raise SignoffRefused(f"a person named {name!r} already exists")
    if first:
        role_list = parse_roles(["admin", *role_list])
        by = name
    else:
        if not admin:
            raise SignoffRefused("only an admin may add people: name one with --admin")
        who = authenticate(workspace, admin, admin_password or "")
        if Role.ADMIN.value not in who.roles:
            raise SignoffRefused(f"{who.name} is not an admin")
        by = who.name
    if not role_list:
        raise SignoffRefused("give at least one role")
    key = Ed25519PrivateKey.generate()
    person = Person(name=name, roles=",".join(role_list), password_hash=hasher().hash(password),
                    public_key=public_bytes(key), private_key_encrypted=seal_key(key, password),
                    failed_attempts=0, created_at=_now())  # fmt: skip
    with workspace.write() as session:
        if (count_people(session) == 0) != first or find_person(session, name) is not None:
            raise SignoffRefused("the people changed meanwhile; try again")
        session.add(person)
        session.flush()
        append_event(session, WORKSPACE, actor=by, action="add person", item=name,
                     changes={"name": name, "roles": role_list,
                              "public_key": person.public_key.hex()})  # fmt: skip
        return person.id


def list_people(session: Session) -> list[Person]:
    return list(session.scalars(select(Person).order_by(Person.name)))
