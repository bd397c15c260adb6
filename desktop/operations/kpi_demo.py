"""KPI actuals: set one month's actual, and "Fill demo actuals" for a first look at the charts.

Both are ``apply(session, plan)`` functions for ``ctx.ops.run`` / ``run_change``, so each is
one undoable, audited change::

    ctx.ops.run(plan_id, "Fill demo actuals", fill_demo_actuals(), tables=DEMO_TABLES)
    ctx.ops.run(plan_id, "Set actual", set_actual(kpi_id, 3, 1.4), tables=DEMO_TABLES)

The demo actuals are generated, never measured: they are deterministic per plan (seeded by the
plan's uuid and the KPI's code), tell a believable story (most KPIs near their path, one or
two slipping) and are flagged ``demo`` (source ``DEMO_SOURCE``): every screen, print-out and
workbook marks them, and a plan holding any cannot be signed until they are cleared.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import Kpi, KpiActual, Plan

DEMO_SOURCE = "demo"
DEMO_TABLES = ("kpi_actual",)
DEMO_NOTE = "generated demo data, not measured"
DEMO_THROUGH = 9  # months filled: January to September, the rest of the year still ahead

Apply = Callable[[Session, Plan], Any]


def _kpi_in_plan(session: Session, plan: Plan, kpi_id: int) -> Kpi:
    kpi = session.get(Kpi, kpi_id)
    if kpi is None or kpi.plan_id != plan.id:
        raise LookupError(f"KPI #{kpi_id} is not in this plan (deleted?)")
    return kpi


def set_actual(
    kpi_id: int, month: int, value: float | None, *, source: str = "", note: str | None = None
) -> Apply:
    """Set (or with ``None`` remove) the actual of one KPI for ``month`` 1..12."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month}")

    def apply(session: Session, plan: Plan) -> int | None:
        kpi = _kpi_in_plan(session, plan, kpi_id)
        row = next((a for a in kpi.actuals if a.month == month), None)
        if value is None:
            if row is not None:
                kpi.actuals.remove(row)
            return None
        if row is None:
            row = KpiActual(month=month, value=float(value), source=source, note=note or "")
            kpi.actuals.append(row)
        else:
            row.value = float(value)
            row.source = source
            if note is not None:
                row.note = note
            elif row.demo and row.note == DEMO_NOTE:
                row.note = ""
            row.demo = False  # a value set by hand is measured
        session.flush()
        return row.id

    return apply


def _rng(plan: Plan, kpi: Kpi) -> random.Random:
    digest = hashlib.sha256(f"{plan.uuid}:{kpi.code}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _slipping(plan: Plan) -> set[str]:
    """The codes of the two KPIs that fall behind in this plan's demo story (not ones that
    a risk watches: those get their early warnings from a dip or two instead)."""
    watched = {r.warning_kpi_id for r in plan.risks}
    codes = sorted(k.code for g in plan.goals for k in g.kpis if k.id not in watched)
    digest = hashlib.sha256(f"{plan.uuid}:slipping".encode()).digest()
    rng = random.Random(int.from_bytes(digest[:8], "big"))
    return set(rng.sample(codes, k=min(2, len(codes))))


def _story(rng: random.Random, slipping: bool) -> float:
    """How well a KPI does, as a factor on its path: close to it, or falling behind."""
    return 0.84 if slipping else rng.choices([1.04, 1.0, 0.97], weights=[3, 4, 2])[0]


def _clamp(kpi: Kpi, value: float) -> float:
    if kpi.unit == "%" and kpi.target_kind != "growth":
        value = min(value, 100.0)
    return max(0.0, value)


def demo_values(plan: Plan, kpi: Kpi, through: int = DEMO_THROUGH) -> dict[int, float]:
    """Believable generated actuals for months 1..``through`` of one KPI.

    A KPI that a risk watches stays on the safe side of the risk's threshold except in one
    or two months, so that the demo shows an early warning or two rather than a wall of them.
    """
    rng = _rng(plan, kpi)
    target = kpi.target if kpi.target is not None else 100.0
    story = _story(rng, kpi.code in _slipping(plan))
    months = range(1, through + 1)
    kind = kpi.target_kind
    out: dict[int, float] = {}
    if kind == "count":
        for m in months:
            noise = rng.uniform(0.95, 1.05) if story < 0.9 else rng.uniform(0.92, 1.1)
            out[m] = round(target * story * noise)
    elif kind == "ceiling":  # lower is better: a good story stays under the ceiling
        for m in months:
            out[m] = round(target * (2 - story) * rng.uniform(0.72, 1.05), 1)
    elif kind == "growth":
        rate = target / 100
        value = kpi.baseline if kpi.baseline else rng.uniform(4000, 8000)
        for m in months:
            trend = rate * story if story >= 0.9 else -0.03  # slipping: interactions fall
            value *= 1 + trend + rng.uniform(-0.05, 0.04)
            out[m] = round(value)
    elif kind == "improvement":
        base = kpi.baseline if kpi.baseline else rng.uniform(20, 40)
        goal = base * (1 + target / 100)
        for m in months:
            path = base + (goal - base) * min(1.0, 0.4 + m / 10)
            drift = 1 + (story - 1) * m / 9
            out[m] = _clamp(kpi, round(path * drift * rng.uniform(0.98, 1.02), 1))
    else:  # level: climb from below the target along the path, drifting with the story
        up = kpi.direction != "down"
        start = kpi.baseline if kpi.baseline is not None else target * rng.uniform(0.8, 0.95)
        for m in months:
            path = start + (target - start) * m / 12
            drift = 1 + (story - 1) * m / 9
            factor = drift if up else 2 - drift
            out[m] = _clamp(kpi, round(path * factor * rng.uniform(0.985, 1.015), 2))
    watch = next(
        (
            r
            for r in plan.risks
            if r.warning_kpi_id == kpi.id
            and r.warning_op in ("<", ">")
            and r.warning_threshold is not None
        ),
        None,
    )
    if watch is not None and out and watch.warning_op and watch.warning_threshold is not None:
        out = _around_threshold(rng, out, watch.warning_op, watch.warning_threshold)
    return out


def _around_threshold(
    rng: random.Random, values: dict[int, float], op: str, threshold: float
) -> dict[int, float]:
    """Keep ``values`` on the safe side of ``threshold`` except in one or two dip months."""
    step = abs(threshold) * 0.04 or 0.1
    safe = 1 if op == "<" else -1  # which side of the threshold is safe
    dips = set(rng.sample(sorted(values), k=min(len(values), rng.choice([1, 2]))))
    out = {}
    for month, value in values.items():
        if month in dips:
            value = threshold - safe * step * rng.uniform(0.5, 2.0)
        elif (value - threshold) * safe <= 0:
            value = threshold + safe * step * rng.uniform(0.3, 1.5)
        out[month] = round(value, 2)
    return out


def fill_demo_actuals(through: int = DEMO_THROUGH) -> Apply:
    """Give every KPI generated demo values for months 1..``through``, flagged ``demo``.

    A month that already has a measured actual (not flagged ``demo``) keeps it."""

    def apply(session: Session, plan: Plan) -> int:
        if plan.is_locked:
            raise ValueError(
                "demo actuals cannot be added to a plan in review or approved: "
                "its KPI actuals are measured values"
            )
        count = 0
        for goal in plan.goals:
            for kpi in goal.kpis:
                existing = {a.month: a for a in kpi.actuals}
                for month, value in demo_values(plan, kpi, through).items():
                    row = existing.get(month)
                    if row is None:
                        kpi.actuals.append(
                            KpiActual(
                                month=month,
                                value=value,
                                demo=True,
                                source=DEMO_SOURCE,
                                note=DEMO_NOTE,
                            )
                        )
                    elif row.demo:
                        row.value = value
                    else:
                        continue
                    count += 1
        return count

    return apply


def clear_demo_actuals() -> Apply:
    """Remove the actuals that "Fill demo actuals" recorded (flagged ``demo``)."""

    def apply(session: Session, plan: Plan) -> int:
        count = 0
        for goal in plan.goals:
            for kpi in goal.kpis:
                for row in [a for a in kpi.actuals if a.demo]:
                    kpi.actuals.remove(row)
                    count += 1
        return count

    return apply
