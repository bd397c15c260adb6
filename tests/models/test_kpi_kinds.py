"""Every KPI kind shows the figure its target speaks about, computed by hand:
growth = % over the previous entered value, improvement = % over the baseline (or the first
value), level / count / ceiling = the entered value itself."""

from __future__ import annotations

import pytest

from desktop.models.kpi_figures import entered_unit, figure_unit, in_target_terms, kind_figures
from desktop.models.kpi_math import AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK, KpiSpec, kpi_series


def spec(kind: str, target: float, actuals: dict[int, float], unit: str = "%", **kw) -> KpiSpec:
    return KpiSpec(
        code="k", name="KPI", unit=unit, target_kind=kind, target=target, actuals=actuals, **kw
    )


def shown(s: KpiSpec) -> dict[int, tuple]:
    series = in_target_terms(kpi_series(s))
    return {
        p.month: (
            None if p.actual is None else round(p.actual, 4),
            None if p.target is None else round(p.target, 4),
            p.status,
        )
        for p in series.points
        if p.actual is not None
    }


def test_b1_growth_1000_1100_1210_is_ten_percent_not_1210():
    b1 = spec("growth", 10, {1: 1000, 2: 1100, 3: 1210})
    assert shown(b1) == {2: (10.0, 10.0, ON_TRACK), 3: (10.0, 10.0, ON_TRACK)}
    assert entered_unit(b1) == "" and figure_unit(b1) == "%"
    series = in_target_terms(kpi_series(b1))
    assert series.latest().actual == pytest.approx(10.0)
    assert series.spec.in_rates and in_target_terms(series) is series  # idempotent


# (kind, target, baseline, entered values, direction) -> {month: (figure, target, status)}
TABLES = [
    # growth +10 %/month from a baseline of 1,000: 1,050 is +5 % (short by 5 points of 10:
    # off track, tolerance 10 % of 10 = 1 point), 1,155 +10 %, 1,260 is +9.09 % (at risk)
    (
        "growth",
        10,
        1000,
        {1: 1050, 2: 1155, 3: 1260},
        "up",
        {1: (5.0, 10.0, OFF_TRACK), 2: (10.0, 10.0, ON_TRACK), 3: (9.0909, 10.0, AT_RISK)},
    ),
    # growth across a missing month: 1,000 -> 1,210 over two months is +10 % a month
    ("growth", 10, None, {1: 1000, 3: 1210}, "up", {3: (10.0, 10.0, ON_TRACK)}),
    # improvement +20 % over a baseline of 30: 33 is +10 %, 36 is +20 %, 35.5 is +18.33 %
    (
        "improvement",
        20,
        30,
        {1: 33, 2: 36, 3: 35.5},
        "up",
        {1: (10.0, 20.0, OFF_TRACK), 2: (20.0, 20.0, ON_TRACK), 3: (18.3333, 20.0, AT_RISK)},
    ),
    # improvement without a baseline: the first value (40) is the reference
    ("improvement", 20, None, {2: 40, 5: 50}, "up", {5: (25.0, 20.0, ON_TRACK)}),
    # count: >= 20 posts a month
    (
        "count",
        20,
        None,
        {1: 22, 2: 19, 3: 12},
        "up",
        {1: (22.0, 20.0, ON_TRACK), 2: (19.0, 20.0, AT_RISK), 3: (12.0, 20.0, OFF_TRACK)},
    ),
    # ceiling: reply within 24 h
    (
        "ceiling",
        24,
        None,
        {1: 20, 2: 26, 3: 30},
        "down",
        {1: (20.0, 24.0, ON_TRACK), 2: (26.0, 24.0, AT_RISK), 3: (30.0, 24.0, OFF_TRACK)},
    ),
    # level: from a baseline of 60 to 84 in December, 2 points a month
    (
        "level",
        84,
        60,
        {3: 66, 6: 70, 9: 70},
        "up",
        {3: (66.0, 66.0, ON_TRACK), 6: (70.0, 72.0, AT_RISK), 9: (70.0, 78.0, OFF_TRACK)},
    ),
]


@pytest.mark.parametrize(
    ("kind", "target", "baseline", "values", "direction", "expected"),
    TABLES,
    ids=[f"{t[0]}-{i}" for i, t in enumerate(TABLES)],
)
def test_every_kind_against_a_hand_computed_table(
    kind, target, baseline, values, direction, expected
):
    s = spec(kind, target, values, baseline=baseline, direction=direction)
    assert shown(s) == expected


def test_rates_never_divide_by_zero_and_keep_months_without_values_empty():
    # from 0 no growth can be computed; 100 -> 120 over two months is sqrt(1.2) - 1 a month
    figures = kind_figures(spec("growth", 10, {1: 0, 2: 100, 4: 120}))
    assert figures[4] == pytest.approx(9.5445, abs=1e-4)
    assert [m for m, v in figures.items() if v is not None] == [4]
    assert set(kind_figures(spec("improvement", 20, {3: 5}, baseline=0)).values()) == {None}
    empty = in_target_terms(kpi_series(spec("growth", 10, {})))
    assert all(p.status == NO_DATA for p in empty.points)
