"""Next year's plan from this one, as a pure transform of the canonical dump.

``rollover_data(dump, year)`` returns the dump of a new draft plan for ``year``:

* kept: the header's title, organisation, language, texts and week convention; teams, goals,
  KPIs (targets, kinds, units), tasks, subtasks and their rules, milestones, resources, risks
  and their measures, monitoring, evaluation, communication and collaboration;
* cleared: tracking data (done marks, KPI actuals), the approval fields (compiler, reviewer,
  approver, compile date: empty, which the documents print as placeholders);
* reset: revision 1, each risk's status to ``open``;
* a KPI whose kind measures from a baseline (level, growth, improvement) starts from this
  year's last actual, when there is one;
* moved by the difference in years: every date, in rules (once, range), review dates and in
  any text (``2027-03-01``, ``2027/3/1``, ``2027年3月1日``, ``2027年3月``, ``2027年``); the title's
  year. 29 February becomes 28 February in a year without it.

The caller gives the plan a new identity (``load_plan(..., fresh_identity=True)``). No Qt,
no database.
"""

from __future__ import annotations

import calendar
import copy
import re
from datetime import date
from typing import Any

from .base import RiskStatus
from .schedule import ScheduleRule
from .validate import Invalid, parse_year

BASELINE_KINDS = frozenset({"level", "growth", "improvement"})
APPROVAL_FIELDS = ("compiler", "reviewer", "approver")

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SLASH = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_CJK_DAY = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def shift_date(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February lands on 28 February when it must."""
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def _valid(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def shift_text(text: str, old_year: int, years: int) -> str:
    """Every date written in ``text`` moved by ``years``; ``{old_year}年`` becomes the new year."""

    def iso(m: re.Match[str]) -> str:
        day = _valid(*m.groups())
        return shift_date(day, years).isoformat() if day else m[0]

    def slash(m: re.Match[str]) -> str:
        day = _valid(*m.groups())
        if day is None:
            return m[0]
        new = shift_date(day, years)
        return f"{new.year}/{new.month:0{len(m[2])}d}/{new.day:0{len(m[3])}d}"

    def cjk(m: re.Match[str]) -> str:
        day = _valid(*m.groups())
        if day is None:
            return m[0]
        new = shift_date(day, years)
        return f"{new.year}年{new.month}月{new.day}日"

    text = _ISO.sub(iso, text)
    text = _SLASH.sub(slash, text)
    text = _CJK_DAY.sub(cjk, text)
    return re.sub(rf"(?<!\d){old_year}(\s*年)", lambda m: f"{old_year + years}{m[1]}", text)


def _scheduled(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every item of the dump that carries a schedule rule."""
    items = [s for t in data.get("tasks", []) for s in t["subtasks"]]
    for section in ("milestones", "risks", "monitoring", "evaluation"):
        items += data.get(section, [])
    return items


def _walk(value: Any, fix: Any) -> Any:
    if isinstance(value, str):
        return fix(value)
    if isinstance(value, list):
        return [_walk(v, fix) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, fix) for k, v in value.items()}
    return value


def _last_actual(kpi: dict[str, Any]) -> float | None:
    values = [a for a in kpi.get("actuals", []) if a.get("value") is not None]
    return max(values, key=lambda a: a["month"])["value"] if values else None


def rollover_data(data: dict[str, Any], year: int | str) -> dict[str, Any]:
    """The dump of next year's draft plan made from ``data`` (see the module docstring).

    Raises ValueError for a year outside 2000–2100 or the plan's own year.
    """
    year = parse_year(year)
    out = copy.deepcopy(data)
    head = out["plan"]
    old = int(head["year"])
    if year == old:
        raise Invalid("year", "same_year", year=year)
    years = year - old
    lang = head.get("language") or "zh_TW"
    for task in out.get("tasks", []):
        for sub in task["subtasks"]:
            sub["done"] = []
            sub.pop("notes", None)
    for goal in out.get("goals", []):
        for kpi in goal["kpis"]:
            last = _last_actual(kpi)
            if last is not None and kpi.get("target_kind") in BASELINE_KINDS:
                kpi["baseline"] = float(last)
            kpi["actuals"] = []
    for risk in out.get("risks", []):
        risk["status"] = RiskStatus.OPEN.value
    head.update(year=year, revision=1, compiled_on=None, **dict.fromkeys(APPROVAL_FIELDS, ""))
    identity = {k: head.pop(k) for k in ("uuid", "lineage") if k in head}
    # every date in every string (rules, review dates, texts) moves by the same years
    out = _walk(out, lambda s: shift_text(s, old, years))
    out["plan"].update(identity)
    out["plan"]["title"] = re.sub(rf"(?<!\d){old}(?!\d)", str(year), out["plan"]["title"])
    for item in _scheduled(out):
        if isinstance(item.get("schedule"), dict) and "schedule_text" in item:
            item["schedule_text"] = ScheduleRule.from_dict(item["schedule"]).text(lang)
    return out


__all__ = ["APPROVAL_FIELDS", "BASELINE_KINDS", "rollover_data", "shift_date", "shift_text"]
