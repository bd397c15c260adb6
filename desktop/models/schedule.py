"""Schedule rules: when a task happens, as data (see DESIGN.md, "Schedule rules").

A :class:`ScheduleRule` is parsed from the seed's phrases (每日, 每周, 每月第N周, 每月初, 每月中旬,
每月底, 每季度, 每年) or their English equivalents (``schedule_parse.parse_rule``), prints itself
back in zh_TW, zh_CN or en, and expands to concrete inclusive date ranges for a year
(``schedule_expand.expand``). Pure standard library.

Decisions:

* Every occurrence lies inside one month (``Occurrence.month``): weeks are clipped to their month,
  and a RANGE that crosses months is split into one occurrence per month.
* QUARTERLY spans the whole month ``quarter_month`` (1..3, default 3) of each quarter, so by
  default Mar, Jun, Sep and Dec (quarterly reports are due at quarter end).
* YEARLY spans one whole month: ``months[0]`` if given (at most one month), else December.
* ``months`` restricts DAILY, WEEKLY and MONTHLY_* rules; all twelve months normalise to ``()``.
  Text form: ``1月、3月：每月第二周`` / ``in Jan, Mar: every month, week 2``; YEARLY: ``每年6月`` /
  ``yearly in Jun``.
* ``period_word`` remembers the wording family of a MONTHLY_PERIOD rule: ``"chu"`` (月初/月中/
  月底) or ``"xun"`` (上旬/中旬/下旬). ``None`` becomes the seed's word for the period: EARLY and
  LATE -> "chu" (每月初, 每月底), MID -> "xun" (每月中旬). In English the seed's word prints plainly
  ("early in the month", "mid-month", "end of the month"), the other family with its day span.
* ``moved`` holds the exceptions of a MONTHLY_WEEK rule: ``((8, 4),)`` = in August week 4
  instead of the rule's week (one occurrence moved on the board). Text form: ``每月第二周（8月第四周）``
  / ``every month, week 2 (Aug: week 4)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

__all__ = [
    "Period",
    "RuleKind",
    "ScheduleRule",
    "WeekConvention",
    "format_span",
]


class RuleKind(StrEnum):
    ONCE = "once"
    RANGE = "range"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY_WEEK = "monthly_week"
    MONTHLY_PERIOD = "monthly_period"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Period(StrEnum):
    EARLY = "early"  # 上旬 / 月初: days 1-10
    MID = "mid"  # 中旬 / 月中: days 11-20
    LATE = "late"  # 下旬 / 月底: days 21-end


class WeekConvention(StrEnum):
    CALENDAR = "calendar"  # Monday-first weeks clipped to the month; week 1 holds day 1
    BLOCKS = "blocks"  # 7-day blocks: days 1-7, 8-14, 15-21, 22-28, 29-end


_MONTHLY_KINDS = frozenset(
    {RuleKind.DAILY, RuleKind.WEEKLY, RuleKind.MONTHLY_WEEK, RuleKind.MONTHLY_PERIOD}
)
_SEED_WORD = {Period.EARLY: "chu", Period.MID: "xun", Period.LATE: "chu"}
_ZH_PERIOD = {
    (Period.EARLY, "chu"): "每月初",
    (Period.MID, "chu"): "每月中",
    (Period.LATE, "chu"): "每月底",
    (Period.EARLY, "xun"): "每月上旬",
    (Period.MID, "xun"): "每月中旬",
    (Period.LATE, "xun"): "每月下旬",
}
_EN_SPAN = {
    Period.EARLY: "early (1st–10th)",
    Period.MID: "mid (11th–20th)",
    Period.LATE: "late (21st–end)",
}
_EN_PLAIN = {
    Period.EARLY: "early in the month",
    Period.MID: "mid-month",
    Period.LATE: "end of the month",
}
_CN = "一二三四五六七八九十"
_ZH_WEEKDAYS = "一二三四五六日"
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FIELDS = (
    "kind",
    "week",
    "weekday",
    "period",
    "months",
    "start",
    "end",
    "period_word",
    "quarter_month",
    "moved",
)


def _check_int(name: str, value: object, lo: int, hi: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise ValueError(f"{name} must be an integer {lo}..{hi}, got {value!r}")


@dataclass(frozen=True, slots=True)
class ScheduleRule:
    """One schedule rule; validated and normalised on construction (raises ValueError)."""

    kind: RuleKind
    week: int | None = None  # 1..6, MONTHLY_WEEK only
    weekday: int | None = None  # 0=Mon..6=Sun, WEEKLY only; None = once a week (whole week)
    period: Period | None = None  # MONTHLY_PERIOD only
    months: tuple[int, ...] = ()  # sorted unique 1..12; () = every month
    start: date | None = None  # ONCE and RANGE
    end: date | None = None  # RANGE (inclusive)
    period_word: str | None = None  # MONTHLY_PERIOD: "chu" or "xun"; None -> the seed's word
    quarter_month: int = 3  # QUARTERLY: month of each quarter (1..3)
    moved: tuple[tuple[int, int], ...] = ()  # MONTHLY_WEEK: (month, week) exceptions

    def __post_init__(self) -> None:
        def fix(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        kind = RuleKind(self.kind)
        fix("kind", kind)
        uses = {
            "week": kind is RuleKind.MONTHLY_WEEK,
            "weekday": kind is RuleKind.WEEKLY,
            "period": kind is RuleKind.MONTHLY_PERIOD,
            "period_word": kind is RuleKind.MONTHLY_PERIOD,
            "start": kind in (RuleKind.ONCE, RuleKind.RANGE),
            "end": kind is RuleKind.RANGE,
        }
        for name, used in uses.items():
            if not used and getattr(self, name) is not None:
                raise ValueError(f"{name} does not apply to a {kind} rule")
        if kind is RuleKind.MONTHLY_WEEK:
            _check_int("week", self.week, 1, 6)
        if self.weekday is not None:
            _check_int("weekday", self.weekday, 0, 6)
        if kind is RuleKind.MONTHLY_PERIOD:
            if self.period is None:
                raise ValueError("a monthly_period rule needs a period (early, mid or late)")
            period = Period(self.period)
            word = self.period_word if self.period_word is not None else _SEED_WORD[period]
            if word not in ("chu", "xun"):
                raise ValueError(f"period_word must be 'chu' or 'xun', got {word!r}")
            fix("period", period)
            fix("period_word", word)
        _check_int("quarter_month", self.quarter_month, 1, 3)
        if kind is not RuleKind.QUARTERLY and self.quarter_month != 3:
            raise ValueError(f"quarter_month does not apply to a {kind} rule")
        for month in self.months:
            _check_int("month", month, 1, 12)
        months = tuple(sorted(set(self.months)))
        if kind in _MONTHLY_KINDS:
            months = () if len(months) == 12 else months
        elif kind is RuleKind.YEARLY:
            if len(months) > 1:
                raise ValueError(f"a yearly rule takes at most one month, got {months}")
            months = () if months == (12,) else months
        elif months:
            raise ValueError(f"months do not apply to a {kind} rule")
        fix("months", months)
        self._check_moved(kind, fix)
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ValueError(f"{name} must be a date, got {value!r}")
        if kind in (RuleKind.ONCE, RuleKind.RANGE) and self.start is None:
            raise ValueError(f"a {kind} rule needs a start date")
        if kind is RuleKind.RANGE:
            if self.end is None:
                raise ValueError("a range rule needs an end date")
            if self.start is not None and self.end < self.start:
                raise ValueError(f"range ends ({self.end}) before it starts ({self.start})")

    def _check_moved(self, kind: RuleKind, fix: Callable[[str, object], None]) -> None:
        if not self.moved:
            fix("moved", ())
            return
        if kind is not RuleKind.MONTHLY_WEEK:
            raise ValueError(f"moved occurrences do not apply to a {kind} rule")
        moved: dict[int, int] = {}
        for pair in self.moved:
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                raise ValueError(f"a moved occurrence is (month, week), got {pair!r}")
            month, week = pair
            _check_int("month", month, 1, 12)
            _check_int("week", week, 1, 6)
            if self.months and month not in self.months:
                raise ValueError(f"month {month} is moved but the rule does not apply to it")
            moved[month] = week
        fix("moved", tuple(sorted((m, w) for m, w in moved.items() if w != self.week)))

    def week_in(self, month: int) -> int | None:
        """The week of the month a MONTHLY_WEEK rule takes in ``month`` (moves applied)."""
        return dict(self.moved).get(month, self.week)

    # The fields a kind needs are checked in __post_init__; these give them typed, for that kind.
    def dates(self) -> tuple[date, date]:
        """First and last day of a ONCE or RANGE rule (a ONCE rule ends where it starts)."""
        if self.start is None:
            raise ValueError(f"a {self.kind} rule has no dates")
        return self.start, self.end or self.start

    def month_week(self, month: int) -> int:
        """``week_in`` of a MONTHLY_WEEK rule."""
        week = self.week_in(month)
        if week is None:
            raise ValueError(f"a {self.kind} rule has no week of the month")
        return week

    def month_period(self) -> Period:
        """The period of a MONTHLY_PERIOD rule."""
        if self.period is None:
            raise ValueError(f"a {self.kind} rule has no period of the month")
        return self.period

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe and minimal: ``kind`` plus the fields that differ from their defaults."""
        out: dict[str, Any] = {"kind": self.kind.value}
        if self.week is not None:
            out["week"] = self.week
        if self.weekday is not None:
            out["weekday"] = self.weekday
        if self.period is not None:
            out["period"] = self.period.value
            if self.period_word != _SEED_WORD[self.period]:
                out["period_word"] = self.period_word
        if self.months:
            out["months"] = list(self.months)
        if self.start is not None:
            out["start"] = self.start.isoformat()
        if self.end is not None:
            out["end"] = self.end.isoformat()
        if self.quarter_month != 3:
            out["quarter_month"] = self.quarter_month
        if self.moved:
            out["moved"] = [list(pair) for pair in self.moved]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScheduleRule:
        """Inverse of :meth:`to_dict`; raises ValueError for unknown keys or bad values."""
        unknown = sorted(set(data) - set(_FIELDS))
        if unknown or "kind" not in data:
            raise ValueError(f"bad schedule rule {dict(data)!r}: unknown keys {unknown} or no kind")
        kw = dict(data)
        for name in ("start", "end"):
            if isinstance(kw.get(name), str):
                kw[name] = date.fromisoformat(kw[name])
        kw["months"] = tuple(kw.get("months") or ())
        kw["moved"] = tuple(tuple(p) if isinstance(p, list) else p for p in kw.get("moved") or ())
        return cls(**kw)

    def text(self, lang: str = "zh_TW") -> str:
        """The rule in words, ``lang`` one of zh_TW, zh_CN, en; ``parse_rule`` reads it back."""
        lang = _lang(lang)
        base = _base_text(self, lang) + _moved_text(self, lang)
        if not self.months or self.kind is RuleKind.YEARLY:
            return base
        if lang == "en":
            return f"in {', '.join(_EN_MONTHS[m - 1][:3] for m in self.months)}: {base}"
        return "、".join(f"{m}月" for m in self.months) + "：" + base


def _lang(lang: str) -> str:
    key = lang.replace("-", "_").lower()
    if key.startswith("en"):
        return "en"
    if key in ("zh_cn", "zh_sg", "zh_hans") or key.startswith("zh_hans"):
        return "zh_CN"
    if key.startswith("zh"):
        return "zh_TW"
    raise ValueError(f"unknown language {lang!r} (zh_TW, zh_CN or en)")


def _base_text(rule: ScheduleRule, lang: str) -> str:
    en, kind = lang == "en", rule.kind
    if kind is RuleKind.ONCE:
        return f"once on {rule.start}" if en else f"{rule.start}"
    if kind is RuleKind.RANGE:
        return f"{rule.start} to {rule.end}" if en else f"{rule.start}至{rule.end}"
    if kind is RuleKind.DAILY:
        return "daily" if en else "每日"
    if kind is RuleKind.WEEKLY:
        if rule.weekday is None:
            return "weekly" if en else "每周"
        day = rule.weekday
        return f"weekly on {_EN_WEEKDAYS[day]}" if en else f"每周{_ZH_WEEKDAYS[day]}"
    if kind is RuleKind.MONTHLY_WEEK:
        week = rule.month_week(0)  # the rule's own week (no month 0 is moved)
        return f"every month, week {week}" if en else f"每月第{_CN[week - 1]}周"
    if kind is RuleKind.MONTHLY_PERIOD:
        period = rule.month_period()
        word = rule.period_word or _SEED_WORD[period]  # __post_init__ fills it in
        if not en:
            return _ZH_PERIOD[period, word]
        plain = word == _SEED_WORD[period]
        return _EN_PLAIN[period] if plain else f"every month, {_EN_SPAN[period]}"
    if kind is RuleKind.QUARTERLY:
        qm = rule.quarter_month
        if qm == 3:
            return "quarterly" if en else "每季度"
        unit = "个" if lang == "zh_CN" else "個"
        return f"quarterly, month {qm}" if en else f"每季度第{_CN[qm - 1]}{unit}月"
    if not rule.months:
        return "yearly" if en else "每年"
    return f"yearly in {_EN_MONTHS[rule.months[0] - 1][:3]}" if en else f"每年{rule.months[0]}月"


def _moved_text(rule: ScheduleRule, lang: str) -> str:
    if not rule.moved:
        return ""
    if lang == "en":
        return " (" + "; ".join(f"{_EN_MONTHS[m - 1][:3]}: week {w}" for m, w in rule.moved) + ")"
    return "（" + "、".join(f"{m}月第{_CN[w - 1]}周" for m, w in rule.moved) + "）"


def format_span(first: date, last: date, lang: str = "zh_TW") -> str:
    """Inclusive dates as people write them: ``8月1日–8月7日`` / ``Aug 1–Aug 7``."""
    if _lang(lang) == "en":
        return f"{_EN_MONTHS[first.month - 1][:3]} {first.day}–{_EN_MONTHS[last.month - 1][:3]} {last.day}"
    return f"{first.month}月{first.day}日–{last.month}月{last.day}日"
