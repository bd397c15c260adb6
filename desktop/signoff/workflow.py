"""The review workflow: submit, review, approve, reject, and new revisions (Qt-free).

Draft --compiler signs--> In review --reviewer signs--> Reviewed --approver signs--> Approved.
The reviewer (in review) or the approver (reviewed) may reject with a comment: back to Draft,
and the signatures in force are released. Transitions run on locked plans (they are what
locks them), append an audit event in the same transaction and are not undoable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import PLACEHOLDER_NAME, Plan, PlanStatus, Signature
from desktop.models.fields import CONTENT_VERSION
from desktop.models.validate import clean_text
from desktop.operations import find_plan, revise
from desktop.operations.audit import GENESIS, append_event
from desktop.store import Workspace

from . import certs
from .content import Content, covers, sha256_text, stored_version
from .keystore import KeyStore
from .messages import passed_on, said
from .payload import MEANINGS, SIGNING_ROLES, is_rejection, record_hash, signed_payload
from .people import SignoffRefused, find_person, person_chain, unlock

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
    stmt = select(Signature).where(Signature.plan_uuid == plan_uuid, Signature.external.is_(False))
    stmt = stmt.order_by(Signature.id)
    return list(session.scalars(stmt))


def is_legacy(sig: Signature) -> bool:
    """A statement without a certificate (made before personal keys, or planted): it never
    changes which sign-offs are in force."""
    return not sig.certificates and not sig.external


def in_force(signatures: list[Signature], *, with_legacy: bool = False) -> list[Signature]:
    """Signatures after the last rejection, rejections excluded: those that carry the status.
    Legacy statements (no certificate) are left out: they neither sign nor reject
    (``with_legacy``: as if they counted, to find those that would bear on the status)."""
    counted = [s for s in signatures if with_legacy or not is_legacy(s)]
    last = max((i for i, s in enumerate(counted) if is_rejection(s)), default=-1)
    return [s for s in counted[last + 1 :] if not is_rejection(s)]


def check_in_force_cover(signatures: list[Signature], content: Plan | Content | dict) -> None:
    """The one check that the sign-offs in force cover this content (each in the content
    version it signed, ``content.covers``): SignoffRefused names the first one that covers
    other content (it is void). Used before signing in the app, signing a review package or
    a PDF, and merging a reply or a signed PDF."""
    content = Content.of(content)
    for sig in in_force(signatures):
        if not covers(sig, content):
            raise SignoffRefused(said("in_force_other_content", role=sig.role, signer=sig.signer))


def named(plan: Plan, role: str) -> str:
    """The person the plan names for ``role`` ('' for empty or the XXX placeholder)."""
    value = (getattr(plan, role) or "").strip()
    return "" if value == PLACEHOLDER_NAME else value


def check_allowed(session: Session, plan: Plan, role: str, name: str, *, reject: bool) -> None:
    """Refuse (SignoffRefused) wrong role, wrong person, wrong order, locked, dual roles."""
    if role not in SIGNING_ROLES:
        raise SignoffRefused(said("unknown_role", role=role, roles=", ".join(SIGNING_ROLES)))
    who = named(plan, role)
    if not who:
        raise SignoffRefused(said("plan_names_no_role", role=role))
    if name.strip() != who:
        raise SignoffRefused(said("not_the_role", name=name, role=role, who=who))
    status = plan.status
    if reject:
        if role not in REJECT_FROM:
            raise SignoffRefused(said("reject_roles"))
        expected = REJECT_FROM[role]
    else:
        expected = TRANSITIONS[role][0]
    if status != expected:
        if status == PlanStatus.APPROVED.value:
            raise SignoffRefused(said("revision_locked", revision=plan.revision))
        nxt = NEXT_ROLE.get(status)
        raise SignoffRefused(
            said(
                "out_of_order_next" if nxt else "out_of_order",
                status=status.replace("_", " "),
                role=role,
                expected=expected.replace("_", " "),
                nxt=nxt,
            )
        )
    demo = 0 if reject else sum(a.demo for g in plan.goals for k in g.kpis for a in k.actuals)
    if demo:
        raise SignoffRefused(said("demo_actuals", demo=demo))
    if not plan.allow_dual_roles:
        for sig in in_force(chain_signatures(session, plan.uuid)):
            if sig.signer == name.strip() and sig.role != role:
                raise SignoffRefused(said("dual_roles", name=name, other=sig.role))


def check_certificate(cert: x509.Certificate, role: str, name: str) -> None:
    """The certificate must name ``name`` and hold ``role``."""
    if certs.common_name(cert) != name.strip():
        raise SignoffRefused(
            said("certificate_names", certified=certs.common_name(cert), name=name)
        )
    if role not in certs.cert_roles(cert):
        raise SignoffRefused(said("not_certified_role", name=name, role=role))


def new_record(
    plan: Plan,
    signatures: list[Signature],
    role: str,
    signer: str,
    *,
    reject: bool,
    comment: str,
    chain: list[x509.Certificate],
    content: str,
    origin: str = "app",
    when: datetime | None = None,
    version: int = CONTENT_VERSION,
) -> Signature:
    """An unsigned sign-off record extending the plan's chain of signatures, over ``content``
    (the canonical text of the signed content in content ``version``)."""
    return Signature(
        plan_uuid=plan.uuid,
        revision=plan.revision,
        role=role,
        signer=signer,
        meaning=MEANINGS["reject" if reject else role],
        signed_at=when or datetime.now(UTC).replace(tzinfo=None),
        comment=comment,
        content_hash=sha256_text(content),
        snapshot=content,
        prev_hash=signatures[-1].record_hash if signatures else GENESIS,
        released=reject,
        external=False,
        certificates=certs.to_pem(chain),
        origin=origin,
        content_version=stored_version(version),
    )


def seal_record(sig: Signature, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> None:
    """Sign the record with the signer's key (ECDSA P-256, SHA-256)."""
    payload = signed_payload(sig, certs.fingerprint(cert))
    sig.record_hash = record_hash(payload)
    sig.signature = certs.sign_bytes(key, payload)


def commit_record(session: Session, plan: Plan, sig: Signature, *, actor: str) -> SignResult:
    """Record a sealed sign-off: status transition, released signatures, audit event."""
    reject = is_rejection(sig)
    signatures = chain_signatures(session, plan.uuid)
    expected_prev = signatures[-1].record_hash if signatures else GENESIS
    if sig.prev_hash != expected_prev:
        raise SignoffRefused(said("signoffs_changed"))
    released = []
    if reject:
        for old in in_force(signatures):
            old.released = True
            released.append(old.record_hash)
    old_status = plan.status
    plan.status = PlanStatus.DRAFT.value if reject else TRANSITIONS[sig.role][1]
    session.add(sig)
    try:
        session.flush()
    except StaleDataError:  # another sign-off took this chain position first
        raise SignoffRefused(said("signed_meanwhile")) from None
    verb = "rejected" if reject else "signed"
    append_event(
        session,
        plan.uuid,
        actor=actor,
        action=f"sign-off: {sig.role} {verb}",
        item=plan.title,
        changes={
            "status": {"old": old_status, "new": plan.status},
            "role": sig.role,
            "signature": sig.record_hash,
            "content_sha256": sig.content_hash,
            "comment": sig.comment,
            "released": released,
            "origin": sig.origin,
        },
    )
    return SignResult(plan.id, old_status, plan.status, sig.record_hash, sig.content_hash)


def clean_comment(comment: str, reject: bool) -> str:
    try:
        comment = clean_text(comment or "", "comment", limit=2000)
    except ValueError as exc:
        raise SignoffRefused(passed_on(exc)) from None
    if reject and not comment:
        raise SignoffRefused(said("reject_comment"))
    return comment


def sign(
    workspace: Workspace,
    plan_ref: str | int,
    role: str,
    name: str,
    password: str,
    *,
    reject: bool = False,
    comment: str = "",
    store: KeyStore | None = None,
) -> SignResult:
    """Sign (or reject) ``role`` on a plan as ``name`` with their key from this user's key
    store (``store``); refuses with SignoffRefused, changing nothing."""
    comment = clean_comment(comment, reject)
    with workspace.session() as session:
        try:
            plan = find_plan(session, plan_ref)
        except LookupError as exc:
            raise SignoffRefused(str(exc)) from None
        check_allowed(session, plan, role, name, reject=reject)
        person = find_person(session, name)
        if person is not None and person.certificates:
            check_certificate(person_chain(person)[0], role, name)
        who = unlock(session, name, password, store or KeyStore())
    check_certificate(who.certificate, role, name)
    with workspace.write() as session:
        plan = find_plan(session, plan_ref)
        check_allowed(session, plan, role, name, reject=reject)  # it may have moved meanwhile
        current = Content.of(plan)
        content = current.text_in(CONTENT_VERSION) or ""
        signatures = chain_signatures(session, plan.uuid)
        if not reject:  # a rejection is how a plan under void sign-offs goes back to draft
            check_in_force_cover(signatures, current)
        sig = new_record(
            plan,
            signatures,
            role,
            who.name,
            reject=reject,
            comment=comment,
            chain=who.chain,
            content=content,
        )
        seal_record(sig, who.private_key, who.certificate)
        return commit_record(session, plan, sig, actor=who.name)


def new_revision(workspace: Workspace, plan_ref: str | int, *, actor: str | None = None) -> int:
    """Start revision N+1 of an approved or rejected plan (a draft); returns its database id."""
    try:
        return revise.revise(workspace, plan_ref, actor=actor).plan_id
    except (ValueError, LookupError) as exc:
        raise SignoffRefused(passed_on(exc)) from None


def submit(
    workspace: Workspace, plan_ref: str | int, name: str, password: str, comment: str = ""
) -> SignResult:
    return sign(workspace, plan_ref, "compiler", name, password, comment=comment)


def review(
    workspace: Workspace, plan_ref: str | int, name: str, password: str, comment: str = ""
) -> SignResult:
    return sign(workspace, plan_ref, "reviewer", name, password, comment=comment)


def approve(
    workspace: Workspace, plan_ref: str | int, name: str, password: str, comment: str = ""
) -> SignResult:
    return sign(workspace, plan_ref, "approver", name, password, comment=comment)
