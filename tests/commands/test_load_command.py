"""``plandesk load``: per team and ISO week the distinct plan items, agreeing with the calendar
export expanded event by event; the weekly limit is tracking data and feeds a plan check."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
from icalendar import Calendar

from benchmarks.large_plan import large_plan
from desktop.cli import main
from desktop.models import Team
from desktop.models.deserialize import load_plan
from desktop.models.team_load import iso_week

pytestmark = pytest.mark.sqlite_only


def calendar_load(db: Path, uuid: str, out: Path, year: int) -> list[dict]:
    """The load computed from the exported .ics alone: every event expanded, each item counted
    once per (team, ISO week) it touches."""
    assert main(["export", "--db", str(db), "--plan", uuid, "--ics", str(out)]) == 0
    cal = Calendar.from_ical(out.read_bytes())
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    events = recurring_ical_events.of(cal).between(date(year, 1, 1), date(year + 1, 1, 1))
    for event in events:
        start, end = event["DTSTART"].dt, event["DTEND"].dt - timedelta(days=1)
        team = [str(c) for c in event["CATEGORIES"].cats][0] if "CATEGORIES" in event else ""
        code = str(event["X-PLANDESK-ITEM"]).split(" ", 1)[1]
        day = start
        while day <= end:
            if team:
                cells[(team, iso_week(day))].add(code)
            day += timedelta(days=1)
    return normal(
        [{"team": t, "week": w, "count": len(c), "items": list(c)} for (t, w), c in cells.items()]
    )


def plandesk_load(capsys, db: Path, uuid: str, *extra: str) -> list[dict]:
    capsys.readouterr()
    assert main(["load", "--db", str(db), "--plan", uuid, "--json", *extra]) == 0
    weeks = json.loads(capsys.readouterr().out)["weeks"]
    assert all(set(w) == {"week", "team", "count", "items"} for w in weeks)
    return weeks


def normal(weeks: list[dict]) -> list[dict]:
    return sorted(
        (w | {"items": sorted(w["items"])} for w in weeks), key=lambda w: (w["team"], w["week"])
    )


def test_sample_load_agrees_with_the_calendar(sample_ws, db_path, tmp_path, capsys):
    _ws, uuid = sample_ws
    weeks = plandesk_load(capsys, db_path, uuid)
    assert normal(weeks) == calendar_load(db_path, uuid, tmp_path / "s.ics", 2027)
    # T1.1 (每月第一周) and M1 share the planning team's first week of February
    feb = next(w for w in weeks if w["team"] == "內容策劃團隊" and w["week"] == "2027-W05")
    assert feb["count"] == 2 and feb["items"] == ["T1.1", "M1"]
    # a daily subtask counts once a week, not seven times
    assert max(w["count"] for w in weeks) < 7


def test_big_plan_load_agrees_with_the_calendar(ws, db_path, tmp_path, capsys):
    data = large_plan(subtasks=240, risks=10, actuals=24, teams=6, tasks=24, seed=3)
    data["milestones"] = [
        {"code": "M1", "title": "發布", "owner": "團隊01", "schedule": "每月中旬", "depends_on": []}
    ]
    with ws.write() as session:
        uuid = load_plan(session, data, fresh_identity=True).uuid
    weeks = plandesk_load(capsys, db_path, uuid)
    assert normal(weeks) == calendar_load(db_path, uuid, tmp_path / "b.ics", 2027)
    assert len({w["team"] for w in weeks}) == 6
    one = plandesk_load(capsys, db_path, uuid, "--team", "團隊02")
    assert one == [w for w in weeks if w["team"] == "團隊02"]


def test_text_output_and_a_limit_in_the_check(sample_ws, db_path, cli):
    ws, uuid = sample_ws
    before = main_content(db_path)
    with ws.write() as session:
        team = session.query(Team).filter_by(name="內容策劃團隊").one()
        team.weekly_limit = 1
    result = cli("load", "--db", str(db_path), "--team", "內容策劃團隊")
    assert result.returncode == 0, result.stderr
    assert "2027-W05\t內容策劃團隊\t2\tT1.1, M1\tabove limit 1" in result.stdout.splitlines()
    check = cli("check", "--db", str(db_path))
    line = next(x for x in check.stdout.splitlines() if "team 內容策劃團隊" in x)
    assert line.startswith("warning\tteam 內容策劃團隊\tabove its limit of 1 items a week in")
    assert "2027-W05 (2)" in line
    # the limit is tracking data: the signed content and its hash do not move
    assert main_content(db_path) == before


def main_content(db: Path) -> str:
    import contextlib
    import io

    from desktop.cli import main as run

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run(["dump", "--db", str(db), "--content"]) == 0
    return out.getvalue()


def test_unknown_team_is_refused(sample_ws, db_path, cli):
    result = cli("load", "--db", str(db_path), "--team", "nobody")
    assert result.returncode == 1
    assert result.stderr.startswith("plandesk load: --team nobody: no such owner team")
