"""Task-board changes as ``apply(session, plan)`` functions for ``ctx.ops.run``/``run_change``.

Each function validates its input and returns an apply function; the board runs them with
the tables they touch (``TABLES_*`` below) so that the undo snapshot stays small::

    ctx.ops.run(plan_id, "Mark done", toggle_done(sub_id, start), tables=TABLES_DONE)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import OccurrenceDone, Plan, Subtask, Task, Team
from desktop.models.schedule import ScheduleRule, WeekConvention, expand

from .edits import Apply, add_item, move_item, next_code, remove_item, update_item

TABLES_DONE = ("occurrence_done",)
TABLES_SUBTASK = ("subtask",)
TABLES_STRUCTURE = ("task", "subtask", "occurrence_done", "task_kpi", "milestone_dependency")

_UNSET: Any = object()


def _subtask(session: Session, plan: Plan, subtask_id: int) -> Subtask:
    sub = session.get(Subtask, subtask_id)
    if sub is None or sub.plan_id != plan.id:
        raise LookupError(f"subtask #{subtask_id} is not in this plan (deleted?)")
    return sub


def toggle_done(subtask_id: int, start: date) -> Apply:
    """Mark the occurrence of a subtask that starts on ``start`` done, or not done again.

    Returns True when the occurrence is now done. Refuses a date that is not one of the
    subtask's occurrences in the plan year.
    """

    def apply(session: Session, plan: Plan) -> bool:
        sub = _subtask(session, plan, subtask_id)
        existing = session.scalars(
            select(OccurrenceDone).where(OccurrenceDone.subtask_id == sub.id,
                                         OccurrenceDone.start == start)).first()  # fmt: skip
        if existing is not None:
            session.delete(existing)
            return False
        rule = sub.rule
        starts = set()
        if rule is not None:
            convention = WeekConvention(plan.week_convention)
            starts = {o.start for o in expand(rule, plan.year, convention)}
        if start not in starts:
            raise ValueError(f"{sub.code}: no occurrence starts on {start.isoformat()}")
        session.add(OccurrenceDone(subtask_id=sub.id, start=start))
        return True

    return apply


def set_rule(subtask_id: int, rule: ScheduleRule | None) -> Apply:
    """Give a subtask a new schedule rule (``None`` clears it).

    Done marks are kept as they are (undo restores them either way).
    """
    schedule = rule.to_dict() if rule is not None else None
    return update_item(Subtask, subtask_id, {"schedule": schedule})


def edit_subtask(subtask_id: int, *, title: str = _UNSET, owner_team_id: int | None = _UNSET,
                 rule: ScheduleRule | None = _UNSET, resources: str = _UNSET) -> Apply:  # fmt: skip
    """Change any of a subtask's title, owner team, rule and resources in one change."""
    values: dict[str, Any] = {}
    if title is not _UNSET:
        title = title.strip()
        if not title:
            raise ValueError("a subtask needs a title")
        values["title"] = title
    if owner_team_id is not _UNSET:
        values["owner_team_id"] = owner_team_id
    if rule is not _UNSET:
        values["schedule"] = rule.to_dict() if rule is not None else None
    if resources is not _UNSET:
        values["resources"] = resources.strip()
    update = update_item(Subtask, subtask_id, values)

    def apply(session: Session, plan: Plan) -> int:
        team = values.get("owner_team_id")
        if team is not None:
            row = session.get(Team, team)
            if row is None or row.plan_id != plan.id:
                raise LookupError(f"team #{team} is not in this plan")
        return update(session, plan)

    return apply


def add_task(title: str, *, after_id: int | None = None) -> Apply:
    """Add a task (after ``after_id`` or at the end) with the next free code ``T<n>``."""

    def apply(session: Session, plan: Plan) -> int:
        code = next_code(session, Task, plan.id, "T")
        return add_item(Task, {"code": code, "title": title}, after_id=after_id)(session, plan)

    return apply


def add_subtask(task_id: int, title: str, *, after_id: int | None = None,
                owner_team_id: int | None = None,
                rule: ScheduleRule | None = None) -> Apply:  # fmt: skip
    """Add a subtask to a task (after ``after_id`` or at the end); code ``<task>.<n>``."""

    def apply(session: Session, plan: Plan) -> int:
        task = session.get(Task, task_id)
        if task is None or task.plan_id != plan.id:
            raise LookupError(f"task #{task_id} is not in this plan (deleted?)")
        code = next_code(session, Subtask, plan.id, f"{task.code}.")
        values = {"code": code, "title": title, "task_id": task.id,
                  "owner_team_id": owner_team_id,
                  "schedule": rule.to_dict() if rule is not None else None}  # fmt: skip
        return add_item(Subtask, values, parent_attr="task_id", after_id=after_id)(session, plan)

    return apply


def remove_task(task_id: int) -> Apply:
    """Remove a task with its subtasks and their progress."""
    return remove_item(Task, task_id)


def remove_subtask(subtask_id: int) -> Apply:
    return remove_item(Subtask, subtask_id, parent_attr="task_id")


def move_task(task_id: int, delta: int) -> Apply:
    return move_item(Task, task_id, delta)


def move_subtask(subtask_id: int, delta: int) -> Apply:
    return move_item(Subtask, subtask_id, delta, parent_attr="task_id")
