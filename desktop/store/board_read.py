"""What the task board reads, defined once: a plan's teams, tasks, subtasks, done marks and
milestones as plain records (no ORM objects, no Qt).

The queries are plain SQL with named parameters, which both the stdlib ``sqlite3`` and
SQLAlchemy's ``text()`` accept, so the fast first paint (``read_first_board``: a SQLite file
opened read-only, no SQLAlchemy imported) and the board screen (``read_board``: any
workspace session, SQLite or PostgreSQL) read the very same rows. Turning the records into
board rows is ``desktop.render.board_geometry.board_rows_from``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.models.board_records import BoardRecords, ItemRecord
from desktop.models.schedule import WeekConvention

from .revisions import head_revision

Run = Callable[[str, dict[str, Any]], Iterable[Sequence[Any]]]  # (sql, params) -> rows

PLAN_SQL = "SELECT year, week_convention FROM plan WHERE id = :plan_id"
TEAMS_SQL = "SELECT id, name, color FROM team WHERE plan_id = :plan_id"
DONE_SQL = (
    "SELECT d.subtask_id, d.start FROM occurrence_done d "
    "JOIN subtask s ON s.id = d.subtask_id WHERE s.plan_id = :plan_id"
)
TASKS_SQL = "SELECT id, code, title FROM task WHERE plan_id = :plan_id ORDER BY position, id"
SUBTASKS_SQL = (
    "SELECT id, task_id, code, title, owner_team_id, schedule, resources "
    "FROM subtask WHERE plan_id = :plan_id ORDER BY position, id"
)
NOTES_SQL = (
    "SELECT n.subtask_id, n.start FROM occurrence_note n "
    "JOIN subtask s ON s.id = n.subtask_id WHERE s.plan_id = :plan_id"
)
REPORTS_SQL = (
    "SELECT code, schedule FROM monitoring_item "
    "WHERE plan_id = :plan_id AND kind = 'report' ORDER BY position, id"
)
MILESTONES_SQL = (
    "SELECT id, code, title, owner_team_id, schedule FROM milestone "
    "WHERE plan_id = :plan_id ORDER BY position, id"
)


def read_board_records(run: Run, plan_id: int) -> BoardRecords | None:
    """The board of plan ``plan_id`` through ``run``; None if there is no such plan."""
    p = {"plan_id": plan_id}
    head = next(iter(run(PLAN_SQL, p)), None)
    if head is None:
        return None
    done = read_done_dates(run, plan_id)
    subtasks = [
        ItemRecord(
            sid,
            task_id,
            code,
            title,
            team,
            as_json(schedule),
            resources or "",
            done.get(sid, frozenset()),
        )
        for sid, task_id, code, title, team, schedule, resources in run(SUBTASKS_SQL, p)
    ]
    milestones = [
        ItemRecord(mid, None, code, title, team, as_json(schedule))
        for mid, code, title, team, schedule in run(MILESTONES_SQL, p)
    ]
    year, convention = int(head[0]), WeekConvention(head[1])
    return BoardRecords(
        plan_id,
        year,
        convention,
        {t[0]: (t[0], t[1], t[2]) for t in run(TEAMS_SQL, p)},
        [(t[0], t[1], t[2]) for t in run(TASKS_SQL, p)],
        subtasks,
        milestones,
        frozenset((sid, as_date(start)) for sid, start in run(NOTES_SQL, p)),
        tuple(_report_spans(run, p, year, convention)),
    )


def _report_spans(
    run: Run, params: dict[str, Any], year: int, convention: WeekConvention
) -> list[tuple[str, date, date]]:
    """The occurrences of the monitoring section's report items (as ``models.report.rhythm.
    report_weeks``; here without the ORM, for the fast first paint)."""
    from desktop.models.schedule import ScheduleRule
    from desktop.models.schedule_expand import expand

    return [
        (code, o.start, o.end)
        for code, schedule in run(REPORTS_SQL, params)
        if (rule := as_json(schedule))
        for o in expand(ScheduleRule.from_dict(rule), year, convention)
    ]


def read_done_dates(run: Run, plan_id: int) -> dict[int, frozenset[date]]:
    """The done occurrence starts of every subtask of the plan."""
    out: dict[int, set[date]] = {}
    for sub_id, start in run(DONE_SQL, {"plan_id": plan_id}):
        out.setdefault(sub_id, set()).add(as_date(start))
    return {k: frozenset(v) for k, v in out.items()}


def session_runner(session: Any) -> Run:
    """``run`` for a SQLAlchemy session (flushes pending changes first, as ORM reads do)."""
    from sqlalchemy import text

    if session.autoflush:
        session.flush()
    return lambda sql, params: session.execute(text(sql), params)


def read_board(session: Any, plan_id: int) -> BoardRecords | None:
    """The board records of a plan, read in a workspace session."""
    return read_board_records(session_runner(session), plan_id)


def as_json(value: Any) -> dict[str, Any] | None:
    """A JSON column as stored: text on SQLite, already decoded by the PostgreSQL driver."""
    if value is None:
        return None
    loaded = json.loads(value) if isinstance(value, str | bytes) else value
    return loaded or None


def as_date(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


# --- the fast first paint: a SQLite file, read-only, without SQLAlchemy -------------------


class FastReadError(Exception):
    """The fast reader cannot vouch for this file; open it the normal way."""


@dataclass(frozen=True)
class FirstBoard:
    """What the start-up preview shows: the first plan's header and board records."""

    plan_id: int | None
    title: str
    year: int
    convention: WeekConvention
    revision: int
    status: str
    records: BoardRecords | None
    plans: list[tuple[int, str, int, int]]  # (id, title, year, revision) of every plan


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Read-only and leaving no trace (no -wal/-shm next to an idle WAL workspace)."""
    from .sqlite_file import WorkspaceError, inspect_path, read_only_uri

    path = path.resolve()
    try:
        uri = read_only_uri(path, inspect_path(path))
    except WorkspaceError as exc:
        raise FastReadError(str(exc)) from None
    conn = sqlite3.connect(uri, uri=True, timeout=0.2)
    conn.execute("PRAGMA query_only=ON")
    return conn


def read_first_board(path: str | Path) -> FirstBoard:
    """The first plan of a SQLite workspace file; ``FastReadError`` if not sure of the file
    (not SQLite, needs a migration, locked, damaged...)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise FastReadError(f"{path}: not a SQLite file")
        conn = connect_read_only(path)
        try:
            conn.execute("BEGIN")  # one consistent snapshot for all the queries
            return _first_board(conn)
        finally:
            conn.close()
    except (OSError, sqlite3.Error, ValueError, KeyError, TypeError) as exc:
        raise FastReadError(f"{path}: {exc}") from exc


def _first_board(conn: sqlite3.Connection) -> FirstBoard:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if [v for (v,) in version] != [head_revision()]:
        raise FastReadError("the workspace needs a migration")
    plans = conn.execute("SELECT id, title, year, revision FROM plan ORDER BY id").fetchall()
    if not plans:
        return FirstBoard(None, "", date.today().year, WeekConvention.CALENDAR, 0, "", None, [])
    plan_id = plans[0][0]
    title, revision, status = conn.execute(
        "SELECT title, revision, status FROM plan WHERE id = ?", (plan_id,)
    ).fetchone()
    records = read_board_records(conn.execute, plan_id)
    if records is None:
        raise FastReadError("the plan vanished while reading")
    return FirstBoard(
        plan_id,
        title,
        records.year,
        records.convention,
        revision,
        status,
        records,
        [tuple(p) for p in plans],
    )
