"""KPI maths: the target that applies each month, the gap, a status and period figures.

Pure Python, no Qt and no database: ``KpiSpec.from_kpi`` copies what is needed out of an
ORM ``Kpi``; ``kpi_series`` does the rest. Months are 1..12 of the plan year. The growth and
improvement figures a target speaks about are in ``kpi_figures``.

Targets by kind (``T`` is the KPI's target, ``r = T / 100``):

* **level** — a straight path from the baseline (at the start of the year, "month 0") to ``T``
  in December. Without a baseline the path starts at the first actual (that month's target is
  the actual itself); months before it have no target. With neither, ``T`` every month.
  A start already beyond ``T`` (in the KPI's direction) gives ``T`` flat: hold the level.
* **growth** — ``r`` more than the previous actual: ``a[k] * (1 + r) ** (m - k)`` where ``k``
  is the last month before ``m`` with an actual (the baseline counts as month 0), so a
  missing month compounds. The actuals are the measured volume (e.g. interactions).
* **count** — ``T`` in every period (e.g. 20 posts a month).
* **ceiling** — stay at or below ``T`` every month (direction is always down).
* **improvement** — ``baseline * (1 + r)`` every month. Without a baseline the first actual is
  the reference measurement: that month has no target, the later months ``a[first] * (1 + r)``.

Status of a month: ``no_data`` (no actual or no target), ``on_track`` (at or beyond the target
in the KPI's direction), ``at_risk`` (short by at most ``tolerance * |target|``), else
``off_track``. Nothing here divides by a baseline or a target that may be zero.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

ON_TRACK = "on_track"
AT_RISK = "at_risk"
OFF_TRACK = "off_track"
NO_DATA = "no_data"
STATUSES = (ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA)
MONTHS = tuple(range(1, 13))
QUARTERS = {1: (1, 2, 3), 2: (4, 5, 6), 3: (7, 8, 9), 4: (10, 11, 12)}


@dataclass(frozen=True)
class KpiSpec:
    """Plain data of one KPI and its actuals (month -> value)."""

    code: str
    name: str
    unit: str
    target_kind: str
    target: float | None
    baseline: float | None = None
    direction: str = "up"
    tolerance: float = 0.1
    actuals: Mapping[int, float] = field(default_factory=dict)
    id: int | None = None
    goal_code: str = ""
    # True once ``in_target_terms`` turned growth/improvement values into their % figures
    in_rates: bool = False
    # months whose actual is generated demo data (marked wherever it is shown)
    demo_months: frozenset[int] = frozenset()

    @classmethod
    def from_kpi(cls, kpi: Any) -> KpiSpec:
        """Copy an ORM ``Kpi`` (with its actuals) into plain data."""
        return cls(
            code=kpi.code,
            name=kpi.name,
            unit=kpi.unit or "",
            target_kind=kpi.target_kind,
            target=kpi.target,
            baseline=kpi.baseline,
            direction=kpi.direction or "up",
            tolerance=0.1 if kpi.tolerance is None else kpi.tolerance,
            actuals={a.month: a.value for a in kpi.actuals if 1 <= a.month <= 12},
            id=kpi.id,
            goal_code=kpi.goal.code if kpi.goal is not None else "",
            demo_months=frozenset(a.month for a in kpi.actuals if getattr(a, "demo", False)),
        )

    @property
    def higher_is_better(self) -> bool:
        if self.target_kind == "ceiling":
            return False
        return self.direction != "down"


@dataclass(frozen=True)
class MonthPoint:
    """One month: actual, the target that applies, gap (actual - target) and status."""

    month: int
    actual: float | None
    target: float | None
    status: str

    @property
    def gap(self) -> float | None:
        if self.actual is None or self.target is None:
            return None
        return self.actual - self.target

    @property
    def gap_ratio(self) -> float | None:
        """The gap as a share of the target (None when the target is zero or unknown)."""
        gap = self.gap
        if gap is None or self.target is None or self.target == 0:
            return None
        return gap / abs(self.target)


@dataclass(frozen=True)
class PeriodFigure:
    """A figure for an evaluation point (quarter, year to date, year).

    count KPIs add the months up; level and improvement KPIs take the latest month;
    growth and ceiling KPIs average the months. Only months with both an actual and a
    target count.
    """

    months: tuple[int, ...]
    actual: float | None
    target: float | None
    status: str
    months_with_data: int = 0

    @property
    def gap(self) -> float | None:
        if self.actual is None or self.target is None:
            return None
        return self.actual - self.target


def judge(
    actual: float | None,
    target: float | None,
    *,
    higher_is_better: bool = True,
    tolerance: float = 0.1,
) -> str:
    """The status of ``actual`` against ``target``."""
    if actual is None or target is None or math.isnan(actual) or math.isnan(target):
        return NO_DATA
    shortfall = (target - actual) if higher_is_better else (actual - target)
    if shortfall <= 0:
        return ON_TRACK
    if shortfall <= abs(tolerance) * abs(target):
        return AT_RISK
    return OFF_TRACK


def _safe_pow(base: float, exp: int) -> float | None:
    try:
        value = base**exp
    except OverflowError:
        return None
    return value if math.isfinite(value) else None


def monthly_targets(spec: KpiSpec) -> dict[int, float | None]:
    """The target that applies in each month 1..12 (None where none can be set)."""
    target, base = spec.target, spec.baseline
    actual = {m: v for m, v in spec.actuals.items() if m in MONTHS and v is not None}
    out: dict[int, float | None] = {m: None for m in MONTHS}
    if target is None:
        return out
    kind = spec.target_kind
    first = min(actual) if actual else None
    if kind in ("count", "ceiling"):
        return {m: target for m in MONTHS}
    if kind == "level":
        if base is not None:
            start_month, start = 0, base
        elif first is not None:
            start_month, start = first, actual[first]
        else:
            return {m: target for m in MONTHS}
        if (start >= target) == spec.higher_is_better and start != target:
            # already beyond the level: the level itself is what must be held
            return {m: (target if m >= start_month else None) for m in MONTHS}
        for m in MONTHS:
            if m >= start_month:
                span = 12 - start_month
                share = 1.0 if span == 0 else (m - start_month) / span
                out[m] = start + (target - start) * share
        return out
    rate = 1 + target / 100
    if kind == "improvement":
        if base is not None:
            return {m: base * rate for m in MONTHS}
        if first is not None:
            for m in MONTHS:
                if m > first:
                    out[m] = actual[first] * rate
        return out
    if kind == "growth":
        known = dict(actual)
        if base is not None:
            known[0] = base
        for m in MONTHS:
            previous = [k for k in known if k < m]
            if previous:
                k = max(previous)
                factor = _safe_pow(rate, m - k)
                if factor is not None:
                    value = known[k] * factor
                    out[m] = value if math.isfinite(value) else None
        return out
    return out


@dataclass(frozen=True)
class KpiSeries:
    """The twelve months of one KPI, with period figures and the "as of" month."""

    spec: KpiSpec
    points: tuple[MonthPoint, ...]
    as_of: float | None = None
    # what the "as of" marker stands for: "today", "year_end" (the plan year is over) or
    # "latest" (before the plan year: the latest month with data, e.g. demo actuals)
    as_of_kind: str = "today"
    # early-warning lines of the risks that watch this KPI: (risk code, "<" or ">", threshold)
    warning_lines: tuple[tuple[str, str, float], ...] = ()

    def point(self, month: int) -> MonthPoint:
        return self.points[month - 1]

    def latest(self) -> MonthPoint | None:
        """The last month with an actual."""
        with_data = [p for p in self.points if p.actual is not None]
        return with_data[-1] if with_data else None

    @property
    def status(self) -> str:
        """The status of the latest month with an actual (no_data if none)."""
        latest = self.latest()
        return latest.status if latest is not None else NO_DATA

    def period(self, months: Iterable[int]) -> PeriodFigure:
        months = tuple(sorted(set(months)))
        pairs = [
            (p.actual, p.target)
            for p in self.points
            if p.month in months and p.actual is not None and p.target is not None
        ]
        if not pairs:
            return PeriodFigure(months, None, None, NO_DATA, 0)
        kind = self.spec.target_kind
        actuals = [a for a, _t in pairs]
        targets = [t for _a, t in pairs]
        if kind == "count":
            actual, target = sum(actuals), sum(targets)
        elif kind in ("level", "improvement"):
            actual, target = pairs[-1]
        else:
            actual, target = sum(actuals) / len(pairs), sum(targets) / len(pairs)
        status = judge(
            actual,
            target,
            higher_is_better=self.spec.higher_is_better,
            tolerance=self.spec.tolerance,
        )
        return PeriodFigure(months, actual, target, status, len(pairs))

    def quarter(self, q: int) -> PeriodFigure:
        return self.period(QUARTERS[q])

    def year_to_date(self, through: int) -> PeriodFigure:
        return self.period(range(1, max(0, min(12, through)) + 1))

    def year(self) -> PeriodFigure:
        return self.period(MONTHS)

    def target_at(self, x: float) -> float | None:
        """The target at a fractional month ``x`` (for the "where we should be" marker)."""
        lo = max(1, min(12, math.floor(x)))
        hi = max(1, min(12, math.ceil(x)))
        t_lo, t_hi = self.point(lo).target, self.point(hi).target
        if t_lo is None or t_hi is None:
            return t_hi if t_lo is None else t_lo
        if hi == lo:
            return t_lo
        return t_lo + (t_hi - t_lo) * (x - lo)

    def growth_rate(self, month: int) -> float | None:
        """Month-over-month change of the actual in % (None without both, or from zero)."""
        prev = self.spec.baseline if month <= 1 else self.point(month - 1).actual
        cur = self.point(month).actual
        if prev is None or cur is None or prev == 0:
            return None
        return (cur - prev) / abs(prev) * 100


def kpi_series(spec: KpiSpec, *, as_of: float | None = None) -> KpiSeries:
    """Months 1..12 of ``spec`` with targets, gaps and statuses."""
    targets = monthly_targets(spec)
    points = []
    for m in MONTHS:
        actual = spec.actuals.get(m)
        status = judge(
            actual, targets[m], higher_is_better=spec.higher_is_better, tolerance=spec.tolerance
        )
        points.append(MonthPoint(m, actual, targets[m], status))
    return KpiSeries(spec, tuple(points), as_of)


def as_of_month(year: int, today: Any, specs: Iterable[KpiSpec]) -> float | None:
    """Where "today" falls on the plan year's month axis (1.0 = 1 January .. 12.97).

    Inside the plan year it is today's date; after it, December; before it, the latest
    month that has any actual (demo data), or None.
    """
    import calendar

    if today is not None and today.year == year:
        days = calendar.monthrange(year, today.month)[1]
        return today.month + (today.day - 1) / days
    if today is not None and today.year > year:
        return 12.0
    months = [m for s in specs for m in s.actuals]
    return float(max(months)) if months else None


def as_of_kind(year: int, today: Any) -> str:
    """What :func:`as_of_month` returns for this plan year and day (see ``KpiSeries``)."""
    if today is not None and today.year == year:
        return "today"
    return "year_end" if today is not None and today.year > year else "latest"


def plan_series(plan: Any, today: Any = None) -> list[KpiSeries]:
    """Series for every KPI of an ORM ``Plan``, in goal and KPI order."""
    specs = [KpiSpec.from_kpi(k) for g in plan.goals for k in g.kpis]
    as_of = as_of_month(plan.year, today, specs)
    lines: dict[int | None, list[tuple[str, str, float]]] = {}  # KPI id -> warning lines
    for risk in sorted(plan.risks, key=lambda r: (r.position, r.code)):
        if risk.warning_op in ("<", ">") and risk.warning_threshold is not None:
            lines.setdefault(risk.warning_kpi_id, []).append(
                (risk.code, risk.warning_op, risk.warning_threshold)
            )
    kind = as_of_kind(plan.year, today)
    return [
        replace(
            kpi_series(s, as_of=as_of), warning_lines=tuple(lines.get(s.id, ())), as_of_kind=kind
        )
        for s in specs
    ]
