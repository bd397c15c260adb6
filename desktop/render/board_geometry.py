"""Task-board geometry and data: rows as plain data, options, and date <-> pixel arithmetic.

No painting here (see ``board_painter``); everything is testable without widgets. x is relative
to the left edge of the painted rect, y to a row's top (or the rect's top for ``row_at``).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from desktop.models.schedule import ScheduleRule, WeekConvention
from desktop.models.schedule_expand import expand, missing_months
from desktop.models.schedule_expand import month_weeks as _month_weeks

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF

    from desktop.store.board_read import BoardRecords

TASK, SUBTASK, GROUP, MILESTONE = "task", "subtask", "group", "milestone"
BAND = 18  # height of one header band
MIN_BAR = 2.0
TEXT = {
    "week": {"en": "W{0}", "zh_TW": "第{0}周", "zh_CN": "第{0}周"},
    "planned": {"en": "Planned", "zh_TW": "計劃", "zh_CN": "计划"},
    "done": {"en": "Done", "zh_TW": "已完成", "zh_CN": "已完成"},
    "missing": {
        "en": "No such week this month",
        "zh_TW": "該月沒有這一周",
        "zh_CN": "该月没有这一周",
    },
    "partial": {
        "en": "Part of a week (the month cuts it)",
        "zh_TW": "不足一周（被月份截斷）",
        "zh_CN": "不足一周（被月份截断）",
    },
    "milestone": {"en": "Milestone", "zh_TW": "里程碑", "zh_CN": "里程碑"},
    "milestones": {"en": "Milestones", "zh_TW": "關鍵里程碑", "zh_CN": "关键里程碑"},
    "today": {"en": "Today", "zh_TW": "今天", "zh_CN": "今天"},
    "noted": {"en": "Progress note", "zh_TW": "進度備註", "zh_CN": "进度备注"},
    "report_week": {"en": "Report due", "zh_TW": "報告周", "zh_CN": "报告周"},
    "year": {"en": "{0}", "zh_TW": "{0}年", "zh_CN": "{0}年"},
}


def tr(key: str, lang: str) -> str:
    """A board label in the UI language (en, zh_TW, zh_CN)."""
    texts = TEXT[key]
    return texts.get(lang, texts["en"])


@dataclass(frozen=True, eq=False)
class BoardRow:
    """One line of the board, as plain data (identity-hashed so it can key caches)."""

    kind: str  # task, subtask, group (the milestones heading) or milestone
    item_id: int
    code: str
    title: str
    parent_id: int | None = None
    team_id: int | None = None
    team: str = ""
    color: str = "#8c8c8c"
    rule: ScheduleRule | None = None
    rule_text: str = ""
    resources: str = ""
    occurrences: tuple[tuple[date, date], ...] = ()
    done: frozenset[date] = frozenset()
    missing: tuple[int, ...] = ()
    starts: tuple[date, ...] | None = field(default=None, repr=False)  # derived if None
    longest: int | None = field(default=None, repr=False)  # days of the longest occurrence

    def __post_init__(self) -> None:
        if self.starts is None:
            object.__setattr__(self, "starts", tuple(s for s, _e in self.occurrences))
        if self.longest is None:
            spans = [(e - s).days + 1 for s, e in self.occurrences]
            object.__setattr__(self, "longest", max(spans, default=0))

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}".strip()


@lru_cache(maxsize=4096)
def schedule_info(
    rule: ScheduleRule, year: int, convention: WeekConvention, lang: str
) -> tuple[Any, ...]:
    """(occurrences, starts, longest, missing months, text) of a rule; cached, shared."""
    occurrences = tuple((o.start, o.end) for o in expand(rule, year, convention))
    starts = tuple(s for s, _e in occurrences)
    longest = max(((e - s).days + 1 for s, e in occurrences), default=0)
    missing = tuple(missing_months(rule, year, convention))
    return occurrences, starts, longest, missing, rule.text(lang)


def _rule(schedule: dict[str, Any]) -> ScheduleRule:
    key = tuple(sorted((k, _frozen(v)) for k, v in schedule.items()))
    return _rule_from_key(key)


def _frozen(value: Any) -> Any:
    """Lists (months, moved pairs) as tuples, so that the value can be a cache key."""
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


@lru_cache(maxsize=4096)
def _rule_from_key(key: tuple[tuple[str, Any], ...]) -> ScheduleRule:
    return ScheduleRule.from_dict(dict(key))


def make_row(
    kind: str,
    item_id: int,
    code: str,
    title: str,
    *,
    schedule: dict[str, Any] | None,
    team: tuple[int, str, str] | None,
    year: int,
    convention: WeekConvention,
    lang: str,
    **extra: Any,
) -> BoardRow:
    """A subtask or milestone row: its rule expanded for the year, its team's name and colour."""
    rule = _rule(schedule) if schedule else None
    info: tuple[Any, ...] = ((), (), 0, (), "")
    if rule is not None:
        info = schedule_info(rule, year, convention, lang)
    occurrences, starts, longest, missing, text = info
    team_id, name, color = team if team is not None else (None, "", "#8c8c8c")
    return BoardRow(
        kind,
        item_id,
        code,
        title,
        team_id=team_id,
        team=name,
        color=color,
        rule=rule,
        rule_text=text,
        occurrences=occurrences,
        missing=missing,
        starts=starts,
        longest=longest,
        **extra,
    )


def board_rows_from(records: BoardRecords | None, lang: str = "zh_TW") -> list[BoardRow]:
    """A plan's board in display order: each task then its subtasks, then the milestones.

    ``records`` come from ``desktop.store.board_read`` (the one reader of the board, used by
    the fast start and the board screen alike); None (no plan) gives no rows.
    """
    if records is None:
        return []
    year, convention, teams = records.year, records.convention, records.teams
    subtasks: dict[int | None, list[BoardRow]] = {}
    for s in records.subtasks:
        subtasks.setdefault(s.task_id, []).append(
            make_row(
                SUBTASK,
                s.id,
                s.code,
                s.title,
                schedule=s.schedule,
                team=teams.get(s.team_id),
                year=year,
                convention=convention,
                lang=lang,
                parent_id=s.task_id,
                resources=s.resources,
                done=s.done,
            )
        )
    rows: list[BoardRow] = []
    for task_id, code, title in records.tasks:
        rows.append(BoardRow(TASK, task_id, code, title))
        rows += subtasks.get(task_id, [])
    if records.milestones:
        rows.append(BoardRow(GROUP, 0, "", tr("milestones", lang)))
        rows += [
            make_row(
                MILESTONE,
                m.id,
                m.code,
                m.title,
                schedule=m.schedule,
                team=teams.get(m.team_id),
                year=year,
                convention=convention,
                lang=lang,
                parent_id=0,
            )
            for m in records.milestones
        ]
    return rows


@dataclass(frozen=True)
class BoardOptions:
    """What part of the board to draw and how: date origin, scale, scroll, extras."""

    year: int
    convention: WeekConvention = WeekConvention.CALENDAR
    start: date | None = None  # the date at x == 0 before scrolling (default: 1 January)
    px_per_day: float = 4.0
    x_offset: float = 0.0  # horizontal scroll in pixels
    y_offset: float = 0.0  # vertical scroll of the rows in pixels
    row_height: int = 24
    iso_weeks: bool = False
    show_days: bool | None = None  # None: when a day is at least 14 px wide
    today: date | None = None
    lang: str = "zh_TW"
    selected: int | None = None  # index of a highlighted row
    focus: tuple[int, date] | None = None  # (row index, occurrence start) with keyboard focus
    ghost: tuple[int, date, date] | None = None  # drag preview: row index, start, end
    ghost_others: tuple[tuple[date, date], ...] = ()  # the same week in the other months
    dirty: QRectF | None = None  # only this part (relative to the rect) needs painting

    @property
    def origin(self) -> date:
        return self.start or date(self.year, 1, 1)

    @property
    def days_shown(self) -> bool:
        return self.show_days if self.show_days is not None else self.px_per_day >= 14

    @property
    def header_height(self) -> int:
        return BAND * (2 + int(self.iso_weeks) + int(self.days_shown))

    @classmethod
    def fit(
        cls,
        year: int,
        convention: WeekConvention,
        width: float,
        start: date,
        end: date,
        **kwargs: Any,
    ) -> BoardOptions:
        """Options that show ``start``..``end`` (inclusive) across ``width`` pixels."""
        days = (end - start).days + 1
        return cls(year, convention, start=start, px_per_day=width / max(days, 1), **kwargs)


def date_to_x(day: date, options: BoardOptions) -> float:
    """The x of the left edge of ``day`` (relative to the timeline's left edge)."""
    return (day - options.origin).days * options.px_per_day - options.x_offset


def x_to_date(x: float, options: BoardOptions) -> date:
    return options.origin + timedelta(days=math.floor((x + options.x_offset) / options.px_per_day))


def _bar(start: date, end: date, options: BoardOptions) -> QRectF:
    from PySide6.QtCore import QRectF  # here: the calendar export reads rows without Qt

    ppd = options.px_per_day
    x = (start - options.origin).days * ppd
    width = ((end - start).days + 1) * ppd
    gap = 1.0 if ppd >= 8 else 0.0
    inset = max(3.0, options.row_height * 0.2)
    return QRectF(x + gap / 2, inset, max(MIN_BAR, width - gap), options.row_height - 2 * inset)


_cache: WeakKeyDictionary[BoardRow, tuple[tuple[Any, ...], list[QRectF], list[bool]]]
_cache = WeakKeyDictionary()


def _unscrolled_rects(row: BoardRow, options: BoardOptions) -> tuple[list[QRectF], list[bool]]:
    key = (options.origin, options.px_per_day, options.row_height)
    hit = _cache.get(row)
    if hit is None or hit[0] != key:
        rects = [_bar(s, e, options) for s, e in row.occurrences]
        hit = (key, rects, [s in row.done for s in row.starts])
        _cache[row] = hit
    return hit[1], hit[2]


def occurrence_rects(row: BoardRow, options: BoardOptions) -> list[tuple[QRectF, date, bool]]:
    """Every bar of ``row``: (rect relative to the row's top, occurrence start, done)."""
    rects, done = _unscrolled_rects(row, options)
    dx = -options.x_offset
    return [(r.translated(dx, 0), s, d) for r, s, d in zip(rects, row.starts, done, strict=True)]


def marker_rects(row: BoardRow, options: BoardOptions) -> list[tuple[QRectF, int]]:
    from PySide6.QtCore import QRectF

    """The "no occurrence this month" markers: the tail of each month the rule misses."""
    out = []
    inset = max(2.0, options.row_height * 0.15)
    for month in row.missing:
        last = date(options.year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        first = max(date(options.year, month, 1), last - timedelta(days=5))
        x = date_to_x(first, options)
        width = max(10.0, date_to_x(last + timedelta(days=1), options) - x - 1)
        out.append((QRectF(x, inset, width, options.row_height - 2 * inset), month))
    return out


def _visible_slice(row: BoardRow, options: BoardOptions, width: float) -> tuple[int, int]:
    first = x_to_date(0, options) - timedelta(days=row.longest)  # may start before the edge
    last = x_to_date(width, options)
    return bisect_left(row.starts, first), bisect_right(row.starts, last)


def hit_occurrence(row: BoardRow, x: float, options: BoardOptions) -> tuple[date, date] | None:
    """The occurrence drawn under ``x`` (a bar at least 6 px wide for the mouse), or None."""
    for rect, start, _done in occurrence_rects(row, options):
        centre = rect.center().x()
        if rect.left() <= x <= rect.right() or abs(x - centre) <= 3:
            return start, row.occurrences[row.starts.index(start)][1]
    return None


def hit_marker(row: BoardRow, x: float, options: BoardOptions) -> int | None:
    return next((m for r, m in marker_rects(row, options) if r.left() <= x <= r.right()), None)


def row_at(y: float, options: BoardOptions) -> int:
    """Index of the row at ``y`` (relative to the top of the painted rect); -1 in the header."""
    if y < options.header_height:
        return -1
    return int((y - options.header_height + options.y_offset) // options.row_height)


def month_weeks(year: int, month: int, convention: WeekConvention) -> list[tuple[date, date]]:
    """The weeks of a month under the convention, clipped to the month's days."""
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return [(max(s, first), min(e, last)) for s, e in _month_weeks(year, month, convention)]


def _months(first: date, last: date) -> list[tuple[int, int]]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def legend_items(rows: list[BoardRow]) -> list[tuple[str, str]]:
    """(team name, colour) of the teams used by the rows, in first-seen order."""
    seen: dict[str, str] = {}
    for row in rows:
        if row.team and row.team not in seen:
            seen[row.team] = row.color
    return list(seen.items())
