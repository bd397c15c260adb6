"""The plan's occurrences as an iCalendar (.ics) file for the teams' calendar programs.

Every occurrence the task board shows — subtasks and milestones, read with the board's own
``store.board_read`` + ``board_rows_from`` — and every occurrence of the monitoring items (expanded with the same
``make_row``) becomes one all-day event spanning its dates (DTEND is the day after the last).

* **Recurrence.** A rule becomes one event with an RRULE only where RFC 5545 says exactly the
  same thing: daily and weekly-on-a-weekday rules, 上旬/中旬 (days 1–10, 11–20: BYMONTHDAY with
  a 10-day span) and, under the 7-day-block week convention, weeks 1–4 (BYMONTHDAY 1/8/15/22).
  The candidate RRULE is expanded (dateutil) and compared with the board's occurrences; any
  difference falls back to explicit dates. Everything else — calendar weeks clipped to the
  month, week 5/6, 下旬/月底, quarters, whole months, dates — is one VEVENT per occurrence
  (not RDATE: occurrences differ in length, and RDATE spans are date-times only).
* **UIDs** are stable: ``<plan lineage>-<kind>-<code>-<YYYYMMDD of the occurrence>@plandesk``
  for an occurrence, ``…-<code>-<year>@plandesk`` for a recurring series; so importing the
  file again (a later export, another revision of the plan) updates the events instead of
  duplicating them. SEQUENCE grows with the export time, so a later export wins.
* **Done** occurrences get a "✓ " before the SUMMARY and the category 已完成/Done; in a series
  they are RECURRENCE-ID instances of it.
* SUMMARY is ``code title``; DESCRIPTION names the owner team, the resources, the rule in
  words, the task (or section) and the plan; CATEGORIES holds the owner team's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop import __version__
from desktop.exchange.document.document_enums import enum
from desktop.exchange.document.document_text import label, norm_lang
from desktop.models.schedule import Period, RuleKind, ScheduleRule, WeekConvention
from desktop.render.board_geometry import MILESTONE, SUBTASK, TASK, board_rows_from, make_row
from desktop.render.board_geometry import tr as board_label
from desktop.store.calendar_read import CalendarRecords

from .calendar_source import calendar_records

if TYPE_CHECKING:
    from icalendar import Calendar, Event

    from desktop.models import Plan

MONITORING = "monitoring"
DONE_MARK = "✓ "
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


class UnknownTeam(LookupError):
    """``--team`` names no owner team of the plan."""


@dataclass(frozen=True)
class CalendarItem:
    """One scheduled item of the plan and its occurrences, as the board has them."""

    kind: str  # subtask, milestone or monitoring
    code: str
    title: str
    team: str
    rule: ScheduleRule
    rule_text: str
    occurrences: tuple[tuple[date, date], ...]
    done: frozenset[date] = frozenset()
    resources: str = ""
    context: str = ""  # the task, or the monitoring kind
    description: str = ""


def calendar_items(plan: CalendarRecords, lang: str) -> list[CalendarItem]:
    """Subtasks and milestones from the board rows, then the monitoring items."""
    rows = board_rows_from(plan.board, lang)
    tasks = {r.item_id: r.label for r in rows if r.kind == TASK}
    depends = {
        code: "、".join(f"{sub} {title}" for sub, title in subs)
        for code, subs in plan.depends.items()
    }
    items = []
    for row in rows:
        if row.kind not in (SUBTASK, MILESTONE) or row.rule is None:
            continue
        context = (
            (tasks.get(row.parent_id, "") if row.parent_id is not None else "")
            if row.kind == SUBTASK
            else board_label("milestone", lang)
        )
        extra = depends.get(row.code, "") if row.kind == MILESTONE else ""
        colon = ": " if lang == "en" else "："
        items.append(
            CalendarItem(
                row.kind,
                row.code,
                row.title,
                row.team,
                row.rule,
                row.rule_text,
                row.occurrences,
                row.done,
                row.resources,
                context,
                f"{label('depends', lang)}{colon}{extra}" if extra else "",
            )
        )
    convention = WeekConvention(plan.week_convention)
    for m in plan.monitoring:
        if not m.schedule:
            continue
        row = make_row(
            MONITORING,
            m.id,
            m.code,
            m.title,
            schedule=m.schedule,
            team=m.team,
            year=plan.year,
            convention=convention,
            lang=lang,
        )
        if row.rule is None:
            continue  # a schedule that reads as no rule has no occurrences
        items.append(
            CalendarItem(
                MONITORING,
                m.code,
                m.title,
                row.team,
                row.rule,
                row.rule_text,
                row.occurrences,
                context=enum("monitoring", m.kind, lang),
                description=m.description or "",
            )
        )
    return items


def series_rule(
    rule: ScheduleRule, occurrences: tuple[tuple[date, date], ...], convention: WeekConvention
) -> dict[str, Any] | None:
    """The RRULE (icalendar dict form) that gives exactly ``occurrences``, or None."""
    if len(occurrences) < 2:
        return None
    kind = rule.kind
    recur: dict[str, str | int | list[int] | date] | None = None  # icalendar's vRecur form
    if kind is RuleKind.DAILY:
        recur = {"FREQ": "DAILY"}
    elif kind is RuleKind.WEEKLY and rule.weekday is not None:
        recur = {"FREQ": "WEEKLY", "BYDAY": _WEEKDAYS[rule.weekday]}
    elif kind is RuleKind.MONTHLY_PERIOD and rule.period in (Period.EARLY, Period.MID):
        recur = {"FREQ": "MONTHLY", "BYMONTHDAY": 1 if rule.period is Period.EARLY else 11}
    elif (
        kind is RuleKind.MONTHLY_WEEK
        and convention is WeekConvention.BLOCKS
        and (week := rule.month_week(0)) <= 4  # the rule's own week (no month 0 is moved)
    ):
        recur = {"FREQ": "MONTHLY", "BYMONTHDAY": 7 * (week - 1) + 1}
    if recur is None:
        return None
    if rule.months:
        recur["BYMONTH"] = list(rule.months)
    recur["UNTIL"] = occurrences[-1][0]
    # many items share a rule, and their occurrences are the rule's expansion for the year:
    # the check is made once per rule and expansion (keyed by its ends and length)
    key = (rule, convention, occurrences[0], occurrences[-1], len(occurrences))
    fits = _FITS.get(key)
    if fits is None:
        fits = _FITS[key] = _expands_to(recur, occurrences)
    return recur if fits else None


_FITS: dict[tuple[Any, ...], bool] = {}


def _expands_to(recur: dict[str, Any], occurrences: tuple[tuple[date, date], ...]) -> bool:
    """Does the RRULE from the first start give exactly these occurrences (same spans)?"""
    spans = {(e - s).days for s, e in occurrences}
    if len(spans) != 1:
        return False
    text = ";".join(f"{k}={recur_value(v)}" for k, v in recur.items())
    return _rrule_starts(text, occurrences[0][0]) == tuple(s for s, _e in occurrences)


@lru_cache(maxsize=512)
def _rrule_starts(text: str, first: date) -> tuple[date, ...]:
    """The starts an RRULE gives from ``first`` (dateutil; many items share a rule)."""
    from dateutil.rrule import rrulestr

    return tuple(
        d.date() for d in rrulestr(text, dtstart=datetime(first.year, first.month, first.day))
    )


def recur_value(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    return str(value)


@lru_cache(maxsize=8192)
def _slug(code: str) -> str:
    """A code as UID-safe text (letters, digits, '.', '_'; anything else percent-escaped)."""
    return re.sub(r"[^A-Za-z0-9._]", lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), code)


@lru_cache(maxsize=4096)
def day_tag(day: date) -> str:
    """YYYYMMDD (as iCalendar writes a date)."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def uid(lineage: str, item: CalendarItem, when: date | int) -> str:
    """The stable UID of an occurrence (``when`` a date) or of a series (``when`` the year)."""
    tag = day_tag(when) if isinstance(when, date) else str(when)
    return f"{lineage}-{item.kind}-{_slug(item.code)}-{tag}@plandesk"


def _description(item: CalendarItem, plan: CalendarRecords, lang: str) -> str:
    colon, left, right = (": ", " (", ")") if lang == "en" else ("：", "（", "）")
    lines = [f"{label('owner', lang)}{colon}{item.team or label('none', lang)}"]
    if item.resources:
        lines.append(f"{label('needs', lang)}{colon}{item.resources}")
    lines.append(f"{label('when', lang)}{colon}{item.rule_text}")
    if item.context:
        lines.append(item.context)
    if item.description:
        lines.append(item.description)
    lines.append(f"{plan.title}{left}{label('year_plan', lang).format(plan.year)}{right}")
    return "\n".join(lines)


class PlannedEvent(NamedTuple):
    """One VEVENT to write: an occurrence, a series (``recur``) or a done instance of one."""

    item: CalendarItem
    text: str  # DESCRIPTION
    start: date
    end: date  # the last day (DTEND is the day after)
    done: bool
    uid: str
    recur: dict[str, Any] | None = None
    recurrence_id: date | None = None


class PlannedItem(NamedTuple):
    """An item's events: one series (``recur``: its RRULE; the done occurrences become
    instances of it) or one event per occurrence."""

    item: CalendarItem
    text: str  # DESCRIPTION
    recur: dict[str, Any] | None
    uid: str  # the series' UID, or what comes before ``YYYYMMDD@plandesk`` in each event's


def planned_items(
    session: Any, plan: Plan, *, team: str | None, lang: str
) -> tuple[list[PlannedItem], str]:
    """The items of the plan (or of one owner team) in file order, and the calendar's name."""
    return planned_items_of(calendar_records(session, plan), team=team, lang=lang)


def planned_items_of(
    plan: CalendarRecords, *, team: str | None, lang: str
) -> tuple[list[PlannedItem], str]:
    """``planned_items`` from the plan's records (read with or without the ORM)."""
    if team is not None and team not in plan.team_names:
        names = "、".join(plan.team_names) or label("none", lang)
        raise UnknownTeam(f"--team {team!r}: no such owner team in this plan (teams: {names})")
    convention = WeekConvention(plan.week_convention)
    items: list[PlannedItem] = []
    for item in calendar_items(plan, lang):
        if team is not None and item.team != team:
            continue
        text = _description(item, plan, lang)
        recur = series_rule(item.rule, item.occurrences, convention)
        if recur is not None:
            items.append(PlannedItem(item, text, recur, uid(plan.lineage, item, plan.year)))
        else:
            prefix = uid(plan.lineage, item, 0)[: -len("0@plandesk")]  # the same for each date
            items.append(PlannedItem(item, text, None, prefix))
    name = f"{plan.title} {label('year_plan', lang).format(plan.year)}"
    return items, (f"{name} · {team}" if team else name)


def planned_events(
    session: Any, plan: Plan, *, team: str | None, lang: str
) -> tuple[list[PlannedEvent], str]:
    """The events of the plan (or of one owner team) in file order, and the calendar's name."""
    items, name = planned_items(session, plan, team=team, lang=lang)
    events: list[PlannedEvent] = []
    for item, text, recur, key in items:
        if recur is not None:
            first_start, first_end = item.occurrences[0]
            events.append(PlannedEvent(item, text, first_start, first_end, False, key, recur))
            events.extend(
                PlannedEvent(item, text, start, end, True, key, recurrence_id=start)
                for start, end in item.occurrences
                if start in item.done
            )
            continue
        events.extend(
            PlannedEvent(
                item, text, start, end, start in item.done, f"{key}{day_tag(start)}@plandesk"
            )
            for start, end in item.occurrences
        )
    return events, name


def sequence_of(stamp: datetime) -> int:
    """SEQUENCE: the export minute, so a later export wins."""
    return int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60)


def export_stamp(stamp: datetime | None = None) -> datetime:
    return (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


def empty_calendar(name: str) -> Calendar:
    """The VCALENDAR with its own properties and no events."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", f"-//PlanDesk//PlanDesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _event(planned: PlannedEvent, lang: str, stamp: datetime) -> Event:
    from icalendar import Event

    item, done = planned.item, planned.done
    event = Event()
    event.add("summary", (DONE_MARK if done else "") + f"{item.code} {item.title}".strip())
    event.add("dtstart", planned.start)
    event.add("dtend", planned.end + timedelta(days=1))
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", sequence_of(stamp))
    event.add("description", planned.text)
    categories = [c for c in (item.team, board_label("done", lang) if done else "") if c]
    if categories:
        event.add("categories", categories)
    event.add("transp", "TRANSPARENT")
    event.add("x-plandesk-item", f"{item.kind} {item.code}")
    event.add("uid", planned.uid)
    if planned.recur is not None:
        event.add("rrule", {k.lower(): v for k, v in planned.recur.items()})
    if planned.recurrence_id is not None:
        event.add("recurrence-id", planned.recurrence_id)
    return event


def build_calendar(
    session: Any,
    plan: Plan,
    *,
    team: str | None = None,
    lang: str | None = None,
    stamp: datetime | None = None,
) -> Calendar:
    """The plan (or one owner team's part of it) as an icalendar object (the reference for
    ``calendar_ics_text``, which writes the same bytes much faster)."""
    lang = norm_lang(lang or plan.language)
    events, name = planned_events(session, plan, team=team, lang=lang)
    stamp = export_stamp(stamp)
    cal = empty_calendar(name)
    for planned in events:
        cal.add_component(_event(planned, lang, stamp))
    return cal
