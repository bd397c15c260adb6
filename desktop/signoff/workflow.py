"""The review workflow: submit, review, approve, reject, and new revisions (Qt-free).

Draft --compiler signs--> In review --reviewer signs--> Reviewed --approver signs--> Approved.
The reviewer (in review) or the approver (reviewed) may reject with a comment: back to Draft,
and the signatures in force are released. Transitions run on locked plans (they are what
locks them), append an audit event in the same transaction and are not undoable.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import PLACEHOLDER_NAME, Plan, PlanStatus, Signature
from desktop.models.plan import new_uuid
from desktop.models.serialize import canonical_json, content_dump, dump_plan, load_plan
from desktop.models.validate import clean_text
from desktop.operations import create_plan, current_actor, find_plan
from desktop.operations.audit import GENESIS, append_event
from desktop.store import Workspace

from .payload import MEANINGS, SIGNING_ROLES, is_rejection, record_hash, signed_payload
from .people import SignoffRefused, authenticate, find_person

TRANSITIONS = {
    "compiler": (PlanStatus.DRAFT.value, PlanStatus.IN_REVIEW.value),
    "reviewer": (PlanStatus.IN_REVIEW.value, PlanStatus.REVIEWED.value),
    "approver": (PlanStatus.REVIEWED.value, PlanStatus.APPROVED.value),
}
REJECT_FROM = {"reviewer": PlanStatus.IN_REVIEW.value, "approver": PlanStatus.REVIEWED.value}
NEXT_ROLE = {"draft": "compiler", "in_review": "reviewer", "reviewed": "approver"}


@dataclass
class SignResult:
    plan_id: int
    old_status: str
    status: str
    record_hash: str
    content_hash: str


def chain_signatures(session: Session, plan_uuid: str) -> list[Signature]:
    """The plan's own (not imported) sign-off records, oldest first."""
    stmt = select(Signature).where(Signature.plan_uuid == plan_uuid,
                                   Signature.external.is_(False))  # fmt: skip
    stmt = stmt.order_by(Signature.id)
    return list(session.scalars(stmt))


def in_force(signatures: list[Signature]) -> list[Signature]:
    """Signatures after the last rejection, rejections excluded: those that carry the status."""
    last = max((i for i, s in enumerate(signatures) if is_rejection(s)), default=-1)
    return [s for s in signatures[last + 1:] if not is_rejection(s)]


def named(plan: Plan, role: str) -> str:
    """The person the plan names for ``role`` ('' for empty or the XXX placeholder)."""
    value = (getattr(plan, role) or "").strip()
    return "" if value == PLACEHOLDER_NAME else value


def check_allowed(session: Session, plan: Plan, role: str, name: str, *, reject: bool) -> None:
    """Refuse (SignoffRefused) wrong role, wrong person, wrong order, locked, dual roles."""
    if role not in SIGNING_ROLES:
        raise SignoffRefused(f"unknown role {role!r} (use {', '.join(SIGNING_ROLES)})")
    who = named(plan, role)
    if not who:
        raise SignoffRefused(f"the plan names no {role}: set the {role} field first")
    if name.strip() != who:
        raise SignoffRefused(f"{name} may not sign as {role}: the plan names {who} as its {role}")
    person = find_person(session, name)
    if person is None:
        raise SignoffRefused(f"no person named {name!r} in this workspace (add them first)")
    if role not in person.role_set:
        raise SignoffRefused(f"{name} does not have the {role} role")
    status = plan.status
    if reject:
        if role not in REJECT_FROM:
            raise SignoffRefused("only the reviewer or the approver can reject")
        expected = REJECT_FROM[role]
    else:
        expected = TRANSITIONS[role][0]
    if status != expected:
        if status == PlanStatus.APPROVED.value:
            raise SignoffRefused(f"revision {plan.revision} is approved and locked: it cannot be "
                                 "signed again; make a new revision")  # fmt: skip
        nxt = NEXT_ROLE.get(status)
        raise SignoffRefused(f"out of order: the plan is {status.replace('_', ' ')}, "
                             f"the {role} acts when it is {expected.replace('_', ' ')}"
                             + (f"; next to sign is the {nxt}" if nxt else ""))  # fmt: skip
    demo = 0 if reject else sum(a.demo for g in plan.goals for k in g.kpis for a in k.actuals)
    if demo:
        raise SignoffRefused(
            f"the plan holds {demo} demo KPI actuals (generated, not measured): they cannot "
            "be signed; remove them with “Remove demo actuals” on the KPI screen "
            "(or type the measured values over them), then sign")
    if not plan.allow_dual_roles:
        for sig in in_force(chain_signatures(session, plan.uuid)):
            if sig.signer == person.name and sig.role != role:
                raise SignoffRefused(
                    f"{name} already signed this plan as {sig.role}; one person may not "
                    "sign two roles unless the plan allows it")


def sign(workspace: Workspace, plan_ref: str | int, role: str, name: str, password: str, *,
         reject: bool = False, comment: str = "") -> SignResult:  # fmt: skip
    """Sign (or reject) ``role`` on a plan as ``name``; refuses with SignoffRefused."""
    try:
        comment = clean_text(comment or "", "comment", limit=2000)
    except ValueError as exc:
        raise SignoffRefused(str(exc)) from None
    if reject and not comment:
        raise SignoffRefused("a rejection needs a comment saying why")
    with workspace.session() as session:
        try:
            plan = find_plan(session, plan_ref)
        except LookupError as exc:
            raise SignoffRefused(str(exc)) from None
        check_allowed(session, plan, role, name, reject=reject)
    who = authenticate(workspace, name, password)
    with workspace.write() as session:
        plan = find_plan(session, plan_ref)
        check_allowed(session, plan, role, name, reject=reject)  # it may have moved meanwhile
        signatures = chain_signatures(session, plan.uuid)
        text = canonical_json(content_dump(plan))  # the signed content, no tracking data
        sig = Signature(
            plan_uuid=plan.uuid, revision=plan.revision, role=role, signer=who.name,
            person_id=who.person_id, meaning=MEANINGS["reject" if reject else role],
            signed_at=datetime.now(UTC).replace(tzinfo=None), comment=comment,
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), snapshot=text,
            prev_hash=signatures[-1].record_hash if signatures else GENESIS,
            released=reject, external=False,
        )  # fmt: skip
        payload = signed_payload(sig, who.public_key)
        sig.record_hash = record_hash(payload)
        sig.signature = who.private_key.sign(payload)
        released = []
        if reject:
            for old in in_force(signatures):
                old.released = True
                released.append(old.record_hash)
        old_status = plan.status
        plan.status = PlanStatus.DRAFT.value if reject else TRANSITIONS[role][1]
        session.add(sig)
        try:
            session.flush()
        except StaleDataError:  # another sign-off took this chain position first
            raise SignoffRefused("someone else signed or changed this plan at the same "
                                 "moment; nothing was signed: reload and try again") from None
        verb = "rejected" if reject else "signed"
        append_event(session, plan.uuid, actor=who.name, action=f"sign-off: {role} {verb}",
                     item=plan.title,
                     changes={"status": {"old": old_status, "new": plan.status}, "role": role,
                              "signature": sig.record_hash, "content_sha256": sig.content_hash,
                              "comment": comment, "released": released})  # fmt: skip
        return SignResult(plan.id, old_status, plan.status, sig.record_hash, sig.content_hash)


def submit(workspace: Workspace, plan_ref: str | int, name: str, password: str,
           comment: str = "") -> SignResult:  # fmt: skip
    return sign(workspace, plan_ref, "compiler", name, password, comment=comment)


def review(workspace: Workspace, plan_ref: str | int, name: str, password: str,
           comment: str = "") -> SignResult:  # fmt: skip
    return sign(workspace, plan_ref, "reviewer", name, password, comment=comment)


def approve(workspace: Workspace, plan_ref: str | int, name: str, password: str,
            comment: str = "") -> SignResult:  # fmt: skip
    return sign(workspace, plan_ref, "approver", name, password, comment=comment)


def reject(workspace: Workspace, plan_ref: str | int, role: str, name: str, password: str,
           comment: str) -> SignResult:  # fmt: skip
    return sign(workspace, plan_ref, role, name, password, reject=True, comment=comment)


def revision_builder(plan_ref: str | int):  # noqa: ANN201 - a create_plan build function
    """``build(session)`` copying a signed plan to revision N+1 as a draft (for create)."""

    def build(session: Session) -> Plan:
        old = find_plan(session, plan_ref)
        if old.status == PlanStatus.DRAFT.value:
            raise ValueError("this revision is still a draft: change it directly")
        newest = session.scalar(select(func.max(Plan.revision))
                                .where(Plan.lineage == old.lineage)) or old.revision  # fmt: skip
        if newest > old.revision:
            raise ValueError(f"revision {newest} of this plan already exists: revise that one")
        data = dump_plan(old)
        data["plan"] = data["plan"] | {"uuid": new_uuid(), "lineage": old.lineage,
                                       "revision": newest + 1}  # fmt: skip
        plan = load_plan(session, data)
        plan.status = PlanStatus.DRAFT.value
        return plan

    return build


def new_revision(workspace: Workspace, plan_ref: str | int, *, actor: str | None = None) -> int:
    """Copy a plan in review/approved to revision N+1 (a draft); returns its database id."""
    try:
        with workspace.session() as session:
            plan = find_plan(session, plan_ref)
            action = f"new revision of {plan.title} (after revision {plan.revision})"
        return int(create_plan(workspace, action, revision_builder(plan_ref),
                               actor=actor or current_actor()).result)  # fmt: skip
    except (ValueError, LookupError) as exc:
        raise SignoffRefused(str(exc)) from None
