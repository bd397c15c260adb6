"""The figure each kind of KPI target speaks about.

A growth target (+10 % a month) is about the period-over-period growth of the entered values,
an improvement target (+20 % over baseline) about the improvement over the baseline; level,
count and ceiling targets are about the entered value itself. ``in_target_terms`` turns a
``kpi_math.KpiSeries`` of entered values into those figures. Pure Python.
"""

from __future__ import annotations

from dataclasses import replace

from .kpi_math import MONTHS, KpiSeries, KpiSpec, MonthPoint, judge

RATE_KINDS = ("growth", "improvement")


def entered_unit(spec: KpiSpec) -> str:
    """The unit of the values people enter: a growth KPI's "%" belongs to its target (the
    growth rate), the entered values are the volume itself (no unit)."""
    return "" if spec.target_kind == "growth" and spec.unit in ("%", "％") else spec.unit


def figure_unit(spec: KpiSpec) -> str:
    """The unit of the figure the target speaks about ("%" for growth and improvement)."""
    return "%" if spec.target_kind in RATE_KINDS else spec.unit


def _growth(prev: float | None, cur: float | None, months: int = 1) -> float | None:
    """Average growth per month in % from ``prev`` to ``cur`` over ``months`` months."""
    if prev is None or cur is None or prev == 0 or months < 1:
        return None
    ratio = cur / prev
    if months == 1:
        return (ratio - 1) * 100 if prev > 0 else (cur - prev) / abs(prev) * 100
    if ratio <= 0:
        return None
    return (ratio ** (1 / months) - 1) * 100


def kind_figures(spec: KpiSpec) -> dict[int, float | None]:
    """Month -> the figure the KPI's target is about, computed from the entered values.

    growth: % over the previous entered value (the baseline counts as month 0; across a
    missing month the average monthly growth); improvement: % over the baseline (or, without
    one, over the first entered value, which then has no figure); other kinds: the value."""
    actual = {m: v for m, v in spec.actuals.items() if m in MONTHS and v is not None}
    if spec.target_kind == "growth":
        known = dict(actual)
        if spec.baseline is not None:
            known[0] = spec.baseline
        out: dict[int, float | None] = {}
        for m in MONTHS:
            previous = [k for k in known if k < m]
            out[m] = (
                _growth(known[max(previous)], actual.get(m), m - max(previous))
                if previous and m in actual
                else None
            )
        return out
    if spec.target_kind == "improvement":
        first = min(actual) if actual else None
        base = (
            spec.baseline
            if spec.baseline is not None
            else (actual[first] if first is not None else None)
        )
        return {
            m: (
                None
                if not base or m not in actual or (spec.baseline is None and m == first)
                else (actual[m] - base) / abs(base) * 100
            )
            for m in MONTHS
        }
    return {m: actual.get(m) for m in MONTHS}


def _tidy(value: float | None) -> float | None:
    """Round away float noise (1210 / 1100 - 1 is 0.10000000000000009)."""
    return None if value is None else round(value, 9)


def in_target_terms(series: KpiSeries) -> KpiSeries:
    """The series as its target speaks: for growth and improvement KPIs each month's figure
    is the growth / improvement in % next to the target in % (a flat line at the target);
    other kinds are returned as they are. Idempotent."""
    spec = series.spec
    if spec.target_kind not in RATE_KINDS or spec.in_rates:
        return series
    figures = {m: _tidy(v) for m, v in kind_figures(spec).items()}
    points = tuple(
        MonthPoint(
            m,
            figures[m],
            spec.target,
            judge(
                figures[m],
                spec.target,
                higher_is_better=spec.higher_is_better,
                tolerance=spec.tolerance,
            ),
        )
        for m in MONTHS
    )
    converted = replace(
        spec,
        unit="%",
        in_rates=True,
        baseline=None,
        actuals={m: v for m, v in figures.items() if v is not None},
    )
    # risk thresholds are in the entered values' terms: they do not apply to the % figures
    return replace(series, spec=converted, points=points, warning_lines=())
