"""Several PlanDesks on one (server) workspace: who changed what last, and stale edits.

Rows carry a ``version`` (``version_id_col``): an UPDATE that finds another version than
the one loaded changes nothing and becomes a ``ConflictError``. A view that shows a row and
later saves it passes the version it showed through ``expect_version`` so that an edit made
in between by someone else is refused instead of silently overwritten. The messages name
the last person who changed the plan and when ("changed by X at T").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Plan

from .changes import ConflictError

T = TypeVar("T")


def local_time(at: datetime) -> str:
    """An audit time (naive UTC) as local wall-clock text."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def last_change(session: Session, plan_uuid: str) -> tuple[str, datetime] | None:
    """(actor, time) of the newest audit event of the plan, or None."""
    row = session.execute(
        select(AuditEvent.actor, AuditEvent.at)
        .where(AuditEvent.plan_uuid == plan_uuid)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


def changed_by(workspace: Any, plan_ref: str | int) -> str:
    """ "changed by X at T" for the plan's newest audit event ("changed by someone else")."""
    try:
        with workspace.session() as session:
            if isinstance(plan_ref, int):
                uuid = session.scalar(select(Plan.uuid).where(Plan.id == plan_ref))
            else:
                uuids = list(
                    session.scalars(select(Plan.uuid).where(Plan.uuid.startswith(plan_ref)))
                )
                uuid = uuids[0] if len(uuids) == 1 else None
            last = last_change(session, uuid) if uuid else None
    except Exception:  # the message must not fail because of the lookup
        last = None
    if last is None:
        return "changed by someone else"
    actor, at = last
    return f"changed by {actor or 'someone else'} at {local_time(at)}"


def change_marker(session: Session, plan_uuid: str | None = None) -> int:
    """A number that grows with every change (of one plan, or of the whole workspace).

    Every change appends an audit event in its own transaction, so the newest event id is a
    cheap, index-only "has anything changed?" probe.
    """
    stmt = select(func.max(AuditEvent.id))
    if plan_uuid is not None:
        stmt = stmt.where(AuditEvent.plan_uuid == plan_uuid)
    return int(session.scalar(stmt) or 0)


def check_version(session: Session, model: type, item_id: int, version: int) -> Any:
    """The row, if it still has ``version``; ConflictError (who/when) otherwise."""
    item = session.get(model, item_id, populate_existing=True)
    if item is None or item.version != version:
        plan_id = getattr(item, "plan_id", None)
        plan = session.get(Plan, plan_id) if plan_id is not None else None
        last = last_change(session, plan.uuid) if plan is not None else None
        who = (
            f"changed by {last[0] or 'someone else'} at {local_time(last[1])}"
            if last
            else "changed by someone else"
        )
        what = f"{model.__name__} #{item_id}"
        if item is None:
            raise ConflictError(f"{what} was deleted by someone else; reload")
        raise ConflictError(f"{what} was {who} since you loaded it; it has been reloaded")
    return item


def expect_version(
    apply: Callable[[Session, Plan], T], model: type, item_id: int, version: int
) -> Callable[[Session, Plan], T]:
    """Wrap an ``apply(session, plan)`` so it runs only if the row still has ``version``."""

    def guarded(session: Session, plan: Plan) -> T:
        check_version(session, model, item_id, version)
        return apply(session, plan)

    return guarded


__all__ = [
    "change_marker",
    "changed_by",
    "check_version",
    "expect_version",
    "last_change",
    "local_time",
]
