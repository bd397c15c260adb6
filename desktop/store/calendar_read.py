"""What the calendar export reads, as plain records: the plan's header, its teams' names,
the milestones' dependencies, the monitoring items and the board records (no ORM, no Qt).

``exchange.calendar_source.calendar_records`` fills them from the ORM (any workspace);
``read_calendar_file`` reads a current SQLite workspace file with the standard library's
``sqlite3`` only (read-only and leaving no trace, as ``board_read.read_first_board``), so
``plandesk export --ics`` does not pay for importing SQLAlchemy and the models (issue 27).
It raises ``FastReadError`` for anything it cannot vouch for (older schema, several plans, a
``--plan`` that matches no plan or more than one...): the command then takes the ORM path,
which refuses or handles the file exactly as before.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.models.board_records import BoardRecords

from .board_read import FastReadError, as_json, connect_read_only, read_board_records
from .revisions import head_revision

PLAN_SQL = "SELECT title, year, language, lineage, week_convention FROM plan WHERE id = ?"
TEAM_NAMES_SQL = "SELECT name FROM team WHERE plan_id = ? ORDER BY position, id"
DEPENDS_SQL = (
    "SELECT m.code, s.code, s.title FROM milestone m "
    "JOIN milestone_dependency d ON d.milestone_id = m.id "
    "JOIN subtask s ON s.id = d.subtask_id "
    "WHERE m.plan_id = ? ORDER BY m.position, m.id, d.position, d.id"
)
MONITORING_SQL = (
    "SELECT mi.id, mi.code, mi.title, mi.kind, mi.description, mi.schedule, "
    "t.id, t.name, t.color FROM monitoring_item mi LEFT JOIN team t ON t.id = mi.owner_team_id "
    "WHERE mi.plan_id = ? ORDER BY mi.position, mi.id"
)


@dataclass(frozen=True)
class MonitoringRecord:
    """A monitoring item (meeting, report...) with its schedule and owner team."""

    id: int
    code: str
    title: str
    kind: str
    description: str | None
    schedule: dict[str, Any] | None
    team: tuple[int, str, str] | None  # (id, name, colour)


@dataclass(frozen=True)
class CalendarRecords:
    """Everything the calendar file of one plan is made of."""

    title: str
    year: int
    language: str
    lineage: str
    week_convention: str
    team_names: tuple[str, ...]  # in the plan's order
    depends: dict[str, list[tuple[str, str]]]  # milestone code -> (code, title) of its subtasks
    monitoring: tuple[MonitoringRecord, ...]
    board: BoardRecords


def read_calendar_file(path: str | Path, plan_ref: str | None) -> CalendarRecords:
    """The records of the plan ``plan_ref`` (a uuid prefix) or of the only plan of a current
    SQLite workspace file; ``FastReadError`` whenever the normal path should decide."""
    path = Path(path).expanduser()
    try:
        conn = connect_read_only(path)  # never opens a FIFO or device; refuses a non-SQLite file
        try:
            conn.execute("BEGIN")  # one consistent snapshot for all the queries
            return _read(conn, plan_ref)
        finally:
            conn.close()
    except (OSError, sqlite3.Error, ValueError, KeyError, TypeError) as exc:
        raise FastReadError(f"{path}: {exc}") from exc


def _read(conn: sqlite3.Connection, plan_ref: str | None) -> CalendarRecords:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if [v for (v,) in version] != [head_revision()]:
        raise FastReadError("not at the current schema")
    if plan_ref is None:
        ids = conn.execute("SELECT id FROM plan ORDER BY id").fetchall()
    else:  # as operations.find_plan: a prefix compared as text
        prefix = plan_ref.strip()
        sql = "SELECT id FROM plan WHERE substr(uuid, 1, ?) = ?"
        ids = conn.execute(sql, (len(prefix), prefix)).fetchall() if prefix else []
    if len(ids) != 1:
        raise FastReadError("no single plan to export")
    plan_id = ids[0][0]
    title, year, language, lineage, convention = conn.execute(PLAN_SQL, (plan_id,)).fetchone()
    depends: dict[str, list[tuple[str, str]]] = {}
    for milestone, code, sub_title in conn.execute(DEPENDS_SQL, (plan_id,)):
        depends.setdefault(milestone, []).append((code, sub_title))
    monitoring = tuple(
        MonitoringRecord(
            mid,
            code,
            m_title,
            kind,
            description,
            as_json(schedule),
            (team_id, name, color) if team_id is not None else None,
        )
        for mid, code, m_title, kind, description, schedule, team_id, name, color in conn.execute(
            MONITORING_SQL, (plan_id,)
        )
    )
    board = read_board_records(conn.execute, plan_id)
    if board is None:
        raise FastReadError("the plan vanished while reading")
    return CalendarRecords(
        title,
        int(year),
        language,
        lineage,
        convention,
        tuple(name for (name,) in conn.execute(TEAM_NAMES_SQL, (plan_id,))),
        depends,
        monitoring,
        board,
    )
