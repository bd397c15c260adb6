"""Reading one cell of an imported workbook by its column kind; ValueError says why not.

The converters are pure functions of the cell value (what openpyxl returns in read-only,
data-only mode: str, int, float, bool, datetime or None).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from desktop.exchange.excel.excel_enums import ENUMS, enum_lookup
from desktop.exchange.excel.excel_layout import LIST_SPLIT, Column, norm
from desktop.models.fields import BY_KEY
from desktop.models.fields.parse import parse_field
from desktop.models.plan import PLACEHOLDER_DATE, PLACEHOLDER_NAME
from desktop.models.schedule_parse import parse_rule
from desktop.models.validate import (
    CONTROL,
    Invalid,
    clean_text,
    nfc,
    parse_date,
    parse_number,
    parse_whole,
    shown,
)

COLOR = re.compile(r"#[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]{2})?")
ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
CODE_BAD = re.compile(r"[、,，;；\s]")
DEFAULTS: dict[str, Any] = {
    "target_kind": "level",
    "direction": "up",
    "frequency": "monthly",
    "status": "open",
    "tolerance": 0.1,
    "color": "#4e79a7",
    "demo": "measured",
    "state": "done",
}


class Placeholder(ValueError):
    """A template placeholder (XXX, XXXX年XX月XX日) read as empty: a warning, not an error."""


def show(value: Any) -> str:
    text = value if isinstance(value, str) else str(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


def as_text(value: Any, limit: int) -> str:
    """A text cell (``models.validate.clean_text``); numbers, booleans and dates as text."""
    if value.__class__ is str and "_x" not in value and not CONTROL.search(value):
        text = nfc(value.strip())  # the usual case, kept short
        if len(text) > limit:
            raise Invalid("", "too_long", length=len(text), limit=limit)
        return text
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, datetime):
        text = (
            value.date().isoformat() if value.time() == datetime.min.time() else (value.isoformat())
        )
    else:
        text = str(value)
    if "_x" in text:  # Excel writes characters XML cannot hold as _xHHHH_
        text = ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    return clean_text(text, "", limit=limit)


def as_int(value: Any, low: int, high: int) -> int:
    """A whole number cell within ``low``–``high`` (no bound when ``high`` is 0)."""
    return parse_whole(value, "", low, high or None)


def as_float(value: Any) -> float:
    return parse_number(value, "", required=True)  # type: ignore[return-value]


def as_date(value: Any) -> date | None:
    if isinstance(value, str) and value.strip() == PLACEHOLDER_DATE:
        raise Placeholder(f"placeholder {value.strip()!r} read as empty")
    if not isinstance(value, str | date):
        raise Invalid("", "not_date", value=shown(value))
    return parse_date(value, "", required=True)


def converter(column: Column) -> Callable[[Any], Any]:
    """A function cell value -> stored value for ``column`` (None/"" for empty cells)."""
    kind, limit, nullable = column.kind, column.limit, column.nullable
    empty: Any = None if nullable else ""
    if kind in ("text", "team", "kpi", "code"):
        if kind in ("team", "kpi"):
            empty = None

        def text(value: Any) -> Any:
            out = as_text(value, limit if kind != "kpi" else 20)
            if kind == "code" and out and CODE_BAD.search(out):
                raise ValueError(f"code {show(out)} must not contain spaces, commas or 、")
            return out if out else empty

        return text
    if kind == "int":
        return lambda v: None if _blank(v) else as_int(v, column.low, column.high)
    if kind == "float":
        default = DEFAULTS.get(column.key) if not nullable else None
        return lambda v: default if _blank(v) else as_float(v)
    if kind == "date":
        return lambda v: None if _blank(v) else as_date(v)
    if kind == "money":
        return _money(column)
    if kind == "schedule":
        return lambda v: None if _blank(v) else _schedule(v)
    if kind == "codes":
        return lambda v: [] if _blank(v) else [c for c in LIST_SPLIT.split(as_text(v, 10_000)) if c]
    if kind == "color":
        return _color
    if kind.startswith("enum:"):
        return _enum(column, kind[5:])
    return lambda v: None  # ignore


def _money(column: Column) -> Callable[[Any], Any]:
    """An amount read as the field table's parser reads it (``HK$1,200``, 1200.5)."""
    entity = BY_KEY[column.entity]

    def read(value: Any) -> Any:
        if _blank(value):
            return None
        try:
            return parse_field(entity, column.key, value)
        except Invalid as exc:
            raise exc.relabel("") from None  # the problem alone: the column names the field

    return read


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _schedule(value: Any) -> dict[str, Any]:
    if not isinstance(value, str):
        raise ValueError(f"{show(value)} is not a schedule (e.g. 每月第一周, 每日, 每季度)")
    return dict(_rule(value))


@lru_cache(maxsize=4096)
def _rule(text: str) -> dict[str, Any]:
    return parse_rule(text).to_dict()


def _color(value: Any) -> str:
    if _blank(value):
        return DEFAULTS["color"]
    text = as_text(value, 9)
    if not COLOR.fullmatch(text):
        raise ValueError(f"{show(value)} is not a colour such as #4e79a7")
    return text


def _enum(column: Column, name: str) -> Callable[[Any], Any]:
    lookup = enum_lookup(name)
    default = None if column.nullable else DEFAULTS.get(column.key)
    choices = ", ".join(labels[0] for labels in ENUMS[name].values())

    def read(value: Any) -> Any:
        if _blank(value):
            if default is None and column.required:
                raise ValueError("is empty; one of: " + choices)
            return default
        key = lookup.get(norm(str(value)))
        if key is None:
            raise ValueError(f"{show(value)} is not one of: {choices}")
        return key

    return read


def person(value: Any, limit: int = 100) -> str:
    """A name on the cover; the XXX placeholder is read as empty (a Placeholder warning)."""
    text = as_text(value, limit)
    if text == PLACEHOLDER_NAME:
        raise Placeholder(f"placeholder {PLACEHOLDER_NAME!r} read as empty")
    return text
