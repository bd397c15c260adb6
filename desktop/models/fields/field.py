"""What a field is: one row of an entity's field table (see ``desktop/models/fields``).

A ``Field`` names everything PlanDesk needs to know of one value of an entity: its key (the
dump key, the workbook column key and, unless ``column`` says otherwise, the model attribute),
its kind and bounds, its labels in the three languages, whether it is signed content or
tracking data, the content version that introduced it, and its column in the workbook and in
the print and Word tables. An ``Entity`` is the ordered table of one kind of item.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# The kinds of value. The workbook layer reads them as its column kinds.
#   text       free text (single or several lines, from the model's column type)
#   code       an item code (T1, R3), single line, required
#   int        a whole number within ``low``-``high`` (a 1-5 score: ``SCORE``)
#   float      a number
#   money      an amount of money (HKD), 0 or more, two decimals
#   date       an ISO date
#   month      a month 1-12
#   bool       true / false
#   color      #rrggbb
#   schedule   a schedule rule, typed as a phrase (每月第二周)
#   team       a team's name (stored as the team's id in ``column``)
#   kpi        a KPI's code (stored as the KPI's id in ``column``)
#   codes      a list of codes (the KPIs a task serves, a milestone's subtasks)
#   enum:<e>   one of the stored values of enumeration ``e`` (labels in excel_enums)
#   items      a list of child items (tracking rows: done marks, notes, actuals)
#   derived    written for people to read, never read back (the risk score, schedule text)
KINDS = (
    "text",
    "code",
    "int",
    "float",
    "money",
    "date",
    "month",
    "bool",
    "color",
    "schedule",
    "team",
    "kpi",
    "codes",
    "items",
    "derived",
)
LANGS = ("zh_TW", "zh_CN", "en")
Words = tuple[str, str, str]  # (zh_TW, zh_CN, en), as operations.audit_words


def lang_index(lang: str) -> int:
    """0 zh_TW, 1 zh_CN, 2 en (en_US, zh-Hans and the like understood)."""
    key = lang.replace("-", "_")
    if key.startswith("en"):
        return 2
    return 1 if key in ("zh_CN", "zh_SG") or "Hans" in key else 0


@dataclass(frozen=True)
class Field:
    key: str
    zh_TW: str
    zh_CN: str
    en: str
    kind: str = "text"
    signed: bool = True  # signed content; False: tracking data (recorded all year)
    since: int = 1  # the content version that introduced the field
    required: bool = False
    nullable: bool = False  # an empty value is None (else "" for text)
    low: float | None = None
    high: float | None = None
    width: float = 14  # workbook column width in characters; 0: not a workbook column
    print_share: float = 0  # share of the print / Word table's width; 0: not a table column
    former: tuple[str, ...] = ()  # workbook headers used before a column was renamed
    column: str | None = None  # the model attribute when it is not ``key``
    audit: str = ""  # the English word in the history when not the label in lower case
    editable: bool = True  # shown in the entity's editor
    in_dump: bool = True  # False: a workbook-only column (the parent's code, a derived score)
    print_label: Words | None = None  # the print / Word table's header when not the label

    def __post_init__(self) -> None:
        base = self.kind.split(":", 1)[0] if self.kind.startswith("enum:") else self.kind
        if not self.kind.startswith("enum:") and base not in KINDS:
            raise ValueError(f"field {self.key!r}: unknown kind {self.kind!r}")

    @property
    def attribute(self) -> str:
        """The model attribute that stores the value."""
        return self.column or self.key

    @property
    def enum(self) -> str:
        """The enumeration's name for an ``enum:<name>`` field ("" otherwise)."""
        return self.kind.split(":", 1)[1] if self.kind.startswith("enum:") else ""

    @property
    def header(self) -> str:
        """The workbook header: ``繁體 (English)``."""
        return f"{self.zh_TW} ({self.en})"

    def label(self, lang: str) -> str:
        return (self.zh_TW, self.zh_CN, self.en)[lang_index(lang)]

    def print_header(self, lang: str) -> str:
        """The header of the field's column in the print and Word tables."""
        return (self.print_label or (self.zh_TW, self.zh_CN, self.en))[lang_index(lang)]

    @property
    def words(self) -> Words:
        """The history's words for the field: the labels, English in lower case."""
        return (self.zh_TW, self.zh_CN, self.audit or _lower_first(self.en))

    def empty(self) -> Any:
        """The value of a field nobody filled in."""
        if self.kind in ("codes", "items"):
            return []
        if self.kind == "bool":
            return False
        return None if self.nullable or self.kind not in ("text", "code") else ""

    def is_empty(self, value: Any) -> bool:
        return value is None or value == "" or value == [] or value is False


def _lower_first(text: str) -> str:
    """ "Expected result" -> "expected result"; "KPIs" stays."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


@dataclass(frozen=True)
class Entity:
    """The field table of one kind of item, in the order of the workbook's columns."""

    key: str  # the dump's (and workbook sheet's) key: "tasks", "risks", "plan"
    table: str  # the database table
    zh_TW: str
    zh_CN: str
    en: str
    fields: tuple[Field, ...] = field(default_factory=tuple)
    path: tuple[str, ...] = ()  # where the items are in the dump: ("goals", "kpis")

    def __post_init__(self) -> None:
        keys = [f.key for f in self.fields]
        if len(keys) != len(set(keys)):
            raise ValueError(f"entity {self.key!r}: a field key twice")

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def __getitem__(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(f"{self.key}.{key}")

    def __contains__(self, key: object) -> bool:
        return any(f.key == key for f in self.fields)

    def label(self, lang: str) -> str:
        return (self.zh_TW, self.zh_CN, self.en)[lang_index(lang)]

    @property
    def words(self) -> Words:
        return (self.zh_TW, self.zh_CN, _lower_first(self.en))

    def by_attribute(self, attribute: str) -> Field | None:
        """The field stored in model attribute ``attribute`` (``owner_team_id`` -> owner)."""
        return next((f for f in self.fields if f.attribute == attribute), None)

    def signed(self, version: int | None = None) -> tuple[Field, ...]:
        """The signed-content fields (of content ``version`` when given)."""
        return tuple(f for f in self.fields if f.signed and (version is None or f.since <= version))

    def tracking(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if not f.signed)

    def workbook(self) -> tuple[Field, ...]:
        """The fields that are workbook columns, in column order."""
        return tuple(f for f in self.fields if f.width)

    def printed(self) -> tuple[Field, ...]:
        """The fields that are columns of the print and Word tables, in order."""
        return tuple(f for f in self.fields if f.print_share)

    def editable(self) -> tuple[Field, ...]:
        """The fields the entity's editor shows, in order."""
        return tuple(f for f in self.fields if f.editable and f.kind not in ("items", "derived"))
