"""The KPI chart's "as of" marker says what it marks: today, year end or the latest month."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.models.kpi_math import KpiSpec, as_of_kind, as_of_month, kpi_series
from desktop.render.kpi_chart_text import marker_text, should_text


def series_for(today: date):
    spec = KpiSpec(
        code="a1",
        name="粉絲數",
        unit="",
        target_kind="count",
        target=20.0,
        actuals={1: 18.0, 2: 21.0, 3: 25.0},
    )
    as_of = as_of_month(2027, today, [spec])
    return replace(kpi_series(spec, as_of=as_of), as_of_kind=as_of_kind(2027, today))


def test_before_the_plan_year_the_marker_is_the_latest_month_with_data():
    series = series_for(date(2026, 12, 2))
    assert series.as_of == 3.0 and series.as_of_kind == "latest"
    assert should_text(series, 20.0, "zh_TW") == "3月應達 20"
    assert should_text(series, 20.0, "en") == "month 3: should be 20"
    assert "today" not in marker_text(series, "en") and "今天" not in marker_text(series, "zh_TW")
    assert marker_text(series, "en") == "where we should be in the latest month with data"


def test_in_and_after_the_plan_year():
    assert should_text(series_for(date(2027, 5, 1)), 20.0, "zh_TW") == "今天應達 20"
    assert marker_text(series_for(date(2027, 5, 1)), "en") == "where we should be today"
    after = series_for(date(2028, 2, 1))
    assert should_text(after, 20.0, "en") == "year end: should be 20"
    assert marker_text(after, "zh_TW") == "年底應達到的位置"
