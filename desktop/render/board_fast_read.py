"""Read a SQLite workspace's task board with the stdlib ``sqlite3`` (no SQLAlchemy, no ORM).

Used for the first paint at start-up (``desktop.views.fast_start``): opens the file read-only
(``store.sqlite_file.read_only_uri``), reads the first plan's board with one set of queries and returns the
same ``BoardRow`` objects as ``board_geometry.read_board_rows``. Anything unexpected (a schema
that needs a migration, a missing table, a locked or damaged file) raises ``FastReadError``;
the caller then takes the normal path.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.models.schedule import WeekConvention
from desktop.store.revisions import head_revision

from .board_geometry import GROUP, MILESTONE, SUBTASK, TASK, BoardRow, make_row, tr


class FastReadError(Exception):
    """The fast reader cannot vouch for this file; open it the normal way."""


@dataclass(frozen=True)
class FastBoard:
    """What the start-up preview shows: the first plan's board and its title line."""

    plan_id: int | None
    title: str
    year: int
    convention: WeekConvention
    revision: int
    status: str
    rows: list[BoardRow]
    plans: list[tuple[int, str, int, int]]  # (id, title, year, revision) of every plan


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Read-only and leaving no trace (no -wal/-shm next to an idle WAL workspace)."""
    from desktop.store.sqlite_file import WorkspaceError, inspect_path, read_only_uri

    path = path.resolve()
    try:
        uri = read_only_uri(path, inspect_path(path))
    except WorkspaceError as exc:
        raise FastReadError(str(exc)) from None
    conn = sqlite3.connect(uri, uri=True, timeout=0.2)
    conn.execute("PRAGMA query_only=ON")
    return conn


def fast_read_board(path: str | Path, lang: str = "zh_TW") -> FastBoard:
    """The first plan's board rows, read with ``sqlite3``; ``FastReadError`` if not sure."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise FastReadError(f"{path}: not a SQLite file")
        conn = connect_read_only(path)
        try:
            conn.execute("BEGIN")  # one consistent snapshot for all the queries
            return _read(conn, lang)
        finally:
            conn.close()
    except (OSError, sqlite3.Error, ValueError, KeyError, TypeError) as exc:
        raise FastReadError(f"{path}: {exc}") from exc


def _read(conn: sqlite3.Connection, lang: str) -> FastBoard:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if [v for (v,) in version] != [head_revision()]:
        raise FastReadError("the workspace needs a migration")
    plans = conn.execute("SELECT id, title, year, revision FROM plan ORDER BY id").fetchall()
    if not plans:
        return FastBoard(None, "", date.today().year, WeekConvention.CALENDAR, 0, "", [], [])
    plan_id = plans[0][0]
    title, year, convention_text, revision, status = conn.execute(
        "SELECT title, year, week_convention, revision, status FROM plan WHERE id = ?",
        (plan_id,)).fetchone()  # fmt: skip
    convention = WeekConvention(convention_text)
    teams = {t[0]: (t[0], t[1], t[2]) for t in conn.execute(
        "SELECT id, name, color FROM team WHERE plan_id = ?", (plan_id,))}  # fmt: skip
    done: dict[int, set[date]] = {}
    for sub_id, start in conn.execute(
            "SELECT d.subtask_id, d.start FROM occurrence_done d "
            "JOIN subtask s ON s.id = d.subtask_id WHERE s.plan_id = ?", (plan_id,)):  # fmt: skip
        done.setdefault(sub_id, set()).add(date.fromisoformat(start))
    subtasks: dict[int, list[BoardRow]] = {}
    for sid, task_id, code, stitle, team_id, schedule, resources in conn.execute(
            "SELECT id, task_id, code, title, owner_team_id, schedule, resources FROM subtask "
            "WHERE plan_id = ? ORDER BY position, id", (plan_id,)):  # fmt: skip
        subtasks.setdefault(task_id, []).append(make_row(
            SUBTASK, sid, code, stitle, schedule=_json(schedule), team=teams.get(team_id),
            year=year, convention=convention, lang=lang, parent_id=task_id,
            resources=resources, done=frozenset(done.get(sid, ()))))  # fmt: skip
    rows: list[BoardRow] = []
    for tid, code, ttitle in conn.execute(
            "SELECT id, code, title FROM task WHERE plan_id = ? ORDER BY position, id",
            (plan_id,)):  # fmt: skip
        rows.append(BoardRow(TASK, tid, code, ttitle))
        rows += subtasks.get(tid, [])
    milestones = conn.execute(
        "SELECT id, code, title, owner_team_id, schedule FROM milestone WHERE plan_id = ? "
        "ORDER BY position, id", (plan_id,)).fetchall()  # fmt: skip
    if milestones:
        rows.append(BoardRow(GROUP, 0, "", tr("milestones", lang)))
        rows += [make_row(MILESTONE, mid, code, mtitle, schedule=_json(schedule),
                          team=teams.get(team_id), year=year, convention=convention,
                          lang=lang, parent_id=0)
                 for mid, code, mtitle, team_id, schedule in milestones]  # fmt: skip
    return FastBoard(plan_id, title, year, convention, revision, status, rows,
                     [tuple(p) for p in plans])  # fmt: skip


def _json(value: Any) -> dict[str, Any] | None:
    """A JSON column as SQLAlchemy's ``JSON`` type stores it on SQLite (text; ``null``)."""
    if value is None:
        return None
    loaded = json.loads(value) if isinstance(value, str | bytes) else value
    return loaded or None
