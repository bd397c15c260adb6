"""The calendar file is written as text for speed (issue 27): it must be the very bytes
icalendar writes for the same events — the sample plan in every language, with done marks in
a series and outside one, one team's calendar, every kind of rule, and a large plan."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from icalendar.parser.string import _foldline
from sqlalchemy import select

from benchmarks.large_plan import large_plan
from desktop.exchange.calendar_ics import build_calendar
from desktop.exchange.calendar_ics_text import calendar_bytes, fold
from desktop.models import OccurrenceDone, Plan, Subtask
from desktop.models.deserialize import load_plan

from .rule_plans import every_rule_plan

pytestmark = pytest.mark.sqlite_only  # the file does not depend on the database

STAMP = datetime(2027, 2, 3, 4, 5, 6, tzinfo=UTC)


def same_bytes(ws, uuid: str, **kwargs) -> bytes:
    with ws.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        fast, count = calendar_bytes(session, plan, stamp=STAMP, **kwargs)
        reference = build_calendar(session, plan, stamp=STAMP, **kwargs)
    assert fast.decode("utf-8") == reference.to_ical().decode("utf-8")
    assert count == len(reference.walk("VEVENT"))
    return fast


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN", "en"])
def test_sample_calendar_is_icalendars_own_text(sample_ws, lang):
    ws, uuid = sample_ws
    with ws.write() as session:
        subs = {s.code: s for s in session.scalars(select(Subtask))}
        session.add(OccurrenceDone(subtask=subs["T1.1"], start=date(2027, 2, 1)))
        session.add(OccurrenceDone(subtask=subs["T2.1"], start=date(2027, 3, 9)))
    text = same_bytes(ws, uuid, lang=lang).decode("utf-8")
    assert "RECURRENCE-ID;VALUE=DATE:20270309" in text and "SUMMARY:✓ T1.1" in text
    same_bytes(ws, uuid, lang=lang, team="用戶互動團隊")


@pytest.mark.parametrize("convention", ["calendar", "blocks"])
def test_every_rule_kind_is_icalendars_own_text(ws, convention):
    with ws.write() as session:
        uuid = load_plan(session, every_rule_plan(convention), fresh_identity=True).uuid
    assert b"RRULE:FREQ=" in same_bytes(ws, uuid)


def test_large_plan_with_awkward_text_is_icalendars_own_text(ws):
    data = large_plan(subtasks=300, risks=10, actuals=24, teams=5, tasks=30)
    task = data["tasks"][0]
    task["title"] = "長" * 40 + ";,\\ 逗號, 分號; 反斜線\\ and \\n literal"  # folded, escaped
    task["subtasks"][0]["title"] = "a\\" * 50  # escapes at every folding point
    with ws.write() as session:
        uuid = load_plan(session, data, fresh_identity=True).uuid
    assert same_bytes(ws, uuid).count(b"BEGIN:VEVENT") > 3000


@pytest.mark.parametrize(
    "line",
    [
        "",
        "A" * 74,
        "A" * 75,
        "A" * 200,
        "DESCRIPTION:" + "中" * 30,
        "X:" + "é" * 40 + "\\" * 3 + "😀" * 20,
        "SUMMARY:" + "\\," * 60,
        "S:" + "^" * 80,
    ],
)
def test_folding_is_icalendars(line):
    assert fold(line) == _foldline(line)
