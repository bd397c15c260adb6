"""Sign-off tests use cheap Argon2 parameters (never the default) and a signed-off workspace."""

from __future__ import annotations

import pytest

from desktop.store import Workspace

PEOPLE = (("管理員", "admin"), ("王編制", "compiler"), ("李審核", "reviewer"),
          ("張批準", "approver"))  # fmt: skip
PASSWORDS = {name: f"{role}-secret-1" for name, role in PEOPLE}


@pytest.fixture(autouse=True)
def fast_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANDESK_ARGON2_FAST", "1")


def add_people(ws: Workspace) -> None:
    from desktop.signoff.people import add_person

    for name, role in PEOPLE:
        add_person(ws, name, role, PASSWORDS[name], admin="管理員",
                   admin_password=PASSWORDS["管理員"])  # fmt: skip


def name_signers(ws: Workspace, uuid: str, compiler: str = "王編制", reviewer: str = "李審核",
                 approver: str = "張批準") -> None:  # fmt: skip
    from desktop.operations import run_change

    def apply(_s, plan):  # noqa: ANN001, ANN202
        plan.compiler, plan.reviewer, plan.approver = compiler, reviewer, approver

    run_change(ws, uuid, "name signers", apply, tables=("plan",))


@pytest.fixture
def people_ws(sample_ws: tuple[Workspace, str]) -> tuple[Workspace, str]:
    """The sample plan with an admin and three named signers, still a draft."""
    ws, uuid = sample_ws
    add_people(ws)
    name_signers(ws, uuid)
    return ws, uuid


# Tests using ``ws``/``sample_ws`` run on SQLite and on PostgreSQL (tests/pg_cluster.py);
# SQLite-file specific ones are marked ``@pytest.mark.sqlite_only``.
from tests.pg_cluster import pytest_generate_tests  # noqa: E402, F401
