"""The words of a sign-off that every layer shares: roles, the stored meanings and their labels.

They live here, below ``operations`` and ``signoff``, so that recording the sign-offs typed on
an imported workbook's cover (``operations``), signing and verifying (``signoff``) and printing
or reading a cover (``exchange``) use one table without importing each other.
"""

from __future__ import annotations

SIGNING_ROLES = ("compiler", "reviewer", "approver")
# What a sign-off record says it means (stored in English, part of the signed payload).
MEANINGS = {
    "compiler": "compiled and submitted for review",
    "reviewer": "reviewed and found correct",
    "approver": "approved for execution",
    "reject": "rejected: returned to draft",
}
EXTERNAL = "recorded elsewhere, not verified"

ROLE_LABELS = {
    "en": {"compiler": "Compiler", "reviewer": "Reviewer", "approver": "Approver"},
    "zh_TW": {"compiler": "編制人", "reviewer": "審核人", "approver": "批準人"},
    "zh_CN": {"compiler": "编制人", "reviewer": "审核人", "approver": "批准人"},
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


def role_label(role: str, lang: str | None) -> str:
    """``role`` as the cover names it in ``lang`` (Traditional Chinese for any other language)."""
    labels = ROLE_LABELS.get(lang or "", ROLE_LABELS["zh_TW"])
    return labels.get(role) or ROLE_LABELS["zh_TW"][role]
