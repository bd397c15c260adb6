"""The print and Word tables' columns read from the field table (``desktop.models.fields``):
a field with a ``print_share`` is a column, headed by its print label in the document's
language, its cells worded by kind (an amount of money as ``HK$12,000``).

An optional field nobody filled in (empty in every row) is left out, so a plan that does not
use a field added later prints as it did before the field existed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.models.fields import Entity, Field
from desktop.models.fields.parse import money_text
from desktop.models.warnings import format_value


def value_of(item: Any, f: Field) -> Any:
    """The stored value of field ``f`` on ORM ``item``."""
    return getattr(item, f.attribute, None)


def printed_fields(entity: Entity, items: Sequence[Any]) -> tuple[Field, ...]:
    """The columns of ``entity``'s table for ``items``: its printed fields, less the optional
    ones that are empty in every item."""
    return tuple(
        f
        for f in entity.printed()
        if not f.nullable or any(not f.is_empty(value_of(item, f)) for item in items)
    )


def cell_text(f: Field, item: Any, lang: str, none: str) -> str:
    """The cell of field ``f`` for ``item``: text as stored, numbers and amounts as people
    read them, ``none`` for an empty optional value."""
    value = value_of(item, f)
    if f.is_empty(value):
        return none if f.nullable else ""
    if f.kind == "money":
        return money_text(value, lang)
    if isinstance(value, float):
        return format_value(value, "")
    return str(value)


def headers(fields: Sequence[Field], lang: str) -> list[str]:
    return [f.print_header(lang) for f in fields]


def shares(fields: Sequence[Field]) -> list[float]:
    return [f.print_share for f in fields]
