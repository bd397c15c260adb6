"""The plan's own reporting rhythm: the report items of its monitoring section.

A monitoring item of kind ``report`` with a monthly rule (每月第五周：提交月度進度報告) asks for a
monthly progress report; one with a quarterly rule (每季度) for a quarterly summary. The board
marks the weeks they fall in (``report_weeks``); ``missing_reports`` lists each month that is
over without a monthly report produced (the audit trail's "report" events) as a warning.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..checks import WARNING, Finding
from ..schedule import RuleKind, ScheduleRule, WeekConvention
from ..schedule_expand import expand
from .period import MONTH, Period

MONTHLY_KINDS = (RuleKind.MONTHLY_WEEK, RuleKind.MONTHLY_PERIOD, RuleKind.WEEKLY, RuleKind.DAILY)


def report_items(plan: Any, *, monthly: bool | None = None) -> list[Any]:
    """The monitoring items that are reports (only the monthly ones with ``monthly=True``)."""
    out = []
    for item in plan.monitoring:
        rule = item.rule
        if item.kind != "report" or rule is None:
            continue
        if monthly is None or (rule.kind in MONTHLY_KINDS) == monthly:
            out.append(item)
    return out


def report_weeks(plan: Any) -> list[tuple[str, date, date]]:
    """(item code, start, end) of every occurrence of the plan's report items in its year."""
    items = [(item.code, item.rule) for item in report_items(plan)]
    return report_spans(items, plan.year, WeekConvention(plan.week_convention))


def report_spans(
    items: list[tuple[str, ScheduleRule]], year: int, convention: WeekConvention
) -> list[tuple[str, date, date]]:
    """(code, start, end) of every occurrence of the report items ``(code, rule)``."""
    return [(code, o.start, o.end) for code, rule in items for o in expand(rule, year, convention)]


def missing_reports(plan: Any, produced: set[str], today: date) -> list[Finding]:
    """A warning per month of the plan year that is over with no monthly report produced,
    when the plan's monitoring section asks for one."""
    items = report_items(plan, monthly=True)
    if not items:
        return []
    item = items[0]
    out = []
    for month in range(1, 13):
        period = Period(plan.year, MONTH, month)
        if period.end >= today or period.key in produced:
            continue
        out.append(
            Finding(
                WARNING,
                "monitoring",
                item.code,
                item.title,
                "report_missing",
                {"period": period.key},
            )
        )
    return out
