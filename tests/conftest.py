"""Shared fixtures: every test gets a fresh temporary workspace and private user folders."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PLANDESK_STRICT_SCOPE"] = "1"  # a change writing undeclared tables fails (also in
# the plandesk processes tests start); see desktop/operations/scope.py

import desktop.operations.scope
from desktop.store import Workspace, open_workspace

desktop.operations.scope.STRICT = True

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config and cache folders into the test's temporary folder."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    # Windows ignores XDG_*: platformdirs reads these instead (macOS honours XDG_*).
    for var, sub in (
        ("WIN_PD_OVERRIDE_LOCAL_APPDATA", "localappdata"),
        ("WIN_PD_OVERRIDE_APPDATA", "appdata"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    # Qt computes the settings folder once per process: point it at this test's folder.
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("PlanDesk")
    QCoreApplication.setApplicationName("PlanDesk")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def cheap_key_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files made in this process use a cheap Argon2id (the only place that lowers it;
    ``plandesk`` run as a subprocess keeps the real cost)."""
    from desktop.signoff import keystore

    cheap = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
    monkeypatch.setattr(keystore, "KDF_PARAMS", cheap)
    monkeypatch.setattr(keystore, "KDF_FLOOR", cheap)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.sqlite"


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL for the session (or PLANDESK_TEST_PG_URL); see tests/pg_cluster."""
    from tests.pg_cluster import PgCluster

    cluster = PgCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> Iterator[str]:
    """A fresh PostgreSQL database at the newest schema, dropped after the test."""
    url = pg_cluster.create_database()
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture
def workspace_target(request: pytest.FixtureRequest) -> Path | str:
    """What ``ws`` opens: the SQLite ``db_path`` here; tests/{store,operations,signoff,
    exchange} parametrize it over SQLite and PostgreSQL (tests/pg_cluster.py)."""
    from tests.pg_cluster import backend_target

    return backend_target(request)  # type: ignore[return-value]


@pytest.fixture
def ws(workspace_target: Path | str) -> Iterator[Workspace]:
    workspace = open_workspace(workspace_target)
    yield workspace
    workspace.close()


@pytest.fixture
def sample_ws(ws: Workspace) -> tuple[Workspace, str]:
    """A workspace holding the sample plan; returns it with the plan's uuid."""
    from desktop.models.sample import add_sample_plan

    with ws.write() as session:
        uuid = add_sample_plan(session).uuid
    return ws, uuid


def run_cli(
    *args: str, stdin: str | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m desktop ARGS`` as a user would, in a separate process."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd or REPO,
        env=full_env,
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session", autouse=True)
def widgets_application_first(qapp):
    """The QApplication exists before any command runs in the test process: ``plandesk
    print`` makes a bare QGuiApplication when there is none, and Qt aborts the whole run
    when a later GUI test then asks for a QApplication (the matrix had its own guard)."""
    return qapp
