"""What an import changes, item by item, in the UI language: "R1 內容質量不達標: 可能性 3 → 1".

``change_rows(diffs, lang)`` turns ``excel_import.preview`` into rows for the preview dialog:
(section name, item, what happens, old → new per field). Section and field names come from
the workbook layout (sheet and column names in zh_TW, zh_CN or en). Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.exchange.excel.excel_import import SectionDiff
from desktop.exchange.excel.excel_layout import COVER_FIELDS, SHEET, TEXT_FIELDS
from desktop.models.fields.parse import money_text
from desktop.models.schedule import ScheduleRule

_LANG = {"zh_TW": 0, "zh_CN": 1, "en": 2}
_PLAN = ("計劃", "计划", "Plan")
_SECTION_SHEET = {"plan": None, "progress": "progress", "actuals": "actuals"}
_WORDS = {
    "added": ("新增", "新增", "added"),
    "changed": ("修改", "修改", "changed"),
    "removed": ("刪除", "删除", "removed"),
    "empty": ("（空）", "（空）", "(empty)"),
    "more": ("…另 {0} 項", "…另 {0} 项", "… {0} more"),
}
_EXTRA_FIELDS = {
    "goal": ("目標", "目标", "Goal"),
    "task": ("任務", "任务", "Task"),
    "position": ("順序", "顺序", "Position"),
    "week_convention": ("周的劃分", "周的划分", "Week convention"),
    "language": ("語言", "语言", "Language"),
    "allow_dual_roles": ("允許一人兼任", "允许一人兼任", "Dual roles"),
}
MAX_TEXT = 60
MAX_ROWS = 400


def _i(lang: str) -> int:
    key = lang.replace("-", "_")
    return 2 if key.startswith("en") else 1 if key == "zh_CN" else 0


def section_name(section: str, lang: str) -> str:
    """The section as the workbook names its sheet (風險 / Risks), the header as 計劃 / Plan."""
    sheet = SHEET.get(section)
    if sheet is None:
        return _PLAN[_i(lang)]
    return (sheet.zh_TW, sheet.zh_CN, sheet.en)[_i(lang)]


def field_name(section: str, key: str, lang: str) -> str:
    i = _i(lang)
    if section == "plan":
        for row in (*COVER_FIELDS, *TEXT_FIELDS):
            if row[0] == key:
                return row[1 + i]
    sheet = SHEET.get(section)
    for column in sheet.columns if sheet is not None else ():
        if column.key == key:
            return (column.zh_TW, column.zh_CN, column.en)[i]
    words = _EXTRA_FIELDS.get(key)
    return words[i] if words else key.replace("_", " ")


def show(value: Any, lang: str) -> str:
    """A dump value in words: a rule as its phrase, lists joined, long text shortened."""
    if value is None or value == "" or value == []:
        return _WORDS["empty"][_i(lang)]
    if isinstance(value, dict) and "kind" in value:
        try:
            return ScheduleRule.from_dict(value).text(lang)
        except (TypeError, ValueError):
            pass
    if isinstance(value, list):
        value = "、".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def field_value(section: str, key: str, value: Any, lang: str) -> str:
    """A field's value in words: an amount of money as ``HK$12,000``, else as ``show``."""
    sheet = SHEET.get(section)
    column = next((c for c in sheet.columns if c.key == key), None) if sheet else None
    if column is not None and column.kind == "money" and value is not None:
        return money_text(value, lang)
    return show(value, lang)


def _title(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("title") or item.get("name") or item.get("item") or "")
    return ""


@dataclass(frozen=True)
class ChangeRow:
    section: str  # the section's name in the UI language
    item: str  # "R1 內容質量不達標"
    what: str  # added / changed / removed in the UI language
    details: str  # "可能性 3 → 1; 狀態 open → closed"


def removed_word(lang: str) -> str:
    """What ``ChangeRow.what`` says for an item removed, in ``lang``."""
    return _WORDS["removed"][_i(lang)]


def change_rows(diffs: list[SectionDiff], lang: str, limit: int = MAX_ROWS) -> list[ChangeRow]:
    """One row per item added, changed or removed (the header fields one row each)."""
    rows: list[ChangeRow] = []
    i = _i(lang)
    sep = "; " if i == 2 else "；"
    for diff in diffs:
        name = section_name(diff.section, lang)
        if diff.section == "plan":
            for key in diff.changed:
                rows.append(
                    ChangeRow(
                        name,
                        field_name("plan", key, lang),
                        _WORDS["changed"][i],
                        f"{show(diff.before.get(key), lang)} → {show(diff.after.get(key), lang)}",
                    )
                )
            continue
        for what, codes in (
            ("added", diff.added),
            ("changed", diff.changed),
            ("removed", diff.removed),
        ):
            for code in codes:
                old, new = diff.before.get(code), diff.after.get(code)
                item = " ".join(p for p in (code, _title(new if new is not None else old)) if p)
                details = ""
                if what == "changed" and isinstance(old, dict) and isinstance(new, dict):
                    details = sep.join(
                        f"{field_name(diff.section, k, lang)} "
                        f"{field_value(diff.section, k, old.get(k), lang)} → "
                        f"{field_value(diff.section, k, new.get(k), lang)}"
                        for k in new
                        if old.get(k) != new.get(k)
                    )
                elif what == "changed":
                    details = f"{show(old, lang)} → {show(new, lang)}"
                rows.append(ChangeRow(name, item, _WORDS[what][i], details))
    if len(rows) > limit:
        more = len(rows) - limit
        rows = rows[:limit] + [ChangeRow("", _WORDS["more"][i].format(more), "", "")]
    return rows
