"""Sign-off fixtures: people with personal keys in this user's key store, and a workspace
with an admin and three named signers (cheap key-file KDF: tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.signoff.keystore import KeyStore
from desktop.store import Workspace

PEOPLE = (
    ("管理員", "admin"),
    ("王編制", "compiler"),
    ("李審核", "reviewer"),
    ("張批準", "approver"),
)
PASSWORDS = {name: f"{role}-secret-1" for name, role in PEOPLE}


def identity(name: str, store: KeyStore | None = None, password: str | None = None) -> bytes:
    """A new key for ``name`` in ``store`` (this user's by default); its identity file."""
    from desktop.signoff.certs import to_pem

    key = (store or KeyStore()).create(name, password or PASSWORDS[name])
    return to_pem([key.identity]).encode("ascii")


def add_people(ws: Workspace, store: KeyStore | None = None) -> str:
    """Enrol the four PEOPLE (keys in ``store``); returns the root fingerprint."""
    from desktop.signoff.people import enrol

    root = ""
    for name, role in PEOPLE:
        first = role == "admin"
        _, root = enrol(
            ws,
            identity(name, store),
            role,
            admin=None if first else "管理員",
            password=PASSWORDS["管理員"],
            store=store,
        )
    return root


def name_signers(
    ws: Workspace,
    uuid: str,
    compiler: str = "王編制",
    reviewer: str = "李審核",
    approver: str = "張批準",
) -> None:
    from desktop.operations import run_change

    def apply(_s, plan):
        plan.compiler, plan.reviewer, plan.approver = compiler, reviewer, approver

    run_change(ws, uuid, "name signers", apply, tables=("plan",))


@pytest.fixture
def people_ws(sample_ws: tuple[Workspace, str]) -> tuple[Workspace, str]:
    """The sample plan with an admin and three named signers (all keys in this user's key
    store, its root pinned here), still a draft."""
    ws, uuid = sample_ws
    add_people(ws)
    name_signers(ws, uuid)
    return ws, uuid


@pytest.fixture
def home_of(tmp_path: Path):
    """``home_of(name)``: a separate user's data folder (their own key store)."""

    def make(name: str) -> Path:
        home = tmp_path / "people" / name
        (home / "data").mkdir(parents=True, exist_ok=True)
        return home

    return make


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox's static calls answered Yes and recorded (title, text)."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str]] = []

    def answer(_parent, title, message, *_a, **_k):
        seen.append((title, message))
        return QMessageBox.StandardButton.Yes

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(answer))
    return seen


# Tests using ``ws``/``sample_ws`` run on SQLite and on PostgreSQL (tests/pg_cluster.py);
# SQLite-file specific ones are marked ``@pytest.mark.sqlite_only``.
from tests.pg_cluster import pytest_generate_tests  # noqa: E402, F401
