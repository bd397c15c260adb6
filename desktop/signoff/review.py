"""Review packages: a plan travels to a reviewer as one file and comes back signed.

A *package* (``.pdreview``, UTF-8 JSON) holds the plan's dump, its signed-content hash, the
workspace's root certificate, the enrolled people's certificates and the sign-offs so far. On
the reviewer's machine ``sign_package`` checks it against a pinned root, derives the signed
content from the dump it shows, and adds one sealed sign-off record: the *reply*.
``merge_reply`` checks the reply against the author's workspace (same root, the plan
unchanged since the package was made, the signer certified for the role the plan names them
for, the record intact) and records it. Nothing in a package is trusted by itself.
"""

from __future__ import annotations

import json
from base64 import b64decode, b64encode
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cryptography import x509

from desktop.models import Plan, Signature
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations import find_plan
from desktop.operations.audit import GENESIS, canonical_time
from desktop.store import Workspace

from . import certs
from .content import sha256_text, signed_content_of, signed_text
from .keystore import KeyStore, KeyStoreError, WrongKeyPassword
from .messages import said
from .payload import MEANINGS, is_rejection, record_hash, signed_payload
from .people import SignoffRefused, WrongPassword, anchor, list_people, workspace_root
from .trail import signer_removed
from .workflow import (
    NEXT_ROLE,
    REJECT_FROM,
    TRANSITIONS,
    SignResult,
    chain_signatures,
    check_allowed,
    check_certificate,
    check_in_force_cover,
    clean_comment,
    commit_record,
    seal_record,
)

if TYPE_CHECKING:
    from .pdf_pages import Repaint

FORMAT = "plandesk.review/1"
MAX_BYTES = 64 * 1024 * 1024


@dataclass
class Package:
    """A parsed package or reply (nothing in it checked yet)."""

    data: dict[str, Any]

    @property
    def plan(self) -> dict[str, Any]:
        return self.data["plan"]

    @property
    def dump(self) -> dict[str, Any]:
        return self.data["dump"]

    @property
    def root(self) -> x509.Certificate:
        return certs.from_pem(self.data["root"], "trust root")[0]

    @property
    def is_reply(self) -> bool:
        return "reply" in self.data

    def signatures(self) -> list[Signature]:
        return [_record(r) for r in self.data.get("signatures", [])]


def _encode(sig: Signature) -> dict[str, Any]:
    return {
        "role": sig.role,
        "signer": sig.signer,
        "meaning": sig.meaning,
        "signed_at": canonical_time(sig.signed_at),
        "comment": sig.comment or "",
        "content_sha256": sig.content_hash,
        "prev": sig.prev_hash or GENESIS,
        "record_sha256": sig.record_hash,
        "signature": b64encode(sig.signature).decode(),
        "certificates": sig.certificates,
        "origin": sig.origin,
        "revision": sig.revision,
        "plan": sig.plan_uuid,
    }


def _record(raw: dict[str, Any]) -> Signature:
    try:
        when = datetime.strptime(str(raw["signed_at"]), "%Y-%m-%dT%H:%M:%S.%fZ")
        return Signature(
            plan_uuid=str(raw["plan"]),
            revision=int(raw["revision"]),
            role=str(raw["role"]),
            signer=str(raw["signer"]),
            meaning=str(raw["meaning"]),
            signed_at=when,
            comment=str(raw.get("comment") or ""),
            content_hash=str(raw["content_sha256"]),
            prev_hash=str(raw["prev"]),
            record_hash=str(raw["record_sha256"]),
            signature=b64decode(str(raw["signature"]), validate=True),
            certificates=str(raw["certificates"]),
            origin="package",
            released=False,
            external=False,
            snapshot="",
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SignoffRefused(said("record_malformed", detail=str(exc))) from None


def export_package(workspace: Workspace, plan_ref: str | int) -> bytes:
    """The review package of a plan: its dump, sign-offs so far and the certificates."""
    with workspace.session() as session:
        try:
            plan = find_plan(session, plan_ref)
        except LookupError as exc:
            raise SignoffRefused(str(exc)) from None
        root = workspace_root(session)
        if root is None:
            raise SignoffRefused(said("no_root_enrol"))
        data = {
            "format": FORMAT,
            "made_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "plan": {
                "uuid": plan.uuid,
                "lineage": plan.lineage,
                "revision": plan.revision,
                "title": plan.title,
                "status": plan.status,
            },
            "content_sha256": sha256_text(signed_text(plan)),
            "dump": dump_plan(plan),
            "root": certs.to_pem([root]),
            "people": {p.name: p.certificates for p in list_people(session) if not p.legacy},
            "signatures": [_encode(s) for s in chain_signatures(session, plan.uuid)],
        }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def read_package(raw: bytes, where: str = "the package") -> Package:
    """Parse a package or reply; SignoffRefused says what is wrong with the file."""
    if len(raw) > MAX_BYTES:
        raise SignoffRefused(said("package_too_large", where=where, mib=MAX_BYTES // 2**20))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SignoffRefused(said("not_package", where=where)) from None
    except RecursionError:  # JSON nested deeper than any package: refused, not a crash
        raise SignoffRefused(said("package_too_deep", where=where)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SignoffRefused(said("not_package", where=where))
    for key in ("plan", "dump", "root", "people", "signatures", "content_sha256"):
        if key not in data:
            raise SignoffRefused(said("package_incomplete", where=where, part=key))
    return Package(data)


def _check_signed(sig: Signature, root: x509.Certificate, expected_prev: str) -> x509.Certificate:
    """An intact record whose certificate chains to ``root``; returns its certificate."""
    if sig.prev_hash != expected_prev:
        raise SignoffRefused(said("chain_broken"))
    chain = certs.from_pem(sig.certificates)
    payload = signed_payload(sig, certs.fingerprint(chain[0]))
    if record_hash(payload) != sig.record_hash or not certs.verify_bytes(
        chain[0], sig.signature, payload
    ):
        raise SignoffRefused(said("signoff_altered", role=sig.role, signer=sig.signer))
    checked = certs.check_chain(chain[0], chain[1:], root, sig.signed_at)
    if not checked.ok:
        raise SignoffRefused(
            said("signoff_problem", role=sig.role, signer=sig.signer, problem=checked.problem)
        )
    check_certificate(chain[0], sig.role, sig.signer)
    return chain[0]


def check_package(package: Package, trust: list[str], store: KeyStore) -> str:
    """Check a package as a reviewer: anchored root, content hash derived from the dump shown,
    every sign-off so far intact, certified and over that content. Returns the content text."""
    anchor(package.root, trust, store)
    content = canonical_json(signed_content_of(package.dump))
    if sha256_text(content) != package.data["content_sha256"]:
        raise SignoffRefused(said("content_hash"))
    prev = GENESIS
    signatures = package.signatures()
    for sig in signatures:
        _check_signed(sig, package.root, prev)
        prev = sig.record_hash
    return content


def sign_package(
    raw: bytes,
    role: str,
    user: str,
    password: str,
    *,
    reject: bool = False,
    comment: str = "",
    trust: list[str] | None = None,
    store: KeyStore | None = None,
) -> bytes:
    """The reply to a package: checked, then one sign-off sealed with ``user``'s own key."""
    with refuse_deep_nesting("the package"):
        return _sign_package(raw, role, user, password, reject, comment, trust, store)


def _sign_package(
    raw: bytes,
    role: str,
    user: str,
    password: str,
    reject: bool,
    comment: str,
    trust: list[str] | None,
    store: KeyStore | None,
) -> bytes:
    store = store or KeyStore()
    package = read_package(raw)
    if package.is_reply:
        raise SignoffRefused(said("already_reply"))
    comment = clean_comment(comment, reject)
    content = check_package(package, trust or [], store)
    if not reject:  # a rejection is how a plan under void sign-offs goes back to draft
        check_in_force_cover(package.signatures(), package.data["content_sha256"])
    head, plan_head = package.dump.get("plan", {}), package.plan
    named = str(head.get(role) or "").strip() if role in TRANSITIONS else ""
    if role not in TRANSITIONS:
        raise SignoffRefused(said("unknown_role", role=role, roles=", ".join(TRANSITIONS)))
    if named in ("", "XXX") or named != user.strip():
        raise SignoffRefused(
            said("not_the_role", name=user, role=role, who=named)
            if named
            else said("not_the_role_nobody", name=user, role=role)
        )
    expected = REJECT_FROM.get(role) if reject else TRANSITIONS[role][0]
    if reject and expected is None:
        raise SignoffRefused(said("reject_roles"))
    if plan_head.get("status") != expected:
        nxt = NEXT_ROLE.get(str(plan_head.get("status")))
        raise SignoffRefused(
            said(
                "package_out_of_order" if nxt else "package_out_of_order_none",
                status=plan_head.get("status"),
                nxt=nxt,
            )
        )
    pem = package.data["people"].get(user.strip())
    if not pem:
        raise SignoffRefused(said("not_enrolled_there", name=user))
    chain = certs.from_pem(pem)
    checked = certs.check_chain(chain[0], chain[1:], package.root, certs.utcnow())
    if not checked.ok:
        raise SignoffRefused(checked.problem)
    check_certificate(chain[0], role, user)
    try:
        stored = store.find(name=user, public=chain[0].public_key())  # type: ignore[arg-type]
        key = store.open(stored, password)
    except WrongKeyPassword as exc:
        raise WrongPassword(exc.reason()) from None
    except KeyStoreError as exc:
        raise SignoffRefused(exc.reason()) from None
    store.remember_certificate(stored, [*chain, package.root], certs.fingerprint(package.root))
    previous = package.signatures()
    sig = Signature(
        plan_uuid=str(plan_head["uuid"]),
        revision=int(plan_head["revision"]),
        role=role,
        signer=user.strip(),
        meaning=MEANINGS["reject" if reject else role],
        signed_at=datetime.now(UTC).replace(tzinfo=None),
        comment=comment,
        content_hash=sha256_text(content),
        prev_hash=previous[-1].record_hash if previous else GENESIS,
        certificates=certs.to_pem(chain),
        origin="package",
    )
    seal_record(sig, key, chain[0])
    reply = dict(package.data, reply=_encode(sig))
    return json.dumps(reply, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def merge_reply(
    workspace: Workspace,
    raw: bytes,
    *,
    trust: list[str] | None = None,
    store: KeyStore | None = None,
    where: str = "the reply",
) -> SignResult:
    """Check a signed reply against the workspace and record its sign-off."""
    store = store or KeyStore()
    package = read_package(raw, where)
    if not package.is_reply:
        raise SignoffRefused(said("reply_no_signature", where=where))
    sig = _record(package.data["reply"])
    given = {certs.normalise_fingerprint(t) for t in trust or []}
    pinned = given or set(store.pinned())  # roots given are exactly those to accept
    with workspace.write() as session:
        plan = _plan_of(session, sig)
        root = workspace_root(session)
        if root is None:
            raise SignoffRefused(said("no_trust_root"))
        root_fp = certs.fingerprint(root)
        if root_fp not in pinned:
            raise SignoffRefused(said("own_root_not_pinned", fingerprint=certs.grouped(root_fp)))
        if certs.fingerprint(package.root) != root_fp:
            raise SignoffRefused(said("other_workspace", where=where))
        check_allowed(session, plan, sig.role, sig.signer, reject=sig.meaning == MEANINGS["reject"])
        if signer_removed(session, sig.signer):
            raise SignoffRefused(said("no_person_named", name=sig.signer))
        current = chain_signatures(session, plan.uuid)
        _check_signed(sig, root, current[-1].record_hash if current else GENESIS)
        text = signed_text(plan)
        if sha256_text(text) != sig.content_hash:
            raise SignoffRefused(said("plan_changed_since", where=where))
        if not is_rejection(sig):
            check_in_force_cover(current, sig.content_hash)
        sig.snapshot = text
        return commit_record(session, plan, sig, actor=sig.signer)


def _plan_of(session: object, sig: Signature) -> Plan:
    try:
        plan = find_plan(session, sig.plan_uuid)  # type: ignore[arg-type]
    except LookupError:
        raise SignoffRefused(said("reply_other_plan")) from None
    if plan.uuid != sig.plan_uuid:
        raise SignoffRefused(said("reply_other_plan"))
    if plan.revision != sig.revision:
        raise SignoffRefused(
            said("reply_other_revision", signed=sig.revision, revision=plan.revision)
        )
    return plan


def merge_file(
    workspace: Workspace,
    raw: bytes,
    *,
    repaint: Repaint,
    trust: list[str] | None = None,
    store: KeyStore | None = None,
    where: str = "the reply",
) -> list[SignResult]:
    """Record what a returned file signs: a signed PDF (any number of new signatures) or a
    review package reply (one). ``repaint`` paints a PDF for signature again from its content
    (``pdf_pages``): the caller's ``exchange.document.pdf_for_signature.painted_for_signature``."""
    with refuse_deep_nesting(where):
        if raw.startswith(b"%PDF"):
            from .pdf import merge_pdf

            return merge_pdf(workspace, raw, repaint=repaint, trust=trust, store=store, where=where)
        return [merge_reply(workspace, raw, trust=trust, store=store, where=where)]


@contextmanager
def refuse_deep_nesting(where: str) -> Iterator[None]:
    """A file nested deeper than Python follows is refused in one line (nothing changed:
    the transaction it interrupts rolls back)."""
    try:
        yield
    except RecursionError:
        raise SignoffRefused(said("package_too_deep", where=where)) from None
