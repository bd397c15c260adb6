"""Shared fixtures: every test gets a fresh temporary workspace and private user folders."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.store import Workspace, open_workspace  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config and cache folders into the test's temporary folder."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):  # fmt: skip
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.sqlite"


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def sample_ws(ws: Workspace) -> tuple[Workspace, str]:
    """A workspace holding the sample plan; returns it with the plan's uuid."""
    from desktop.models.sample import add_sample_plan

    with ws.write() as session:
        uuid = add_sample_plan(session).uuid
    return ws, uuid


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Run ``python -m desktop ARGS`` as a user would, in a separate process."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True,
        text=True, encoding="utf-8", cwd=cwd or REPO, env=full_env, timeout=120,
    )  # fmt: skip


@pytest.fixture
def cli():  # noqa: ANN201
    return run_cli
