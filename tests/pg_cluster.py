"""A throwaway PostgreSQL for the tests: one cluster per test session, one database per test.

With ``PLANDESK_TEST_PG_URL`` set (a role that may CREATE DATABASE) that server is used;
otherwise Debian's PostgreSQL 15 binaries start a cluster in a temporary folder, listening
on 127.0.0.1 at a free port (and a unix socket in the same folder), with ``trust`` auth and
durability off. When we are root the cluster runs as the ``postgres`` OS user (PostgreSQL
refuses to run as root). The server is a child of the test run that the kernel stops when
the run ends however it ends (``PR_SET_PDEATHSIG``); its folder is removed at the end of
the session (or by the next session, after a killed run). Its
databases sort text with ICU's zh-Hant-TW collation, as a Taiwanese team's server might, so
that nothing comes to depend on SQLite's byte order.

Every test gets a fresh database copied (``CREATE DATABASE ... TEMPLATE``) from one that
was migrated to the newest schema once, so opening it costs no migration.
"""

from __future__ import annotations

import ctypes
import glob
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

ENV_URL = "PLANDESK_TEST_PG_URL"
PG_VERSION = "15"
TEMPLATE = "plandesk_template"
DIR_PREFIX = "plandesk-pg-"
PR_SET_PDEATHSIG = 1


class PgUnavailable(RuntimeError):
    """No PostgreSQL could be started or reached: the message says how to get one."""


def _bindir() -> Path:
    preferred = Path(f"/usr/lib/postgresql/{PG_VERSION}/bin")
    if (preferred / "initdb").exists():
        return preferred
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return Path(shutil.which("initdb") or "").parent
    raise PgUnavailable(
        "PostgreSQL server binaries not found: install Debian's `postgresql` "
        "(`bash scripts/system_deps.sh test`) or set PLANDESK_TEST_PG_URL to a server URL"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


try:  # resolved here: the child (as the postgres user) may not read Python's own files
    _prctl = ctypes.CDLL(None, use_errno=True).prctl
except (OSError, AttributeError):  # not Linux
    _prctl = None


def _die_with_parent() -> None:  # runs in the child, after it became the postgres user
    if _prctl is not None:
        _prctl(PR_SET_PDEATHSIG, signal.SIGQUIT)


def _remove_stale(folder: Path) -> None:
    """Folders of test servers whose process is gone (a run killed before it switched to
    servers that die with their test run); a live server is left alone."""
    for old in folder.glob(DIR_PREFIX + "*"):
        pid_file = old / "data" / "postmaster.pid"
        try:
            if pid_file.exists():
                os.kill(int(pid_file.read_text().split()[0]), 0)
                continue  # still running
            if time.time() - old.stat().st_mtime < 600:
                continue  # maybe being set up right now
        except ProcessLookupError:
            pass
        except (OSError, ValueError, IndexError):
            continue
        shutil.rmtree(old, ignore_errors=True)


def _others_can_enter(folder: Path) -> bool:
    return all(os.stat(p).st_mode & 0o001 for p in (folder, *folder.resolve().parents))


def _psycopg(url: URL) -> URL:
    return url.set(drivername="postgresql+psycopg")


class PgCluster:
    """A running server (ours or the one from the environment) and its admin URL."""

    def __init__(self) -> None:
        self.dir: Path | None = None
        self.admin_url: URL | None = None
        self._run_as: str | None = None
        self._server: subprocess.Popen[bytes] | None = None
        self._bindir: Path | None = None
        self._counter = itertools.count(1)
        self._prefix = f"pdt{os.getpid()}_"
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-cluster")
        self._next: Future[str] | None = None

    # --- lifecycle ---------------------------------------------------------------------
    def start(self) -> PgCluster:
        env_url = os.environ.get(ENV_URL)
        if env_url:
            self.admin_url = _psycopg(make_url(env_url))
        else:
            try:
                self._start_local()
            except BaseException:
                self.stop()
                raise
        self._make_template()
        return self

    def _start_local(self) -> None:
        import pwd  # POSIX only: on Windows the tests use PLANDESK_TEST_PG_URL

        bindir = self._bindir = _bindir()
        base = None
        if os.geteuid() == 0 and not _others_can_enter(Path(tempfile.gettempdir())):
            base = "/tmp"  # the postgres user must reach its data folder
        _remove_stale(Path(base or tempfile.gettempdir()))
        self.dir = Path(tempfile.mkdtemp(prefix=DIR_PREFIX, dir=base))
        os.chmod(self.dir, 0o755)
        data = self.dir / "data"
        user = "postgres"
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise PgUnavailable("running as root but there is no `postgres` user") from exc
            self._run_as = "postgres"
            shutil.chown(self.dir, "postgres")
        else:
            user = pwd.getpwuid(os.geteuid()).pw_name
        port = _free_port()
        initdb = [
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]
        try:
            self._run([*initdb, "--locale-provider=icu", "--icu-locale=zh-Hant-TW"])
        except PgUnavailable:  # a PostgreSQL built without ICU
            shutil.rmtree(data, ignore_errors=True)
            self._run(initdb)
        sockets = str(self.dir) if len(str(self.dir)) < 80 else ""  # TCP is enough
        argv = [
            str(bindir / "postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-k",
            sockets,
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "max_connections=60",
            "-c",
            "shared_buffers=16MB",
        ]
        # The server is our child and gets SIGQUIT (immediate shutdown) when this process
        # ends in any way, so a killed test run leaves no server behind.
        log = (self.dir / "log").open("wb")
        self._server = subprocess.Popen(
            argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd="/",
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
            **self._as_user(),
        )
        log.close()
        self.admin_url = URL.create(
            "postgresql+psycopg", username=user, host="127.0.0.1", port=port, database="postgres"
        )
        self._wait_ready()

    def _as_user(self) -> dict[str, object]:
        if not self._run_as:
            return {}
        import pwd

        entry = pwd.getpwnam(self._run_as)
        return {
            "user": entry.pw_uid,
            "group": entry.pw_gid,
            "extra_groups": [],
            "env": {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "LANG": "C.UTF-8",
                "HOME": entry.pw_dir,
            },
        }

    def _wait_ready(self) -> None:
        import psycopg

        assert self.admin_url is not None and self._server is not None
        deadline = time.monotonic() + 60
        while True:
            try:
                psycopg.connect(
                    host="127.0.0.1",
                    port=self.admin_url.port,
                    user=self.admin_url.username,
                    dbname="postgres",
                    connect_timeout=2,
                ).close()
                return
            except psycopg.OperationalError:
                if self._server.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
        log = (self.dir / "log").read_text(errors="replace")[-2000:] if self.dir else ""
        self.stop()
        raise PgUnavailable(f"the test PostgreSQL did not start:\n{log}")

    def _run(self, argv: list[str]) -> None:
        done = subprocess.run(
            argv, capture_output=True, text=True, cwd="/", timeout=120, **self._as_user()
        )
        if done.returncode != 0:
            raise PgUnavailable(
                f"{argv[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
            )

    def stop(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self.admin_url is not None and self.dir is None:  # a server we do not own
            self._drop_ours()
        if self._server is not None:
            self._server.send_signal(signal.SIGQUIT)  # immediate shutdown: nothing to keep
            try:
                self._server.wait(30)
            except subprocess.TimeoutExpired:
                self._server.kill()
                self._server.wait(10)
            self._server = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    # --- databases ---------------------------------------------------------------------
    def _admin(self, sql: str) -> None:
        assert self.admin_url is not None
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(sql))
        finally:
            engine.dispose()

    def url(self, database: str) -> URL:
        assert self.admin_url is not None
        return self.admin_url.set(database=database)

    def _make_template(self) -> None:
        from desktop.store.migrate import upgrade

        name = self._prefix + TEMPLATE
        self._admin(f'DROP DATABASE IF EXISTS "{name}"')
        self._admin(f'CREATE DATABASE "{name}"')
        engine = create_engine(self.url(name))
        try:
            upgrade(engine, None)
        finally:
            engine.dispose()
        self.template = name

    def create_database(self) -> str:
        """A fresh database at the newest schema; returns its SQLAlchemy URL (as text).

        The next one is already being copied in the background while the test runs.
        """
        if self._next is None:
            self._next = self._pool.submit(self._create)
        url = self._next.result()
        self._next = self._pool.submit(self._create)
        return url

    def _create(self) -> str:
        name = f"{self._prefix}{next(self._counter)}"
        for attempt in range(20):  # the template may still be in use for a moment
            try:
                self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
                break
            except Exception as exc:
                if "being accessed by other users" not in str(exc) or attempt == 19:
                    raise
                time.sleep(0.1)
        return self.url(name).render_as_string(hide_password=False)

    def empty_database(self) -> str:
        """A new database without any schema (as a DBA creates it for a team)."""
        name = f"{self._prefix}empty{next(self._counter)}"
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        self._pool.submit(self._admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _drop_ours(self) -> None:
        assert self.admin_url is not None
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                names = conn.execute(
                    text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                    {"p": self._prefix + "%"},
                ).scalars()
                for name in list(names):
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            engine.dispose()


# --- pytest wiring (used by tests/conftest.py and the per-directory conftests) -------------
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc) -> None:
    """Run every test that uses ``workspace_target`` (``ws``, ``sample_ws``...) on both.

    A test marked ``sqlite_only``, or one that also asks for ``db_path`` (the SQLite file
    itself), runs on SQLite only.
    """
    if "workspace_target" not in metafunc.fixturenames:
        return
    sqlite_only = (
        metafunc.definition.get_closest_marker("sqlite_only") is not None
        or "db_path" in metafunc.fixturenames
    )
    metafunc.parametrize(
        "workspace_target", ["sqlite"] if sqlite_only else list(BACKENDS), indirect=True
    )


def backend_target(request) -> object:
    """The SQLite file (``db_path``) or a fresh PostgreSQL database URL (``pg_url``)."""
    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    return request.getfixturevalue("db_path")
