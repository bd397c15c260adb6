"""Validation of values people type, shared by the editors, the command line and import.

Every refusal is an ``Invalid`` (a ValueError) carrying the field, a message key and its
parameters; ``Invalid.message(lang)`` words it in the UI language at the edge, as
``checks.Finding.message`` does (the table is in ``validate_messages.py``). ``str()`` of an
``Invalid`` is the English message, so the command line and import print what they always did.
Text length limits come from the entity's column types (``String(n)``), see ``limit_of``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from .fields.common import SCORE_HIGH, SCORE_LOW  # the one place the 1–5 range is typed
from .plan import PLACEHOLDER_DATE, PLACEHOLDER_NAME, Plan
from .refusal import Invalid, WordedError  # noqa: F401 - raised here, re-exported
from .schedule_parse import parse_rule

if TYPE_CHECKING:
    from .base import Base

# Characters refused in anything people type: C0/C1 controls (tab and newlines aside), and
# the invisible ones that make look-alikes or reorder text (bidi controls, zero-width
# characters, word joiners, soft hyphen, fillers, tag characters): "王五" with a zero-width
# space in it is not 王五, and a right-to-left override shows text other than it is.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2028\u2029\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e007f"
)
CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{INVISIBLE}]")
HEADER_FIELDS = ("title", "year", "organisation", "compiler", "reviewer", "approver", "compiled_on")
MIN_YEAR, MAX_YEAR = 2000, 2100
TEXT_LIMIT = 10_000  # a Text column (descriptions, measures)
SCORES = range(SCORE_LOW, SCORE_HIGH + 1)
_THRESHOLD = re.compile(r"^\s*([<>＜＞])\s*([-+]?\d+(?:\.\d+)?)\s*[%％]?\s*$")


def shown(value: Any) -> str:
    """A refused value as a message shows it: text, at most 40 characters."""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def limit_of(entity: type[Base], column: str) -> int:
    """The length limit of ``entity.column``: its ``String(n)``, else ``TEXT_LIMIT``."""
    length = getattr(entity.__table__.c[column].type, "length", None)
    return int(length) if length else TEXT_LIMIT


def is_multiline(entity: type[Base], column: str) -> bool:
    """A Text column holds several lines; a String(n) column one."""
    return getattr(entity.__table__.c[column].type, "length", None) is None


# ----- text ------------------------------------------------------------------------------------
def nfc(text: str) -> str:
    """``text`` in Unicode normal form C (what PlanDesk stores), cheap when it already is."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def check_characters(text: str, field: str = "") -> None:
    """Refuse a control or invisible character (see ``CONTROL``), naming it and where."""
    found = CONTROL.search(text)
    if found is None:
        return
    char = found.group()
    name = unicodedata.name(char, "")
    key = "control_char" if unicodedata.category(char) == "Cc" else "invisible_char"
    raise Invalid(
        field, key, code=f"{ord(char):04X}", name=f" {name}" if name else "", pos=found.start() + 1
    )


def bad_character(text: str) -> str:
    """Why ``text`` is refused for a control or invisible character ("" if it is not)."""
    try:
        check_characters(text)
    except Invalid as exc:
        return str(exc)
    return ""


def clean_text(
    value: str,
    field: str,
    *,
    limit: int = TEXT_LIMIT,
    required: bool = False,
    multiline: bool = True,
) -> str:
    """Strip and NFC-normalise the text; refuse control and invisible characters (see
    ``CONTROL``), overlong or (when required) empty text."""
    check_characters(value, field)
    value = nfc(value)
    if not multiline and ("\n" in value or "\r" in value):
        raise Invalid(field, "single_line")
    value = value.strip()
    if required and not value:
        raise Invalid(field, "empty")
    if len(value) > limit:
        raise Invalid(field, "too_long", length=len(value), limit=limit)
    return value


def entity_text(
    entity: type, column: str, raw: Any, field: str | None = None, *, required: bool = False
) -> str:
    """Text for ``entity.column``: its limit and single/multi-line from the column type."""
    text = "" if raw is None else str(raw)
    return clean_text(
        text,
        column if field is None else field,
        limit=limit_of(entity, column),
        required=required,
        multiline=is_multiline(entity, column),
    )


# ----- numbers ---------------------------------------------------------------------------------
def parse_year(raw: str | int, field: str = "year") -> int:
    try:
        year = int(str(raw).strip())
    except ValueError:
        raise Invalid(field, "not_year", value=shown(raw)) from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Invalid(field, "year_range", value=year, low=MIN_YEAR, high=MAX_YEAR)
    return year


def parse_whole(raw: Any, field: str, low: int, high: int | None) -> int:
    """A whole number (text, int or an integral float); ``high`` None: any size."""
    key, span = ("not_whole", {"low": low, "high": high}) if high else ("not_whole_any", {})
    number: Any = raw
    if isinstance(raw, str):
        text = raw.strip()
        try:
            number = int(text)
        except ValueError:
            raise Invalid(field, key, value=shown(raw), **span) from None
    elif isinstance(raw, float) and raw.is_integer():
        number = int(raw)
    if isinstance(number, bool) or not isinstance(number, int):
        raise Invalid(field, key, value=shown(raw), **span)
    if high and not low <= number <= high:
        raise Invalid(field, "whole_range", value=number, low=low, high=high)
    return number


def parse_score(raw: Any, field: str) -> int | None:
    """A risk likelihood / impact 1–5; None for an empty cell ("" or —)."""
    if raw is None or str(raw).strip() in ("", "—"):
        return None
    return parse_whole(raw, field, SCORE_LOW, SCORE_HIGH)


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def parse_number(
    raw: Any,
    field: str,
    *,
    required: bool = False,
    low: float | None = None,
    high: float | None = None,
) -> float | None:
    """A number typed by a person ("1,200", " 3.5 ", "80%") or read from a cell; None for
    empty text unless ``required``; within ``low``–``high`` when given."""
    if isinstance(raw, bool):
        raise Invalid(field, "not_number", value=shown(raw))
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = ("" if raw is None else str(raw)).strip().replace(",", "").replace("，", "")
        if text.endswith(("%", "％")):
            text = text[:-1].strip()
        if not text:
            if required:
                raise Invalid(field, "number_required")
            return None
        try:
            value = float(text)
        except ValueError:
            raise Invalid(field, "not_number", value=shown(raw)) from None
    if math.isnan(value) or math.isinf(value):
        raise Invalid(field, "not_finite", value=shown(raw))
    if (low is not None and value < low) or (high is not None and value > high):
        raise Invalid(
            field,
            "number_range",
            value=format_number(value),
            low=format_number(low),
            high=format_number(high),
        )
    return value


def parse_threshold(raw: Any, field: str = "threshold") -> tuple[str | None, float | None]:
    """``"< 85"`` -> ("<", 85.0); empty text -> (None, None)."""
    text = "" if raw is None else str(raw)
    if not text.strip():
        return None, None
    match = _THRESHOLD.match(text)
    if match is None:
        raise Invalid(field, "not_threshold", value=shown(text.strip()))
    op = {"＜": "<", "＞": ">"}.get(match.group(1), match.group(1))
    return op, float(match.group(2))


# ----- dates, schedules, choices ---------------------------------------------------------------
def parse_date(raw: Any, field: str, *, required: bool = False) -> date | None:
    """An ISO date (or a date), None for an empty value or the XXXX年XX月XX日 placeholder."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = "" if raw is None else str(raw).strip()
    if not text or text == PLACEHOLDER_DATE:
        if required:
            raise Invalid(field, "date_required")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid(field, "not_date", value=shown(text)) from None


def parse_schedule(raw: Any, field: str, *, required: bool = False) -> dict[str, Any] | None:
    """A schedule phrase (每月第二周, every day …) as the stored rule; None for empty text."""
    text = "" if raw is None else str(raw).strip()
    if not text:
        if required:
            raise Invalid(field, "schedule_required")
        return None
    check_characters(text, field)
    try:
        return parse_rule(text).to_dict()
    except ValueError as exc:
        reason = getattr(exc, "reason", str(exc))
        raise Invalid(field, "not_schedule", value=shown(text), reason=reason) from None


def parse_choice(raw: Any, choices: Any, field: str) -> Any:
    """``raw`` when it is one of ``choices`` (the stored values)."""
    if raw not in list(choices):
        raise Invalid(field, "not_choice")
    return raw


# ----- the plan header -------------------------------------------------------------------------
def header_value(field: str, raw: str) -> str | int | date | None:
    """The stored value for a plan header field typed as text; Invalid says why not."""
    if field not in HEADER_FIELDS:
        raise Invalid("", "unknown_field", value=field, choices=", ".join(HEADER_FIELDS))
    if field == "year":
        return parse_year(raw)
    if field == "compiled_on":
        return parse_date(raw, field)
    if field in ("compiler", "reviewer", "approver") and raw.strip() == PLACEHOLDER_NAME:
        return ""
    return entity_text(Plan, field, raw, required=field == "title")
