"""Sign-off data for others: the dump (``dump --with-signoffs``), rows for the Excel cover and
the printout (sign-offs imported from a workbook are recorded by
``operations.external_signoffs``: never valid signatures)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.models import Plan
from desktop.models.signoff_terms import EXTERNAL, MEANING_LABELS, ROLE_LABELS, SIGNING_ROLES
from desktop.operations.audit import check_chain
from desktop.operations.external_signoffs import format_time

from .verify import Report, Verdict, verify_plan
from .workflow import named

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


def meaning_label(meaning: str, lang: str = "zh_TW") -> str:
    """A stored (English) meaning in the printout's language."""
    return MEANING_LABELS.get(lang, {}).get(meaning, meaning)


def verdict_label(kind: str, lang: str = "zh_TW") -> str:
    return VERDICT_LABELS.get(lang, VERDICT_LABELS["en"]).get(kind, kind)


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
