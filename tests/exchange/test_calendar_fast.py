"""``plandesk export --ics`` on a SQLite workspace reads it with the standard library's
sqlite3 (issue 27: the calendar in a quarter of the Excel export's time): the very bytes of
the ORM path — the sample in every language, with done marks, one team's calendar, every
rule kind, a large plan — without importing SQLAlchemy; anything unusual (an older schema,
no single plan, an unknown team) takes the ORM path, which reads or refuses as before."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.large_plan import large_plan
from desktop.cli import main
from desktop.exchange.calendar_ics_text import calendar_bytes, records_bytes
from desktop.models import MonitoringItem, OccurrenceDone, Plan, Subtask
from desktop.models.deserialize import load_plan
from desktop.models.sample import add_sample_plan
from desktop.store.board_read import FastReadError
from desktop.store.calendar_read import read_calendar_file
from tests.readonly import folder_state
from tests.store.old_schema import old_workspace_with_sample

from .rule_plans import every_rule_plan

pytestmark = pytest.mark.sqlite_only  # the fast path reads SQLite files only

STAMP = datetime(2027, 2, 3, 4, 5, 6, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]
_STAMPED = re.compile(rb"^(DTSTAMP|LAST-MODIFIED|SEQUENCE):.*$", re.M)


def same_bytes(ws, db_path: Path, uuid: str, **kwargs) -> bytes:
    """The fast path's file, checked equal to the ORM path's."""
    with ws.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        reference, count = calendar_bytes(session, plan, stamp=STAMP, **kwargs)
    fast, fast_count = records_bytes(read_calendar_file(db_path, uuid), stamp=STAMP, **kwargs)
    assert fast.decode("utf-8") == reference.decode("utf-8")
    assert fast_count == count
    return fast


def unstamped(data: bytes) -> bytes:
    """The file without the lines that hold the export time."""
    return _STAMPED.sub(b"", data)


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN", "en"])
def test_sample_calendar_is_the_orm_paths(sample_ws, db_path, lang):
    ws, uuid = sample_ws
    with ws.write() as session:
        subs = {s.code: s for s in session.scalars(select(Subtask))}
        session.add(OccurrenceDone(subtask=subs["T1.1"], start=date(2027, 2, 1)))
        session.add(OccurrenceDone(subtask=subs["T2.1"], start=date(2027, 3, 9)))
        plan = session.scalars(select(Plan)).one()
        plan.language = lang
        monitoring = session.scalars(select(MonitoringItem)).first()
        monitoring.owner_team = plan.teams[1]  # a monitoring item with an owner
    text = same_bytes(ws, db_path, uuid).decode("utf-8")
    assert "RECURRENCE-ID;VALUE=DATE:20270309" in text and "SUMMARY:✓ T1.1" in text
    assert "X-PLANDESK-ITEM:monitoring " in text and "X-PLANDESK-ITEM:milestone " in text
    team = same_bytes(ws, db_path, uuid, team="用戶互動團隊").decode("utf-8")
    assert 0 < team.count("BEGIN:VEVENT") < text.count("BEGIN:VEVENT")


@pytest.mark.parametrize("convention", ["calendar", "blocks"])
def test_every_rule_kind_is_the_orm_paths(ws, db_path, convention):
    with ws.write() as session:
        uuid = load_plan(session, every_rule_plan(convention), fresh_identity=True).uuid
    assert b"RRULE:FREQ=" in same_bytes(ws, db_path, uuid)


def test_large_plan_is_the_orm_paths(ws, db_path):
    data = large_plan(subtasks=300, risks=10, actuals=24, teams=5, tasks=30)
    data["tasks"][0]["title"] = "長" * 40 + ";,\\ 逗號, 分號; 反斜線\\"  # folded, escaped
    with ws.write() as session:
        uuid = load_plan(session, data, fresh_identity=True).uuid
        subs = list(session.scalars(select(Subtask)))[:40]
        for sub in subs:
            session.add(OccurrenceDone(subtask=sub, start=date(2027, 1, 1)))
    assert same_bytes(ws, db_path, uuid).count(b"BEGIN:VEVENT") > 3000


def test_the_command_imports_no_sqlalchemy_and_writes_what_the_orm_path_writes(
    sample_ws, db_path, tmp_path
):
    ws, uuid = sample_ws
    ws.close()
    fast, orm = tmp_path / "fast.ics", tmp_path / "orm.ics"
    probe = (
        "import sys; from desktop.cli import main; code = main(sys.argv[1:]); "
        "print(code, any(m.startswith('sqlalchemy') for m in sys.modules))"
    )
    for db, out in ((str(db_path), fast), (f"sqlite:///{db_path}", orm)):  # a URL: the ORM
        args = ["export", "--db", db, "--ics", str(out), "--team", "用戶互動團隊"]
        ran = subprocess.run(
            [sys.executable, "-c", probe, *args],
            cwd=REPO,
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        )
        assert ran.returncode == 0 and ran.stderr == "", ran.stderr
        assert ran.stdout.splitlines()[-1] == f"0 {out is orm}"  # SQLAlchemy only for the URL
    assert unstamped(fast.read_bytes()) == unstamped(orm.read_bytes())
    assert b"X-PLANDESK-ITEM:subtask T4.2" in fast.read_bytes()


def test_an_older_workspace_is_read_the_orm_way_and_left_untouched(tmp_path, capsys):
    folder = tmp_path / "ws"
    folder.mkdir()
    db = folder / "old.sqlite"
    old_workspace_with_sample(db, "0005")
    (folder / "old.sqlite.current.sqlite").unlink(missing_ok=True)
    with pytest.raises(FastReadError):
        read_calendar_file(db, None)
    before = folder_state(folder)
    out = tmp_path / "old.ics"
    assert main(["export", "--db", str(db), "--ics", str(out)]) == 0
    assert f"run 'plandesk upgrade --db {db}'" in capsys.readouterr().err
    assert folder_state(folder) == before  # reading wrote nothing
    current = tmp_path / "current.sqlite"
    assert main(["upgrade", "--db", str(db)]) == 0  # the same plan at the current schema
    capsys.readouterr()
    current.write_bytes(db.read_bytes())
    again = tmp_path / "current.ics"
    assert main(["export", "--db", str(current), "--ics", str(again)]) == 0
    assert capsys.readouterr().err == ""
    assert unstamped(out.read_bytes()) == unstamped(again.read_bytes())


def test_the_previous_releases_approved_workspace_exports_the_same_before_and_after_upgrade(
    tmp_path, capsys
):
    folder = tmp_path / "ws"
    folder.mkdir()
    db = folder / "plan.sqlite"
    db.write_bytes((REPO / "tests" / "fixtures" / "approved_release_0005.sqlite").read_bytes())
    before = folder_state(folder)
    old, new = tmp_path / "old.ics", tmp_path / "new.ics"
    assert main(["export", "--db", str(db), "--ics", str(old)]) == 0
    assert "plandesk upgrade" in capsys.readouterr().err  # the ORM path, in memory
    assert folder_state(folder) == before
    assert main(["upgrade", "--db", str(db)]) == 0
    assert read_calendar_file(db, None).lineage  # now current: the fast path
    assert main(["export", "--db", str(db), "--ics", str(new)]) == 0
    assert b"SUMMARY:\xe2\x9c\x93 " in new.read_bytes()  # its done marks
    assert unstamped(old.read_bytes()) == unstamped(new.read_bytes())


def test_refusals_are_unchanged(sample_ws, db_path, tmp_path, capsys):
    ws, uuid = sample_ws

    def refused(*extra: str) -> str:
        out = tmp_path / "x.ics"
        code = main(["export", "--db", str(db_path), "--ics", str(out), *extra])
        err = capsys.readouterr().err
        assert code == 1 and not out.exists() and err.count("\n") == 1, err
        return err

    assert "無此團隊" in refused("--team", "無此團隊")
    assert "no plan 'zzz'" in refused("--plan", "zzz")
    with ws.write() as session:
        add_sample_plan(session)
    assert "holds 2 plans" in refused()
    with pytest.raises(FastReadError):  # no single plan: the ORM path refuses
        read_calendar_file(db_path, None)
    assert read_calendar_file(db_path, uuid[:8]).lineage  # one plan named: the fast path
    assert (
        main(["export", "--db", str(db_path), "--plan", uuid, "--ics", str(tmp_path / "a.ics")])
        == 0
    )
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_bytes(b"not a workspace at all")
    code = main(["export", "--db", str(foreign), "--ics", str(tmp_path / "f.ics")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "not a PlanDesk workspace" in err


def test_reading_a_workspace_leaves_no_trace_open_or_closed(
    sample_ws, db_path, tmp_path_factory, capsys
):
    ws, _uuid = sample_ws
    outputs = tmp_path_factory.mktemp("out")
    with ws.write() as session:  # a change still in the write-ahead log of the open workspace
        session.scalars(select(Plan)).one().title = "開著的計劃"
    assert read_calendar_file(db_path, None).title == "開著的計劃"  # the fast path reads it
    while_open = outputs / "open.ics"
    assert main(["export", "--db", str(db_path), "--ics", str(while_open)]) == 0
    assert "開著的計劃".encode() in while_open.read_bytes()
    ws.close()
    before = folder_state(db_path.parent)
    closed = outputs / "closed.ics"
    assert main(["export", "--db", str(db_path), "--ics", str(closed)]) == 0
    assert capsys.readouterr().err == ""
    assert folder_state(db_path.parent) == before
    assert unstamped(closed.read_bytes()) == unstamped(while_open.read_bytes())


@pytest.mark.parametrize(
    "kind", ["folder", "device", "proc", "text", "damaged", "empty", "missing"]
)
def test_no_workspace_file_is_refused_as_before(tmp_path, capsys, kind):
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "cut.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\xff" * 90)
    (tmp_path / "empty.sqlite").write_bytes(b"")
    target = {
        "folder": tmp_path,
        "device": Path("/dev/null"),
        "proc": Path("/proc/self/mem"),
        "text": tmp_path / "notes.txt",
        "damaged": tmp_path / "cut.sqlite",
        "empty": tmp_path / "empty.sqlite",
        "missing": tmp_path / "none.sqlite",
    }[kind]
    before = folder_state(tmp_path)
    out = tmp_path.with_name(tmp_path.name + "_out")
    out.mkdir()
    assert main(["dump", "--db", str(target)]) == 1
    dump_err = capsys.readouterr().err
    assert main(["export", "--db", str(target), "--ics", str(out / "x.ics")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.split(": ", 1)[1] == dump_err.split(": ", 1)[1]
    assert folder_state(tmp_path) == before and not (out / "x.ics").exists()


def test_a_fifo_is_never_opened(tmp_path, cli):
    """Opening a FIFO for reading would wait for a writer forever: it is refused unopened."""
    import os

    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    result = cli("export", "--db", str(fifo), "--ics", str(tmp_path / "x.ics"))
    assert result.returncode == 1
    assert result.stderr == (
        f"plandesk export: {fifo}: is a device, pipe or socket, not a workspace file\n"
    )
