"""The tooltip of a task's row on the board: the task's fields from the field table
(``TASKS.editable()``), each with its label in the UI language, empty ones left out; an
amount of money as ``HK$12,000``. Read with the board (``TaskBoard.reload``), kept as text."""

from __future__ import annotations

from html import escape
from typing import Any

from desktop.models.fields import TASKS, Field, lang_index
from desktop.models.fields.parse import money_text
from desktop.models.warnings import format_value

MAX_TEXT = 240  # characters of a long text shown in a tooltip


def field_text(item: Any, f: Field, lang: str) -> str:
    """Field ``f`` of ORM ``item`` in words ("" when empty)."""
    value = getattr(item, f.key, None) if f.kind == "codes" else getattr(item, f.attribute, None)
    if f.is_empty(value):
        return ""
    if f.kind == "money":
        return money_text(value, lang)
    if f.kind == "codes":
        return "、".join(str(getattr(v, "code", v)) for v in value)
    if isinstance(value, float):
        return format_value(value, "")
    text = str(value)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def task_tip(task: Any, lang: str) -> str:
    """Rich text (word-wrapped by Qt): the code and title, then one line per filled field."""
    colon = ": " if lang_index(lang) == 2 else "："
    lines = [f"<b>{escape(f'{task.code} {task.title}'.strip())}</b>"]
    for f in TASKS.editable():
        if f.key in ("code", "title"):
            continue
        text = field_text(task, f, lang)
        if text:
            value = escape(text).replace("\n", "<br>")
            lines.append(f"<b>{escape(f.label(lang))}</b>{colon}{value}")
    return "<qt>" + "<br>".join(lines) + "</qt>"


def task_tips(plan: Any, lang: str) -> dict[int, str]:
    """Task id -> its row's tooltip, for every task of ORM ``plan`` (None: no plan)."""
    return {} if plan is None else {task.id: task_tip(task, lang) for task in plan.tasks}
