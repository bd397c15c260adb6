"""Schedule rules: when a task happens, as data (see DESIGN.md, "Schedule rules").

A :class:`ScheduleRule` is parsed from the seed's phrases (每日, 每周, 每月第N周, 每月初, 每月中旬,
每月底, 每季度, 每年) or their English equivalents, prints itself back in zh_TW, zh_CN or en, and
expands to concrete inclusive date ranges (:class:`Occurrence`) for a year. Pure standard library.

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
* :func:`expand` results are cached and returned as tuples of frozen objects (never mutate).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

__all__ = [
    "Occurrence",
    "Period",
    "RuleKind",
    "ScheduleParseError",
    "ScheduleRule",
    "WeekConvention",
    "expand",
    "format_span",
    "missing_months",
    "month_weeks",
    "occurrence_count",
    "parse_rule",
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


class ScheduleParseError(ValueError):
    """Text that is not a schedule; the message names the text and why."""

    def __init__(self, text: object, reason: str) -> None:
        super().__init__(f"cannot read schedule {text!r}: {reason}")
        self.text = text
        self.reason = reason


_MONTHLY_KINDS = frozenset(
    {RuleKind.DAILY, RuleKind.WEEKLY, RuleKind.MONTHLY_WEEK, RuleKind.MONTHLY_PERIOD}
)
_PERIOD_DAYS = {Period.EARLY: (1, 10), Period.MID: (11, 20), Period.LATE: (21, 31)}
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
            if self.end < self.start:
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
        """The rule in words, ``lang`` one of zh_TW, zh_CN, en; :func:`parse_rule` reads it back."""
        lang = _lang(lang)
        base = _base_text(self, lang) + _moved_text(self, lang)
        if not self.months or self.kind is RuleKind.YEARLY:
            return base
        if lang == "en":
            return f"in {', '.join(_EN_MONTHS[m - 1][:3] for m in self.months)}: {base}"
        return "、".join(f"{m}月" for m in self.months) + "：" + base


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One concrete occurrence: ``start``..``end`` inclusive, inside ``month`` of the year."""

    start: date
    end: date
    month: int


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
        return f"every month, week {rule.week}" if en else f"每月第{_CN[rule.week - 1]}周"
    if kind is RuleKind.MONTHLY_PERIOD:
        period, word = rule.period, rule.period_word
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


# ---- parsing ---------------------------------------------------------------------------------

_SYNONYMS = (
    ("週", "周"),
    ("星期", "周"),
    ("禮拜", "周"),
    ("礼拜", "周"),
    ("每天", "每日"),
    ("個", "个"),
    ("季度", "季"),
    ("年度", "年"),
    ("月末", "月底"),
)
_NUM = r"(\d{1,2}|[一二三四五六七八九十兩两]{1,2})"
_DATE = r"(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?"
_RANGE_RE = re.compile(rf"(?:from )?{_DATE}\s*(?:\.\.|to|through|until|至|到|~|–|—|-)\s*{_DATE}")
_ONCE_RE = re.compile(rf"(?:once on |once |on )?{_DATE}")
_Builder = Callable[[re.Match[str]], dict[str, Any] | None]


def _num(token: str) -> int:
    if token.isdigit():
        return int(token)
    values = {c: i for i, c in enumerate(_CN, 1)} | {"兩": 2, "两": 2}
    if len(token) == 1 and token in values:
        return values[token]
    if len(token) == 2 and token[0] == "十" and token[1] in values and token[1] != "十":
        return 10 + values[token[1]]
    raise ValueError(f"{token!r} is not a number")


def _en_name(token: str, names: tuple[str, ...]) -> int | None:
    """Index of the English name ``token`` abbreviates (at least 3 letters), else None."""
    token = token.strip().rstrip(".")
    for i, name in enumerate(names):
        if len(token) >= 3 and name.lower().startswith(token):
            return i
    return None


def _month(token: str) -> int:
    index = _en_name(token, _EN_MONTHS)
    if index is not None:
        return index + 1
    try:
        return _num(token.strip())
    except ValueError:
        raise ValueError(f"{token.strip()!r} is not a month") from None


def _months(head: str) -> tuple[int, ...]:
    head = re.sub(r"^(?:in|months?|每年)\s*", "", head.strip()).replace("月", " ")
    tokens = re.split(r"\s*(?:、|,|/|和|及|\band\b)\s*", head.strip())
    if not all(tokens):
        raise ValueError(f"{head!r} is not a list of months")
    return tuple(_month(t) for t in tokens)


def _period(period: Period, word: str) -> dict[str, Any]:
    return {"kind": RuleKind.MONTHLY_PERIOD, "period": period, "period_word": word}


def _weekday(m: re.Match[str]) -> dict[str, Any] | None:
    index = _en_name(m[1], _EN_WEEKDAYS)
    return None if index is None else {"kind": RuleKind.WEEKLY, "weekday": index}


def _first(m: re.Match[str]) -> int:
    return _num(next(g for g in m.groups() if g))


_ZH_PERIOD_CHAR = {
    "上": Period.EARLY,
    "初": Period.EARLY,
    "中": Period.MID,
    "下": Period.LATE,
    "底": Period.LATE,
}
_OTHER_WORD = {"chu": "xun", "xun": "chu"}
_EN_PERIODS = {"early": Period.EARLY, "mid": Period.MID, "late": Period.LATE}
_OF_MONTH = r"of (?:the |every |each )?month"
_PATTERNS: list[tuple[str, _Builder]] = [
    (r"每日|daily|every day|each day", lambda m: {"kind": RuleKind.DAILY}),
    (r"每周|weekly|every week|each week|once a week", lambda m: {"kind": RuleKind.WEEKLY}),
    (
        r"每周([一二三四五六日天1-7])",
        lambda m: {
            "kind": RuleKind.WEEKLY,
            "weekday": (
                int(m[1]) - 1 if m[1].isdigit() else min(6, "一二三四五六日天".index(m[1]))
            ),
        },
    ),
    (r"(?:weekly on|every|each|on) ([a-z]+?)s?", _weekday),
    (rf"每月第{_NUM}周", lambda m: {"kind": RuleKind.MONTHLY_WEEK, "week": _first(m)}),
    (
        r"(?:(?:every|each) month|monthly),? (?:in )?week (\d{1,2})|week (\d{1,2}) "
        + _OF_MONTH
        + r"|(\d{1,2})(?:st|nd|rd|th) week "
        + _OF_MONTH,
        lambda m: {"kind": RuleKind.MONTHLY_WEEK, "week": _first(m)},
    ),
    (r"每?月?([上中下])旬", lambda m: _period(_ZH_PERIOD_CHAR[m[1]], "xun")),
    (r"每?月([初中底])", lambda m: _period(_ZH_PERIOD_CHAR[m[1]], "chu")),
    (
        r"early in the month|early[- ]month|(?:start|beginning) " + _OF_MONTH,
        lambda m: _period(Period.EARLY, "chu"),
    ),
    (r"mid[- ]?month|middle " + _OF_MONTH, lambda m: _period(Period.MID, "xun")),
    (r"late in the month|late[- ]month|end " + _OF_MONTH, lambda m: _period(Period.LATE, "chu")),
    (
        r"every month, (early|mid|late)(?: \([^)]*\))?",
        lambda m: _period(_EN_PERIODS[m[1]], _OTHER_WORD[_SEED_WORD[_EN_PERIODS[m[1]]]]),
    ),
    (r"每季|quarterly|every quarter|each quarter", lambda m: {"kind": RuleKind.QUARTERLY}),
    (
        rf"每季第{_NUM}个?月|(?:quarterly|every quarter),? (?:in )?month (\d)(?: of the quarter)?",
        lambda m: {"kind": RuleKind.QUARTERLY, "quarter_month": _first(m)},
    ),
    (r"每年|yearly|annually|every year|each year", lambda m: {"kind": RuleKind.YEARLY}),
    (
        rf"每年{_NUM}月|(?:yearly|annually|every year|each year),? in ([a-z]+)\.?",
        lambda m: {"kind": RuleKind.YEARLY, "months": (_month(next(g for g in m.groups() if g)),)},
    ),
]
_COMPILED = [(re.compile(p), b) for p, b in _PATTERNS]


def _normalize(text: str) -> str:
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).strip().lower())
    s = s.rstrip(" :;,.。；，、")
    for old, new in _SYNONYMS:
        s = s.replace(old, new)
    # drop spaces next to CJK characters ("每月 第 1 周" -> "每月第1周")
    return re.sub(r"\s*([\u3000-\u9fff])\s*", r"\1", s)


def _base(s: str) -> dict[str, Any] | None:
    for pattern, build in _COMPILED:
        m = pattern.fullmatch(s)
        if m and (kw := build(m)) is not None:
            return kw
    return None


_MOVED_TAIL = re.compile(r"^(.*?)\s*\(([^()]*)\)$")
_MOVED_ZH = re.compile(rf"{_NUM}月第{_NUM}周")
_MOVED_EN = re.compile(r"([a-z]+)\.?:? ?week (\d{1,2})")


def _moved(text: str) -> tuple[tuple[int, int], ...]:
    """``8月第四周、9月第一周`` or ``aug: week 4; sep: week 1`` as ((8, 4), (9, 1))."""
    out = []
    for part in re.split(r"\s*[、,;，；]\s*", text.strip()):
        m = _MOVED_ZH.fullmatch(part) or _MOVED_EN.fullmatch(part)
        if m is None:
            raise ValueError(f"{part!r} is not a moved week (e.g. 8月第四周, Aug: week 4)")
        out.append((_month(m[1]), _num(m[2])))
    return tuple(out)


def _parse(s: str) -> ScheduleRule:
    moved: tuple[tuple[int, int], ...] = ()
    m = _MOVED_TAIL.fullmatch(s)
    if m and (_MOVED_ZH.search(m[2]) or "week" in m[2]):  # not "early (1st–10th)"
        s, moved = m[1], _moved(m[2])
    rule = _parse_plain(s)
    if moved and rule.kind is not RuleKind.MONTHLY_WEEK:
        raise ValueError("only a 'week N of the month' rule can have moved weeks")
    return (
        ScheduleRule(**{**{f: getattr(rule, f) for f in _FIELDS}, "moved": moved})
        if moved
        else rule
    )


def _parse_plain(s: str) -> ScheduleRule:
    for regex, kind in ((_RANGE_RE, RuleKind.RANGE), (_ONCE_RE, RuleKind.ONCE)):
        if m := regex.fullmatch(s):
            g = [int(x) for x in m.groups()]
            dates = [date(*g[i : i + 3]) for i in range(0, len(g), 3)]
            return ScheduleRule(kind, start=dates[0], end=dates[1] if len(dates) > 1 else None)
    months: tuple[int, ...] = ()
    if ":" in s:
        head, s = s.split(":", 1)
        months, s = _months(head), s.strip()
    kw = _base(s)
    if kw is None:
        raise ValueError("not a known schedule phrase (e.g. 每日, 每月第一周, 每月底, 每季度)")
    if months and kw.get("months"):
        raise ValueError("months given twice")
    return ScheduleRule(**({"months": months} | kw))


def parse_rule(text: str) -> ScheduleRule:
    """Read a schedule phrase (Chinese or English, any form :meth:`ScheduleRule.text` prints).

    Raises :class:`ScheduleParseError` naming the text and why it was refused.
    """
    if not isinstance(text, str):
        raise ScheduleParseError(text, "not text")
    s = _normalize(text)
    if not s:
        raise ScheduleParseError(text, "it is empty")
    try:
        return _parse(s)
    except ValueError as exc:  # also bad dates, week 7, month 13 ...
        raise ScheduleParseError(text, str(exc)) from exc


# ---- expansion -------------------------------------------------------------------------------


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
        if rule.start.year == year:
            yield Occurrence(rule.start, rule.start, rule.start.month)
        return
    if kind is RuleKind.RANGE:
        lo, hi = max(rule.start, date(year, 1, 1)), min(rule.end, date(year, 12, 31))
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
            week = rule.week_in(month)
            if week <= len(weeks):
                yield Occurrence(*weeks[week - 1], month)
        else:
            lo, hi = _PERIOD_DAYS[rule.period]
            yield Occurrence(date(year, month, lo), date(year, month, min(hi, ndays)), month)


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
    return [m for m in rule.months or range(1, 13) if len(_weeks(year, m, conv)) < rule.week_in(m)]


def occurrence_count(
    rule: ScheduleRule, year: int, convention: WeekConvention = WeekConvention.CALENDAR
) -> int:
    """``len(expand(rule, year, convention))`` without building the occurrences (cached)."""
    return _count(rule, year, _conv(rule, convention))


@lru_cache(maxsize=16384)
def _count(rule: ScheduleRule, year: int, conv: WeekConvention) -> int:
    kind = rule.kind
    if kind in (RuleKind.ONCE, RuleKind.RANGE):
        lo, hi = max(rule.start, date(year, 1, 1)), min(rule.end or rule.start, date(year, 12, 31))
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
            total += rule.week_in(month) <= len(_weeks(year, month, conv))
        else:
            total += 1
    return total
