"""The words of the history for what the database and the audit trail record in English:
workflow and risk statuses, sign-off roles and origins, and the recorded action texts
("sign-off: reviewer rejected", "new plan for 2028 from …", "import from x.xlsx"), in the
UI language (Qt-free; ``audit_text`` and the undo texts use them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from desktop.models.fields import PLAN, ROLE_KEYS, Words, lang_index  # Words: (zh_TW, zh_CN, en)


def pick(words: Words, lang: str) -> str:
    return words[lang_index(lang)]


STATUS: dict[str, Words] = {
    "draft": ("草稿", "草稿", "draft"),
    "in_review": ("審核中", "审核中", "in review"),
    "reviewed": ("已審核", "已审核", "reviewed"),
    "approved": ("已批準", "已批准", "approved"),
}
RISK_STATUS: dict[str, Words] = {  # the risk register's words
    "open": ("待處理", "待处理", "open"),
    "mitigating": ("處理中", "处理中", "mitigating"),
    "closed": ("已關閉", "已关闭", "closed"),
}
ROLES: dict[str, Words] = {  # the plan's roles in the words of its fields (編制人 …)
    "admin": ("管理員", "管理员", "admin"),
    **{key: PLAN[key].words for key in ROLE_KEYS},
}
ORIGINS: dict[str, Words] = {
    "app": ("在 PlanDesk 簽署", "在 PlanDesk 签署", "signed in PlanDesk"),
    "package": ("以審核包簽署", "以审核包签署", "signed in a review package"),
    "pdf": ("在 PDF 簽署", "在 PDF 签署", "signed in the PDF"),
}
_PHRASES: dict[str, Words] = {
    "signed": ("{0}簽署", "{0}签署", "signed as {0}"),
    "rejected": ("{0}退回", "{0}退回", "rejected as {0}"),
    "from_package": ("{0}（來自審核包）", "{0}（来自审核包）", "{0} (from the review package)"),
    "imported_signoffs": ("匯入的簽署（未驗證）", "导入的签署（未验证）", "{0}"),
    "rollover": (
        "由「{1}」新增 {0} 年計劃",
        "由「{1}」新增 {0} 年计划",
        "new plan for {0} from {1}",
    ),
    "import": ("從 {0} 匯入", "从 {0} 导入", "import from {0}"),
    "import_new": ("從 {0} 匯入新計劃", "从 {0} 导入新计划", "import new plan from {0}"),
    "import_track": (
        "從 {0} 匯入追蹤數據",
        "从 {0} 导入跟踪数据",
        "import tracking data from {0}",
    ),
    "import_revision": (
        "從 {1} 匯入為修訂版本 {0}",
        "从 {1} 导入为修订版本 {0}",
        "import as revision {0} from {1}",
    ),
    "revise": (
        "建立「{1}」的修訂版本 {0}（接續修訂版本 {2}）",
        "建立「{1}」的修订版本 {0}（接续修订版本 {2}）",
        "start revision {0} of {1} (after revision {2})",
    ),
    "enrol": ("登記人員", "登记人员", "enrol person"),
    "remove_person": ("移除人員", "移除人员", "remove person"),
    "signature": ("簽署紀錄 {0}", "签署记录 {0}", "sign-off record {0}"),
    "comment": ("意見：{0}", "意见：{0}", "comment: {0}"),
    "released": (
        "此前的 {0} 個簽署失效",
        "此前的 {0} 个签署失效",
        "{0} earlier sign-off(s) released",
    ),
    "login": ("{0}（系統帳戶）", "{0}（系统账户）", "{0} (computer login)"),
}


def phrase(key: str, lang: str, *args: object) -> str:
    return pick(_PHRASES[key], lang).format(*args)


def status_word(status: Any, lang: str) -> str:
    words = STATUS.get(str(status))
    return pick(words, lang) if words else str(status)


def role_word(role: Any, lang: str) -> str:
    words = ROLES.get(str(role))
    return pick(words, lang) if words else str(role)


def _signoff(match: re.Match[str], lang: str) -> str:
    text = phrase(match["verb"], lang, role_word(match["role"], lang))
    return phrase("from_package", lang, text) if match["package"] else text


_ACTIONS: list[tuple[re.Pattern[str], Callable[[re.Match[str], str], str]]] = [
    (
        re.compile(
            r"sign-off: (?P<role>\w+) (?P<verb>signed|rejected)"
            r"(?P<package> \(from the review package\))?"
        ),
        _signoff,
    ),
    (
        re.compile(r"imported sign-offs \(not verified\)"),
        lambda m, lang: phrase("imported_signoffs", lang, m[0]),
    ),
    (
        re.compile(r"new plan for (\d+) from (.+)", re.S),
        lambda m, lang: phrase("rollover", lang, m[1], m[2]),
    ),
    (re.compile(r"import from (.+)"), lambda m, lang: phrase("import", lang, m[1])),
    (re.compile(r"import new plan from (.+)"), lambda m, lang: phrase("import_new", lang, m[1])),
    (
        re.compile(r"import tracking data from (.+)"),
        lambda m, lang: phrase("import_track", lang, m[1]),
    ),
    (
        re.compile(r"import as revision (\d+) from (.+)"),
        lambda m, lang: phrase("import_revision", lang, m[1], m[2]),
    ),
    (
        re.compile(r"start revision (\d+) of (.+) \(after revision (\d+)\)", re.S),
        lambda m, lang: phrase("revise", lang, m[1], m[2], m[3]),
    ),
    (re.compile(r"enrol person"), lambda _m, lang: phrase("enrol", lang)),
    (re.compile(r"remove person"), lambda _m, lang: phrase("remove_person", lang)),
]


def action_words(action: str, lang: str) -> str:
    """A recorded action text in the UI language; a text typed in a language already (the
    GUI's own action names) is returned as it is."""
    for pattern, render in _ACTIONS:
        match = pattern.fullmatch(action)
        if match:
            return render(match, lang)
    return action


def signoff_details(changes: dict[str, Any], lang: str) -> str:
    """The details of a sign-off event: status change, comment, released sign-offs, where it
    was signed and a short form of its record hash (no database words)."""
    parts: list[str] = []
    status = changes.get("status")
    if isinstance(status, dict):
        parts.append(
            f"{status_word(status.get('old'), lang)} → {status_word(status.get('new'), lang)}"
        )
    if changes.get("comment"):
        parts.append(phrase("comment", lang, changes["comment"]))
    if changes.get("released"):
        parts.append(phrase("released", lang, len(changes["released"])))
    origin = ORIGINS.get(str(changes.get("origin")))
    if origin:
        parts.append(pick(origin, lang))
    if changes.get("signature"):
        parts.append(phrase("signature", lang, str(changes["signature"])[:8]))
    return ("；" if lang_index(lang) < 2 else "; ").join(parts)


def actor_words(actor: str, people: set[str] | None, lang: str) -> str:
    """Who made an event: a person of the workspace by name; anything else is the computer's
    login (no one was signed in), and says so."""
    if not actor or people is None or actor in people:
        return actor
    return phrase("login", lang, actor)
