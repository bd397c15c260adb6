"""What a workspace path is, found out before anything opens it for writing (stdlib only).

``inspect_path`` refuses folders, devices, pipes, system files and files that are not SQLite;
``not_writable`` says why PlanDesk may not write a workspace (read-only file or folder);
``read_only_uri`` is how to read a SQLite file leaving no trace: SQLite's ``mode=ro`` creates
``-wal``/``-shm`` files next to a WAL database and cannot remove them, so a WAL file that no
connection has open (no ``-wal``) is read ``immutable=1``; while a writer has it open (its
``-wal`` and ``-shm`` exist) it is read ``mode=ro`` through them. ``schema_of`` tells a
PlanDesk workspace from an empty database, another application's file and a newer PlanDesk's.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from .revisions import head_revision, known_revisions

MAGIC = b"SQLite format 3\x00"
SYSTEM_FOLDERS = ("proc", "sys")  # under "/": kernel files, never a workspace


class WorkspaceError(Exception):
    """A workspace that cannot be opened; the message (one line) names the file or URL."""


class WorkspaceReadOnly(WorkspaceError):
    """The workspace file or its folder cannot be written; it can still be opened read-only."""


@dataclass(frozen=True)
class FileState:
    exists: bool
    empty: bool = True  # no bytes at all (a new workspace may be created in it)
    wal: bool = False  # the database is in WAL mode (header bytes 18-19)


def inspect_path(path: Path) -> FileState:
    """What is at ``path``; WorkspaceError for anything that cannot hold a workspace."""
    if len(path.parts) > 1 and path.parts[0] == "/" and path.parts[1] in SYSTEM_FOLDERS:
        raise WorkspaceError(f"{path}: a system file, not a workspace file")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise WorkspaceError(f"{path}: the folder {path.parent} does not exist") from None
        return FileState(exists=False)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot open it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise WorkspaceError(f"{path}: is a folder, not a workspace file")
    if not stat.S_ISREG(info.st_mode):
        raise WorkspaceError(f"{path}: is a device, pipe or socket, not a workspace file")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if not header:
        return FileState(exists=True)
    if not header.startswith(MAGIC):
        raise WorkspaceError(f"{path}: not a PlanDesk workspace (not a SQLite file)")
    return FileState(exists=True, empty=False, wal=header[18:20] == b"\x02\x02")


def _may(path: Path, mode: int) -> bool:
    """``os.access`` with the effective ids and capabilities (what an open would get)."""
    if os.access in os.supports_effective_ids:
        return os.access(path, mode, effective_ids=True)
    return os.access(path, mode)  # pragma: no cover - Windows


def not_writable(path: Path) -> str:
    """Why PlanDesk may not write the workspace at ``path`` ("" when it may).

    Writing needs the file and its folder (SQLite's ``-wal``/``-shm`` and the lock file)."""
    if not _may(path.parent, os.W_OK | os.X_OK):
        return f"the folder {path.parent} cannot be written"
    if path.exists() and not _may(path, os.W_OK):
        return "the file cannot be written"
    return ""


def read_only_uri(path: Path, state: FileState) -> str:
    """The SQLite URI that reads ``path`` without creating or changing any file."""
    uri = path.as_uri() + "?mode=ro"
    if not state.wal:
        return uri  # a rollback-journal database: readers write nothing
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    if not wal.exists():
        return uri + "&immutable=1"  # nobody has it open; nothing to coordinate with
    if not shm.exists() and not_writable(path):
        raise WorkspaceError(
            f"{path}: holds changes not yet saved into the file ({wal.name}); "
            "open it once where its folder can be written"
        )
    return uri


def connect_read_only(path: Path, state: FileState | None = None) -> sqlite3.Connection:
    """A stdlib connection that reads ``path`` and can write nothing."""
    uri = read_only_uri(path, state or inspect_path(path))
    conn = sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)
    conn.execute("PRAGMA query_only=ON")
    return conn


EMPTY, FOREIGN, OLDER, CURRENT, NEWER = "empty", "foreign", "older", "current", "newer"


def schema_of(tables: list[str], revision: str | None) -> str:
    """EMPTY, FOREIGN, OLDER, CURRENT or NEWER for a database with ``tables`` at ``revision``."""
    if not tables:
        return EMPTY
    if "alembic_version" not in tables or "plan" not in tables or revision is None:
        return FOREIGN
    if revision == head_revision():
        return CURRENT
    return OLDER if revision in known_revisions() else NEWER


def schema_refusal(label: str, kind: str, tables: list[str], revision: str | None) -> str:
    """The one-line refusal for a database PlanDesk must not open ("" when it may)."""
    if kind == FOREIGN:
        names = ", ".join(sorted(tables)[:3]) + (", …" if len(tables) > 3 else "")
        return f"{label}: not a PlanDesk workspace (a database with other tables: {names})"
    if kind == NEWER:
        return (
            f"{label}: made by a newer PlanDesk (workspace schema {revision}); "
            "update PlanDesk to open it"
        )
    return ""


def peek_schema(conn: sqlite3.Connection) -> tuple[str, list[str], str | None]:
    """(kind, table names, alembic revision) of an open SQLite connection."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return schema_of(tables, revision), tables, revision


def check_schema(path: Path, state: FileState) -> str:
    """Read the schema of an existing SQLite file without a trace; refuse foreign and newer."""
    try:
        conn = connect_read_only(path, state)
        try:
            kind, tables, revision = peek_schema(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path}: cannot read it as a workspace ({exc})") from None
    refusal = schema_refusal(str(path), kind, tables, revision)
    if refusal:
        raise WorkspaceError(refusal)
    return kind
