"""Schedule rules: printing, reading back, expansion and the calendar facts of 2027
(the phrases people type: test_schedule_parse.py)."""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.schedule import Period, RuleKind, ScheduleRule, WeekConvention
from desktop.models.schedule_expand import (
    Occurrence,
    expand,
    missing_months,
    month_weeks,
    occurrence_count,
)
from desktop.models.schedule_parse import parse_rule

PROPS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CAL, BLOCKS = WeekConvention.CALENDAR, WeekConvention.BLOCKS
LANGS = ("zh_TW", "zh_CN", "en")

# ---- strategies ----------------------------------------------------------------------------

months_st = st.lists(st.integers(1, 12), max_size=12, unique=True).map(tuple)
dates_st = st.dates(date(2020, 1, 1), date(2032, 12, 31))
rules_st = st.one_of(
    st.builds(ScheduleRule, st.just(RuleKind.DAILY), months=months_st),
    st.builds(
        ScheduleRule,
        st.just(RuleKind.WEEKLY),
        weekday=st.none() | st.integers(0, 6),
        months=months_st,
    ),
    st.builds(
        ScheduleRule, st.just(RuleKind.MONTHLY_WEEK), week=st.integers(1, 6), months=months_st
    ),
    st.builds(
        ScheduleRule,
        st.just(RuleKind.MONTHLY_PERIOD),
        period=st.sampled_from(Period),
        period_word=st.sampled_from([None, "chu", "xun"]),
        months=months_st,
    ),
    st.builds(ScheduleRule, st.just(RuleKind.QUARTERLY), quarter_month=st.integers(1, 3)),
    st.builds(
        ScheduleRule,
        st.just(RuleKind.YEARLY),
        months=st.sampled_from([()] + [(m,) for m in range(1, 13)]),
    ),
    st.builds(ScheduleRule, st.just(RuleKind.ONCE), start=dates_st),
    st.lists(dates_st, min_size=2, max_size=2)
    .map(sorted)
    .map(lambda ab: ScheduleRule(RuleKind.RANGE, start=ab[0], end=ab[1])),
)
years_st = st.integers(2020, 2032)
conventions_st = st.sampled_from(WeekConvention)


def _applicable(rule: ScheduleRule) -> list[int]:
    return list(rule.months or range(1, 13))


# ---- properties ----------------------------------------------------------------------------


@PROPS
@given(rules_st, years_st, conventions_st)
def test_occurrences_inside_month_sorted_disjoint_and_counted(rule, year, convention):
    occurrences = expand(rule, year, convention)
    assert isinstance(occurrences, tuple)
    for occ in occurrences:
        assert occ.start <= occ.end
        assert occ.start.year == occ.end.year == year
        assert occ.start.month == occ.end.month == occ.month
    for before, after in zip(occurrences, occurrences[1:], strict=False):
        assert before.end < after.start
    assert occurrence_count(rule, year, convention) == len(occurrences)


@PROPS
@given(rules_st, years_st, conventions_st)
def test_missing_months_complement_months_with_occurrences(rule, year, convention):
    missing = missing_months(rule, year, convention)
    if rule.kind in (RuleKind.ONCE, RuleKind.RANGE, RuleKind.QUARTERLY, RuleKind.YEARLY):
        assert missing == []
        return
    have = {occ.month for occ in expand(rule, year, convention)}
    assert sorted(set(missing) | have) == _applicable(rule)
    assert not set(missing) & have


@PROPS
@given(years_st)
def test_daily_every_day_of_the_year(year):
    days = 366 if calendar.isleap(year) else 365
    occurrences = expand(ScheduleRule(RuleKind.DAILY), year)
    assert len(occurrences) == days == occurrence_count(ScheduleRule(RuleKind.DAILY), year)
    assert occurrences[0].start == date(year, 1, 1) and occurrences[-1].end == date(year, 12, 31)


@PROPS
@given(rules_st, st.sampled_from(LANGS))
def test_text_parses_back(rule, lang):
    assert parse_rule(rule.text(lang)) == rule


@PROPS
@given(rules_st)
def test_dict_round_trip(rule):
    data = rule.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert ScheduleRule.from_dict(json.loads(json.dumps(data))) == rule


@PROPS
@given(years_st, st.integers(1, 12), conventions_st)
def test_month_weeks_tile_the_month(year, month, convention):
    weeks = month_weeks(year, month, convention)
    assert weeks[0][0] == date(year, month, 1)
    assert weeks[-1][1] == date(year, month, calendar.monthrange(year, month)[1])
    for (_, end), (start, _) in zip(weeks, weeks[1:], strict=False):
        assert start == end + timedelta(days=1)
    assert all(start <= end and (end - start).days < 7 for start, end in weeks)
    if convention is CAL:
        assert all(start.weekday() == 0 for start, _ in weeks[1:])
        assert all(end.weekday() == 6 for _, end in weeks[:-1])


# ---- calendar facts (2027: Jan 1 is a Friday) ----------------------------------------------


def test_2027_calendar_weeks():
    counts = {m: len(month_weeks(2027, m)) for m in range(1, 13)}
    assert {m for m, n in counts.items() if n == 6} == {5, 8}
    assert counts[2] == 4
    assert {n for m, n in counts.items() if m not in (2, 5, 8)} == {5}
    assert date(2027, 5, 1).weekday() == 5 and date(2027, 8, 1).weekday() == 6
    may = [(s.day, e.day) for s, e in month_weeks(2027, 5)]
    assert may == [(1, 2), (3, 9), (10, 16), (17, 23), (24, 30), (31, 31)]
    assert [(s.day, e.day) for s, e in month_weeks(2027, 2)] == [
        (1, 7),
        (8, 14),
        (15, 21),
        (22, 28),
    ]


def test_2027_week5_and_week6_missing_months():
    assert missing_months(parse_rule("每月第五周"), 2027) == [2]
    assert missing_months(parse_rule("每月第六周"), 2027) == [1, 2, 3, 4, 6, 7, 9, 10, 11, 12]
    assert missing_months(parse_rule("每月第四周"), 2027) == []
    week6 = expand(parse_rule("每月第六周"), 2027)
    assert [(o.start, o.end) for o in week6] == [
        (date(2027, 5, 31), date(2027, 5, 31)),
        (date(2027, 8, 30), date(2027, 8, 31)),
    ]
    subset = ScheduleRule(RuleKind.MONTHLY_WEEK, week=6, months=(2, 5))
    assert missing_months(subset, 2027) == [2]


def test_blocks_convention():
    assert [(s.day, e.day) for s, e in month_weeks(2027, 1, BLOCKS)] == [
        (1, 7),
        (8, 14),
        (15, 21),
        (22, 28),
        (29, 31),
    ]
    week5, week6 = parse_rule("每月第五周"), parse_rule("每月第六周")
    assert missing_months(week5, 2027, BLOCKS) == [2]
    assert missing_months(week5, 2028, BLOCKS) == []
    assert missing_months(week6, 2027, BLOCKS) == list(range(1, 13))
    assert missing_months(week6, 2028, "blocks") == list(range(1, 13))
    assert expand(week5, 2028, BLOCKS)[1] == Occurrence(date(2028, 2, 29), date(2028, 2, 29), 2)


MW = RuleKind.MONTHLY_WEEK


# ---- rules, dicts and expansion --------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": MW, "week": 7},
        {"kind": MW},
        {"kind": MW, "week": 0},
        {"kind": MW, "week": True},
        {"kind": RuleKind.WEEKLY, "weekday": 9},
        {"kind": RuleKind.DAILY, "months": (13,)},
        {"kind": RuleKind.DAILY, "week": 1},
        {"kind": RuleKind.ONCE},
        {"kind": RuleKind.RANGE, "start": date(2027, 3, 2), "end": date(2027, 3, 1)},
        {"kind": RuleKind.RANGE, "start": date(2027, 3, 2)},
        {"kind": RuleKind.MONTHLY_PERIOD},
        {"kind": RuleKind.MONTHLY_PERIOD, "period": "early", "period_word": "late"},
        {"kind": RuleKind.QUARTERLY, "quarter_month": 4},
        {"kind": RuleKind.DAILY, "quarter_month": 1},
        {"kind": RuleKind.QUARTERLY, "months": (1,)},
        {"kind": RuleKind.YEARLY, "months": (1, 2)},
        {"kind": "monthly"},
        {"kind": RuleKind.ONCE, "start": "2027-03-05"},
    ],
)
def test_impossible_rules_raise(kwargs):
    with pytest.raises(ValueError):
        ScheduleRule(**kwargs)


def test_to_dict_is_minimal_and_from_dict_checks_keys():
    assert parse_rule("每月第三周").to_dict() == {"kind": "monthly_week", "week": 3}
    assert parse_rule("每月中旬").to_dict() == {"kind": "monthly_period", "period": "mid"}
    assert parse_rule("每月上旬").to_dict() == {
        "kind": "monthly_period",
        "period": "early",
        "period_word": "xun",
    }
    assert parse_rule("2027-03-01..2027-03-31").to_dict() == {
        "kind": "range",
        "start": "2027-03-01",
        "end": "2027-03-31",
    }
    with pytest.raises(ValueError, match="unknown"):
        ScheduleRule.from_dict({"kind": "daily", "every": 2})
    with pytest.raises(ValueError):
        ScheduleRule.from_dict({"week": 2})


def _spans(rule, year=2027):
    return [(o.start, o.end, o.month) for o in expand(rule, year)]


def test_expansion_of_each_kind():
    whole = [
        (date(2027, m, 1), date(2027, m, calendar.monthrange(2027, m)[1]), m) for m in (3, 6, 9, 12)
    ]
    assert _spans(parse_rule("每季度")) == whole
    assert _spans(parse_rule("每季度第一個月"))[0] == (date(2027, 1, 1), date(2027, 1, 31), 1)
    assert _spans(parse_rule("每年")) == whole[-1:]
    assert _spans(parse_rule("每年6月")) == [whole[1]]
    assert _spans(parse_rule("每月底"))[1] == (date(2027, 2, 21), date(2027, 2, 28), 2)
    assert _spans(parse_rule("每月中旬"))[0] == (date(2027, 1, 11), date(2027, 1, 20), 1)
    mondays = expand(parse_rule("every Monday"), 2027)
    assert len(mondays) == 52 and all(o.start.weekday() == 0 for o in mondays)
    assert len(expand(parse_rule("每周"), 2027)) == sum(
        len(month_weeks(2027, m)) for m in range(1, 13)
    )
    assert _spans(parse_rule("2027-03-05")) == [(date(2027, 3, 5), date(2027, 3, 5), 3)]
    assert _spans(parse_rule("2027-03-05"), 2028) == []
    assert _spans(parse_rule("2026-12-20..2027-02-10")) == [
        (date(2027, 1, 1), date(2027, 1, 31), 1),
        (date(2027, 2, 1), date(2027, 2, 10), 2),
    ]
    assert occurrence_count(parse_rule("2026-12-20..2027-02-10"), 2026) == 1


def test_cached_results_cannot_be_corrupted():
    weeks = month_weeks(2027, 5)
    weeks.clear()
    assert len(month_weeks(2027, 5)) == 6
    rule = parse_rule("每日")
    assert expand(rule, 2027) is expand(rule, 2027, "blocks")  # convention-free kinds share
    with pytest.raises(AttributeError):
        expand(rule, 2027)[0].start = date(2000, 1, 1)


def test_moved_weeks_print_parse_and_expand():
    """One occurrence moved on the board: an exception of the rule (issue 16)."""
    from desktop.models.schedule import format_span

    rule = ScheduleRule(RuleKind.MONTHLY_WEEK, week=2, moved=((8, 4), (3, 2)))
    assert rule.moved == ((8, 4),)  # a "move" to the rule's own week is no exception
    assert rule.text("zh_TW") == "每月第二周（8月第四周）"
    assert rule.text("en") == "every month, week 2 (Aug: week 4)"
    for lang in ("zh_TW", "zh_CN", "en"):
        assert parse_rule(rule.text(lang)) == rule
    assert parse_rule("every month, early (1st–10th)").kind is RuleKind.MONTHLY_PERIOD
    assert ScheduleRule.from_dict(rule.to_dict()) == rule
    august = [o for o in expand(rule, 2027) if o.month == 8]
    assert [(o.start, o.end) for o in august] == [(date(2027, 8, 16), date(2027, 8, 22))]
    assert missing_months(ScheduleRule(RuleKind.MONTHLY_WEEK, week=1, moved=((2, 6),)), 2027) == [2]
    with pytest.raises(ValueError):
        ScheduleRule(RuleKind.DAILY, moved=((8, 4),))
    assert format_span(date(2027, 8, 1), date(2027, 8, 1)) == "8月1日–8月1日"
    assert format_span(date(2027, 8, 1), date(2027, 8, 7), "en") == "Aug 1–Aug 7"
