"""Opening a workspace: a SQLite file (pragmas, lock, backup, migrations) or any SQLAlchemy URL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from .lock import WorkspaceLock, WorkspaceLocked
from .migrate import upgrade
from .sqlite_file import (
    EMPTY,
    OLDER,
    FileState,
    WorkspaceError,
    WorkspaceReadOnly,
    check_schema,
    inspect_path,
    not_writable,
    peek_schema,
    read_only_uri,
    schema_of,
    schema_refusal,
)

BUSY_TIMEOUT_MS = 5000
_WRITE = "plandesk_write"


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def default_workspace_path() -> Path:
    """``workspace.sqlite`` in the user's data directory (created on demand)."""
    from desktop.paths import data_dir

    return data_dir(create=True) / "workspace.sqlite"


class Workspace:
    """An open workspace: its engines, session factories, lock and read-only state.

    Read sessions begin a deferred transaction; ``write()`` sessions begin IMMEDIATE on
    SQLite so that a writer never fails half-way on a lock upgrade.
    """

    def __init__(
        self, engine: Engine, *, path: Path | None, read_only: bool, lock: WorkspaceLock | None
    ) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self.lock = lock
        # read through a copy upgraded in memory: the file itself is at an older schema
        self.older_schema = False
        self.write_engine = engine.execution_options(**{_WRITE: True})
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def label(self) -> str:
        """What to show a user: the file path, or the URL without its password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A session for reading (and for writing when the caller commits it)."""
        return self._read_sessions()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back on any exception."""
        if self.read_only:
            raise WorkspaceError(f"{self.label}: the workspace is open read-only")
        with self._write_sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_engine(
    path: Path, read_only: bool, creator: Callable[[], Any] | None = None, **pool: Any
) -> Engine:
    extra: dict[str, Any] = {"creator": creator, **pool} if creator is not None else {}
    engine = create_engine(URL.create("sqlite", database=str(path)), **extra)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute("PRAGMA synchronous=FULL")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_WRITE) and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_workspace(
    target: str | Path | URL | None = None, *, read_only: bool = False, migrate: bool = True
) -> Workspace:
    """Open the workspace at a path or SQLAlchemy URL (a writable one is created if need be).

    Writable SQLite: refuses a file that is not PlanDesk's or made by a newer PlanDesk before
    anything is written, then ``WorkspaceReadOnly`` if the file or folder cannot be written,
    takes the lock (``WorkspaceLocked`` if another PlanDesk holds it) and migrates to the
    newest schema after backing the file up. Read-only: writes nothing at all (no lock, no
    migration: an older schema is upgraded in a copy in memory).
    """
    if target is None:
        target = default_workspace_path()
    if isinstance(target, URL):
        target = target.render_as_string(hide_password=False)
    if is_url(target):
        try:
            url = make_url(str(target))
        except Exception as exc:  # any parse error is a bad address
            scheme = str(target).split("://", 1)[0]
            raise WorkspaceError(f"{scheme}://…: not a database URL ({exc})") from None
        if url.get_backend_name() != "sqlite":
            return _open_server(url, read_only=read_only, migrate=migrate)
        target = url.database or ""
    path = Path(target).expanduser().resolve()
    state = inspect_path(path)
    if read_only:
        return _open_sqlite_read_only(path, state)
    if state.exists and not state.empty:
        check_schema(path, state)
    reason = not_writable(path)
    if reason:
        raise WorkspaceReadOnly(
            f"{path} is read-only ({reason}); PlanDesk can show it but not change it"
        )
    lock = WorkspaceLock(path)
    try:
        lock.acquire()
    except OSError as exc:
        raise WorkspaceReadOnly(
            f"{path} is read-only (cannot create its lock file: {exc.strerror or exc})"
        ) from None
    engine = _sqlite_engine(path, read_only=False)
    ws = Workspace(engine, path=path, read_only=False, lock=lock)
    try:
        if migrate:
            upgrade(ws.write_engine, path)
    except WorkspaceError:
        ws.close()
        raise
    except Exception as exc:
        ws.close()
        raise WorkspaceError(f"{path}: could not upgrade the workspace: {one_line(exc)}") from exc
    return ws


def _open_sqlite_read_only(path: Path, state: FileState) -> Workspace:
    """Read ``path`` leaving no trace (see ``sqlite_file.read_only_uri``)."""
    if not state.exists:
        raise WorkspaceError(f"{path}: no such workspace")
    if state.empty:
        raise WorkspaceError(f"{path}: not a PlanDesk workspace (an empty file)")
    uri = read_only_uri(path, state)
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            kind, tables, revision = peek_schema(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path}: cannot read it as a workspace ({exc})") from None
    refusal = schema_refusal(str(path), kind, tables, revision)
    if kind == EMPTY:
        refusal = f"{path}: not a PlanDesk workspace (an empty database)"
    if refusal:
        raise WorkspaceError(refusal)
    if kind == OLDER:
        engine = _upgraded_copy(path, uri)
    else:
        engine = _sqlite_engine(
            path,
            read_only=True,
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
    ws = Workspace(engine, path=path, read_only=True, lock=None)
    ws.older_schema = kind == OLDER
    return ws


def _upgraded_copy(path: Path, uri: str) -> Engine:
    """An older workspace read-only: a copy in memory, migrated there, then made read-only."""
    from sqlalchemy.pool import StaticPool

    source = sqlite3.connect(uri, uri=True)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.backup(memory)
    finally:
        source.close()
    engine = _sqlite_engine(path, read_only=False, creator=lambda: memory, poolclass=StaticPool)
    try:
        upgrade(engine.execution_options(**{_WRITE: True}), None)
    except Exception as exc:
        engine.dispose()
        raise WorkspaceError(f"{path}: cannot read this older workspace: {one_line(exc)}") from exc
    memory.execute("PRAGMA query_only=ON")
    return engine


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message (the driver's own, when SQLAlchemy wraps it)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


PG_CONNECT_TIMEOUT_S = 10


def server_url(url: URL | str) -> URL:
    """``postgresql://`` (or ``postgres://``) without a driver means psycopg 3."""
    url = make_url(str(url)) if isinstance(url, str) else url
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _open_server(url: URL, *, read_only: bool, migrate: bool) -> Workspace:
    """A workspace on a database server (PostgreSQL): no file lock, no backup; the server
    serializes writers and ``version`` columns catch lost updates. Credentials come from the
    URL or, when it has none, from libpq (``~/.pgpass``, ``PGPASSWORD``, ``PGUSER``...)."""
    url = server_url(url)
    label = url.render_as_string(hide_password=True)
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        if "connect_timeout" not in url.query:
            connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
        if "application_name" not in url.query:
            connect_args["application_name"] = "PlanDesk"
        if read_only:
            options = str(url.query.get("options", ""))
            connect_args["options"] = f"{options} -c default_transaction_read_only=on".strip()
            url = url.difference_update_query(["options"])
    try:
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except ModuleNotFoundError as exc:
        hint = " (pip install 'plandesk[postgres]')" if exc.name == "psycopg" else ""
        raise WorkspaceError(
            f"{label}: the database driver {exc.name} is not installed{hint}"
        ) from exc
    except Exception as exc:  # unknown driver, bad URL
        raise WorkspaceError(f"{label}: cannot use this database URL: {exc}") from exc
    ws = Workspace(engine, path=None, read_only=read_only, lock=None)
    refusal = ""
    try:
        if migrate and not read_only:
            upgrade(ws.write_engine, None)
        else:
            refusal = _server_refusal(engine, label)
    except WorkspaceError:
        ws.close()
        raise
    except Exception as exc:
        ws.close()
        raise WorkspaceError(f"{label}: could not open the workspace: {one_line(exc)}") from exc
    if refusal:
        ws.close()
        raise WorkspaceError(refusal)
    return ws


def _server_refusal(engine: Engine, label: str) -> str:
    """Why a server database may not be read as it is ("" when it may)."""
    from sqlalchemy import inspect

    from .migrate import _current

    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        revision = _current(conn)
    kind = schema_of(tables, revision)
    if kind == EMPTY:
        return f"{label}: not a PlanDesk workspace yet (an empty database)"
    if kind == OLDER:
        return (
            f"{label}: made by an older PlanDesk (workspace schema {revision}); open it "
            "once with PlanDesk to upgrade it"
        )
    return schema_refusal(label, kind, tables, revision)


def plan_ids(session: Session) -> list[str]:
    from desktop.models import Plan

    return list(session.scalars(select(Plan.uuid).order_by(Plan.id)))


__all__ = [
    "Workspace",
    "WorkspaceError",
    "WorkspaceLocked",
    "WorkspaceReadOnly",
    "default_workspace_path",
    "is_url",
    "open_workspace",
]


def prepare_workspace(db: str | None, *, read_only: bool = False) -> Any:
    """Open the GUI's workspace; a workspace the GUI creates starts with the sample plan."""
    from desktop.models import Plan
    from desktop.models.sample import add_sample_plan

    target = db or str(default_workspace_path())
    is_new = not is_url(target) and (
        not Path(target).expanduser().exists() or Path(target).expanduser().stat().st_size == 0
    )
    ws = open_workspace(target, read_only=read_only)
    if is_new and not read_only:
        with ws.write() as session:
            if session.scalars(select(Plan.id)).first() is None:
                add_sample_plan(session)
        logging.getLogger("plandesk").info("created workspace %s with the sample plan", ws.label)
    return ws
