"""Revision N+1 of a plan: one ``create_plan`` change that copies an approved (or rejected)
revision to a new draft with the same lineage. The revision it starts from stays as it was,
signatures and all.

The command line (``plandesk revise``) calls ``revise``; the GUI runs ``revision_builder``
through ``PlanOperations.create`` (undoable). ``revise_refusal`` says why a plan cannot be
revised (a draft that was never rejected, a plan in review, a newer revision that exists) as an
``Invalid`` that words itself in en / zh_TW / zh_CN; the builder raises it, so nothing is added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Plan, PlanStatus, Signature
from desktop.models.deserialize import load_plan
from desktop.models.plan import new_uuid
from desktop.models.refusal import Invalid
from desktop.models.serialize import dump_plan
from desktop.models.signoff_terms import MEANINGS
from desktop.store import Workspace

from . import create_plan, current_actor, find_plan

# What a rejection record means
REJECTION_MEANING = MEANINGS["reject"]


@dataclass
class Revised:
    """The new draft revision: its database id, uuid and revision number."""

    plan_id: int
    uuid: str
    revision: int


def newest_revision(session: Session, plan: Plan) -> int:
    """The highest revision number of the plan's lineage."""
    newest = session.scalar(select(func.max(Plan.revision)).where(Plan.lineage == plan.lineage))
    return int(newest or plan.revision)


def was_rejected(session: Session, plan: Plan) -> bool:
    """A draft whose last sign-off record (made here, not imported) is a rejection."""
    last = session.scalar(
        select(Signature.meaning)
        .where(Signature.plan_uuid == plan.uuid, Signature.external.is_(False))
        .order_by(Signature.id.desc())
        .limit(1)
    )
    return plan.status == PlanStatus.DRAFT.value and last == REJECTION_MEANING


def revise_refusal(session: Session, plan: Plan) -> Invalid | None:
    """Why ``plan`` cannot get a revision N+1 now, or None when it can."""
    newest = newest_revision(session, plan)
    if newest > plan.revision:
        return Invalid("", "revise_newer", newest=newest, revision=plan.revision)
    if plan.status == PlanStatus.APPROVED.value or was_rejected(session, plan):
        return None
    if plan.status == PlanStatus.DRAFT.value:
        return Invalid("", "revise_draft", revision=plan.revision)
    return Invalid("", "revise_in_review", revision=plan.revision)


def revise_action(plan: Plan) -> str:
    """The audit and undo text of a new revision."""
    return f"start revision {plan.revision + 1} of {plan.title} (after revision {plan.revision})"


def revision_builder(plan_ref: str | int) -> Callable[[Session], Plan]:
    """``build(session)`` for ``create_plan``: revision N+1 of ``plan_ref`` as a draft.

    Raises the refusal (an ``Invalid``, a ValueError) before anything is added.
    """

    def build(session: Session) -> Plan:
        old = find_plan(session, plan_ref)
        refusal = revise_refusal(session, old)
        if refusal is not None:
            raise refusal
        data = dump_plan(old)
        data["plan"] = data["plan"] | {
            "uuid": new_uuid(),
            "lineage": old.lineage,
            "revision": old.revision + 1,
        }
        plan = load_plan(session, data)
        plan.status = PlanStatus.DRAFT.value
        return plan

    return build


def revise(workspace: Workspace, plan_ref: str | int, *, actor: str | None = None) -> Revised:
    """Add revision N+1 of ``plan_ref`` in one transaction; ValueError/LookupError refuse."""
    with workspace.session() as session:
        action = revise_action(find_plan(session, plan_ref))
    outcome = create_plan(
        workspace, action, revision_builder(plan_ref), actor=actor or current_actor()
    )
    with workspace.session() as session:
        plan = session.get_one(Plan, int(outcome.result))
        return Revised(plan.id, plan.uuid, plan.revision)
