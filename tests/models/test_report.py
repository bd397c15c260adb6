"""The progress report of a period (issue 29): due and done per subtask against hand-computed
values, the calendar export, notes, KPIs against targets, quarters and the year."""

from __future__ import annotations

import copy
from collections import Counter
from datetime import date

import pytest
import recurring_ical_events
from icalendar import Calendar

from benchmarks.large_plan import large_plan
from desktop.models import Plan
from desktop.models.deserialize import load_plan
from desktop.models.refusal import Invalid
from desktop.models.report import build_report, parse_period
from desktop.models.report.evaluation import findings
from desktop.models.report.rhythm import missing_reports, report_weeks
from desktop.models.sample import sample_data as cached_sample
from desktop.store import open_workspace

APRIL_2 = date(2027, 4, 2)


def sample_data() -> dict:
    """A copy of the sample plan's dump (the cached one must never change)."""
    return copy.deepcopy(cached_sample())


def plan_from(session, data) -> Plan:
    plan = load_plan(session, data, fresh_identity=True)
    session.flush()
    return plan


@pytest.fixture
def session(tmp_path):
    ws = open_workspace(tmp_path / "w.db")
    with ws.write() as s:
        yield s
        s.rollback()
    ws.close()


def sample_with_progress() -> dict:
    data = sample_data()
    subs = {s["code"]: s for t in data["tasks"] for s in t["subtasks"]}
    subs["T1.1"]["done"] = ["2027-03-01"]
    subs["T2.1"]["done"] = ["2027-02-28", "2027-03-01", "2027-03-02", "2027-03-03"]
    subs["T3.2"]["done"] = ["2027-03-29"]
    subs["T3.2"]["notes"] = [{"start": "2027-03-29", "problem": "素材遲交", "solution": "改期一周"}]
    subs["T1.2"]["notes"] = [{"start": "2027-04-12", "problem": "不在三月", "solution": ""}]
    return data


def test_month_due_and_done_are_the_hand_counted_ones(session):
    report = build_report(
        plan_from(session, sample_with_progress()), parse_period("2027-03"), APRIL_2
    )
    by_code = {e.code: e for e in report.entries}
    # March 2027 starts on a Monday; calendar weeks: week 5 is 29–31, there is no week 6.
    due = {"T1.1": 1, "T1.2": 1, "T1.3": 1, "T2.1": 31, "T2.2": 31, "T3.1": 1, "T3.2": 1}
    due |= {"T4.1": 1, "T4.2": 31, "T5.1": 1, "T5.2": 0}
    assert {c: e.due for c, e in by_code.items()} == due
    assert report.due == 100 and report.done == 5  # 1 + 3 (T2.1 in March) + 1
    assert report.completion == pytest.approx(0.05)
    assert by_code["T2.1"].rate == pytest.approx(3 / 31)
    assert by_code["T5.2"].rate is None
    assert by_code["T1.1"].team == "內容策劃團隊"
    assert [(n.problem, n.solution) for _e, n in report.notes] == [("素材遲交", "改期一周")]
    assert by_code["T1.2"].overdue == (date(2027, 3, 8),)
    assert len(by_code["T2.1"].overdue) == 28
    data = report.to_json()
    assert data["period"] == "2027-03" and data["completion"] == 0.05
    t32 = next(t for t in data["tasks"] if t["code"] == "T3.2")
    assert t32 == t32 | {"due": 1, "done": 1, "team": "內容創作團隊"}
    assert t32["notes"] == [{"date": "2027-03-29", "problem": "素材遲交", "solution": "改期一周"}]


def test_nothing_is_overdue_before_the_period_ends(session):
    report = build_report(
        plan_from(session, sample_data()), parse_period("2027-03"), date(2027, 3, 1)
    )
    assert report.overdue == []


def test_a_quarter_compares_with_the_previous_one(session):
    plan = plan_from(session, sample_with_progress())
    q2 = build_report(plan, parse_period("2027-Q2"), date(2027, 7, 2))
    assert q2.previous is not None and q2.previous.period.key == "2027-Q1"
    assert q2.previous.done == 6  # every mark of the sample is in Q1
    previous = q2.to_json()["previous"]
    assert previous["period"] == "2027-Q1" and previous["done"] == 6
    assert build_report(plan, parse_period("2027-Q1"), APRIL_2).to_json()["previous"] is None


def test_kpi_actuals_against_period_targets(session):
    data = sample_data()
    kpis = {k["code"]: k for g in data["goals"] for k in g["kpis"]}
    kpis["d1"]["actuals"] = [
        {"month": m, "value": v, "source": "", "note": "", "demo": False}
        for m, v in ((1, 18.0), (2, 22.0), (3, 25.0))
    ]
    report = build_report(plan_from(session, data), parse_period("2027-Q1"), APRIL_2)
    d1 = next(k for k in report.kpis if k.code == "d1")
    assert (d1.actual, d1.target, d1.status) == (65.0, 60.0, "on_track")  # count: summed
    month = build_report(plan_from(session, data), parse_period("2027-01"), APRIL_2)
    d1 = next(k for k in month.kpis if k.code == "d1")
    assert (d1.actual, d1.target) == (18.0, 20.0)


def test_kpis_carry_their_year_end_forecast_where_the_actuals_allow_one(session):
    from desktop.models.forecast import plan_forecasts

    data = sample_data()
    kpis = {k["code"]: k for g in data["goals"] for k in g["kpis"]}
    kpis["d1"]["actuals"] = [
        {"month": m, "value": v, "source": "", "note": "", "demo": False}
        for m, v in ((1, 18.0), (2, 22.0), (3, 25.0))
    ]
    plan = plan_from(session, data)
    report = build_report(plan, parse_period("2027-Q1"), APRIL_2)
    d1 = next(k for k in report.kpis if k.code == "d1")
    expected = next(f for f in plan_forecasts(plan) if f.code == "d1")
    assert expected.projected is not None
    assert d1.forecast == expected.as_json()  # the same figures as `plandesk forecast`
    assert all(k.forecast is None for k in report.kpis if k.code != "d1")  # too few actuals


def test_the_year_evaluates_each_indicator_against_its_kpis(session):
    report = build_report(plan_from(session, sample_data()), parse_period("2027"), APRIL_2)
    links = {e.code: [k.code for k in e.kpis] for e in report.evaluation}
    assert links["EV1"] == ["a1", "a2"]  # 品牌知名度 is goal a's title
    assert links["EV2"] == ["b1"]  # 互動量
    assert links["EV3"] == ["c1", "c2"]  # 轉化率, 廣告點擊率
    assert "EV4" in links and "EV5" not in links  # time points and methods are no measures
    assert findings(report.evaluation, "zh_TW").splitlines()[0].startswith("EV1 品牌知名度: 無數據")


def test_periods_are_read_and_refused_in_one_line():
    assert parse_period("2027-Q3").months == (7, 8, 9)
    assert parse_period("2027-3").key == "2027-03"
    assert parse_period("2027").label("zh_TW") == "2027年度"
    with pytest.raises(Invalid, match="'2027-13' is not a period"):
        parse_period("2027-13")
    with pytest.raises(Invalid, match="not in the plan year 2027"):
        parse_period("2026-03", 2027)


def test_report_weeks_and_missing_monthly_reports(session):
    plan = plan_from(session, sample_data())
    weeks = report_weeks(plan)
    assert ("MON5", date(2027, 3, 29), date(2027, 3, 31)) in weeks  # 每月第五周
    missing = missing_reports(plan, {"2027-01"}, date(2027, 4, 2))
    assert [f.params["period"] for f in missing] == ["2027-02", "2027-03"]
    assert missing[0].message("zh_TW") == "2027-02 尚未產生月度進度報告"


def test_a_big_plan_month_agrees_with_its_calendar(session, tmp_path):
    from desktop.exchange.calendar_ics_text import write_calendar

    plan = plan_from(session, large_plan(subtasks=300, risks=20, actuals=200, tasks=30))
    report = build_report(plan, parse_period("2027-05"), date(2027, 6, 1))
    out = tmp_path / "big.ics"
    write_calendar(session, plan, out)
    cal = Calendar.from_ical(out.read_bytes())
    events = recurring_ical_events.of(cal).between(date(2027, 5, 1), date(2027, 6, 1))
    counted = Counter(
        str(e["X-PLANDESK-ITEM"]).split(" ", 1)[1]
        for e in events
        if str(e["X-PLANDESK-ITEM"]).startswith("subtask ")
    )
    assert {e.code: e.due for e in report.entries if e.due} == dict(counted)
    assert report.due == sum(counted.values()) > 300
