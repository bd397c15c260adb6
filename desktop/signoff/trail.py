"""What the people audit trail said at a given moment: who was enrolled with which
certificate, and who was removed. Audit ids grow with every event, across plans and the
people trail, so the id of a sign-off's audit event places it among enrolments and removals.

A certificate that chains to the root is not enough: an admin who was demoted or removed, or
a person whose key was replaced, still holds a certificate that chains. A sign-off counts
only when its signer's certificate, and every admin certificate in its chain, was the last
one the trail recorded for that person when the sign-off was recorded, and the person was
not removed then. (The trail is a hash chain, not signed: see docs/TRUST.md's limits.)"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Person
from desktop.operations.audit import WORKSPACE

from . import certs

NOW = 2**62  # an audit id after every event


@dataclass(frozen=True)
class PeopleEvent:
    event_id: int
    action: str  # "enrol person" / "remove person"
    name: str
    certificate: str  # SHA-256 of the certificate enrolled ('' for a removal)


def people_events(session: Session) -> list[PeopleEvent]:
    """Every enrolment and removal, oldest first."""
    stmt = (
        select(AuditEvent.id, AuditEvent.action, AuditEvent.changes)
        .where(
            AuditEvent.plan_uuid == WORKSPACE,
            AuditEvent.action.in_(("enrol person", "remove person")),
        )
        .order_by(AuditEvent.id)
    )
    return [
        PeopleEvent(
            event_id,
            action,
            str(changes.get("name") or ""),
            str(changes.get("certificate_sha256") or "") if action == "enrol person" else "",
        )
        for event_id, action, changes in session.execute(stmt)
        if isinstance(changes, dict)
    ]


def removed_then(events: list[PeopleEvent], name: str, event_id: int) -> bool:
    """Had ``name`` been removed (and not enrolled again) before audit event ``event_id``?"""
    last = [e.action for e in events if e.name == name and e.event_id < event_id]
    return bool(last) and last[-1] == "remove person"


def signer_removed(session: Session, name: str) -> bool:
    """Is ``name`` removed now: by its row, or by the people audit trail (which the row's
    writable ``removed`` column cannot undo)?"""
    person = session.scalars(select(Person).where(Person.name == name)).first()
    gone = person is None or person.removed
    return gone or removed_then(people_events(session), name, NOW)


def superseded(events: list[PeopleEvent], chain: list[x509.Certificate], event_id: int) -> str:
    """Why a chain (leaf first, then the admin certificates it passes through) was not in
    force before audit event ``event_id`` ('' when it was). A name the trail never recorded
    a certificate for (a workspace older than the trail's certificates) is not judged."""
    for cert in chain:
        name = certs.common_name(cert)
        recorded = [e for e in events if e.name == name and e.event_id < event_id]
        enrolled = [e.certificate for e in recorded if e.action == "enrol person"]
        if not any(e.name == name and e.certificate for e in events):
            continue
        if recorded and recorded[-1].action == "remove person":
            return f"recorded after {name} was removed from the workspace"
        if not enrolled or enrolled[-1] != certs.fingerprint(cert) or _came_back(recorded):
            return (
                f"{name}'s certificate in this chain was not their certificate in force "
                "when the sign-off was recorded (replaced, or never enrolled here)"
            )
    return ""


def recorded_in_force(events: list[PeopleEvent], name: str, event_id: int) -> str:
    """The certificate (SHA-256) in force for ``name`` before audit event ``event_id``: the
    last one enrolled, unless the person was removed since or it had been superseded
    before ('')."""
    recorded = [e for e in events if e.name == name and e.event_id < event_id]
    if not recorded or recorded[-1].action == "remove person" or _came_back(recorded):
        return ""
    return recorded[-1].certificate


def _came_back(recorded: list[PeopleEvent]) -> bool:
    """Was the last certificate recorded before and superseded (by another or a removal)
    meanwhile? Every enrolment issues a new certificate, so only a forged entry brings an old
    one back."""
    last = recorded[-1].certificate
    first = next(i for i, e in enumerate(recorded) if e.certificate == last)
    return any(e.certificate != last for e in recorded[first + 1 :])
