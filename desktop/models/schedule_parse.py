"""Reading schedule phrases: :func:`parse_rule` turns 每月第二周 / "every month, week 2" (any
form :meth:`ScheduleRule.text` prints, the seed's phrases and their synonyms) into a
:class:`ScheduleRule`, or raises :class:`ScheduleParseError`. Pure standard library.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from .schedule import (
    _CN,
    _EN_MONTHS,
    _EN_WEEKDAYS,
    _FIELDS,
    _SEED_WORD,
    Period,
    RuleKind,
    ScheduleRule,
)

__all__ = ["ScheduleParseError", "parse_rule"]


class ScheduleParseError(ValueError):
    """Text that is not a schedule; the message names the text and why."""

    def __init__(self, text: object, reason: str) -> None:
        super().__init__(f"cannot read schedule {text!r}: {reason}")
        self.text = text
        self.reason = reason


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
