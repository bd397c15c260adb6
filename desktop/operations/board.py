"""Task-board changes as ``apply(session, plan)`` functions for ``ctx.ops.run``/``run_change``.

Each function validates its input and returns an apply function; the board runs them with
the tables they touch (``TABLES_*`` below) so that the undo snapshot stays small::

    ctx.ops.run(plan_id, "Mark done", toggle_done(sub_id, start), tables=TABLES_DONE)
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import OccurrenceDone, OccurrenceNote, Plan, Subtask, Task, Team
from desktop.models.schedule import RuleKind, ScheduleRule, WeekConvention
from desktop.models.schedule_expand import expand

from .edits import Apply, add_item, move_item, next_code, remove_item, update_item

Mark = TypeVar("Mark", OccurrenceDone, OccurrenceNote)

TABLES_DONE = ("occurrence_done",)
TABLES_SUBTASK = ("subtask",)
TABLES_MOVE = ("subtask", "occurrence_done", "occurrence_note")
TABLES_PLAN = ("plan",)
TABLES_STRUCTURE = (
    "task",
    "subtask",
    "occurrence_done",
    "occurrence_note",
    "task_kpi",
    "milestone_dependency",
)

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
            select(OccurrenceDone).where(
                OccurrenceDone.subtask_id == sub.id, OccurrenceDone.start == start
            )
        ).first()
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


def move_week(subtask_id: int, month: int, week: int, *, every_month: bool) -> Apply:
    """Move a week-of-the-month subtask to ``week``: in ``month`` only, or in every month.

    "This occurrence only" records the month as an exception of the rule (``moved``);
    "every month" changes the rule's week (and drops an exception for ``month``). Done marks
    and notes follow their month's occurrence to its new start; a mark whose month has no
    occurrence any more is removed (undo brings it back).
    """
    if not (1 <= month <= 12 and 1 <= week <= 6):
        raise ValueError(f"no week {week} in month {month}")

    def apply(session: Session, plan: Plan) -> ScheduleRule:
        sub = _subtask(session, plan, subtask_id)
        rule = sub.rule
        if rule is None or rule.kind is not RuleKind.MONTHLY_WEEK:
            raise ValueError(f"{sub.code}: only a 'week N of the month' rule can be dragged")
        moved = dict(rule.moved)
        if every_month:
            moved.pop(month, None)
            new = ScheduleRule(
                RuleKind.MONTHLY_WEEK, week=week, months=rule.months, moved=tuple(moved.items())
            )
        else:
            moved[month] = week
            new = ScheduleRule(
                RuleKind.MONTHLY_WEEK,
                week=rule.week,
                months=rule.months,
                moved=tuple(moved.items()),
            )
        convention = WeekConvention(plan.week_convention)
        _follow_done_marks(
            session, sub, expand(rule, plan.year, convention), expand(new, plan.year, convention)
        )
        sub.rule = new
        return new

    return apply


def _follow_done_marks(session: Session, sub: Subtask, old: tuple, new: tuple) -> None:
    """Move each done mark and note to the new start of its month's occurrence (one a
    month); a mark or note whose month has no occurrence any more is removed."""
    _follow(session, sub.progress, old, new)
    _follow(session, sub.notes, old, new)


def _follow(session: Session, marks: list[Mark], old: tuple, new: tuple) -> None:
    """``_follow_done_marks`` for one kind of mark (done marks or notes)."""
    old_month = {o.start: o.month for o in old}
    new_start = {o.month: o.start for o in new}
    taken = {mark.start for mark in marks}
    for mark in list(marks):
        month = old_month.get(mark.start)
        if month is None or new_start.get(month) == mark.start:
            continue  # not an occurrence of the old rule, or it stays where it is
        if month in new_start and new_start[month] not in taken:
            taken.discard(mark.start)
            mark.start = new_start[month]
            taken.add(mark.start)
        else:
            session.delete(mark)
            marks.remove(mark)


def set_week_convention(convention: WeekConvention | str) -> Apply:
    """How the whole plan counts "week N of a month": calendar weeks or 7-day blocks.

    Done marks are kept as they are (a mark whose start is no longer an occurrence start
    shows again when the convention goes back; undo restores it either way).
    """
    value = WeekConvention(convention).value

    def apply(session: Session, plan: Plan) -> str:
        plan.week_convention = value
        return value

    return apply


def edit_subtask(
    subtask_id: int,
    *,
    title: str = _UNSET,
    owner_team_id: int | None = _UNSET,
    rule: ScheduleRule | None = _UNSET,
    resources: str = _UNSET,
) -> Apply:
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


def add_subtask(
    task_id: int,
    title: str,
    *,
    after_id: int | None = None,
    owner_team_id: int | None = None,
    rule: ScheduleRule | None = None,
) -> Apply:
    """Add a subtask to a task (after ``after_id`` or at the end); code ``<task>.<n>``."""

    def apply(session: Session, plan: Plan) -> int:
        task = session.get(Task, task_id)
        if task is None or task.plan_id != plan.id:
            raise LookupError(f"task #{task_id} is not in this plan (deleted?)")
        code = next_code(session, Subtask, plan.id, f"{task.code}.")
        values = {
            "code": code,
            "title": title,
            "task_id": task.id,
            "owner_team_id": owner_team_id,
            "schedule": rule.to_dict() if rule is not None else None,
        }
        return add_item(Subtask, values, parent_attr="task_id", after_id=after_id)(session, plan)

    return apply


def rename_task(task_id: int, title: str) -> Apply:
    title = title.strip()
    if not title:
        raise ValueError("a task needs a title")
    return update_item(Task, task_id, {"title": title})


def remove_task(task_id: int) -> Apply:
    """Remove a task with its subtasks and their progress."""
    return remove_item(Task, task_id)


def remove_subtask(subtask_id: int) -> Apply:
    return remove_item(Subtask, subtask_id, parent_attr="task_id")


def move_task(task_id: int, delta: int) -> Apply:
    return move_item(Task, task_id, delta)


def move_subtask(subtask_id: int, delta: int) -> Apply:
    return move_item(Subtask, subtask_id, delta, parent_attr="task_id")
