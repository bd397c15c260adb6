"""Sign-off data for others: the dump (``dump --with-signoffs``), rows for the Excel cover and
the printout, and recording sign-offs imported from a workbook (never valid signatures)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Plan, Signature
from desktop.operations.audit import append_event, canonical_time, check_chain

from .payload import EXTERNAL, MEANINGS, SIGNING_ROLES
from .verify import Report, Verdict, verify_plan
from .workflow import named

ROLE_LABELS = {
    "en": {"compiler": "Compiler", "reviewer": "Reviewer", "approver": "Approver"},
    "zh_TW": {"compiler": "編制人", "reviewer": "審核人", "approver": "批準人"},
    "zh_CN": {"compiler": "编制人", "reviewer": "审核人", "approver": "批准人"},
}
VERDICT_LABELS = {
    "en": {
        "valid": "valid",
        "void": "void: content changed since signing",
        "invalid": "invalid",
        "released": "released",
        "external": EXTERNAL,
        "unsigned": "not signed",
        "legacy": "legacy: not anchored",
        "unanchored": "not anchored: trust root not pinned",
    },
    "zh_TW": {
        "valid": "有效",
        "void": "失效：簽署後內容已更改",
        "invalid": "無效",
        "released": "已解除",
        "external": "外部記錄，未經驗證",
        "unsigned": "未簽署",
        "legacy": "舊式簽署：未錨定",
        "unanchored": "未錨定：信任根未固定",
    },
    "zh_CN": {
        "valid": "有效",
        "void": "失效：签署后内容已更改",
        "invalid": "无效",
        "released": "已解除",
        "external": "外部记录，未经验证",
        "unsigned": "未签署",
        "legacy": "旧式签署：未锚定",
        "unanchored": "未锚定：信任根未固定",
    },
}


MEANING_LABELS = {
    "zh_TW": {
        MEANINGS["compiler"]: "編制完成，提交審核",
        MEANINGS["reviewer"]: "已審核，內容無誤",
        MEANINGS["approver"]: "批準執行",
        MEANINGS["reject"]: "退回修改（返回草稿）",
    },
    "zh_CN": {
        MEANINGS["compiler"]: "编制完成，提交审核",
        MEANINGS["reviewer"]: "已审核，内容无误",
        MEANINGS["approver"]: "批准执行",
        MEANINGS["reject"]: "退回修改（返回草稿）",
    },
}


def meaning_label(meaning: str, lang: str = "zh_TW") -> str:
    """A stored (English) meaning in the printout's language."""
    return MEANING_LABELS.get(lang, {}).get(meaning, meaning)


def verdict_label(kind: str, lang: str = "zh_TW") -> str:
    return VERDICT_LABELS.get(lang, VERDICT_LABELS["en"]).get(kind, kind)


def format_time(value: datetime | None) -> str:
    return canonical_time(value)[:19] + "Z" if value else ""


def signoff_dump(session: Session, plan: Plan) -> dict[str, Any]:
    """Status, sign-offs with their verdicts and the audit head (``dump --with-signoffs``)."""
    report = verify_plan(session, plan)
    return {
        "status": plan.status,
        "allow_dual_roles": plan.allow_dual_roles,
        "signoffs": [
            {
                "role": v.role,
                "signer": v.signer,
                "signed_at": format_time(v.signed_at),
                "meaning": v.meaning,
                "comment": v.comment,
                "content_sha256": v.content_hash,
                "content_version": v.content_version,
                "record_sha256": v.record_hash,
                "in_force": v.in_force,
                "verdict": v.text,
                "origin": v.origin,
                "certificate": v.certificate_subject,
            }
            for v in report.verdicts
        ],
        "trust_root": report.root_fingerprint,
        "anchored": report.anchored,
        "audit": {"events": report.chain.count, "head": report.chain.head, "ok": report.chain.ok},
        "verified": report.ok,
    }


def signoff_rows(session: Session, plan: Plan, lang: str = "zh_TW") -> list[dict[str, Any]]:
    """One row per role (compiler, reviewer, approver) for the cover and the printout, then
    rows recorded elsewhere. Keys: role, role_label, named, signer, signed_at, meaning (in
    ``lang``), meaning_en, content_hash, fingerprint, verdict (valid/void/invalid/released/
    external/unsigned), verdict_text, comment, external, dual_roles, changed (for void ones)."""
    report = verify_plan(session, plan)
    rows = []
    for role in SIGNING_ROLES:
        force = [v for v in report.verdicts if v.role == role and v.in_force]
        rows.append(_row(role, named(plan, role), force[-1] if force else None, lang, plan))
    for v in report.verdicts:
        if v.kind == "external":
            rows.append(_row(v.role, v.signer, v, lang, plan))
    return rows


def _row(role: str, who: str, v: Verdict | None, lang: str, plan: Plan) -> dict[str, Any]:
    kind = v.kind if v is not None else "unsigned"
    text = verdict_label(kind, lang)
    if v is not None and kind == "void":
        text += " (" + ", ".join(v.changed) + ")"
    return {
        "role": role,
        "role_label": ROLE_LABELS.get(lang, ROLE_LABELS["en"]).get(role, role),
        "named": who,
        "signer": v.signer if v else "",
        "signed_at": format_time(v.signed_at) if v else "",
        "meaning": meaning_label(v.meaning, lang) if v else "",
        "meaning_en": v.meaning if v else "",
        "content_hash": v.content_hash if v else "",
        "fingerprint": fingerprint(v.content_hash) if v and v.content_hash else "",
        "verdict": kind,
        "verdict_text": text,
        "comment": v.comment if v else "",
        "external": kind == "external",
        "dual_roles": plan.allow_dual_roles,
        "changed": (v.details or v.changed) if v is not None and kind == "void" else [],
    }


def fingerprint(content_hash: str) -> str:
    """A short, readable form of a SHA-256: the first 16 hex digits in groups of four."""
    head = content_hash[:16]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


SUMMARY = {
    "en": {
        "ok": "all signatures valid",
        "unsigned": "not signed yet",
        "failed": "verification failed: {0}",
        "external": " ({0} sign-offs {1})",
    },
    "zh_TW": {
        "ok": "所有簽署有效",
        "unsigned": "尚未簽署",
        "failed": "驗證失敗：{0}",
        "external": "（{0} 項簽署{1}）",
    },
    "zh_CN": {
        "ok": "所有签署有效",
        "unsigned": "尚未签署",
        "failed": "验证失败：{0}",
        "external": "（{0} 项签署{1}）",
    },
}


def verdict_summary(session: Session, plan: Plan, lang: str = "zh_TW") -> tuple[str, str]:
    """A one-line verdict for the Overview: (``ok``/``unsigned``/``failed``, text). Sign-offs
    recorded elsewhere (imported) never count; the text only mentions how many there are."""
    report = verify_plan(session, plan)
    texts = SUMMARY.get(lang, SUMMARY["en"])
    external = sum(v.kind == "external" for v in report.verdicts)
    note = texts["external"].format(external, verdict_label("external", lang)) if external else ""
    if not report.ok:
        return "failed", texts["failed"].format("; ".join(report.problems)) + note
    if not any(v.in_force for v in report.verdicts):
        return "unsigned", texts["unsigned"] + note
    return "ok", texts["ok"] + note


def trust_root_fingerprint(session: Session) -> str:
    """The workspace's trust root fingerprint (64 hex digits; '' before the first admin), for
    the covers: a reader compares it with the one their admin gave them."""
    from .certs import fingerprint
    from .people import workspace_root

    root = workspace_root(session)
    return fingerprint(root) if root is not None else ""


def audit_head(session: Session, plan: Plan) -> str:
    """The plan's audit chain head hash (for the approval page and the Excel cover)."""
    return check_chain(session, plan.uuid).head


def verification(session: Session, plan: Plan) -> Report:
    """The full verification report (see ``verify.verify_plan``)."""
    return verify_plan(session, plan)


def record_external_signoffs(
    session: Session, plan: Plan, rows: list[dict[str, Any]], *, actor: str = "import"
) -> list[Signature]:
    """Store sign-offs read from a workbook as ``external`` rows (never valid signatures).

    Each row: ``role``, ``signer``, optional ``signed_at`` (datetime, date or ISO text),
    ``meaning``, ``comment`` and ``content_hash`` (the content fingerprint the workbook shows,
    kept as the hex digits it has; never compared with anything). Empty or placeholder signers
    are skipped.
    """
    made = []
    for row in rows:
        signer = str(row.get("signer") or "").strip()
        if not signer or signer == "XXX":
            continue
        role = str(row.get("role") or "")
        when = _as_datetime(row.get("signed_at"))
        fields = {
            "role": role,
            "signer": signer,
            "signed_at": canonical_time(when),
            "meaning": str(row.get("meaning") or MEANINGS.get(role, "")),
            "comment": str(row.get("comment") or ""),
        }
        content = hex_digits(row.get("content_hash"))
        if content:
            fields["content_sha256"] = content
        digest = hashlib.sha256(
            json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
        ).hexdigest()
        sig = Signature(
            plan_uuid=plan.uuid,
            revision=plan.revision,
            role=role,
            signer=signer,
            person_id=None,
            meaning=fields["meaning"],
            signed_at=when,
            comment=fields["comment"],
            content_hash=content,
            snapshot="",
            prev_hash="",
            record_hash=digest,
            signature=b"",
            released=False,
            external=True,
        )
        session.add(sig)
        made.append(sig)
    if made:
        session.flush()
        append_event(
            session,
            plan.uuid,
            actor=actor,
            action="imported sign-offs (not verified)",
            item=plan.title,
            changes={"external": [{"role": s.role, "signer": s.signer} for s in made]},
        )
    return made


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str) and value.strip():
        try:
            return _as_datetime(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
        except ValueError:
            pass
    return datetime.now(UTC).replace(tzinfo=None)


def hex_digits(value: Any) -> str:
    """The hex digits of a (possibly grouped, ``abcd ef01 …``) hash, lower case; '' if it is
    anything else."""
    text = "".join(str(value or "").split()).lower()
    return text[:64] if text and all(c in "0123456789abcdef" for c in text) else ""


def unrecorded_signoffs(
    session: Session, plan_uuids: list[str], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The workbook ``rows`` not yet held by any of the plans ``plan_uuids``: a row matching a
    signature of this workspace or a sign-off recorded before (same role, signer and time to
    the second; any time when the row has none) is left out, so importing the same workbook
    twice, or a workbook of a plan signed here, records nothing twice."""
    known: set[tuple[str, str, str]] = set()
    for sig in session.scalars(
        select(Signature).where(Signature.plan_uuid.in_([u for u in plan_uuids if u]))
    ):
        known.add((sig.role, sig.signer, format_time(sig.signed_at)))
        known.add((sig.role, sig.signer, ""))
    out = []
    for row in rows:
        signer = str(row.get("signer") or "").strip()
        when = row.get("signed_at")
        stamp = format_time(_as_datetime(when)) if when not in (None, "") else ""
        key = (str(row.get("role") or ""), signer, stamp)
        if key not in known:
            out.append(row)
            known.add(key)
            known.add(key[:2] + ("",))
    return out
