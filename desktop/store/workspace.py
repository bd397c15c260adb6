"""Opening a workspace: a SQLite file (pragmas, lock, backup, migrations) or any SQLAlchemy URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from .lock import WorkspaceLock, WorkspaceLocked

BUSY_TIMEOUT_MS = 5000
_WRITE = "plandesk_write"


class WorkspaceError(Exception):
    """A workspace that cannot be opened; the message names the file or URL."""


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

    def __init__(self, engine: Engine, *, path: Path | None, read_only: bool,
                 lock: WorkspaceLock | None) -> None:  # fmt: skip
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self.lock = lock
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


def _sqlite_engine(path: Path, read_only: bool) -> Engine:
    engine = create_engine(URL.create("sqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
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
    """Open (creating if need be) the workspace at a path or SQLAlchemy URL.

    A writable SQLite workspace takes the lock first (``WorkspaceLocked`` if another PlanDesk
    holds it), then migrates to the newest schema after backing the file up.
    """
    from .migrate import upgrade

    if target is None:
        target = default_workspace_path()
    if isinstance(target, URL):
        target = target.render_as_string(hide_password=False)
    if is_url(target):
        url = make_url(str(target))
        if url.get_backend_name() != "sqlite":
            return _open_server(url, read_only=read_only, migrate=migrate)
        target = url.database or ""
    path = Path(target).expanduser().resolve()
    if path.is_dir():
        raise WorkspaceError(f"{path}: is a folder, not a workspace file")
    if not path.parent.exists():
        raise WorkspaceError(f"{path}: the folder {path.parent} does not exist")
    if path.exists() and path.stat().st_size and not _is_sqlite_file(path):
        raise WorkspaceError(f"{path}: not a PlanDesk workspace (not a SQLite file)")
    if read_only and not path.exists():
        raise WorkspaceError(f"{path}: no such workspace")
    lock = None
    if not read_only:
        lock = WorkspaceLock(path)
        lock.acquire()
    engine = _sqlite_engine(path, read_only)
    ws = Workspace(engine, path=path, read_only=read_only, lock=lock)
    try:
        if migrate and not read_only:
            upgrade(ws.write_engine, path)
    except Exception as exc:
        ws.close()
        raise WorkspaceError(f"{path}: could not upgrade the workspace: {exc}") from exc
    return ws


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
    from .migrate import upgrade

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
        raise WorkspaceError(f"{label}: the database driver {exc.name} is not "
                             f"installed{hint}") from exc  # fmt: skip
    except Exception as exc:  # unknown driver, bad URL
        raise WorkspaceError(f"{label}: cannot use this database URL: {exc}") from exc
    ws = Workspace(engine, path=None, read_only=read_only, lock=None)
    try:
        if migrate and not read_only:
            upgrade(ws.write_engine, None)
        else:
            with engine.connect():
                pass
    except Exception as exc:
        ws.close()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise WorkspaceError(f"{label}: could not open the workspace: {reason}") from exc
    return ws


def _is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def plan_ids(session: Session) -> list[str]:
    from desktop.models import Plan

    return list(session.scalars(select(Plan.uuid).order_by(Plan.id)))


__all__ = ["Workspace", "WorkspaceError", "WorkspaceLocked", "default_workspace_path",
           "is_url", "open_workspace"]  # fmt: skip
