"""Review packages: a plan travels to a reviewer as one file and comes back signed.

A *package* (``.pdreview``, UTF-8 JSON) holds the plan's dump, its signed-content hash, the
workspace's root certificate, the enrolled people's certificates and the sign-offs so far. On
the reviewer's machine ``sign_package`` checks it against a pinned root, derives the signed
content from the dump it shows, and adds one sealed sign-off record: the *reply*.
``merge_reply`` checks the reply against the author's workspace (same root, the plan
unchanged since the package was made, the signer certified for the role the plan names them
for, the record intact) and records it. Nothing in a package is trusted by itself.
A package states the content version of its content hash (``content_version``; a package
made before versions has none: version 1), and the reply's sign-off signs that version.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cryptography import x509

from desktop.models import Plan, Signature
from desktop.models.fields import CONTENT_VERSION
from desktop.models.serialize import dump_plan
from desktop.operations import find_plan
from desktop.operations.audit import GENESIS
from desktop.store import Workspace

from . import certs
from .content import (
    Content,
    covers,
    sha256_text,
    signed_content_of,
    stored_version,
)
from .keystore import KeyStore, KeyStoreError, WrongKeyPassword
from .messages import said
from .payload import MEANINGS, is_rejection, record_hash, signed_payload
from .people import SignoffRefused, WrongPassword, anchor, list_people, workspace_root
from .review_package import (  # MAX_BYTES, Package, read_package: this module's names too
    FORMAT,
    MAX_BYTES,
    Package,
    encode_record,
    package_version,
    read_package,
    read_record,
)
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
    from sqlalchemy.orm import Session

    from .pdf_pages import Repaint

__all__ = [
    "MAX_BYTES",
    "Package",
    "check_package",
    "export_package",
    "merge_file",
    "merge_reply",
    "read_package",
    "sign_package",
]


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
            "content_sha256": Content.of(plan).hash_in(CONTENT_VERSION),
            "content_version": CONTENT_VERSION,
            "dump": dump_plan(plan),
            "root": certs.to_pem([root]),
            "people": {p.name: p.certificates for p in list_people(session) if not p.legacy},
            "signatures": [encode_record(s) for s in chain_signatures(session, plan.uuid)],
        }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


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
    """Check a package as a reviewer: anchored root, content hash derived from the dump shown
    (in the package's content version), every sign-off so far intact, certified and over that
    content. Returns the content text."""
    anchor(package.root, trust, store)
    content = Content(signed_content_of(package.dump)).text_in(package_version(package))
    if content is None or sha256_text(content) != package.data["content_sha256"]:
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
        check_in_force_cover(package.signatures(), json.loads(content))
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
        content_version=stored_version(package_version(package)),
    )
    seal_record(sig, key, chain[0])
    reply = dict(package.data, reply=encode_record(sig))
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
    sig = read_record(package.data["reply"])
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
        content = Content.of(plan)
        if not covers(sig, content):
            raise SignoffRefused(said("plan_changed_since", where=where))
        if not is_rejection(sig):
            check_in_force_cover(current, content)
        sig.snapshot = content.text_in(sig.content_version or 1) or ""
        return commit_record(session, plan, sig, actor=sig.signer)


def _plan_of(session: Session, sig: Signature) -> Plan:
    try:
        plan = find_plan(session, sig.plan_uuid)
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
