"""The plan's hash-chained audit trail: appending (inside the caller's transaction) and checking.

Each event's hash covers the previous event's hash and a canonical serialization of the event
(UTC time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, the changes as sorted JSON), so editing, removing
or reordering any event breaks the chain. Rewriting the whole chain changes its head hash,
which the printout and the Excel cover show. Workspace-wide events (people) use the plan uuid
``WORKSPACE``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.models import AuditEvent

GENESIS = "0" * 64
WORKSPACE = ""  # the chain of workspace-wide events (people, keys)


def canonical_time(at: datetime) -> str:
    """A naive-UTC (or aware) time as fixed-width ISO text with microseconds and ``Z``."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def json_safe(value: Any) -> Any:
    """``value`` as it will read back from a JSON column (str keys, lists, plain scalars)."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def event_hash(
    prev_hash: str,
    plan_uuid: str,
    at: datetime,
    actor: str,
    action: str,
    item: str,
    changes: dict[str, Any] | None,
) -> str:
    body = json.dumps(
        {
            "prev": prev_hash,
            "plan": plan_uuid,
            "at": canonical_time(at),
            "actor": actor,
            "action": action,
            "item": item,
            "changes": changes,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def chain_head(session: Session, plan_uuid: str) -> AuditEvent | None:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.plan_uuid == plan_uuid)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        # Writers of one chain queue here until the previous one commits; the SELECT after
        # the lock then sees its event (a row lock alone would hand back the old head, and
        # an empty chain has no row to lock).
        session.execute(
            text("SELECT pg_advisory_xact_lock(hashtext(:key))"),
            {"key": f"plandesk-audit:{plan_uuid}"},
        )
        stmt = stmt.with_for_update()
    return session.scalars(stmt).first()


def append_event(
    session: Session,
    plan_uuid: str,
    *,
    actor: str,
    action: str,
    item: str = "",
    changes: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append an event (``at``: now, or the time it happened when it is copied from a record,
    e.g. a review package's sign-offs)."""
    head = chain_head(session, plan_uuid)
    prev = head.hash if head is not None else GENESIS
    at = at if at is not None else datetime.now(UTC).replace(tzinfo=None)
    changes = json_safe(changes) if changes is not None else None
    digest = event_hash(prev, plan_uuid, at, actor, action, item, changes)
    event = AuditEvent(
        plan_uuid=plan_uuid,
        at=at,
        actor=actor,
        action=action,
        item=item,
        changes=changes,
        prev_hash=prev,
        hash=digest,
    )
    session.add(event)
    session.flush()
    return event


@dataclass
class ChainCheck:
    """The result of checking one chain: ``ok``, how many events, the head hash, the problem."""

    ok: bool
    count: int
    head: str
    problem: str = ""
    bad_event_id: int | None = None


def check_chain(session: Session, plan_uuid: str) -> ChainCheck:
    """Recompute every event's hash and link, oldest first; report the first break."""
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.plan_uuid == plan_uuid).order_by(AuditEvent.id)
    )
    prev = GENESIS
    count = 0
    for event in events:
        count += 1
        if event.prev_hash != prev:
            return ChainCheck(
                False,
                count,
                prev,
                f"audit event #{event.id} ({event.action}) "
                "does not follow the one before it: an event was removed or "
                "inserted",
                event.id,
            )
        expected = event_hash(
            event.prev_hash,
            event.plan_uuid,
            event.at,
            event.actor,
            event.action,
            event.item,
            event.changes,
        )
        if expected != event.hash:
            return ChainCheck(
                False,
                count,
                prev,
                f"audit event #{event.id} ({event.action}) was altered after it was written",
                event.id,
            )
        prev = event.hash
    return ChainCheck(True, count, prev)
