"""Year-end KPI forecasts: the December value a KPI is heading for, an 80 % prediction interval
and the chance of reaching the target. Pure Python (``student_t`` for the t distribution).

The model is the least-squares straight line through the actuals so far (month -> value),
extended to December; the interval and the chance come from the t distribution of a new
observation at month 12 (n - 2 degrees of freedom). By target kind (``T``, ``r = T / 100``):

* **level**, **count** — December's value against ``T`` (reach at least ``T``, or at most for a
  KPI whose direction is down).
* **ceiling** — December's value at or below ``T``.
* **improvement** — December's value against ``reference * (1 + r)``; the reference is the
  baseline, else the first actual.
* **growth** — the volume grows by a factor each month, so the line is fitted to the logarithm
  of the volumes (all must be positive) and December's volume is compared with
  ``start * (1 + r) ** (12 - k)``: the baseline (k = 0) or the first actual (k = its month)
  grown at the target rate until December.
* **ratio** KPIs (unit %) are held to 0..100 %.

Fewer than three actuals give no forecast ("too few actuals"): a line through two points has
no spread to judge it by. No false precision: values are rounded to two significant digits of
the interval's half-width, and the chance to 5 % steps between 5 % and 95 % (a trend of a few
months never makes a December certain).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from .kpi_math import MONTHS, KpiSpec
from .student_t import t_cdf, t_quantile

MIN_POINTS = 3
LEVEL = 0.80  # the prediction interval's coverage
TOO_FEW = "too_few_actuals"
NO_TARGET = "no_target"
NOT_POSITIVE = "not_positive"  # growth KPI with a volume <= 0: no log-linear trend


@dataclass(frozen=True)
class Forecast:
    """One KPI's year-end forecast; ``reason`` says why there is none (then values are None)."""

    code: str
    name: str
    unit: str
    kind: str
    target: float | None  # what December's value must reach (entered-value terms)
    points: int  # actuals used
    projected: float | None = None
    low: float | None = None
    high: float | None = None
    chance: float | None = None  # 0..1, in 5 % steps
    reason: str = ""
    higher_is_better: bool = True
    # the projection and its band from the last actual to December: (month, value, low, high)
    path: tuple[tuple[int, float, float, float], ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "target": self.target,
            "projected": self.projected,
            "low": self.low,
            "high": self.high,
            "chance": self.chance,
        }

    @property
    def likely_missed(self) -> bool:
        return self.chance is not None and self.chance < 0.5


def year_end_target(spec: KpiSpec) -> float | None:
    """The value December must reach for ``spec``'s target (None where none can be set)."""
    target = spec.target
    if target is None:
        return None
    actual = {m: v for m, v in spec.actuals.items() if m in MONTHS and v is not None}
    first = min(actual) if actual else None
    rate = 1 + target / 100
    if spec.target_kind == "improvement":
        reference = spec.baseline
        if reference is None and first is not None:
            reference = actual[first]
        return None if reference is None else reference * rate
    if spec.target_kind == "growth":
        if spec.baseline is not None:
            return spec.baseline * rate**12
        return None if first is None else actual[first] * rate ** (12 - first)
    return target


def step_for(spread: float, value: float) -> float:
    """The rounding step: two significant digits of ``spread`` (or three of ``value``)."""
    base = spread if spread > 0 else abs(value)
    if base == 0 or not math.isfinite(base):
        return 1.0
    return 10.0 ** (math.floor(math.log10(base)) - (1 if spread > 0 else 2))


def rounded(value: float, step: float) -> float:
    out = round(value / step) * step
    digits = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return round(out, digits) + 0.0  # + 0.0: no -0.0


def chance_steps(p: float) -> float:
    """``p`` to the nearest 5 %, kept between 5 % and 95 %."""
    return min(0.95, max(0.05, round(p * 20) / 20))


def _fit(xs: list[float], ys: list[float]) -> tuple[float, float, float, float, float]:
    """Least squares: intercept, slope, residual standard deviation, mean of x, Sxx."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    intercept = my - slope * mx
    sse = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys, strict=True))
    return intercept, slope, math.sqrt(sse / (n - 2)), mx, sxx


def forecast(spec: KpiSpec, *, path: bool = True) -> Forecast:
    """The year-end forecast of one KPI (see the module docstring); ``path=False`` leaves out
    the month-by-month path (the plan checks need December only). Cached on what it reads,
    so the checks that run after every change recompute only the KPIs whose actuals moved."""
    actuals = tuple(sorted((m, v) for m, v in spec.actuals.items() if v is not None))
    key = (
        spec.code,
        spec.name,
        spec.unit,
        spec.target_kind,
        spec.target,
        spec.baseline,
        spec.higher_is_better,
        actuals,
    )
    found = _CACHE.get((key, path))
    if found is None:
        if len(_CACHE) >= CACHE_SIZE:
            _CACHE.clear()
        found = _CACHE[(key, path)] = _compute(spec, path)
    return found


CACHE_SIZE = 8192
_CACHE: dict[tuple[Any, ...], Forecast] = {}


def _compute(spec: KpiSpec, path: bool) -> Forecast:
    actual = sorted((m, v) for m, v in spec.actuals.items() if m in MONTHS and v is not None)
    target = year_end_target(spec)
    head = Forecast(
        code=spec.code,
        name=spec.name,
        unit=spec.unit,
        kind=spec.target_kind,
        target=target,
        points=len(actual),
        higher_is_better=spec.higher_is_better,
    )
    if len(actual) < MIN_POINTS:
        return replace(head, reason=TOO_FEW)
    log = spec.target_kind == "growth"
    if log and any(v <= 0 for _m, v in actual):
        return replace(head, reason=NOT_POSITIVE)
    xs = [float(m) for m, _v in actual]
    ys = [math.log(v) if log else v for _m, v in actual]
    intercept, slope, sd, mx, sxx = _fit(xs, ys)
    df = len(actual) - 2
    quantile = t_quantile(0.5 + LEVEL / 2, df)
    percent = spec.unit in ("%", "％") and spec.target_kind != "growth"

    def back(value: float) -> float:
        """A fitted value in the entered unit (percentages kept within 0..100)."""
        value = math.exp(value) if log else value
        return min(100.0, max(0.0, value)) if percent else value

    def band(month: int) -> tuple[float, float, float]:
        centre = intercept + slope * month
        se = sd * math.sqrt(1 + 1 / len(xs) + (month - mx) ** 2 / sxx)
        return back(centre), back(centre - quantile * se), back(centre + quantile * se)

    projected, low, high = band(12)
    chance = None
    if target is not None and not (log and target <= 0):
        goal = math.log(target) if log else target
        centre = intercept + slope * 12
        se = sd * math.sqrt(1 + 1 / len(xs) + (12 - mx) ** 2 / sxx)
        if se == 0:
            above = 1.0 if centre >= goal else 0.0
        else:
            above = 1.0 - t_cdf((goal - centre) / se, df)
        chance = chance_steps(above if spec.higher_is_better else 1.0 - above)
    step = step_for((high - low) / 2, projected)
    months = range(int(xs[-1]), 13) if path else ()
    steps = tuple(
        (m, rounded(value, step), rounded(lower, step), rounded(upper, step))
        for m in months
        for value, lower, upper in [band(m)]
    )
    return replace(
        head,
        projected=rounded(projected, step),
        low=rounded(low, step),
        high=rounded(high, step),
        chance=chance,
        reason="" if target is not None else NO_TARGET,
        path=steps,
    )


def plan_forecasts(plan: Any, *, path: bool = True) -> list[Forecast]:
    """The forecast of every KPI of an ORM ``Plan``, in goal and KPI order."""
    return [forecast(KpiSpec.from_kpi(k), path=path) for g in plan.goals for k in g.kpis]


def format_number(value: float | None) -> str:
    """1234.5 -> "1,234.5"; whole numbers without decimals."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{max(0, min(4, 6 - len(str(int(abs(value))))))}f}".rstrip("0").rstrip(".")
