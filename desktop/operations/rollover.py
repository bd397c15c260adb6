"""Next year's plan: one ``create_plan`` change that adds a new draft made from a plan.

The new plan is a plan of its own (new uuid, new lineage, revision 1), not a revision of the
old one: its content is ``models.rollover.rollover_data`` of the old plan's dump. The GUI runs
``rollover_builder`` through ``PlanOperations.create`` (undoable); the command line calls
``roll_over``. Both re-run the plan checks on the new plan for the new calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.models import Plan
from desktop.models.checks import Finding, check_plan
from desktop.models.deserialize import load_plan
from desktop.models.rollover import rollover_data
from desktop.models.serialize import dump_plan
from desktop.store import Workspace

from . import create_plan, current_actor, find_plan


@dataclass
class Rollover:
    plan_id: int
    uuid: str
    findings: list[Finding]


def rollover_action(title: str, year: int) -> str:
    """The audit and undo text of a rollover."""
    return f"new plan for {year} from {title}"


def rollover_builder(
    plan_ref: str | int, year: int, *, findings: str = ""
) -> Callable[[Session], Plan]:
    """``build(session)`` for ``create_plan``: the draft for ``year`` made from ``plan_ref``.

    ``findings`` (the yearly evaluation's, from the annual report) open the new plan's
    introduction, where next year's plan starts from them. Raises ValueError (bad year, the
    plan's own year) before anything is added.
    """

    def build(session: Session) -> Plan:
        old = find_plan(session, plan_ref)
        data = rollover_data(dump_plan(old), year)
        if findings.strip():
            head = data["plan"]
            head["introduction"] = "\n\n".join(
                p for p in (findings.strip(), head.get("introduction") or "") if p
            )
        return load_plan(session, data, fresh_identity=True)

    return build


def findings_for(session: Session, plan_id: int) -> list[Finding]:
    """The plan checks of a (new) plan in its own year."""
    plan = session.get(Plan, plan_id)
    return check_plan(plan) if plan is not None else []


def roll_over(
    workspace: Workspace, plan_ref: str | int, year: int, *, actor: str | None = None
) -> Rollover:
    """Add the draft plan for ``year`` in one transaction; ValueError/LookupError refuse."""
    with workspace.session() as session:
        title = find_plan(session, plan_ref).title
    outcome = create_plan(
        workspace,
        rollover_action(title, year),
        rollover_builder(plan_ref, year),
        actor=actor or current_actor(),
    )
    plan_id = int(outcome.result)
    with workspace.session() as session:
        plan = session.get_one(Plan, plan_id)
        return Rollover(plan_id, plan.uuid, check_plan(plan))
