"""KPI maths against hand-computed tables for every target kind, plus property tests."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.kpi_math import (
    AT_RISK,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    STATUSES,
    KpiSpec,
    as_of_month,
    judge,
    kpi_series,
)


def spec(kind: str, target: float | None, actuals: dict[int, float], **kw) -> KpiSpec:
    return KpiSpec(
        code="k", name="KPI", unit="%", target_kind=kind, target=target, actuals=actuals, **kw
    )


def table(series) -> dict[int, tuple]:
    return {
        p.month: (p.actual, None if p.target is None else round(p.target, 4), p.status)
        for p in series.points
    }


def test_level_straight_path_from_baseline():
    s = kpi_series(spec("level", 80, {3: 50, 6: 56, 9: 60, 12: 85}, baseline=40))
    t = table(s)
    # target = 40 + 40 * m / 12
    assert t[1] == (None, round(40 + 40 / 12, 4), NO_DATA)
    assert t[3] == (50, 50.0, ON_TRACK)
    assert t[6] == (56, 60.0, AT_RISK)  # short by 4 <= 10 % of 60
    assert t[9] == (60, 70.0, OFF_TRACK)  # short by 10 > 7
    assert t[12] == (85, 80.0, ON_TRACK)
    assert s.point(9).gap == -10 and s.point(9).gap_ratio == pytest.approx(-1 / 7)
    assert s.latest().month == 12 and s.status == ON_TRACK


def test_level_without_baseline_starts_at_the_first_actual():
    s = kpi_series(spec("level", 80, {2: 50, 7: 60}))
    t = table(s)
    assert t[1] == (None, None, NO_DATA)
    assert t[2] == (50, 50.0, ON_TRACK)
    assert t[7] == (60, 65.0, AT_RISK)  # 50 + 30 * 5/10
    assert t[12][1] == 80.0
    # nothing to anchor on: the level itself every month
    assert table(kpi_series(spec("level", 80, {})))[5] == (None, 80.0, NO_DATA)


def test_growth_compounds_over_missing_months():
    s = kpi_series(spec("growth", 10, {1: 1000, 2: 1100, 3: 1050, 5: 1300}))
    t = table(s)
    assert t[1] == (1000, None, NO_DATA)  # nothing before January
    assert t[2] == (1100, 1100.0, ON_TRACK)
    assert t[3] == (1050, 1210.0, OFF_TRACK)  # short by 160 > 121
    assert t[4] == (None, 1155.0, NO_DATA)
    assert t[5] == (1300, 1270.5, ON_TRACK)  # 1050 * 1.1 ** 2
    assert s.growth_rate(2) == pytest.approx(10.0)
    assert s.growth_rate(4) is None


def test_growth_from_baseline_and_negative_growth():
    s = kpi_series(spec("growth", -5, {1: 96, 2: 80}, baseline=100))
    t = table(s)
    assert t[1] == (96, 95.0, ON_TRACK)
    assert t[2] == (80, 91.2, OFF_TRACK)
    assert kpi_series(spec("growth", 10, {1: 0, 2: 3})).point(2).status == ON_TRACK
    assert kpi_series(spec("growth", 10, {1: 0, 2: 3})).growth_rate(2) is None


def test_count_per_period_and_quarter_sum():
    s = kpi_series(spec("count", 20, {1: 22, 2: 19, 3: 15, 4: 25}))
    t = table(s)
    assert [t[m][2] for m in (1, 2, 3, 4)] == [ON_TRACK, AT_RISK, OFF_TRACK, ON_TRACK]
    q1 = s.quarter(1)
    assert (q1.actual, q1.target, q1.status) == (56, 60, AT_RISK)  # short by 4 <= 6
    ytd = s.year_to_date(4)
    assert (ytd.actual, ytd.target, ytd.months_with_data) == (81, 80, 4)
    assert ytd.status == ON_TRACK
    assert s.quarter(3).status == NO_DATA and s.quarter(3).actual is None


def test_ceiling_is_lower_is_better_whatever_the_direction():
    s = kpi_series(spec("ceiling", 24, {1: 20, 2: 25, 3: 30}, direction="up"))
    t = table(s)
    assert [t[m] for m in (1, 2, 3)] == [(20, 24, ON_TRACK), (25, 24, AT_RISK), (30, 24, OFF_TRACK)]
    q1 = s.quarter(1)  # mean of 20, 25, 30 = 25 against 24
    assert q1.actual == 25 and q1.target == 24 and q1.status == AT_RISK


def test_improvement_over_baseline():
    s = kpi_series(spec("improvement", 20, {1: 55, 2: 61, 3: 50}, baseline=50))
    assert [table(s)[m] for m in (1, 2, 3)] == [
        (55, 60, AT_RISK),
        (61, 60, ON_TRACK),
        (50, 60, OFF_TRACK),
    ]
    # level and improvement: the period figure is its latest month
    assert s.quarter(1).actual == 50 and s.quarter(1).status == OFF_TRACK


def test_improvement_without_baseline_uses_the_first_month_as_reference():
    s = kpi_series(spec("improvement", 20, {2: 30, 3: 37, 4: 33}))
    t = table(s)
    assert t[1] == (None, None, NO_DATA)
    assert t[2] == (30, None, NO_DATA)  # the reference measurement
    assert t[3] == (37, 36.0, ON_TRACK)
    assert t[4] == (33, 36.0, AT_RISK)


def test_zero_baseline_and_zero_target_do_not_divide():
    s = kpi_series(spec("improvement", 20, {1: 5, 2: -1}, baseline=0))
    assert table(s)[1] == (5, 0.0, ON_TRACK)
    assert table(s)[2] == (-1, 0.0, OFF_TRACK)
    assert s.point(2).gap == -1 and s.point(2).gap_ratio is None
    z = kpi_series(spec("level", 0, {6: 0}, baseline=0))
    assert z.point(6).status == ON_TRACK


def test_no_target_means_no_data():
    s = kpi_series(spec("level", None, {1: 5}))
    assert all(p.target is None and p.status == NO_DATA for p in s.points)
    assert s.year().status == NO_DATA


def test_as_of_month():
    assert as_of_month(2027, date(2027, 4, 16), []) == pytest.approx(4.5)  # 15 of 30 days
    assert as_of_month(2027, date(2028, 1, 1), []) == 12.0
    demo = [spec("count", 20, {1: 3, 9: 4})]
    assert as_of_month(2027, date(2026, 11, 27), demo) == 9.0
    assert as_of_month(2027, date(2026, 11, 27), []) is None
    s = kpi_series(spec("level", 80, {}, baseline=20), as_of=3.5)
    assert s.target_at(3.5) == pytest.approx(20 + 60 * 3.5 / 12)


# ----- properties ---------------------------------------------------------------------------
values = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
specs = st.builds(
    KpiSpec,
    code=st.just("k"),
    name=st.just("n"),
    unit=st.sampled_from(["%", "篇", ""]),
    target_kind=st.sampled_from(["level", "growth", "count", "ceiling", "improvement"]),
    target=st.one_of(st.none(), st.just(0.0), st.floats(-100, 1000, allow_nan=False)),
    baseline=st.one_of(st.none(), st.just(0.0), values),
    direction=st.sampled_from(["up", "down"]),
    tolerance=st.floats(0, 1),
    actuals=st.dictionaries(st.integers(1, 12), st.one_of(st.just(0.0), values), max_size=12),
)
RANK = {ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 2}


@settings(max_examples=40, deadline=None)
@given(specs)
def test_any_kpi_gives_twelve_sane_months(s):
    series = kpi_series(s)
    assert [p.month for p in series.points] == list(range(1, 13))
    for p in series.points:
        assert p.status in STATUSES
        assert (p.status == NO_DATA) == (p.actual is None or p.target is None)
        if p.target is not None:
            assert math.isfinite(p.target)
        if p.gap is not None and p.gap == 0:
            assert p.status == ON_TRACK
    for figure in [series.quarter(q) for q in (1, 2, 3, 4)] + [series.year()]:
        assert figure.status in STATUSES
        assert 0 <= figure.months_with_data <= len(figure.months)
    for through in (0, 6, 12, 15):
        assert series.year_to_date(through).months_with_data <= min(max(through, 0), 12)


@settings(max_examples=40, deadline=None)
@given(
    actual=values, target=values, better=st.floats(0, 1e5), tol=st.floats(0, 1), up=st.booleans()
)
def test_a_better_actual_never_has_a_worse_status(actual, target, better, tol, up):
    improved = actual + better if up else actual - better
    before = judge(actual, target, higher_is_better=up, tolerance=tol)
    after = judge(improved, target, higher_is_better=up, tolerance=tol)
    assert RANK[after] <= RANK[before]


@settings(max_examples=40, deadline=None)
@given(st.floats(-1000, 1000), st.dictionaries(st.integers(1, 12), values, min_size=1))
def test_growth_targets_follow_the_previous_actual(rate, actuals):
    series = kpi_series(spec("growth", rate, actuals))
    for p in series.points:
        earlier = [m for m in actuals if m < p.month]
        if not earlier:
            assert p.target is None
        elif p.month - 1 in actuals and p.target is not None:
            assert p.target == pytest.approx(actuals[p.month - 1] * (1 + rate / 100))


def test_level_already_reached_is_held_flat():
    s = kpi_series(spec("level", 85, {1: 88, 5: 84}))
    assert table(s)[1] == (88, 85.0, ON_TRACK) and table(s)[5] == (84, 85.0, AT_RISK)
    down = kpi_series(spec("level", 24, {3: 30, 12: 25}, baseline=36, direction="down"))
    assert table(down)[3] == (30, 33.0, ON_TRACK)  # 36 - 12 * 3/12
    assert table(down)[12] == (25, 24.0, AT_RISK)
