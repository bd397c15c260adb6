"""Year-end KPI forecasts against hand-computed values, one test per target kind.

Four actuals (months 1..4) give a line with n - 2 = 2 degrees of freedom, where Student's t has
a closed form: F(t) = 1/2 + t / (2 sqrt(2 + t^2)), and the 90 % quantile is 1.885618 (tables).
"""

from __future__ import annotations

import math

import pytest

from desktop.models.forecast import TOO_FEW, forecast, year_end_target
from desktop.models.kpi_math import KpiSpec
from desktop.models.student_t import t_cdf, t_quantile

T90_DF2 = 1.885618


def spec(kind: str, values: list[float], target: float, **extra) -> KpiSpec:
    return KpiSpec(
        code="K",
        name="k",
        unit=extra.pop("unit", ""),
        target_kind=kind,
        target=target,
        actuals={m: v for m, v in enumerate(values, start=1)},
        **extra,
    )


def f_df2(t: float) -> float:
    return 0.5 + t / (2 * math.sqrt(2 + t * t))


# For 10, 12, 13, 15: slope 8 / 5 = 1.6, intercept 12.5 - 1.6 * 2.5 = 8.5, December 27.7;
# residuals -0.1, 0.3, -0.3, 0.1: s^2 = 0.2 / 2; se = sqrt(0.1 * (1 + 1/4 + 9.5^2 / 5)).
SE = math.sqrt(0.1 * (1 + 0.25 + 9.5**2 / 5))


def test_student_t_matches_tables():
    assert t_quantile(0.9, 2) == pytest.approx(T90_DF2, abs=1e-6)
    assert t_quantile(0.975, 10) == pytest.approx(2.228139, abs=1e-6)
    assert t_cdf(1.6556, 2) == pytest.approx(f_df2(1.6556), abs=1e-9)


def test_level():
    f = forecast(spec("level", [10, 12, 13, 15], 30))
    assert f.target == 30
    assert f.projected == 27.7
    assert (f.low, f.high) == (round(27.7 - T90_DF2 * SE, 1), round(27.7 + T90_DF2 * SE, 1))
    assert (f.low, f.high) == (25.1, 30.3)
    chance = 1 - f_df2((30 - 27.7) / SE)  # 0.12
    assert f.chance == round(chance * 20) / 20 == 0.10
    assert f.likely_missed


def test_count_is_capped_at_5_percent():
    f = forecast(spec("count", [22, 20, 19, 17], 20))  # slope -1.6, December 4.3
    assert (f.projected, f.low, f.high) == (4.3, 1.7, 6.9)
    assert 1 - f_df2((20 - 4.3) / SE) < 0.01
    assert f.chance == 0.05  # never 0 %: four months cannot make December certain


def test_ceiling_counts_values_below_the_target():
    f = forecast(spec("ceiling", [30, 28, 27, 25], 24, direction="down"))
    assert (f.projected, f.low, f.high) == (12.3, 9.7, 14.9)
    assert f_df2((24 - 12.3) / SE) > 0.99
    assert f.chance == 0.95
    assert not f.likely_missed


def test_improvement_over_the_baseline():
    f = forecast(spec("improvement", [40, 42, 43, 45], 20, baseline=50))
    assert f.target == 60  # 50 * (1 + 20 %)
    assert f.projected == 57.7
    assert f.chance == round((1 - f_df2((60 - 57.7) / SE)) * 20) / 20 == 0.10


def test_improvement_without_a_baseline_starts_from_the_first_actual():
    assert year_end_target(spec("improvement", [40, 42, 43, 45], 25)) == 50


def test_growth_is_log_linear_towards_the_compounded_target():
    volumes = [1100, 1180, 1350, 1420]
    f = forecast(spec("growth", volumes, 10, baseline=1000))
    target = 1000 * 1.1**12
    assert f.target == pytest.approx(target)
    # by hand: least squares on ln(volume)
    xs, ys = [1, 2, 3, 4], [math.log(v) for v in volumes]
    slope = sum((x - 2.5) * (y - sum(ys) / 4) for x, y in zip(xs, ys, strict=True)) / 5
    intercept = sum(ys) / 4 - slope * 2.5
    sse = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys, strict=True))
    se = math.sqrt(sse / 2 * (1 + 0.25 + 9.5**2 / 5))
    centre = intercept + slope * 12
    low, high = math.exp(centre - T90_DF2 * se), math.exp(centre + T90_DF2 * se)
    step = 10 ** (math.floor(math.log10((high - low) / 2)) - 1)
    assert f.projected == pytest.approx(round(math.exp(centre) / step) * step)
    assert f.low == pytest.approx(round(low / step) * step)
    assert f.high == pytest.approx(round(high / step) * step)
    chance = 1 - f_df2((math.log(target) - centre) / se)
    assert f.chance == min(0.95, max(0.05, round(chance * 20) / 20))


def test_growth_without_a_baseline_compounds_from_the_first_actual():
    assert year_end_target(spec("growth", [100, 110, 121], 10)) == pytest.approx(100 * 1.1**11)


def test_a_ratio_stays_between_0_and_100_percent():
    f = forecast(spec("level", [90, 94, 97, 99], 100, unit="%"))
    assert f.high == 100 and f.projected <= 100
    assert all(0 <= value <= 100 for _m, *band in f.path for value in band)


@pytest.mark.parametrize("values", [[], [10], [10, 12]])
def test_too_few_actuals(values):
    f = forecast(spec("level", values, 30))
    assert f.reason == TOO_FEW
    assert (f.projected, f.low, f.high, f.chance) == (None, None, None, None)
    assert f.as_json() == {
        "code": "K",
        "target": 30,
        "projected": None,
        "low": None,
        "high": None,
        "chance": None,
    }


def test_the_path_runs_from_the_last_actual_to_december():
    f = forecast(spec("level", [10, 12, 13, 15], 30))
    assert [m for m, *_ in f.path] == list(range(4, 13))
    assert f.path[-1][1:] == (f.projected, f.low, f.high)
