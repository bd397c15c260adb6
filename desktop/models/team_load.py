"""Team load: how many distinct plan items each owner team carries in each ISO week.

An item (subtask, milestone, monitoring item — everything the calendar export lists) counts
once in every ISO week that one of its occurrences overlaps, whatever the number of its
occurrences in that week. Items without an owner team carry no team's load. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .schedule import ScheduleRule, WeekConvention
from .schedule_expand import expand

SUBTASK, MILESTONE, MONITORING = "subtask", "milestone", "monitoring"


@dataclass(frozen=True)
class LoadItem:
    """One scheduled plan item: what it is, its owner team and its occurrences (inclusive)."""

    kind: str
    code: str
    team: str
    occurrences: tuple[tuple[date, date], ...]
    title: str = ""


@dataclass(frozen=True)
class WeekLoad:
    """The items one team carries in one ISO week ("2027-W05")."""

    week: str
    team: str
    items: tuple[str, ...]  # item codes in plan order

    @property
    def count(self) -> int:
        return len(self.items)

    def as_json(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "team": self.team,
            "count": self.count,
            "items": list(self.items),
        }


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weeks_overlapped(start: date, end: date) -> list[str]:
    """The ISO weeks that the inclusive span ``start``..``end`` touches, in order."""
    monday = start - timedelta(days=start.weekday())
    out = []
    while monday <= end:
        out.append(iso_week(monday))
        monday += timedelta(days=7)
    return out


def week_number(day: date) -> int:
    """Weeks since Monday 1 January of year 1 (date.toordinal() 1): Monday-first, like ISO."""
    return (day.toordinal() - 1) // 7


@lru_cache(maxsize=1024)
def week_label(number: int) -> str:
    return iso_week(date.fromordinal(number * 7 + 1))


@lru_cache(maxsize=512)
def weeks_of(occurrences: tuple[tuple[date, date], ...]) -> frozenset[int]:
    """The week numbers the occurrences touch (cached: items sharing a rule share the tuple
    ``expand`` returns, so a plan with 500 daily subtasks works out 365 days once)."""
    weeks: set[int] = set()
    for start, end in occurrences:
        weeks.update(range(week_number(start), week_number(end) + 1))
    return frozenset(weeks)


def team_load(items: Iterable[LoadItem]) -> list[WeekLoad]:
    """Every (team, week) with at least one item, by team (first seen) and then by week."""
    cells: dict[tuple[str, int], dict[tuple[str, str], None]] = {}
    teams: dict[str, None] = {}
    for item in items:
        if not item.team:
            continue
        teams.setdefault(item.team)
        key = (item.kind, item.code)
        for week in weeks_of(item.occurrences):
            cells.setdefault((item.team, week), {})[key] = None
    order = {team: i for i, team in enumerate(teams)}
    ordered = sorted(cells.items(), key=lambda c: (order[c[0][0]], c[0][1]))
    return [
        WeekLoad(week_label(week), team, tuple(code for _kind, code in found))
        for (team, week), found in ordered
    ]


def week_counts(items: Iterable[LoadItem]) -> dict[tuple[str, int], int]:
    """(team, week number) -> the number of distinct items: ``team_load``'s counts, computed
    per group of items sharing a team and a schedule (what the load strip paints)."""
    # grouped by the occurrence tuple's identity: rows of one rule share ``expand``'s tuple,
    # and equal tuples that are distinct objects only make more (correct) groups
    groups: dict[tuple[str, int], set[tuple[str, str]]] = {}
    spans: dict[int, tuple[tuple[date, date], ...]] = {}
    for item in items:
        if item.team:
            spans[id(item.occurrences)] = item.occurrences
            groups.setdefault((item.team, id(item.occurrences)), set()).add((item.kind, item.code))
    counts: dict[tuple[str, int], int] = {}
    for (team, key), keys in groups.items():
        for week in weeks_of(spans[key]):
            counts[(team, week)] = counts.get((team, week), 0) + len(keys)
    return counts


def over_limit(loads: Iterable[WeekLoad], limits: Mapping[str, int | None]) -> list[WeekLoad]:
    """The weeks in which a team carries more items than its weekly limit."""
    return [w for w in loads if (limit := limits.get(w.team)) is not None and w.count > limit]


def _occurrences(schedule: Any, year: int, convention: WeekConvention) -> tuple:
    rule = schedule if isinstance(schedule, ScheduleRule) else None
    if rule is None and schedule:
        try:
            rule = ScheduleRule.from_dict(schedule)
        except (TypeError, ValueError, KeyError):
            return ()
    if rule is None:
        return ()
    return tuple((o.start, o.end) for o in expand(rule, year, convention))


def plan_load_items(plan: Any) -> list[LoadItem]:
    """The scheduled items of an ORM ``Plan``: subtasks, milestones, monitoring items."""
    convention = WeekConvention(plan.week_convention)
    out = []
    subtasks = [s for t in plan.tasks for s in t.subtasks]
    for kind, rows in ((SUBTASK, subtasks), (MILESTONE, plan.milestones)):
        for row in rows:
            out.append(
                LoadItem(
                    kind,
                    row.code,
                    row.owner_team.name if row.owner_team is not None else "",
                    _occurrences(row.rule, plan.year, convention),
                    row.title,
                )
            )
    for m in plan.monitoring:
        out.append(
            LoadItem(
                MONITORING,
                m.code,
                m.owner_team.name if m.owner_team is not None else "",
                _occurrences(m.schedule, plan.year, convention),
                m.title,
            )
        )
    return out


def plan_load(plan: Any, team: str | None = None) -> list[WeekLoad]:
    """The load of every team of ``plan`` (or of ``team`` only)."""
    order = {t.name: i for i, t in enumerate(sorted(plan.teams, key=lambda t: t.position))}
    loads = sorted(team_load(plan_load_items(plan)), key=lambda w: order.get(w.team, len(order)))
    return [w for w in loads if team is None or w.team == team]


def team_limits(plan: Any) -> dict[str, int | None]:
    return {t.name: t.weekly_limit for t in plan.teams}
