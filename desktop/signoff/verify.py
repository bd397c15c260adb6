"""Verification: each signature's verdict, the status it backs, and the audit chain.

Verdicts: ``valid``; ``void`` (content changed since signing, with the changed sections found
by comparing the canonical dump stored at signing with today's); ``invalid`` (record altered,
broken chain, wrong key, snapshot altered, missing from the audit trail); ``released`` (an
intact signature no longer in force after a rejection); ``external`` (recorded elsewhere,
not verified).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Person, Plan, Signature
from desktop.models.serialize import canonical_json, content_dump, strip_tracking
from desktop.operations.audit import GENESIS, WORKSPACE, ChainCheck, check_chain

from .payload import EXTERNAL, is_rejection, record_hash, signed_payload
from .workflow import TRANSITIONS, chain_signatures, in_force

VALID, VOID, INVALID, RELEASED = "valid", "void", "invalid", "released"
EXPECTED = {"draft": [], "in_review": ["compiler"], "reviewed": ["compiler", "reviewer"],
            "approved": ["compiler", "reviewer", "approver"]}  # fmt: skip


@dataclass
class Verdict:
    """One signature's verdict; ``text`` is the one-line English form."""

    signature_id: int
    role: str
    signer: str
    signed_at: datetime
    meaning: str
    comment: str
    content_hash: str
    record_hash: str
    kind: str  # valid / void / invalid / released / external
    reason: str = ""
    changed: list[str] = field(default_factory=list)  # top-level sections
    details: list[str] = field(default_factory=list)  # e.g. "tasks T1"
    in_force: bool = False

    @property
    def text(self) -> str:
        if self.kind == VALID:
            return "valid"
        if self.kind == VOID:
            return ("void: content changed since signing (changed: "
                    + ", ".join(self.details or self.changed) + ")")  # fmt: skip
        if self.kind == "external":
            return EXTERNAL
        return f"{self.kind}: {self.reason}"


@dataclass
class Report:
    plan_uuid: str
    revision: int
    status: str
    content_hash: str
    verdicts: list[Verdict]
    chain: ChainCheck
    people_chain: ChainCheck
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def section_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Top-level sections that differ, and finer details (header fields, item codes)."""
    sections: list[str] = []
    details: list[str] = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        sections.append(key)
        if isinstance(a, dict) and isinstance(b, dict):
            fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            details.append(f"{key}: " + ", ".join(fields))
        elif isinstance(a, list) and isinstance(b, list):
            def by_code(items: list[Any]) -> dict[str, Any]:
                return {str(i.get("code", i.get("name", n))) if isinstance(i, dict) else str(n): i
                        for n, i in enumerate(items)}  # fmt: skip
            ka, kb = by_code(a), by_code(b)
            codes = sorted(c for c in set(ka) | set(kb) if ka.get(c) != kb.get(c))
            details.append(f"{key}: " + ", ".join(codes) if codes else f"{key}: order")
        else:
            details.append(key)
    return sections, details


def _check_record(sig: Signature, key: bytes | None, expected_prev: str,
                  plan: Plan) -> str:  # fmt: skip
    """Why the record is invalid, or ''."""
    if sig.prev_hash != expected_prev:
        return "the chain of signatures is broken (a signature was removed or inserted)"
    if sig.revision != plan.revision:
        return f"signed revision {sig.revision}, this is revision {plan.revision}"
    if key is None:
        return f"no public key for {sig.signer} in this workspace"
    payload = signed_payload(sig, key)
    if record_hash(payload) != sig.record_hash:
        return "the signature record was altered after signing"
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(sig.signature, payload)
    except (InvalidSignature, ValueError):
        return f"the signature does not verify with {sig.signer}'s key"
    if hashlib.sha256(sig.snapshot.encode("utf-8")).hexdigest() != sig.content_hash:
        return "the stored copy of the signed content was altered"
    return ""


def verify_plan(session: Session, plan: Plan) -> Report:
    """Check every signature on ``plan``, the status they back and the audit chains."""
    current = content_dump(plan)
    current_hash = hashlib.sha256(canonical_json(current).encode("utf-8")).hexdigest()
    people = {p.id: p for p in session.scalars(select(Person))}
    by_name = {p.name: p for p in people.values()}
    chain = chain_signatures(session, plan.uuid)
    active = {s.id for s in in_force(chain)}
    audit_refs = _audit_signature_refs(session, plan.uuid)
    verdicts: list[Verdict] = []
    problems: list[str] = []
    prev = GENESIS
    for sig in chain:
        person = people.get(sig.person_id) if sig.person_id else by_name.get(sig.signer)
        v = Verdict(sig.id, sig.role, sig.signer, sig.signed_at, sig.meaning, sig.comment,
                    sig.content_hash, sig.record_hash, VALID,
                    in_force=sig.id in active)  # fmt: skip
        v.reason = _check_record(sig, person.public_key if person else None, prev, plan)
        if not v.reason and sig.record_hash not in audit_refs:
            v.reason = "the sign-off is not recorded in the audit trail"
        prev = sig.record_hash
        if v.reason:
            v.kind = INVALID
        elif sig.content_hash != current_hash and _signed_content(sig) != current:
            v.changed, v.details = section_changes(_signed_content(sig), current)
            v.kind = VOID if v.in_force else RELEASED
            if not v.in_force:
                v.reason = _released_reason(sig)
        elif not v.in_force:
            v.kind, v.reason = RELEASED, _released_reason(sig)
        verdicts.append(v)
        if v.kind == INVALID or (v.kind == VOID):
            problems.append(f"{sig.role} signature by {sig.signer}: {v.text}")
    known = {s.record_hash for s in chain}
    for ref in sorted(audit_refs - known):
        problems.append(f"a sign-off recorded in the audit trail ({ref[:12]}…) is missing")
    for sig in session.scalars(select(Signature).where(Signature.plan_uuid == plan.uuid,
                                                       Signature.external.is_(True))):  # fmt: skip
        verdicts.append(Verdict(sig.id, sig.role, sig.signer, sig.signed_at, sig.meaning,
                                sig.comment, sig.content_hash, sig.record_hash,
                                "external"))  # fmt: skip
    roles = sorted((s.role for s in chain if s.id in active), key=list(TRANSITIONS).index)
    if roles != EXPECTED.get(plan.status, []):
        problems.append(f"status {plan.status} is not backed by the signatures in force "
                        f"({', '.join(roles) or 'none'})")  # fmt: skip
    audit = check_chain(session, plan.uuid)
    if not audit.ok:
        problems.append(f"audit chain broken: {audit.problem}")
    people_chain = check_chain(session, WORKSPACE)
    if not people_chain.ok:
        problems.append(f"people audit chain broken: {people_chain.problem}")
    return Report(plan.uuid, plan.revision, plan.status, current_hash, verdicts, audit,
                  people_chain, problems)  # fmt: skip


def _signed_content(sig: Signature) -> dict[str, Any]:
    """The signed content of a signature's stored snapshot (whose hash the record covers).
    Signatures made before tracking data left the signed content stored the full dump:
    their tracking data is set aside, so that they stay valid while progress is recorded."""
    try:
        return strip_tracking(json.loads(sig.snapshot))
    except (ValueError, TypeError, AttributeError):
        return {}


def _released_reason(sig: Signature) -> str:
    if is_rejection(sig):
        return "rejection on record (the plan went back to draft)"
    return "no longer in force: released by a later rejection"


def _audit_signature_refs(session: Session, plan_uuid: str) -> set[str]:
    refs: set[str] = set()
    stmt = select(AuditEvent.changes).where(AuditEvent.plan_uuid == plan_uuid,
                                            AuditEvent.action.startswith("sign-off:"))  # fmt: skip
    for changes in session.scalars(stmt):
        if isinstance(changes, dict) and isinstance(changes.get("signature"), str):
            refs.add(changes["signature"])
    return refs
