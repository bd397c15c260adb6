"""A value typed by a person (an editor cell, a command-line option, a workbook cell) checked
against its field: the stored value, or ``Invalid`` naming the field and the problem.

Text limits and single- or several-line text come from the model's column type
(``validate.limit_of``). References (a team's name, a KPI's code, a list of codes) are only
cleaned here: the operation that stores them resolves them in the plan.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.models.base import Base
from desktop.models.validate import (
    TEXT_LIMIT,
    Invalid,
    clean_text,
    parse_date,
    parse_number,
    parse_schedule,
    parse_whole,
)

from .field import Entity, Field

_CURRENCY = re.compile(r"^\s*(?:HK\$|HKD|\$|港幣|港元)\s*|\s*(?:HKD|港幣|港元|元)\s*$", re.I)
_LIST_SPLIT = re.compile(r"\s*[、,，;；]\s*")


def _limit(entity: Entity, f: Field) -> tuple[int, bool]:
    """(length limit, several lines allowed) of ``f``'s column."""
    table = Base.metadata.tables.get(entity.table)
    column = table.c.get(f.attribute) if table is not None else None
    length = getattr(column.type, "length", None) if column is not None else None
    return (int(length), False) if length else (TEXT_LIMIT, True)


def money_text(value: float | None, lang: str = "en") -> str:
    """An amount as people read it: ``HK$12,000`` / ``HK$1,234.50``; "" when empty."""
    if value is None:
        return ""
    text = f"{value:,.2f}"
    if text.endswith(".00"):
        text = text[:-3]
    return f"HK${text}"


def parse_field(entity: Entity, key: str, raw: Any) -> Any:
    """The stored value of ``entity``'s field ``key`` for ``raw``; ``Invalid`` says why not."""
    f = entity[key]
    name = f"{entity.key}.{f.key}"
    if f.kind in ("text", "code"):
        limit, multiline = _limit(entity, f)
        text = clean_text(
            "" if raw is None else str(raw),
            name,
            limit=limit,
            required=f.required,
            multiline=multiline and f.kind == "text",
        )
        return None if f.nullable and not text else text
    if f.kind in ("int", "month"):
        low = int(f.low) if f.low is not None else 0
        high = int(f.high) if f.high is not None else None
        if raw is None or str(raw).strip() in ("", "—"):
            if f.required:
                raise Invalid(name, "whole_required", low=low, high=high)
            return None
        return parse_whole(raw, name, low, high)
    if f.kind == "float":
        return parse_number(raw, name, required=f.required, low=f.low, high=f.high)
    if f.kind == "money":
        text = raw if not isinstance(raw, str) else _CURRENCY.sub("", raw)
        value = parse_number(text, name, required=f.required, low=f.low, high=f.high)
        return None if value is None else round(value, 2)
    if f.kind == "date":
        return parse_date(raw, name, required=f.required)
    if f.kind == "schedule":
        return parse_schedule(raw, name, required=f.required)
    if f.kind == "bool":
        return bool(raw)
    if f.kind == "codes":
        items = raw if isinstance(raw, list | tuple) else _LIST_SPLIT.split(str(raw or ""))
        return [
            clean_text(str(c), name, limit=20, multiline=False) for c in items if str(c).strip()
        ]
    if f.kind in ("team", "kpi", "color") or f.enum:
        text = clean_text("" if raw is None else str(raw), name, limit=200, multiline=False)
        return text or (None if f.nullable else "")
    writable = ", ".join(x.key for x in entity.editable())
    raise Invalid(name, "unknown_field", value=f.key, choices=writable)
