"""The admin actions on enrolled people: other roles, a new key, removal.

What they certify never comes from a writable column: the key whose roles change is the one
in the person's last certificate under the root this user pinned, and the roles a new key
keeps are that certificate's (``standing.certified_now``). ``preview_*`` says what would be
certified (name, key fingerprint, roles) so that it is shown to the admin first; passing that
fingerprint back as ``expected_key`` refuses if it changed meanwhile.
"""

from __future__ import annotations

from desktop.operations.audit import WORKSPACE, append_event
from desktop.store import Workspace

from .keystore import KeyStore
from .messages import said
from .people import (
    Certification,
    SignoffRefused,
    certify,
    check_same_key,
    checked_roles,
    find_person,
    pinned_root,
    read_identity,
    unlock,
)
from .standing import certified_now


def preview_change_roles(
    workspace: Workspace, name: str, roles: str | list[str], store: KeyStore | None = None
) -> Certification:
    """Whose key ``change_roles`` would certify: the key of the person's last certificate
    under the pinned root, never the ``public_key`` or ``certificates`` column alone."""
    role_list = checked_roles(roles)
    with workspace.session() as session:
        person = find_person(session, name)
        if person is None or person.removed:
            raise SignoffRefused(said("no_enrolled_person", name=name))
        root = pinned_root(session, store or KeyStore())
        current = certified_now(session, person, root)
        assert current.certificate is not None
        return Certification(person.name, role_list, current.certificate)


def preview_replace_key(
    workspace: Workspace, identity_pem: str | bytes, store: KeyStore | None = None
) -> Certification:
    """What ``replace_key`` would certify: the new identity's key, with the roles of the
    person's last certificate under the pinned root (never the ``roles`` column)."""
    identity, name = read_identity(identity_pem)
    with workspace.session() as session:
        person = find_person(session, name)
        if person is None or person.removed:
            raise SignoffRefused(said("no_person", name=name))
        root = pinned_root(session, store or KeyStore())
        current = certified_now(session, person, root, same_key=False)
    if not current.roles:
        raise SignoffRefused(said("no_roles"))
    return Certification(name, current.roles, identity)


def change_roles(
    workspace: Workspace,
    name: str,
    roles: str | list[str],
    *,
    admin: str,
    password: str,
    store: KeyStore | None = None,
    expected_key: str | None = None,
) -> None:
    """Re-certify an enrolled person with other roles; their key (from their last certificate
    under the pinned root) stays."""
    store = store or KeyStore()
    plan = preview_change_roles(workspace, name, roles, store)
    check_same_key(plan, expected_key)
    certify(workspace, plan, admin, password, store)


def replace_key(
    workspace: Workspace,
    identity_pem: str | bytes,
    *,
    admin: str,
    password: str,
    store: KeyStore | None = None,
    expected_key: str | None = None,
) -> None:
    """Certify a new key (a new identity file) for an enrolled person, keeping the roles
    their last certificate under the pinned root grants."""
    store = store or KeyStore()
    plan = preview_replace_key(workspace, identity_pem, store)
    check_same_key(plan, expected_key)
    certify(workspace, plan, admin, password, store)


def remove_person(
    workspace: Workspace, name: str, *, admin: str, password: str, store: KeyStore | None = None
) -> None:
    """Take a person off the workspace (their past signatures stay on record)."""
    with workspace.session() as session:
        who = unlock(session, admin, password, store or KeyStore())
    if "admin" not in who.roles:
        raise SignoffRefused(said("not_admin", name=who.name))
    if who.name == name.strip():
        raise SignoffRefused(said("admin_remove_self"))
    with workspace.write() as session:
        person = find_person(session, name)
        if person is None or person.removed:
            raise SignoffRefused(said("no_person", name=name))
        person.removed = True
        append_event(
            session,
            WORKSPACE,
            actor=who.name,
            action="remove person",
            item=name,
            changes={"name": name},
        )
