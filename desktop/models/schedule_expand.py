"""A schedule rule's concrete dates in a year: :func:`expand` into :class:`Occurrence` s (each
inside one month; cached, returned as tuples of frozen objects: never mutate), the weeks of a
month under a week convention, the months a rule misses and occurrence counts. Pure standard
library.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .schedule import Period, RuleKind, ScheduleRule, WeekConvention

__all__ = ["Occurrence", "expand", "missing_months", "month_weeks", "occurrence_count"]

_PERIOD_DAYS = {Period.EARLY: (1, 10), Period.MID: (11, 20), Period.LATE: (21, 31)}


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One concrete occurrence: ``start``..``end`` inclusive, inside ``month`` of the year."""

    start: date
    end: date
    month: int


@lru_cache(maxsize=4096)
def _weeks(year: int, month: int, convention: WeekConvention) -> tuple[tuple[date, date], ...]:
    ndays = calendar.monthrange(year, month)[1]
    out = []
    day = 1
    while day <= ndays:
        start = date(year, month, day)
        span = 6 if convention is WeekConvention.BLOCKS else 6 - start.weekday()
        last = min(ndays, day + span)
        out.append((start, date(year, month, last)))
        day = last + 1
    return tuple(out)


def month_weeks(
    year: int, month: int, convention: WeekConvention = WeekConvention.CALENDAR
) -> list[tuple[date, date]]:
    """The weeks of a month as inclusive (first, last) dates; a fresh list on every call."""
    return list(_weeks(year, month, WeekConvention(convention)))


def _first_weekday(year: int, month: int, weekday: int) -> int:
    return (weekday - date(year, month, 1).weekday()) % 7 + 1


def _whole(year: int, month: int) -> Occurrence:
    ndays = calendar.monthrange(year, month)[1]
    return Occurrence(date(year, month, 1), date(year, month, ndays), month)


def _generate(rule: ScheduleRule, year: int, conv: WeekConvention) -> Iterator[Occurrence]:
    kind = rule.kind
    if kind is RuleKind.ONCE:
        day = rule.dates()[0]
        if day.year == year:
            yield Occurrence(day, day, day.month)
        return
    if kind is RuleKind.RANGE:
        start, end = rule.dates()
        lo, hi = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        while lo <= hi:
            last = min(hi, _whole(year, lo.month).end)
            yield Occurrence(lo, last, lo.month)
            lo = last + timedelta(days=1)
        return
    if kind is RuleKind.QUARTERLY:
        yield from (_whole(year, 3 * q + rule.quarter_month) for q in range(4))
        return
    if kind is RuleKind.YEARLY:
        yield _whole(year, rule.months[0] if rule.months else 12)
        return
    for month in rule.months or range(1, 13):
        ndays = calendar.monthrange(year, month)[1]
        if kind is RuleKind.DAILY:
            for d in range(1, ndays + 1):
                day = date(year, month, d)
                yield Occurrence(day, day, month)
        elif kind is RuleKind.WEEKLY and rule.weekday is not None:
            for d in range(_first_weekday(year, month, rule.weekday), ndays + 1, 7):
                day = date(year, month, d)
                yield Occurrence(day, day, month)
        elif kind is RuleKind.WEEKLY:
            yield from (Occurrence(s, e, month) for s, e in _weeks(year, month, conv))
        elif kind is RuleKind.MONTHLY_WEEK:
            weeks = _weeks(year, month, conv)
            week = rule.month_week(month)
            if week <= len(weeks):
                yield Occurrence(*weeks[week - 1], month)
        else:
            first, last_day = _PERIOD_DAYS[rule.month_period()]
            yield Occurrence(
                date(year, month, first), date(year, month, min(last_day, ndays)), month
            )


def _conv(rule: ScheduleRule, convention: WeekConvention | str) -> WeekConvention:
    """The convention as a cache key: rules that ignore weeks share one key."""
    if rule.kind is RuleKind.MONTHLY_WEEK or (
        rule.kind is RuleKind.WEEKLY and rule.weekday is None
    ):
        return WeekConvention(convention)
    return WeekConvention.CALENDAR


@lru_cache(maxsize=16384)
def _expand(rule: ScheduleRule, year: int, conv: WeekConvention) -> tuple[Occurrence, ...]:
    return tuple(_generate(rule, year, conv))


def expand(
    rule: ScheduleRule, year: int, convention: WeekConvention = WeekConvention.CALENDAR
) -> tuple[Occurrence, ...]:
    """The rule's occurrences in ``year``, sorted by start, each inside one month.

    Cached per (rule, year, convention): the result is a shared tuple of frozen objects.
    """
    return _expand(rule, year, _conv(rule, convention))


def missing_months(
    rule: ScheduleRule, year: int, convention: WeekConvention = WeekConvention.CALENDAR
) -> list[int]:
    """Months the rule applies to but has no occurrence in (only week 5/6 rules can miss)."""
    if rule.kind is not RuleKind.MONTHLY_WEEK:
        return []
    conv = WeekConvention(convention)
    return [
        m for m in rule.months or range(1, 13) if len(_weeks(year, m, conv)) < rule.month_week(m)
    ]


def occurrence_count(
    rule: ScheduleRule, year: int, convention: WeekConvention = WeekConvention.CALENDAR
) -> int:
    """``len(expand(rule, year, convention))`` without building the occurrences (cached)."""
    return _count(rule, year, _conv(rule, convention))


@lru_cache(maxsize=16384)
def _count(rule: ScheduleRule, year: int, conv: WeekConvention) -> int:
    kind = rule.kind
    if kind in (RuleKind.ONCE, RuleKind.RANGE):
        start, end = rule.dates()
        lo, hi = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        return max(0, hi.month - lo.month + 1) if lo <= hi else 0
    if kind is RuleKind.QUARTERLY:
        return 4
    if kind is RuleKind.YEARLY:
        return 1
    total = 0
    for month in rule.months or range(1, 13):
        ndays = calendar.monthrange(year, month)[1]
        if kind is RuleKind.DAILY:
            total += ndays
        elif kind is RuleKind.WEEKLY and rule.weekday is not None:
            total += (ndays - _first_weekday(year, month, rule.weekday)) // 7 + 1
        elif kind is RuleKind.WEEKLY:
            total += len(_weeks(year, month, conv))
        elif kind is RuleKind.MONTHLY_WEEK:
            total += rule.month_week(month) <= len(_weeks(year, month, conv))
        else:
            total += 1
    return total


def week_columns(year: int, convention: str) -> tuple[list[tuple[int, int]], dict[date, int]]:
    """The weeks of the year as board columns: [(month, week number in the month)] and
    day -> column index (0-based), weeks counted by ``convention`` (calendar or blocks)."""
    columns: list[tuple[int, int]] = []
    day_col: dict[date, int] = {}
    for month in range(1, 13):
        for n, (first, last) in enumerate(month_weeks(year, month, WeekConvention(convention)), 1):
            index = len(columns)
            columns.append((month, n))
            day = first
            while day <= last:
                day_col[day] = index
                day += timedelta(days=1)
    return columns, day_col
