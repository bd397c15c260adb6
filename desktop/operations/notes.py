"""Occurrence notes: the problem met at one occurrence of a subtask and its solution.

Notes are tracking data (``operations/tracking.py``): allowed on an approved plan, never part
of the signed content. One change sets or clears a note; empty problem and solution clear it::

    ctx.ops.run(plan_id, "Note", set_note(sub_id, start, problem, solution), tables=TABLES_NOTE)
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import OccurrenceNote, Plan, Subtask
from desktop.models.schedule import WeekConvention
from desktop.models.schedule_expand import expand
from desktop.models.validate import entity_text

from .edits import Apply

TABLES_NOTE = ("occurrence_note",)


def set_note(subtask_id: int, start: date, problem: str, solution: str) -> Apply:
    """Give the occurrence of a subtask starting on ``start`` a note (problem, solution).

    Both empty removes the note. Returns True when a note is there afterwards. Refuses a date
    that is not one of the subtask's occurrences in the plan year and text that is not valid.
    """
    problem = entity_text(OccurrenceNote, "problem", problem, "problem")
    solution = entity_text(OccurrenceNote, "solution", solution, "solution")

    def apply(session: Session, plan: Plan) -> bool:
        sub = session.get(Subtask, subtask_id)
        if sub is None or sub.plan_id != plan.id:
            raise LookupError(f"subtask #{subtask_id} is not in this plan (deleted?)")
        existing = session.scalars(
            select(OccurrenceNote).where(
                OccurrenceNote.subtask_id == sub.id, OccurrenceNote.start == start
            )
        ).first()
        if not problem and not solution:
            if existing is not None:
                session.delete(existing)
            return False
        if existing is None:
            rule = sub.rule
            convention = WeekConvention(plan.week_convention)
            starts = {o.start for o in expand(rule, plan.year, convention)} if rule else set()
            if start not in starts:
                raise ValueError(f"{sub.code}: no occurrence starts on {start.isoformat()}")
            session.add(
                OccurrenceNote(subtask_id=sub.id, start=start, problem=problem, solution=solution)
            )
        else:
            existing.problem, existing.solution = problem, solution
        return True

    return apply


def clear_note(subtask_id: int, start: date) -> Apply:
    """Remove the note of one occurrence (nothing happens when there is none)."""
    return set_note(subtask_id, start, "", "")
