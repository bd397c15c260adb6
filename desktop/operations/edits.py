"""Generic edits of plan items, as ``apply(session, plan)`` functions for ``run``/``run_change``.

Every item kind has a plan-wide ``code`` and a ``position`` among its siblings. Every value is
checked here against the entity's field table (``field_values.checked_values``), whoever
built it; views run these through ``ctx.ops.run``, for example::

    ctx.ops.run(plan_id, "Edit risk R1", update_item(Risk, risk_id, {"likelihood": 4}),
                tables=("risk",))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Plan

from .field_values import checked_values

Apply = Callable[[Session, Plan], Any]


def _item(session: Session, plan: Plan, model: type, item_id: int) -> Any:
    item = session.get(model, item_id)
    owner = getattr(item, "plan_id", None)
    if owner is None and item is not None:  # children without a plan_id (e.g. actuals)
        owner = plan.id
    if item is None or owner != plan.id:
        raise LookupError(f"{model.__name__} #{item_id} is not in this plan (deleted?)")
    return item


def update_item(model: type, item_id: int, values: dict[str, Any]) -> Apply:
    """Set attributes (columns or relationships) of one item; each value is checked (and
    typed text parsed) by the entity's field table, ``Invalid`` refusing the whole change."""

    def apply(session: Session, plan: Plan) -> Any:
        item = _item(session, plan, model, item_id)
        for name, value in checked_values(model, values).items():
            if not hasattr(item, name):
                raise AttributeError(f"{model.__name__} has no field {name!r}")
            setattr(item, name, value)
        return item.id

    return apply


def _siblings(session: Session, model: type, item: Any, parent_attr: str | None) -> list[Any]:
    column = parent_attr or "plan_id"
    stmt = select(model).where(getattr(model, column) == getattr(item, column))
    return list(session.scalars(stmt.order_by(model.position, model.id)))


def add_item(
    model: type,
    values: dict[str, Any],
    *,
    parent_attr: str | None = None,
    after_id: int | None = None,
) -> Apply:
    """Insert an item (at the end, or after ``after_id``); returns its new id.

    ``parent_attr`` names the column that groups siblings (``task_id`` for subtasks);
    the default is the plan.
    """

    def apply(session: Session, plan: Plan) -> int:
        fields = checked_values(model, values)
        if "plan_id" in model.__table__.c:
            fields.setdefault("plan_id", plan.id)
        item = model(**fields)
        session.add(item)
        session.flush()
        siblings = [s for s in _siblings(session, model, item, parent_attr) if s is not item]
        index = len(siblings)
        if after_id is not None:
            index = next((i + 1 for i, s in enumerate(siblings) if s.id == after_id), index)
        siblings.insert(index, item)
        for position, sibling in enumerate(siblings):
            sibling.position = position
        session.flush()
        return item.id

    return apply


def remove_item(model: type, item_id: int, *, parent_attr: str | None = None) -> Apply:
    def apply(session: Session, plan: Plan) -> None:
        item = _item(session, plan, model, item_id)
        siblings = [s for s in _siblings(session, model, item, parent_attr) if s is not item]
        session.delete(item)
        for position, sibling in enumerate(siblings):
            if sibling.position != position:
                sibling.position = position

    return apply


def move_item(model: type, item_id: int, delta: int, *, parent_attr: str | None = None) -> Apply:
    """Move an item ``delta`` places among its siblings (clamped to the ends)."""

    def apply(session: Session, plan: Plan) -> None:
        item = _item(session, plan, model, item_id)
        siblings = _siblings(session, model, item, parent_attr)
        index = siblings.index(item)
        target = max(0, min(len(siblings) - 1, index + delta))
        siblings.insert(target, siblings.pop(index))
        for position, sibling in enumerate(siblings):
            if sibling.position != position:
                sibling.position = position

    return apply


def next_code(session: Session, model: type, plan_id: int, prefix: str) -> str:
    """The first free code ``prefix<N>`` among the plan's items of this kind."""
    codes = set(session.scalars(select(model.code).where(model.plan_id == plan_id)))
    n = 1
    while f"{prefix}{n}" in codes:
        n += 1
    return f"{prefix}{n}"
