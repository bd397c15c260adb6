"""Approved plans for tests: ONE place that sets up people and signs a plan off.

Sign-off set-up (people, keys, passwords) changes with the sign-off code; every test that
needs a plan in review or approved builds it here, so only this module follows such changes.
"""

from __future__ import annotations

from desktop.store import Workspace
from tests.signoff.conftest import PASSWORDS, PEOPLE

__all__ = ["PASSWORDS", "PEOPLE", "make_approved_plan", "verify_ok"]
SIGNERS = (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準"))


def add_people(ws: Workspace) -> None:
    """Enrol PEOPLE with keys in this user's key store (the tests' cheap KDF: conftest)."""
    from tests.signoff.conftest import add_people as enrol_people

    enrol_people(ws)


def name_signers(ws: Workspace, uuid: str) -> None:
    from desktop.operations import run_change

    def apply(_s, plan):
        plan.compiler, plan.reviewer, plan.approver = (n for _r, n in SIGNERS)

    run_change(ws, uuid, "name signers", apply, tables=("plan",))


def sign_as(ws: Workspace, uuid: str, role: str) -> None:
    """One sign-off (``compiler``, ``reviewer`` or ``approver``) by the person named for it."""
    from desktop.signoff.workflow import sign

    name = dict(SIGNERS)[role]
    sign(ws, uuid, role, name, PASSWORDS[name])


def make_approved_plan(ws: Workspace, uuid: str | None = None, *, upto: str = "approver") -> str:
    """Sign a plan of ``ws`` off up to ``upto`` (default: approved) and return its uuid.

    Without ``uuid`` the sample plan is added first. People are added once per workspace.
    """
    from sqlalchemy import select

    from desktop.models import Person
    from desktop.models.sample import add_sample_plan

    if uuid is None:
        with ws.write() as session:
            uuid = add_sample_plan(session).uuid
    with ws.session() as session:
        has_people = session.scalars(select(Person)).first() is not None
    if not has_people:
        add_people(ws)
    name_signers(ws, uuid)
    for role, _name in SIGNERS:
        sign_as(ws, uuid, role)
        if role == upto:
            break
    return uuid


def verify_ok(ws: Workspace, uuid: str) -> list[str]:
    """The verification problems of the plan (empty: every signature in force is valid)."""
    from desktop.models import Plan
    from desktop.operations import find_plan
    from desktop.signoff.verify import verify_plan

    with ws.session() as session:
        plan: Plan = find_plan(session, uuid)
        return verify_plan(session, plan).problems
