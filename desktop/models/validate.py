"""Validation of values people type, shared by the editors, the command line and import."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .plan import PLACEHOLDER_DATE, PLACEHOLDER_NAME

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
LIMITS = {"title": 200, "organisation": 200, "compiler": 100, "reviewer": 100, "approver": 100}
MIN_YEAR, MAX_YEAR = 2000, 2100


def clean_text(
    value: str, field: str, *, limit: int = 10_000, required: bool = False, multiline: bool = True
) -> str:
    """Strip and NFC-normalise the text; refuse control and invisible characters (see
    ``CONTROL``), overlong or (when required) empty text."""
    problem = bad_character(value)
    if problem:
        raise ValueError(f"{field}: {problem}")
    value = nfc(value)
    if not multiline and ("\n" in value or "\r" in value):
        raise ValueError(f"{field}: must be a single line")
    value = value.strip()
    if required and not value:
        raise ValueError(f"{field}: must not be empty")
    if len(value) > limit:
        raise ValueError(f"{field}: is {len(value)} characters long; at most {limit} allowed")
    return value


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C (what PlanDesk stores), cheap when it already is."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def bad_character(text: str) -> str:
    """Why ``text`` is refused for a control or invisible character ("" if it is not)."""
    found = CONTROL.search(text)
    if found is None:
        return ""
    char = found.group()
    name = unicodedata.name(char, "")
    kind = (
        "a control character" if unicodedata.category(char) == "Cc" else ("an invisible character")
    )
    return (
        f"contains {kind} (U+{ord(char):04X}{' ' + name if name else ''}) at position "
        f"{found.start() + 1}"
    )


def parse_year(raw: str | int, field: str = "year") -> int:
    try:
        year = int(str(raw).strip())
    except ValueError:
        raise ValueError(f"{field}: {raw!r} is not a year (a whole number such as 2027)") from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"{field}: {year} is outside {MIN_YEAR}–{MAX_YEAR}")
    return year


def parse_date(raw: str, field: str) -> date | None:
    """An ISO date, or None for an empty value or the XXXX年XX月XX日 placeholder."""
    raw = raw.strip()
    if not raw or raw == PLACEHOLDER_DATE:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValueError(
            f"{field}: {raw!r} is not a date (use YYYY-MM-DD, e.g. 2027-01-15)"
        ) from None


def parse_whole(raw: str | int, field: str, low: int, high: int) -> int:
    try:
        value = int(str(raw).strip())
        if str(raw).strip() != str(value):
            raise ValueError
    except ValueError:
        raise ValueError(f"{field}: {raw!r} is not a whole number {low}–{high}") from None
    if not low <= value <= high:
        raise ValueError(f"{field}: {value} is not a whole number {low}–{high}")
    return value


def header_value(field: str, raw: str) -> str | int | date | None:
    """The stored value for a plan header field typed as text; ValueError says why not."""
    if field not in HEADER_FIELDS:
        raise ValueError(f"unknown field {field!r}; one of: {', '.join(HEADER_FIELDS)}")
    if field == "year":
        return parse_year(raw)
    if field == "compiled_on":
        return parse_date(raw, field)
    if field in ("compiler", "reviewer", "approver") and raw.strip() == PLACEHOLDER_NAME:
        return ""
    return clean_text(raw, field, limit=LIMITS[field], required=field == "title", multiline=False)
