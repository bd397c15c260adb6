"""Report periods: a month (``2027-03``), a quarter (``2027-Q1``) or a year (``2027``)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..refusal import Invalid

MONTH, QUARTER, YEAR = "month", "quarter", "year"
_FORM = re.compile(r"^\s*(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])))?\s*$")


@dataclass(frozen=True)
class Period:
    """A span of whole months of one year."""

    year: int
    kind: str  # month, quarter or year
    number: int = 0  # the month (1-12) or the quarter (1-4); 0 for a year

    @property
    def months(self) -> tuple[int, ...]:
        if self.kind == MONTH:
            return (self.number,)
        if self.kind == QUARTER:
            first = 3 * (self.number - 1) + 1
            return (first, first + 1, first + 2)
        return tuple(range(1, 13))

    @property
    def start(self) -> date:
        return date(self.year, self.months[0], 1)

    @property
    def end(self) -> date:
        last = self.months[-1]
        return date(self.year, last, calendar.monthrange(self.year, last)[1])

    @property
    def key(self) -> str:
        """As typed on the command line: 2027-03, 2027-Q1, 2027."""
        if self.kind == MONTH:
            return f"{self.year}-{self.number:02d}"
        if self.kind == QUARTER:
            return f"{self.year}-Q{self.number}"
        return str(self.year)

    def previous(self) -> Period | None:
        """The period before this one in the same plan year (None for January, Q1, a year)."""
        if self.kind == YEAR or self.number <= 1:
            return None
        return Period(self.year, self.kind, self.number - 1)

    def label(self, lang: str) -> str:
        """The period in words: 2027年3月 / 2027年第1季度 / 2027年度 / March 2027."""
        if lang.startswith("en"):
            if self.kind == MONTH:
                return f"{calendar.month_name[self.number]} {self.year}"
            if self.kind == QUARTER:
                return f"Q{self.number} {self.year}"
            return f"Year {self.year}"
        if self.kind == MONTH:
            return f"{self.year}年{self.number}月"
        if self.kind == QUARTER:
            return f"{self.year}年第{self.number}季度"
        return f"{self.year}年度"

    def title(self, lang: str) -> str:
        """The report's name as the plan's monitoring section calls it."""
        words = {
            MONTH: ("月度進度報告", "月度进度报告", "Monthly progress report"),
            QUARTER: ("季度工作總結報告", "季度工作总结报告", "Quarterly summary report"),
            YEAR: ("年度評估報告", "年度评估报告", "Annual evaluation report"),
        }[self.kind]
        if lang.startswith("en"):
            return words[2]
        return words[1] if lang in ("zh_CN", "zh_SG") else words[0]


def parse_period(raw: str, year: int | None = None, field: str = "--period") -> Period:
    """``2027-03`` / ``2027-Q1`` / ``2027``; with ``year`` it must be that plan year."""
    match = _FORM.match(raw or "")
    if not match:
        raise Invalid(field, "not_period", value=raw)
    period_year = int(match.group(1))
    if match.group(2):
        month = int(match.group(2))
        if not 1 <= month <= 12:
            raise Invalid(field, "not_period", value=raw)
        period = Period(period_year, MONTH, month)
    elif match.group(3):
        period = Period(period_year, QUARTER, int(match.group(3)))
    else:
        period = Period(period_year, YEAR)
    if year is not None and period_year != year:
        raise Invalid(field, "period_year", value=raw, year=year)
    return period
