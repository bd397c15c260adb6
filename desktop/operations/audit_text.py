"""Audit events in the plan's words and the UI language (Qt-free; the history view shows them).

An event records row changes (``changes.summarize``: table, id, old -> new columns, or the
whole row inserted/deleted). :func:`describe_event` turns one into what a reader of the plan
understands: the item's code and title instead of a table and an id, field labels instead of
column names, the schedule rule printed as words (每月第二周 → 每月第四周), team and KPI names
instead of ids, and "undone: …" / "redone: …" for undo and redo::

    names = audit_names(session, plan.id)
    line = describe_event(event, "zh_TW", names)   # AuditLine(time, who, action, changes)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Goal,
    Kpi,
    Milestone,
    OccurrenceNote,
    Risk,
    Subtask,
    Task,
    Team,
)
from desktop.models.fields import BY_TABLE, ENTITIES, Field
from desktop.models.fields.parse import money_text
from desktop.models.schedule import ScheduleRule

from .audit_words import (
    RISK_STATUS,
    Words,
    action_words,
    actor_words,
    pick,
    role_word,
    signoff_details,
    status_word,
)

# The words of tables and columns come from the field tables (``desktop.models.fields``):
# an entity's words name its table, a field's words its column (the attribute that stores it).
_LINK_TABLES: dict[str, Words] = {  # tables that are no entity of the field tables
    "task_kpi": ("任務指標", "任务指标", "task KPI link"),
    "occurrence_done": ("完成標記", "完成标记", "done mark"),
    "milestone_dependency": ("前置子任務", "前置子任务", "milestone dependency"),
}
TABLE_WORDS: dict[str, Words] = {e.table: e.words for e in ENTITIES} | _LINK_TABLES


def _is_parent(f: Field) -> bool:
    """The parent's code of a workbook row, stored as the parent's id (``task_id``)."""
    return f.kind == "code" and f.attribute.endswith("_id")


FIELD_WORDS: dict[str, dict[str, Words]] = {  # table -> column -> words
    e.table: {f.attribute: f.words for f in e.fields if not _is_parent(f)} for e in ENTITIES
}
OTHER_WORDS: dict[str, Words] = {  # columns that are no field: order, status, parents' ids
    "position": ("順序", "顺序", "position"),
    "status": ("狀態", "状态", "status"),
    "start": ("開始", "开始", "start"),
    "kpi_id": ("指標", "指标", "KPI"),
    "goal_id": ("目標", "目标", "goal"),
    "task_id": ("任務", "任务", "task"),
    "subtask_id": ("子任務", "子任务", "subtask"),
    "milestone_id": ("里程碑", "里程碑", "milestone"),
}

PHRASES: dict[str, Words] = {
    "undo": ("已撤銷：{0}", "已撤销：{0}", "undone: {0}"),
    "redo": ("已重做：{0}", "已重做：{0}", "redone: {0}"),
    "added": ("新增{0} {1}", "新增{0} {1}", "added {0} {1}"),
    "removed": ("刪除{0} {1}", "删除{0} {1}", "removed {0} {1}"),
    "changed": ("{0}：{1}", "{0}：{1}", "{0}: {1}"),
    "done": ("{0}：{1} 標記為完成", "{0}：{1} 标记为完成", "{0}: {1} marked done"),
    "not_done": ("{0}：{1} 取消完成", "{0}：{1} 取消完成", "{0}: {1} marked not done"),
    "note": ("{0} {1} 備註：{2}", "{0} {1} 备注：{2}", "note on {0} {1}: {2}"),
    "note_removed": ("{0} {1}：刪除備註", "{0} {1}：删除备注", "note on {0} {1} removed"),
    "note_problem": ("問題 {0}", "问题 {0}", "problem {0}"),
    "note_solution": ("解決方案 {0}", "解决方案 {0}", "solution {0}"),
    "report": (
        "產生{0}報告（{1}）",
        "生成{0}报告（{1}）",
        "{0} report produced ({1})",
    ),
    "actual": ("{0}：{1}月實績 {2}", "{0}：{1}月实绩 {2}", "{0}: actual for month {1} {2}"),
    "actual_of": ("{0}：{1}月實績", "{0}：{1}月实绩", "{0}: actual for month {1}"),
    "actual_removed": (
        "{0}：刪除{1}月實績",
        "{0}：删除{1}月实绩",
        "{0}: actual for month {1} removed",
    ),
    "moved": ("移動", "移动", "moved"),
    "empty": ("（空）", "（空）", "(empty)"),
    "yes": ("是", "是", "yes"),
    "no": ("否", "否", "no"),
    "more": ("（另 {0} 項）", "（另 {0} 项）", "(+{0} more)"),
    "status": ("狀態：{0} → {1}", "状态：{0} → {1}", "status: {0} → {1}"),
}

_ITEM_TABLES = {
    "team": Team,
    "goal": Goal,
    "kpi": Kpi,
    "task": Task,
    "subtask": Subtask,
    "milestone": Milestone,
    "risk": Risk,
}
_PARENT_OF = {
    "occurrence_done": ("subtask_id", "subtask"),
    "occurrence_note": ("subtask_id", "subtask"),
    "kpi_actual": ("kpi_id", "kpi"),
    "task_kpi": ("task_id", "task"),
    "milestone_dependency": ("milestone_id", "milestone"),
}
_ID_COLUMNS = {
    "owner_team_id": "team",
    "warning_kpi_id": "kpi",
    "kpi_id": "kpi",
    "goal_id": "goal",
    "task_id": "task",
    "subtask_id": "subtask",
}
_HIDDEN = {"id", "plan_id", "version", "uuid", "lineage"}
_MAX_ROWS = 4
_MAX_TEXT = 40


def word(words: Words, lang: str) -> str:
    return pick(words, lang)


def phrase(key: str, lang: str, *args: object) -> str:
    return word(PHRASES[key], lang).format(*args)


def field_label(table: str, column: str, lang: str) -> str:
    """The column as the plan's forms name it (``compiled_on`` -> 編制日期 / compile date)."""
    words = FIELD_WORDS.get(table, {}).get(column) or OTHER_WORDS.get(column)
    return word(words, lang) if words else column.replace("_", " ")


def _field(table: str, column: str) -> Field | None:
    entity = BY_TABLE.get(table)
    return entity.by_attribute(column) if entity is not None else None


@dataclass
class AuditNames:
    """What ids stand for: ``labels[(table, id)]`` = "T1.4 製作內容", team or KPI name."""

    labels: dict[tuple[str, int], str] = field(default_factory=dict)

    def label(self, table: str, row_id: Any) -> str | None:
        return self.labels.get((table, row_id)) if isinstance(row_id, int) else None


def audit_names(session: Session, plan_id: int) -> AuditNames:
    """The names of the plan's items today (rows changed since keep their recorded names)."""
    names = AuditNames()
    for table, model in _ITEM_TABLES.items():
        title = model.name if model in (Team, Kpi) else model.title  # type: ignore[attr-defined]
        code = model.code if model is not Team else None  # type: ignore[attr-defined]
        columns = [model.id, title] + ([code] if code is not None else [])
        for row in session.execute(select(*columns).where(model.plan_id == plan_id)):
            names.labels[(table, row[0])] = _item_text(row[2] if len(row) > 2 else "", row[1])
    notes = select(OccurrenceNote.id, Subtask.code, OccurrenceNote.start).join(Subtask)
    for note_id, code, start in session.execute(notes.where(Subtask.plan_id == plan_id)):
        names.labels[("occurrence_note", note_id)] = f"{code} {start.isoformat()}"
    return names


def _note_text(data: Mapping[str, Any], lang: str) -> str:
    """ "problem …; solution …" of a note row (or of the columns an update changed)."""
    parts = [
        phrase(f"note_{column}", lang, show_value(column, data[column], lang, AuditNames()))
        for column in ("problem", "solution")
        if column in data
    ]
    return ("；" if lang != "en" else "; ").join(parts)


def _item_text(code: Any, title: Any) -> str:
    return " ".join(str(p) for p in (code, title) if p not in (None, ""))


def _row_label(table: str, row: Mapping[str, Any] | None, row_id: Any, names: AuditNames) -> str:
    if row is not None and ("code" in row or "title" in row or "name" in row):
        return _item_text(row.get("code"), row.get("title") or row.get("name") or row.get("item"))
    return names.label(table, row_id) or f"#{row_id}"


def show_value(column: str, value: Any, lang: str, names: AuditNames, *, table: str = "") -> str:
    """One value as the plan shows it: rule in words, team name, yes/no, a status in words,
    80 rather than 80.0, shortened text."""
    if value is None or value == "":
        return phrase("empty", lang)
    if column == "status":
        if table == "risk" and str(value) in RISK_STATUS:
            return word(RISK_STATUS[str(value)], lang)
        return status_word(value, lang)
    f = _field(table, column)
    if f is not None and f.kind == "money" and isinstance(value, int | float):
        return money_text(value, lang)
    if isinstance(value, float) and not isinstance(value, bool):
        return f"{value:.10g}"
    if column == "schedule" and isinstance(value, dict):
        try:
            return ScheduleRule.from_dict(value).text(lang)
        except (ValueError, TypeError):
            return str(value)
    if column in _ID_COLUMNS:
        return names.label(_ID_COLUMNS[column], value) or f"#{value}"
    if isinstance(value, bool):
        return phrase("yes" if value else "no", lang)
    text = " ".join(str(value).split())
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def describe_row(row: Mapping[str, Any], lang: str, names: AuditNames) -> str:
    """One row change of ``changes.summarize`` in words."""
    table, op, row_id = str(row.get("table")), row.get("op"), row.get("id")
    data = row.get("row") if isinstance(row.get("row"), dict) else None
    if table in _PARENT_OF and data is not None:
        column, parent = _PARENT_OF[table]
        owner = names.label(parent, data.get(column)) or f"#{data.get(column)}"
        if table == "occurrence_done":
            return phrase("done" if op == "insert" else "not_done", lang, owner, data.get("start"))
        if table == "occurrence_note":
            code = owner.split(" ")[0]
            if op == "delete":
                return phrase("note_removed", lang, code, data.get("start"))
            return phrase("note", lang, code, data.get("start"), _note_text(data, lang))
        if table == "kpi_actual":
            if op == "delete":
                return phrase("actual_removed", lang, owner, data.get("month"))
            return phrase(
                "actual",
                lang,
                owner,
                data.get("month"),
                show_value("value", data.get("value"), lang, names),
            )
    kind = word(TABLE_WORDS.get(table, (table, table, table)), lang)
    if op in ("insert", "delete"):
        return phrase(
            "added" if op == "insert" else "removed",
            lang,
            kind,
            _row_label(table, data, row_id, names),
        ).strip()
    old, new = row.get("old") or {}, row.get("new") or {}
    if table == "occurrence_note":
        code, _, start = (names.label(table, row_id) or f"#{row_id}").partition(" ")
        return phrase("note", lang, code, start, _note_text(new, lang)).replace("  ", " ")
    key = row.get("key") if isinstance(row.get("key"), dict) else {}
    if table == "kpi_actual" and key.get("kpi_id") is not None:
        owner = names.label("kpi", key.get("kpi_id")) or f"#{key.get('kpi_id')}"
        subject = phrase("actual_of", lang, owner, key.get("month"))
    elif table == "plan" or table in _PARENT_OF:
        subject = kind
    else:
        subject = row.get("item") or names.label(table, row_id) or f"{kind} #{row_id}"
    parts = []
    for column in new:
        if column == "position":
            parts.append(phrase("moved", lang))
            continue
        parts.append(
            f"{field_label(table, column, lang)} "
            f"{show_value(column, old.get(column), lang, names, table=table)}"
            f" → {show_value(column, new.get(column), lang, names, table=table)}"
        )
    return phrase("changed", lang, subject, "、".join(parts) if lang != "en" else "; ".join(parts))


def describe_changes(changes: Any, lang: str, names: AuditNames) -> str:
    """An event's ``changes`` (row changes or a status transition) in words."""
    if not isinstance(changes, dict):
        return ""
    report = changes.get("report")
    if isinstance(report, dict):
        return phrase("report", lang, report.get("period"), report.get("format"))
    rows = changes.get("rows")
    if not isinstance(rows, list):
        if isinstance(changes.get("external"), list):  # sign-offs typed on a workbook's cover
            return "、".join(
                f"{role_word(e.get('role'), lang)} {e.get('signer', '')}".strip()
                for e in changes["external"]
                if isinstance(e, dict)
            )
        return signoff_details(changes, lang)
    texts = [describe_row(r, lang, names) for r in rows[:_MAX_ROWS] if isinstance(r, dict)]
    if len(rows) > _MAX_ROWS:
        texts.append(phrase("more", lang, len(rows) - _MAX_ROWS))
    return "；".join(texts) if lang != "en" else "; ".join(texts)


def inverted(changes: Any) -> Any:
    """The change set of an undo: inserts become deletes, old and new swap."""
    if not isinstance(changes, dict) or not isinstance(changes.get("rows"), list):
        return changes
    flip = {"insert": "delete", "delete": "insert"}
    rows = []
    for row in changes["rows"]:
        if not isinstance(row, dict):
            continue
        row = dict(row)
        if row.get("op") == "update":
            row["old"], row["new"] = row.get("new"), row.get("old")
        else:
            row["op"] = flip.get(row.get("op"), row.get("op"))
        rows.append(row)
    return {**changes, "rows": rows}


def describe_action(action: str, lang: str) -> str:
    """The action as recorded, in the UI language where it was recorded in English, with
    undo/redo said as "undone: …" / "已撤銷：…"."""
    for verb in ("undo", "redo"):
        if action.startswith(f"{verb}: "):
            return phrase(verb, lang, action_words(action[len(verb) + 2 :], lang))
    return action_words(action, lang)


@dataclass(frozen=True)
class AuditLine:
    time: str
    who: str
    action: str
    changes: str


def describe_event(
    event: Any, lang: str, names: AuditNames, people: set[str] | None = None
) -> AuditLine:
    """An ``AuditEvent`` as one line of the history (time as UTC ``YYYY-MM-DD HH:MM``); given
    the workspace's ``people``, an actor who is none of them is shown as a computer login."""
    at = event.at.strftime("%Y-%m-%d %H:%M") if event.at is not None else ""
    changes = inverted(event.changes) if event.action.startswith("undo: ") else event.changes
    return AuditLine(
        at,
        actor_words(event.actor or "", people, lang),
        describe_action(event.action, lang),
        describe_changes(changes, lang, names),
    )
