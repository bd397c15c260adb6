"""Plan edits beyond ``edits.py``: header, texts, actuals blocks, task-KPI links, codes.

Each function returns an ``apply(session, plan)`` for ``ctx.ops.run``/``run_change``;
values are validated again here, so nothing invalid is stored whoever calls::

    ctx.ops.run(plan_id, "Paste actuals", set_actuals_block(cells), tables=TABLES_ACTUALS)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Goal, Kpi, KpiActual, Plan, Task, TaskKpi
from desktop.models.validate import HEADER_FIELDS, Invalid, clean_text, entity_text, header_value

from .edits import Apply, add_item, next_code, update_item

TEXT_FIELDS = ("introduction", "summary", "outlook")
TABLES_PLAN = ("plan",)
TABLES_ACTUALS = ("kpi_actual",)
TABLES_LINKS = ("task_kpi",)
TABLES_TASK = ("task", "task_kpi")

Cell = tuple[int, int, float | None]  # kpi id, month 1-12, value (None clears)


def set_header(values: dict[str, str]) -> Apply:
    """Set header fields from typed text (``header_value`` validates each)."""
    parsed = {name: header_value(name, raw) for name, raw in values.items()}

    def apply(session: Session, plan: Plan) -> None:
        for name, value in parsed.items():
            if name not in HEADER_FIELDS:
                raise ValueError(f"unknown header field {name!r}")
            setattr(plan, name, value)

    return apply


def set_text(field: str, text: str) -> Apply:
    """Set one of the free-text sections (introduction, summary, outlook)."""
    if field not in TEXT_FIELDS:
        raise ValueError(f"unknown text section {field!r}")
    value = clean_text(text.replace("\r\n", "\n"), field, limit=100_000)

    def apply(session: Session, plan: Plan) -> None:
        setattr(plan, field, value)

    return apply


def _check_value(kpi_id: int, month: int, value: float | None) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is outside 1–12")
    if value is not None and (not isinstance(value, int | float) or not math.isfinite(value)):
        raise ValueError(f"KPI #{kpi_id} month {month}: {value!r} is not a number")


def set_actuals_block(cells: Iterable[Cell]) -> Apply:
    """Set (or clear, value None) monthly actuals of the plan's KPIs in one change."""
    cells = list(cells)
    for kpi_id, month, value in cells:
        _check_value(kpi_id, month, value)

    def apply(session: Session, plan: Plan) -> int:
        kpi_ids = {c[0] for c in cells}
        owned = set(
            session.scalars(select(Kpi.id).where(Kpi.plan_id == plan.id, Kpi.id.in_(kpi_ids)))
        )
        if kpi_ids - owned:
            raise LookupError(f"KPI #{min(kpi_ids - owned)} is not in this plan (deleted?)")
        existing = {
            (a.kpi_id, a.month): a
            for a in session.scalars(select(KpiActual).where(KpiActual.kpi_id.in_(kpi_ids)))
        }
        count = 0
        for kpi_id, month, value in cells:
            actual = existing.get((kpi_id, month))
            if value is None:
                if actual is not None:
                    session.delete(actual)
                    existing.pop((kpi_id, month))
                    count += 1
            elif actual is None:
                existing[(kpi_id, month)] = KpiActual(kpi_id=kpi_id, month=month, value=value)
                session.add(existing[(kpi_id, month)])
                count += 1
            elif actual.value != value or actual.demo:
                actual.value = float(value)
                _measured(actual)
                count += 1
        return count

    return apply


def _measured(actual: KpiActual) -> None:
    """A value typed or pasted over a demo value is measured: drop the demo marks."""
    if actual.demo:
        from .kpi_demo import DEMO_NOTE, DEMO_SOURCE

        actual.demo = False
        if actual.source == DEMO_SOURCE:
            actual.source = ""
        if actual.note == DEMO_NOTE:
            actual.note = ""


def set_task_kpi(task_id: int, kpi_id: int, linked: bool) -> Apply:
    """Link a task to a KPI it serves (appended last), or unlink it."""

    def apply(session: Session, plan: Plan) -> None:
        task, kpi = session.get(Task, task_id), session.get(Kpi, kpi_id)
        if task is None or task.plan_id != plan.id or kpi is None or kpi.plan_id != plan.id:
            raise LookupError("the task or KPI is not in this plan (deleted?)")
        link = next((lk for lk in task.kpi_links if lk.kpi_id == kpi_id), None)
        if linked and link is None:
            task.kpi_links.append(TaskKpi(kpi_id=kpi_id, position=len(task.kpi_links)))
        elif not linked and link is not None:
            task.kpi_links.remove(link)
            for position, other in enumerate(task.kpi_links):
                other.position = position

    return apply


def edit_task(task_id: int, values: dict[str, Any], kpi_ids: list[int] | None = None) -> Apply:
    """One change of a task from its editor: ``values`` by model attribute, as typed (the
    field table checks and parses each, ``update_fields``), and the KPIs it serves when given
    (links kept in their order, new ones appended, ``set_task_kpi``)."""
    update = update_fields(Task, task_id, values) if values else None

    def apply(session: Session, plan: Plan) -> int:
        if update is not None:
            update(session, plan)
        if kpi_ids is not None:
            task = session.get(Task, task_id)
            linked = [link.kpi_id for link in task.kpi_links] if task is not None else []
            for kpi_id in linked:
                if kpi_id not in kpi_ids:
                    set_task_kpi(task_id, kpi_id, False)(session, plan)
            for kpi_id in kpi_ids:
                if kpi_id not in linked:
                    set_task_kpi(task_id, kpi_id, True)(session, plan)
        return task_id

    return apply


def _check_code(session: Session, model: type, plan: Plan, item_id: int | None, code: str) -> None:
    code = entity_text(model, "code", code, required=True)
    clash = session.scalars(
        select(model.id).where(
            model.plan_id == plan.id, model.code == code, model.id != (item_id or -1)
        )
    ).first()
    if clash is not None:
        raise Invalid("code", "code_used", value=code)


def update_fields(model: type, item_id: int, values: dict[str, Any]) -> Apply:
    """``update_item`` that refuses a code used by another item of the same kind."""
    inner = update_item(model, item_id, values)

    def apply(session: Session, plan: Plan) -> Any:
        if "code" in values:
            _check_code(session, model, plan, item_id, values["code"])
        return inner(session, plan)

    return apply


def add_coded(
    model: type,
    prefix: str,
    values: dict[str, Any],
    *,
    parent_attr: str | None = None,
    after_id: int | None = None,
) -> Apply:
    """Add an item with the first free code ``prefix<N>``; returns its id."""

    def apply(session: Session, plan: Plan) -> int:
        code = next_code(session, model, plan.id, prefix)
        return add_item(model, values | {"code": code}, parent_attr=parent_attr, after_id=after_id)(
            session, plan
        )

    return apply


def add_goal(values: dict[str, Any], *, after_id: int | None = None) -> Apply:
    """Add a goal with the first free letter code (a, b, … z, then g1, g2, …)."""

    def apply(session: Session, plan: Plan) -> int:
        used = set(session.scalars(select(Goal.code).where(Goal.plan_id == plan.id)))
        code = next((c for c in "abcdefghijklmnopqrstuvwxyz" if c not in used), None)
        code = code or next_code(session, Goal, plan.id, "g")
        return add_item(Goal, values | {"code": code}, after_id=after_id)(session, plan)

    return apply
