"""Verification: each signature's verdict, the status it backs, and the audit chain.

Verdicts: ``valid``; ``void`` (content changed since signing, judged in the content version
the signature signed (``content.covers``), with the changed sections found by comparing the
canonical dump stored at signing with today's); ``invalid`` (record altered,
broken chain, wrong key, snapshot altered, missing from the audit trail, a certificate that
does not chain to the root, names someone else or lacks the role); ``released`` (an intact
signature no longer in force after a rejection); ``unanchored`` (intact, but the workspace's
trust root is not pinned by this user or ``--trust``: never valid); ``legacy`` (made with an
in-workspace key before personal keys); ``external`` (recorded elsewhere, not verified).

Nothing the workspace says about its own root is trusted: the root certificate it records is
used only when its SHA-256 is among the fingerprints pinned outside it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Plan, Signature
from desktop.models.fields import CONTENT_VERSION
from desktop.models.serialize import strip_tracking
from desktop.operations.audit import GENESIS, WORKSPACE, ChainCheck, check_chain

from . import certs
from .content import Content, as_signed, covers, sha256_text, signed_content, version_of
from .keystore import KeyStore, KeyStoreError
from .payload import EXTERNAL, is_rejection, record_hash, signed_payload
from .people import workspace_root
from .trail import people_events, superseded
from .workflow import TRANSITIONS, chain_signatures, in_force, is_legacy

VALID, VOID, INVALID, RELEASED = "valid", "void", "invalid", "released"
LEGACY, UNANCHORED = "legacy", "unanchored"
EXPECTED = {
    "draft": [],
    "in_review": ["compiler"],
    "reviewed": ["compiler", "reviewer"],
    "approved": ["compiler", "reviewer", "approver"],
}


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
    origin: str = "app"  # app / package / pdf: where the signature was made
    certificate_subject: str = ""
    certificate_sha256: str = ""
    content_version: int = 1  # the content version the signature signed

    @property
    def text(self) -> str:
        if self.kind == VALID:
            return "valid"
        if self.kind == VOID:
            return (
                "void: content changed since signing (changed: "
                + ", ".join(self.details or self.changed)
                + ")"
            )
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
    root_fingerprint: str = ""
    anchored: bool = False
    # the content hash in each older content version a signature of the chain signed
    # (None: today's content cannot be written in that version)
    older_hashes: dict[int, str | None] = field(default_factory=dict)

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
                return {
                    str(i.get("code", i.get("name", n))) if isinstance(i, dict) else str(n): i
                    for n, i in enumerate(items)
                }

            ka, kb = by_code(a), by_code(b)
            codes = sorted(c for c in set(ka) | set(kb) if ka.get(c) != kb.get(c))
            details.append(f"{key}: " + ", ".join(codes) if codes else f"{key}: order")
        else:
            details.append(key)
    return sections, details


def _check_record(
    sig: Signature, expected_prev: str, plan: Plan, root: x509.Certificate | None
) -> tuple[str, x509.Certificate | None]:
    """Why the record is invalid ('' if it is not), and the signer's certificate."""
    if sig.prev_hash != expected_prev:
        return "the chain of signatures is broken (a signature was removed or inserted)", None
    if sig.revision != plan.revision:
        return f"signed revision {sig.revision}, this is revision {plan.revision}", None
    try:
        chain = certs.from_pem(sig.certificates)
    except certs.CertificateError:
        return "the signer's certificate is unreadable", None
    leaf = chain[0]
    payload = signed_payload(sig, certs.fingerprint(leaf))
    if record_hash(payload) != sig.record_hash:
        return "the signature record was altered after signing", leaf
    if sig.origin == "pdf":
        if not sig.evidence:
            return "the signed PDF of this sign-off is missing", leaf
        if root is not None:
            from .pdf_evidence import check_pdf_signature

            problem = check_pdf_signature(sig.evidence, root, sig, leaf)
            if problem:
                return problem, leaf
    elif not certs.verify_bytes(leaf, sig.signature, payload):
        return f"the signature does not verify with {sig.signer}'s certificate", leaf
    if sha256_text(sig.snapshot) != sig.content_hash:
        return "the stored copy of the signed content was altered", leaf
    if root is None:
        return "", leaf
    checked = certs.check_chain(leaf, chain[1:], root, sig.signed_at)
    if not checked.ok:
        return checked.problem, leaf
    try:
        named_then = str(json.loads(sig.snapshot)["plan"].get(sig.role) or "").strip()
    except (ValueError, KeyError, TypeError, AttributeError):
        return "the stored copy of the signed content is unreadable", leaf
    if certs.common_name(leaf) != sig.signer or sig.signer != named_then:
        return (
            f"the certificate names {certs.common_name(leaf)!r} but the plan named "
            f"{named_then!r} as its {sig.role}"
        ), leaf
    if sig.role not in certs.cert_roles(leaf):
        return f"{sig.signer}'s certificate does not grant the {sig.role} role", leaf
    return "", leaf


def trusted_roots(extra: list[str] | None = None) -> set[str]:
    """The roots to accept: those given (``--trust``) exactly, or else every one pinned for
    this user. Given roots replace the pins: a user who pinned the roots of several
    workspaces must not accept one of them in place of the root they named."""
    pins = set(KeyStore().pinned())  # read even then: a damaged list is said, not skipped
    return {certs.normalise_fingerprint(f) for f in extra} if extra else pins


def verify_plan(session: Session, plan: Plan, *, trusted: set[str] | None = None) -> Report:
    """Check every signature on ``plan`` against a pinned trust root (``trusted``: the
    fingerprints to accept; default: those pinned for this user), the status they back and the
    audit chains."""
    damaged = ""
    if trusted is None:
        try:
            trusted = trusted_roots()
        except KeyStoreError as exc:  # a damaged list of pins trusts nothing, and says so
            trusted, damaged = set(), str(exc)
    current = signed_content(plan)
    content = Content(current)
    current_hash = content.hash_in() or ""
    root = workspace_root(session)
    root_fp = certs.fingerprint(root) if root is not None else ""
    anchored = bool(root_fp) and root_fp in trusted
    chain = chain_signatures(session, plan.uuid)
    active = {s.id for s in in_force(chain)}
    bearing = _legacy_bearing(chain, active)
    audit_refs = _audit_signature_refs(session, plan.uuid)
    people = people_events(session)
    verdicts: list[Verdict] = []
    problems: list[str] = [damaged] if damaged else []
    if chain and not root_fp:
        problems.append("the workspace has no trust root: its signatures cannot be checked")
    elif chain and not anchored:
        problems.append(
            f"not anchored: this workspace's trust root {certs.grouped(root_fp)} is "
            "not pinned for this user (compare the fingerprint with your admin's "
            "and pass --trust, or accept it in the Sign-off screen)"
        )
    prev = GENESIS
    pdf_signatures: set[tuple[str, str, datetime]] = set()
    for sig in chain:
        v = Verdict(
            sig.id,
            sig.role,
            sig.signer,
            sig.signed_at,
            sig.meaning,
            sig.comment,
            sig.content_hash,
            sig.record_hash,
            VALID,
            in_force=sig.id in active,
            origin=sig.origin,
            content_version=version_of(sig),
        )
        if is_legacy(sig):  # never counted; reported where it would bear on the status
            v.kind, v.reason = LEGACY, "made before personal keys; not anchored to a root"
            v.in_force = sig.id in bearing
            prev = sig.record_hash
            verdicts.append(v)
            if v.in_force:
                what = "rejection" if is_rejection(sig) else "signature"
                problems.append(f"{sig.role} {what} by {sig.signer}: not anchored ({v.reason})")
            continue
        v.reason, leaf = _check_record(sig, prev, plan, root if anchored else None)
        if leaf is not None:
            v.certificate_subject = certs.describe(leaf)
            v.certificate_sha256 = certs.fingerprint(leaf)
        if not v.reason and sig.record_hash not in audit_refs:
            v.reason = "the sign-off is not recorded in the audit trail"
        if not v.reason and leaf is not None and anchored:
            v.reason = superseded(people, _chain_in(sig), audit_refs[sig.record_hash])
        if not v.reason and sig.origin == "pdf":  # one PDF signature backs one sign-off
            made = (sig.role, v.certificate_sha256, sig.signed_at)
            if made in pdf_signatures:
                v.reason = "this PDF signature already backs an earlier sign-off"
            pdf_signatures.add(made)
        prev = sig.record_hash
        if v.reason:
            v.kind = INVALID
        elif not anchored:
            v.kind, v.reason = UNANCHORED, "the workspace's trust root is not pinned here"
        elif not covers(sig, content):
            v.changed, v.details = section_changes(_signed_content(sig), current)
            v.kind = VOID if v.in_force else RELEASED
            if not v.in_force:
                v.reason = _released_reason(sig)
        elif not v.in_force:
            v.kind, v.reason = RELEASED, _released_reason(sig)
        verdicts.append(v)
        if v.kind in (INVALID, VOID):
            problems.append(f"{sig.role} signature by {sig.signer}: {v.text}")
    known = {s.record_hash for s in chain}
    for ref in sorted(set(audit_refs) - known):
        problems.append(f"a sign-off recorded in the audit trail ({ref[:12]}…) is missing")
    for sig in session.scalars(
        select(Signature).where(Signature.plan_uuid == plan.uuid, Signature.external.is_(True))
    ):
        verdicts.append(
            Verdict(
                sig.id,
                sig.role,
                sig.signer,
                sig.signed_at,
                sig.meaning,
                sig.comment,
                sig.content_hash,
                sig.record_hash,
                "external",
            )
        )
    problems.extend(_dual_roles(chain, active, current))
    roles = sorted((s.role for s in chain if s.id in active), key=list(TRANSITIONS).index)
    if roles != EXPECTED.get(plan.status, []):
        problems.append(
            f"status {plan.status} is not backed by the signatures in force "
            f"({', '.join(roles) or 'none'})"
        )
    audit = check_chain(session, plan.uuid)
    if not audit.ok:
        problems.append(f"audit chain broken: {audit.problem}")
    people_chain = check_chain(session, WORKSPACE)
    if not people_chain.ok:
        problems.append(f"people audit chain broken: {people_chain.problem}")
    older = sorted({version_of(s) for s in chain if not is_legacy(s)} - {CONTENT_VERSION})
    return Report(
        plan.uuid,
        plan.revision,
        plan.status,
        current_hash,
        verdicts,
        audit,
        people_chain,
        problems,
        root_fp,
        anchored,
        {version: content.hash_in(version) for version in older},
    )


def _legacy_bearing(chain: list[Signature], active: set[int]) -> set[int]:
    """Legacy statements that would bear on the status if they counted: those in force when
    counted, and rejections after a certified sign-off in force (they would release it)."""
    counted = {s.id for s in in_force(chain, with_legacy=True)}
    first_active = min((i for i, s in enumerate(chain) if s.id in active), default=len(chain))
    return {
        s.id
        for i, s in enumerate(chain)
        if is_legacy(s) and (s.id in counted or (is_rejection(s) and i > first_active))
    }


def _signed_content(sig: Signature) -> dict[str, Any]:
    """The signed content of a signature's stored snapshot (whose hash the record covers),
    written as this release writes content (fields of later versions added, empty), so that
    only what changed since shows. Signatures made before tracking data left the signed
    content stored the full dump: their tracking data is set aside, so that they stay valid
    while progress is recorded."""
    try:
        return as_signed(strip_tracking(json.loads(sig.snapshot)), version_of(sig))
    except (ValueError, TypeError, AttributeError):
        return {}


def _released_reason(sig: Signature) -> str:
    if is_rejection(sig):
        return "rejection on record (the plan went back to draft)"
    return "no longer in force: released by a later rejection"


def _audit_signature_refs(session: Session, plan_uuid: str) -> dict[str, int]:
    """Record hash -> id of the first audit event recording that sign-off."""
    refs: dict[str, int] = {}
    stmt = (
        select(AuditEvent.id, AuditEvent.changes)
        .where(AuditEvent.plan_uuid == plan_uuid, AuditEvent.action.startswith("sign-off:"))
        .order_by(AuditEvent.id)
    )
    for event_id, changes in session.execute(stmt):
        if isinstance(changes, dict) and isinstance(changes.get("signature"), str):
            refs.setdefault(changes["signature"], event_id)
    return refs


def _chain_in(sig: Signature) -> list[x509.Certificate]:
    """The signer's certificate and the admin certificates its chain passes through."""
    chain = certs.from_pem(sig.certificates)
    return [chain[0], *(c for c in chain[1:] if certs.is_ca(c))]


def _dual_roles(chain: list[Signature], active: set[int], current: dict[str, Any]) -> list[str]:
    """One person signing two roles in force, where the signed plan does not allow it."""
    plan = found if isinstance(found := current.get("plan"), dict) else {}
    if plan.get("allow_dual_roles"):
        return []
    roles: dict[str, list[str]] = {}
    for sig in chain:
        if sig.id in active and not is_legacy(sig):
            roles.setdefault(sig.signer, []).append(sig.role)
    return [
        f"{name} signed in two roles ({', '.join(held)}) but the plan does not allow one "
        "person in two roles"
        for name, held in roles.items()
        if len(set(held)) > 1
    ]
