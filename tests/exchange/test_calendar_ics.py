"""``plandesk export --ics``: the calendar file expanded by recurring-ical-events gives exactly
the task board's occurrences, for the sample plan and a plan with every kind of rule."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
from icalendar import Calendar
from sqlalchemy import select

from desktop.cli import main
from desktop.models import MonitoringItem, OccurrenceDone, Subtask
from desktop.models.deserialize import load_plan
from desktop.models.schedule import ScheduleRule, WeekConvention
from desktop.models.schedule_expand import expand
from desktop.render.board_geometry import MILESTONE, SUBTASK, board_rows_from
from desktop.store.board_read import read_board

from .rule_plans import every_rule_plan

pytestmark = pytest.mark.sqlite_only  # the file does not depend on the database


def export_ics(db: Path, uuid: str, out: Path, *extra: str) -> Calendar:
    assert main(["export", "--db", str(db), "--plan", uuid, "--ics", str(out), *extra]) == 0
    return Calendar.from_ical(out.read_bytes())


def expanded(cal: Calendar, year: int) -> dict[str, list[tuple[date, date, str]]]:
    """item -> [(first day, last day, summary)] of every occurrence in the year."""
    out: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
    for event in recurring_ical_events.of(cal).between(date(year, 1, 1), date(year + 1, 1, 1)):
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert isinstance(start, date) and not hasattr(start, "hour")  # all-day events
        out[str(event["X-PLANDESK-ITEM"])].append(
            (start, end - timedelta(days=1), str(event["SUMMARY"]))
        )
    return {k: sorted(v) for k, v in out.items()}


def board_expectation(ws, plan_id: int) -> dict[str, list[tuple[date, date]]]:
    """What the board shows, plus the monitoring items expanded with the plan's convention."""
    with ws.session() as session:
        rows = board_rows_from(read_board(session, plan_id), "zh_TW")
        want = {
            f"{r.kind} {r.code}": list(r.occurrences)
            for r in rows
            if r.kind in (SUBTASK, MILESTONE) and r.occurrences
        }
        for m in session.scalars(select(MonitoringItem).where(MonitoringItem.plan_id == plan_id)):
            if m.schedule:
                occ = expand(
                    ScheduleRule.from_dict(m.schedule),
                    m.plan.year,
                    WeekConvention(m.plan.week_convention),
                )
                if occ:
                    want[f"monitoring {m.code}"] = [(o.start, o.end) for o in occ]
    return want


def add(ws, data) -> tuple[int, str]:
    with ws.write() as session:
        plan = load_plan(session, data, fresh_identity=True)
        return plan.id, plan.uuid


def only_dates(got: dict[str, list[tuple[date, date, str]]]) -> dict[str, list[tuple[date, date]]]:
    return {k: [(s, e) for s, e, _ in v] for k, v in got.items()}


def test_sample_plan_calendar_is_the_board(sample_ws, db_path, tmp_path):
    ws, uuid = sample_ws
    with ws.session() as session:
        plan_id = session.scalar(select(Subtask.plan_id))
    cal = export_ics(db_path, uuid, tmp_path / "plan.ics")
    got = expanded(cal, 2027)
    want = board_expectation(ws, plan_id)
    assert only_dates(got) == want
    assert sum(k.startswith("subtask ") for k in want) == 11  # every subtask of the sample
    assert {"milestone M1", "milestone M2", "milestone M3", "monitoring MON7"} <= set(want)
    # 每月第六周 (T5.2) is only in May and August 2027; 每月第五周 misses February
    assert [(s.month, s.day, e.day) for s, e in want["subtask T5.2"]] == [(5, 31, 31), (8, 30, 31)]
    assert 2 not in {s.month for s, _ in want["subtask T3.2"]}
    assert len(want["subtask T2.1"]) == 365  # daily
    events = list(cal.walk("VEVENT"))
    series = {
        str(e["X-PLANDESK-ITEM"]): str(e["RRULE"].to_ical(), "ascii")
        for e in events
        if "RRULE" in e
    }
    assert series["subtask T2.1"] == "FREQ=DAILY;UNTIL=20271231"
    assert series["milestone M2"] == "FREQ=MONTHLY;UNTIL=20271211;BYMONTHDAY=11"  # 每月中旬
    assert "subtask T1.1" not in series and "milestone M3" not in series  # weeks, 月底
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "T1.1 內容選題" in summaries
    first = next(e for e in events if str(e["X-PLANDESK-ITEM"]) == "subtask T1.1")
    text = str(first["DESCRIPTION"])
    assert "責任人：內容策劃團隊" in text and "所需資源：行業報告、用戶調研" in text
    assert "完成時間：每月第一周" in text
    assert [str(c) for c in first["CATEGORIES"].cats] == ["內容策劃團隊"]


@pytest.mark.parametrize("convention", ["calendar", "blocks"])
def test_every_rule_kind_expands_to_the_board(ws, db_path, tmp_path, convention):
    plan_id, uuid = add(ws, every_rule_plan(convention))
    cal = export_ics(db_path, uuid, tmp_path / "rules.ics")
    got = only_dates(expanded(cal, 2027))
    want = board_expectation(ws, plan_id)
    assert got == want
    assert "subtask G2" not in got  # the 2026 date has no occurrence in 2027
    week6 = got.get("subtask G22", [])  # 每月第六周
    if convention == "calendar":
        assert [s.month for s, _ in week6] == [5, 8]
    else:
        assert week6 == []  # 7-day blocks: at most five weeks
    daily_in_months = got["subtask G6"]
    assert len(daily_in_months) == 28 + 31 and {s.month for s, _ in daily_in_months} == {2, 7}
    rrules = {str(e["X-PLANDESK-ITEM"]) for e in cal.walk("VEVENT") if "RRULE" in e}
    assert {"subtask G5", "subtask G6", "subtask G9", "subtask G16"} <= rrules
    assert ("subtask G17" in rrules) == (convention == "blocks")  # week 1 as BYMONTHDAY=1
    assert "subtask G22" not in rrules and "subtask G26" not in rrules  # week 6, 月底


def test_done_occurrences_are_marked_and_uids_are_stable(sample_ws, db_path, tmp_path):
    ws, uuid = sample_ws
    with ws.write() as session:
        subs = {s.code: s for s in session.scalars(select(Subtask))}
        session.add(OccurrenceDone(subtask=subs["T1.1"], start=date(2027, 2, 1)))  # explicit
        session.add(OccurrenceDone(subtask=subs["T2.1"], start=date(2027, 3, 9)))  # in a series
    first = export_ics(db_path, uuid, tmp_path / "a.ics")
    got = expanded(first, 2027)
    done = {(k, s) for k, v in got.items() for s, _e, summary in v if summary.startswith("✓ ")}
    assert done == {("subtask T1.1", date(2027, 2, 1)), ("subtask T2.1", date(2027, 3, 9))}
    assert len(got["subtask T2.1"]) == 365  # the done day replaces its occurrence
    marked = [e for e in first.walk("VEVENT") if str(e["SUMMARY"]).startswith("✓ ")]
    assert all("已完成" in [str(c) for c in e["CATEGORIES"].cats] for e in marked)
    instance = next(e for e in marked if "RECURRENCE-ID" in e)
    assert instance["RECURRENCE-ID"].dt == date(2027, 3, 9)

    def uids(cal: Calendar) -> list[tuple[str, str]]:
        return sorted(
            (
                str(e["UID"]),
                str(e.get("RECURRENCE-ID", "")) and e["RECURRENCE-ID"].to_ical().decode(),
            )
            for e in cal.walk("VEVENT")
        )

    again = export_ics(db_path, uuid, tmp_path / "b.ics")
    assert uids(again) == uids(first)
    assert len(set(uids(first))) == len(uids(first))  # no two events share a UID
    single = [u for u, rid in uids(first) if not rid]
    assert all(u.endswith("@plandesk") and u.count("@") == 1 for u in single)


def test_team_filter_and_refusals(sample_ws, db_path, tmp_path, capsys):
    ws, uuid = sample_ws
    cal = export_ics(db_path, uuid, tmp_path / "team.ics", "--team", "用戶互動團隊")
    got = expanded(cal, 2027)
    assert set(got) == {"subtask T2.2", "subtask T4.2"}
    capsys.readouterr()
    out = tmp_path / "none.ics"
    code = main(["export", "--db", str(db_path), "--ics", str(out), "--team", "無此團隊"])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert err.count("\n") == 1 and "無此團隊" in err and "用戶互動團隊" in err
    with pytest.raises(SystemExit) as usage:
        main(["export", "--db", str(db_path), "--ics", str(out), "--xlsx", "x.xlsx"])
    assert usage.value.code == 2
    assert (
        main(
            [
                "export",
                "--db",
                str(db_path),
                "--xlsx",
                str(tmp_path / "x.xlsx"),
                "--team",
                "用戶互動團隊",
            ]
        )
        == 2
    )
    assert main(["export", "--db", str(db_path), "--ics", str(tmp_path / "no/dir/x.ics")]) == 1
