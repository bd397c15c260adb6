"""The state matrix's workspaces: each state built once per session (when a test first asks
for it), then only read — by the commands, which open it read-only, and by the screens, which
open it read-only too."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.store import open_workspace
from tests.matrix.states import STATES, State

BY_NAME = {state.name: state for state in STATES}


@dataclass(frozen=True)
class Built:
    """A state's workspace file and the plan in it to output."""

    state: State
    db: str
    uuid: str


class Matrix:
    """Builds states on demand (a state's base first) into ``root``; each once."""

    def __init__(self, root: Path, home: Path) -> None:
        self.root, self.home = root, home
        self.built: dict[str, Built] = {}

    def __getitem__(self, name: str) -> Built:
        if name not in self.built:
            self.built[name] = self._build(BY_NAME[name])
        return self.built[name]

    def _build(self, state: State) -> Built:
        path = self.root / f"{state.name}.sqlite"
        uuid = None
        if state.base is not None:
            base = self[state.base]
            shutil.copyfile(base.db, path)
            uuid = base.uuid
        with pytest.MonkeyPatch.context() as patch:
            self._private_keys(patch)
            ws = open_workspace(path)
            try:
                uuid = state.build(ws, uuid)
            finally:
                ws.close()
        path.chmod(0o444)  # read-only from here on: every output and screen only reads
        return Built(state, str(path), uuid)

    def _private_keys(self, patch: pytest.MonkeyPatch) -> None:
        """The session's own user folders and the tests' cheap key-file KDF while building
        (the per-test fixtures of tests/conftest.py are not in force for a session fixture)."""
        from desktop.signoff import keystore

        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            folder = self.home / var.lower()
            folder.mkdir(parents=True, exist_ok=True)
            patch.setenv(var, str(folder))
        cheap = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
        patch.setattr(keystore, "KDF_PARAMS", cheap)
        patch.setattr(keystore, "KDF_FLOOR", cheap)


@pytest.fixture(scope="session")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    root = tmp_path_factory.mktemp("matrix")
    yield Matrix(root, tmp_path_factory.mktemp("matrix-home"))
    for path in root.glob("*.sqlite"):
        path.chmod(0o644)


@pytest.fixture(autouse=True)
def widgets_application(qapp):
    """A QApplication before any command runs in this process: ``plandesk print`` would
    otherwise make a bare QGuiApplication, and the screens after it could not open."""
    return qapp
