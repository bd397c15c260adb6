"""The one check of a value before an operation stores it: the field table's parser.

``checked_values(model, values)`` runs every value given for a model attribute through
``fields.parse.parse_field`` of the entity of the model's table (``fields.BY_TABLE``, the field
found by attribute), so whoever calls ``update_item`` or ``add_item`` (a screen, the command
line, a test, a script) cannot store an out-of-range number, an over-long text or text with
control characters. Text typed by a person is parsed as well ("12,000", "HK$1,200.50",
"每月第二周"); an ``Invalid`` names the field (``"tasks.<key>"``, worded from the table).

References pass as they are stored: a team, KPI or parent as its id (the operation checks it
belongs to the plan), a list of links as the relationship's items, a schedule as the stored
rule (a dict) or as a phrase. Attributes that are no field (position, ids) pass unchanged.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from desktop.models.fields import BY_TABLE, Entity, Field
from desktop.models.fields.parse import parse_field
from desktop.models.schedule import ScheduleRule
from desktop.models.validate import Invalid

# kinds whose stored value is not what a person types (child rows, derived text)
_AS_STORED = ("items", "derived")


def entity_of(model: type) -> Entity | None:
    """The field table of a model class (None for link tables such as ``task_kpi``)."""
    return BY_TABLE.get(getattr(model, "__tablename__", ""))


def _is_reference(f: Field) -> bool:
    """A field stored as another row's id (owner team, warning KPI, parent item)."""
    return bool(f.column) and f.attribute.endswith("_id")


def checked_value(entity: Entity, f: Field, value: Any) -> Any:
    """``value`` for ``f`` as it is stored; ``Invalid`` when the table refuses it."""
    name = f"{entity.key}.{f.key}"
    if _is_reference(f):
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise Invalid(name, "not_number", value=str(value))
    if f.kind in _AS_STORED or (f.kind == "codes" and f.column):
        return value  # relationship items
    if f.kind == "schedule" and isinstance(value, dict):
        try:
            ScheduleRule.from_dict(value)
        except (ValueError, TypeError, KeyError) as exc:
            raise Invalid(name, "not_schedule", value=str(value)[:40], reason=str(exc)) from None
        return value
    if f.enum:
        if isinstance(value, Enum):
            value = value.value
        if not isinstance(value, str):
            return value  # stored as a flag or a number (a KPI actual's data kind)
    return parse_field(entity, f.key, value)


def checked_values(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (model attribute -> value) with every field's value checked and parsed."""
    entity = entity_of(model)
    if entity is None:
        return dict(values)
    out: dict[str, Any] = {}
    for attribute, value in values.items():
        f = entity.by_attribute(attribute)
        out[attribute] = value if f is None else checked_value(entity, f, value)
    return out
