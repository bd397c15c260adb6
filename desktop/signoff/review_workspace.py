"""A review package opened on the reviewer's machine: checked, then loaded into a temporary,
read-only workspace so that the usual screens (and the print preview) show the plan.

Nothing here is trusted because the package says so: ``review.check_package`` checks the
root against this user's pinned roots, the content hash against the plan shown and every
sign-off so far before anything is loaded. The temporary workspace holds the plan, the root
certificate and those sign-offs, each with an audit event (the author's audit trail does not
travel), so that ``verify_plan`` judges them as it judges any workspace. A package carries no
copy of the content an earlier, released sign-off covered: ``review_report`` shows those as
released (they were checked when the package was opened) instead of "altered".
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from sqlalchemy.orm import Session

from desktop.models import Plan, TrustRoot
from desktop.models.deserialize import load_plan
from desktop.operations.audit import append_event
from desktop.signoff import certs
from desktop.signoff.content import Content, covers, version_of
from desktop.signoff.keystore import KeyStore
from desktop.signoff.payload import is_rejection
from desktop.signoff.review import Package, check_package, read_package
from desktop.signoff.verify import INVALID, RELEASED, Report, verify_plan
from desktop.signoff.workflow import in_force
from desktop.store import Workspace, open_workspace

UNKNOWN_CONTENT = "the stored copy of the signed content was altered"


@dataclass
class ReviewSession:
    """A checked package and the temporary folder its read-only workspace lives in."""

    raw: bytes
    package: Package
    source: Path
    content: str
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="plandesk-review-")))

    @property
    def title(self) -> str:
        return str(self.package.plan.get("title", ""))

    @property
    def revision(self) -> int:
        return int(self.package.plan.get("revision", 0))

    @property
    def status(self) -> str:
        return str(self.package.plan.get("status", ""))

    @property
    def root_fingerprint(self) -> str:
        return certs.fingerprint(self.package.root)

    def reply_path(self, role: str) -> Path:
        """Where the reply goes by default: beside the package, ``<title> r<rev> <role>
        reply.pdreview``."""
        name = f"{self.title} r{self.revision} {role} reply.pdreview"
        safe = "".join("_" if c in '/\\:*?"<>|' else c for c in name)
        return self.source.parent / safe

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def package_root(raw: bytes, where: str) -> tuple[Package, str]:
    """The parsed package and its root fingerprint (to ask the user before pinning it)."""
    package = read_package(raw, where)
    return package, certs.fingerprint(package.root)


def open_package(
    raw: bytes, source: Path, *, trust: list[str] | None = None, store: KeyStore | None = None
) -> ReviewSession:
    """Check a package (``trust``: fingerprints the user just accepted; they get pinned)."""
    package = read_package(raw, source.name)
    content = check_package(package, trust or [], store or KeyStore())
    return ReviewSession(raw, package, source, content)


def load_workspace(review: ReviewSession) -> Workspace:
    """The package's plan, root and sign-offs in a new SQLite file, opened read-only."""
    path = review.folder / "review.sqlite"
    ws = open_workspace(path)
    try:
        with ws.write() as session:
            _fill(session, review)
    finally:
        ws.close()
    return open_workspace(path, read_only=True)


def _fill(session: Session, review: ReviewSession) -> None:
    package = review.package
    plan = load_plan(session, package.dump)
    plan.status = review.status
    session.flush()
    root = package.root
    session.add(
        TrustRoot(
            certificate=root.public_bytes(serialization.Encoding.DER),
            fingerprint=certs.fingerprint(root),
            created_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
    signatures = package.signatures()
    live = {id(s) for s in in_force(signatures)}
    content = Content(json.loads(review.content))
    for raw, sig in zip(package.data.get("signatures", []), signatures, strict=True):
        sig.origin = str(raw.get("origin") or "app")
        sig.released = id(sig) not in live
        # the package's content in the version the sign-off signed, when it covers it
        sig.snapshot = (content.text_in(version_of(sig)) or "") if covers(sig, content) else ""
        session.add(sig)
        session.flush()
        verb = "rejected" if is_rejection(sig) else "signed"
        append_event(
            session,
            plan.uuid,
            actor=sig.signer,
            action=f"sign-off: {sig.role} {verb} (from the review package)",
            item=plan.title,
            changes={
                "signature": sig.record_hash,
                "origin": sig.origin,
                "comment": sig.comment,
            },
            at=_utc(sig.signed_at),  # when it was signed, not when the package was opened
        )


def _utc(when: datetime) -> datetime:
    """A naive UTC time, as the audit trail stores them."""
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when


def review_report(session: Session, plan: Plan) -> Report:
    """``verify_plan`` in a review workspace: a released sign-off over content the package
    does not carry is shown as released (``check_package`` checked it), not as altered."""
    report = verify_plan(session, plan)
    for v in report.verdicts:
        if v.kind == INVALID and not v.in_force and v.reason == UNKNOWN_CONTENT:
            problem = f"{v.role} signature by {v.signer}: {v.text}"
            report.problems = [p for p in report.problems if p != problem]
            v.kind, v.reason = RELEASED, "released; checked when the package was opened"
    return report


def review_summary(session: Session, plan: Plan, lang: str) -> tuple[str, str]:
    """The Overview's verdict line for a review workspace (see ``records.verdict_summary``)."""
    from desktop.signoff.records import SUMMARY

    report = review_report(session, plan)
    texts = SUMMARY.get(lang, SUMMARY["en"])
    if not report.ok:
        return "failed", texts["failed"].format("; ".join(report.problems))
    if not any(v.in_force for v in report.verdicts):
        return "unsigned", texts["unsigned"]
    return "ok", texts["ok"]


def next_role(status: str) -> str:
    return {"draft": "compiler", "in_review": "reviewer", "reviewed": "approver"}.get(status, "")
