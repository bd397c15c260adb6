"""The print and Word tables' columns read from the field table (``desktop.models.fields``):
a field with a ``print_share`` is a column, headed by its print label in the document's
language, its cells worded by kind (an amount of money as ``HK$12,000``).

A field added after the first content version that nobody filled in (empty in every row) is
left out, so a plan that does not use it prints as it did before the field existed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.models.fields import FIRST_CONTENT_VERSION, Entity, Field
from desktop.models.fields.parse import money_text
from desktop.models.schedule import ScheduleRule
from desktop.models.warnings import format_value

NUMBERS = ("money", "int", "float")


def value_of(item: Any, f: Field) -> Any:
    """The stored value of field ``f`` on ORM ``item`` (for a list of codes, the items)."""
    return getattr(item, f.key if f.kind == "codes" else f.attribute, None)


def printed_fields(entity: Entity, items: Sequence[Any]) -> tuple[Field, ...]:
    """The columns of ``entity``'s table for ``items``: its printed fields, less those added
    after the first content version that are empty in every item."""
    return tuple(
        f
        for f in entity.printed()
        if f.since <= FIRST_CONTENT_VERSION
        or any(not f.is_empty(value_of(item, f)) for item in items)
    )


def cell_text(f: Field, item: Any, lang: str, none: str) -> str:
    """The cell of field ``f`` for ``item``: text as stored, a team by its name, a schedule
    in words, items by code and title, numbers and amounts as people read them; an empty number
    is ``none``."""
    value = value_of(item, f)
    if f.is_empty(value):
        return none if f.kind in NUMBERS else ""
    if f.kind == "money":
        return money_text(value, lang)
    if f.kind == "team":  # stored as the team's id: the relationship beside it has the name
        team = getattr(item, f.attribute.removesuffix("_id"), None)
        return str(getattr(team, "name", "") or "")
    if f.kind == "schedule":
        return ScheduleRule.from_dict(value).text(lang)
    if f.kind == "codes":  # the items named: "T3.1 廣告策略制定、T3.2 廣告內容創作"
        return "、".join(f"{v.code} {getattr(v, 'title', '')}".strip() for v in value)
    if isinstance(value, float):
        return format_value(value, "")
    return str(value)


def headers(fields: Sequence[Field], lang: str) -> list[str]:
    return [f.print_header(lang) for f in fields]


def shares(fields: Sequence[Field]) -> list[float]:
    return [f.print_share for f in fields]
