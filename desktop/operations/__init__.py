"""Every change to a plan runs through here: one transaction, an audit event, a change set.

``run_change`` is Qt-free (the command line uses it); ``desktop.operations.undo`` wraps it in
a ``QUndoStack`` and a change notification for the GUI.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import Plan
from desktop.models.refusal import Invalid, WordedError
from desktop.models.validate_messages import STATUS_WORDS
from desktop.store import Workspace

from .audit import append_event
from .changes import PLAN_TABLES, ChangeSet, ConflictError, diff, replay, snapshot, summarize
from .scope import check_scope, watch_tables
from .tracking import signed_items, tracking_only

T = TypeVar("T")


class PlanLocked(WordedError):
    """The plan is in review or approved: only its tracking data may change (see
    ``desktop.operations.tracking``); anything else needs a new revision.

    ``title``, ``revision`` and ``status`` name the plan; the refusal is the key
    ``plan_locked`` (``plan_locked_fields`` naming the refused fields) with them as its
    parameters, so a view words it in the user's language (``message(lang)``) and ``str()``
    is the English one-liner for the command line."""

    def __init__(
        self, title: str, revision: int, status: str, fields: list[str] | None = None
    ) -> None:
        self.title, self.revision, self.status = title, revision, status
        self.fields = list(fields or [])
        named = {"title": title, "revision": revision}
        words = STATUS_WORDS.get(status, {"en": status.replace("_", " ")})
        if self.fields:
            reason = Invalid(
                "", "plan_locked_fields", **named, status=words, fields=worded_items(self.fields)
            )
        else:
            reason = Invalid("", "plan_locked", **named, status=words)
        super().__init__(reason)

    @classmethod
    def of(cls, plan: Plan, fields: list[str] | None = None) -> PlanLocked:
        return cls(plan.title, plan.revision, plan.status, fields)


def worded_items(items: list[str]) -> dict[str, str]:
    """Tables and ``table.field`` names (``signed_items``) per language: English as stored
    ("goal, risk.likelihood", what the command line always printed), Chinese from the field
    table (目標、風險／可能性); a table it does not list keeps its name."""
    from desktop.models.fields import BY_TABLE

    def one(item: str, lang: str) -> str:
        table, _, key = item.partition(".")
        entity = BY_TABLE.get(table)
        if entity is None:
            return item
        if not key:
            return entity.label(lang)
        return f"{entity.label(lang)}／{entity[key].label(lang) if key in entity else key}"

    out = {"en": ", ".join(items)}
    for lang in ("zh_TW", "zh_CN"):
        out[lang] = "、".join(one(item, lang) for item in items)
    return out


@dataclass
class Outcome:
    result: Any
    changes: ChangeSet


_signed_in = ""  # the person signed in to PlanDesk, when there is one


def set_signed_in(name: str | None) -> None:
    """Name the person signed in (audit events are theirs); None: the OS account again."""
    global _signed_in
    _signed_in = (name or "").strip()


def current_actor() -> str:
    """Who changes the plan: the person signed in, else the operating-system account."""
    if _signed_in:
        return _signed_in
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no login name on this system
        return ""


def find_plan(session: Session, plan_ref: str | int) -> Plan:
    """A plan by database id, uuid or unique uuid prefix; LookupError if none or ambiguous."""
    if isinstance(plan_ref, int):
        plan = session.get(Plan, plan_ref)
        if plan is None:
            raise LookupError(f"no plan #{plan_ref}")
        return plan
    # a prefix compared as text, never a LIKE pattern ("_" and "%" match only themselves)
    prefix = plan_ref.strip()
    matches = (
        list(session.scalars(select(Plan).where(func.substr(Plan.uuid, 1, len(prefix)) == prefix)))
        if prefix
        else []
    )
    if len(matches) != 1:
        raise LookupError(
            f"no plan {plan_ref!r}" if not matches else f"plan id {plan_ref!r} is ambiguous"
        )
    return matches[0]


def run_change(
    workspace: Workspace,
    plan_ref: str | int,
    action: str,
    apply: Callable[[Session, Plan], T],
    *,
    actor: str | None = None,
    tables: tuple[str, ...] | None = None,
    allow_locked: bool = False,
) -> Outcome:
    """Apply ``apply(session, plan)`` in one transaction, audit it and return its change set.

    ``tables`` narrows the before/after snapshot to the tables the change may touch (on a
    locked plan every table is compared). A locked plan (in review, reviewed, approved)
    takes changes of its tracking data only; anything else raises PlanLocked. The tables it does
    write are checked against them (``scope.check_scope``).
    Raises PlanLocked, ConflictError (someone else changed a row) or what ``apply`` raises;
    in every case nothing is written.
    """
    try:
        with workspace.write() as session:
            plan = find_plan(session, plan_ref)
            guard = plan.is_locked and not allow_locked
            named = (plan.title, plan.revision, plan.status)  # as it is before the change
            if guard:
                tables = None  # see everything the change does before letting it through
            before = snapshot(session, plan.id, tables)
            with watch_tables(session) as touched:
                result = apply(session, plan)
                session.flush()
            check_scope(action, touched, tables or PLAN_TABLES)
            changes = diff(plan.id, action, before, snapshot(session, plan.id, tables))
            if guard and not tracking_only(changes):
                raise PlanLocked(*named, signed_items(changes))
            if changes:
                append_event(
                    session,
                    plan.uuid,
                    actor=actor or current_actor(),
                    action=action,
                    changes=summarize(changes),
                )
    except StaleDataError as exc:
        from .concurrency import changed_by

        raise ConflictError(
            f"{action}: the item was {changed_by(workspace, plan_ref)}; reload"
        ) from exc
    return Outcome(result, changes)


def create_plan(
    workspace: Workspace, action: str, build: Callable[[Session], Plan], *, actor: str | None = None
) -> Outcome:
    """Add a whole plan in one transaction; its change set undoes by removing it again."""
    with workspace.write() as session:
        plan = build(session)
        session.flush()
        changes = diff(plan.id, action, {}, snapshot(session, plan.id))
        append_event(
            session, plan.uuid, actor=actor or current_actor(), action=action, item=plan.title
        )
    return Outcome(plan.id, changes)


def replay_change(
    workspace: Workspace, changes: ChangeSet, *, undo: bool, actor: str | None = None
) -> None:
    """Undo or redo a change set in one audited transaction."""
    uuid = None
    try:
        with workspace.write() as session:
            plan = session.get(Plan, changes.plan_id)
            plan_row = next((r for r in changes.rows if r.table == "plan"), None)
            whole_plan = plan_row is not None and (
                plan_row.before is None or plan_row.after is None
            )
            if plan is None and not whole_plan:
                raise ConflictError(f"{changes.action}: the plan no longer exists")
            if plan is not None and plan.is_locked and not tracking_only(changes):
                raise PlanLocked.of(plan, signed_items(changes))
            uuid = plan.uuid if plan is not None else (plan_row.before or plan_row.after)["uuid"]
            replay(session, changes, undo=undo)
            verb = "undo" if undo else "redo"
            append_event(
                session,
                uuid,
                actor=actor or current_actor(),
                action=f"{verb}: {changes.action}",
                changes=summarize(changes),
            )
    except ConflictError as exc:  # name who changed the plan last, and when
        if uuid is None:
            raise
        from .concurrency import changed_by

        raise ConflictError(f"{exc} ({changed_by(workspace, uuid)})") from exc


__all__ = [
    "ChangeSet",
    "ConflictError",
    "Outcome",
    "PlanLocked",
    "create_plan",
    "find_plan",
    "replay_change",
    "run_change",
    "set_signed_in",
]
