"""Undo and redo of every operation give back exactly the plan as it was before and after.

Each case (tests/operations/undo_cases.py) runs one operation as a screen does
(``PlanOperations.run`` or ``create``, with the tables the screen declares) on the sample
plan, or on an approved plan for its tracking data. The workspace is dumped (every plan's
canonical dump with its sign-offs, as ``dump --with-signoffs``) before, after, after
Edit ▸ Undo and after Edit ▸ Redo. The operations are found by introspection: every public
function of desktop.operations, desktop.signoff and desktop.exchange that returns an
``apply(session, plan)`` or a ``build(session) -> Plan``; one without a case fails
``test_every_operation_has_a_case``.
"""

from __future__ import annotations

import collections.abc
import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import desktop.exchange
import desktop.operations
import desktop.signoff
from desktop.models import Plan, Signature, Team
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations import find_plan
from desktop.operations.undo import PlanOperations
from desktop.signoff.records import signoff_dump
from desktop.store import Workspace
from tests.approved import make_approved_plan
from tests.operations.undo_cases import CASES as BASE_CASES
from tests.operations.undo_cases import Case, Find
from tests.operations.undo_cases_intel import INTEL_CASES
from tests.operations.undo_cases_notes import NOTE_CASES
from tests.operations.undo_cases_tasks import TASK_CASES

CASES = BASE_CASES + NOTE_CASES + INTEL_CASES + TASK_CASES

CHANGE_PACKAGES = (desktop.operations, desktop.signoff, desktop.exchange)


def makes_a_change(function: Callable[..., Any]) -> bool:
    """Does ``function`` return an ``apply(session, plan)`` or a ``build(session) -> Plan``?"""
    try:
        returns = typing.get_type_hints(function).get("return")
    except NameError:  # annotated with a name imported for type checkers only: not one
        return False
    if typing.get_origin(returns) is not collections.abc.Callable:
        return False
    params, result = typing.get_args(returns)
    return params == [Session, Plan] or (params == [Session] and result is Plan)


def discovered_operations() -> set[str]:
    """``module.function`` of every operation in CHANGE_PACKAGES."""
    found = set()
    for package in CHANGE_PACKAGES:
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if (
                    not name.startswith("_")
                    and inspect.isfunction(value)
                    and value.__module__ == module.__name__
                    and makes_a_change(value)
                ):
                    found.add(f"{module.__name__}.{name}")
    return found


def test_every_operation_has_a_case():
    found = discovered_operations()
    covered = {case.key for case in CASES}
    assert sorted(found - covered) == [], "operations without an undo/redo case"
    assert sorted(covered - found) == [], "cases of functions that are not operations"
    assert "desktop.operations.board.toggle_done" in found


def test_the_introspection_tells_operations_from_other_functions():
    from desktop.operations import board, rollover

    assert makes_a_change(board.move_week) and makes_a_change(rollover.rollover_builder)
    assert not makes_a_change(rollover.roll_over) and not makes_a_change(rollover.findings_for)
    assert not makes_a_change(find_plan)


def workspace_dump(ws: Workspace) -> str:
    """Every plan's dump with its sign-offs (without the audit trail's length and head: undo
    and redo are audited), and every sign-off row of the workspace."""
    with ws.session() as session:
        plans = {}
        for plan in session.scalars(select(Plan).order_by(Plan.uuid)):
            workflow = signoff_dump(session, plan)
            workflow.pop("audit")
            plans[plan.uuid] = dump_plan(plan) | {"workflow": workflow}
        signatures = sorted(
            (s.plan_uuid, s.revision, s.role, s.signer, s.external, s.released)
            for s in session.scalars(select(Signature))
        )
        # tracking data the dump leaves out: the teams' weekly load limits
        limits = sorted(
            (t.plan.uuid, t.name, t.weekly_limit or 0) for t in session.scalars(select(Team))
        )
    return canonical_json({"plans": plans, "signatures": signatures, "limits": limits})


@pytest.mark.gui
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_undo_and_redo_restore_the_dump(case: Case, sample_ws, qtbot):
    ws, uuid = sample_ws
    if case.approved:
        make_approved_plan(ws, uuid)
    with ws.write() as session:
        find = Find(session, find_plan(session, uuid))
        if case.pre is not None:
            case.pre(find)(session, find.plan)
            session.flush()
        change = case.make(find)
    ops = PlanOperations(ws)
    refused: list[object] = []
    ops.replay_refused.connect(lambda _what, why: refused.append(why))
    before = workspace_dump(ws)
    if case.create:
        ops.create(case.id, change)
    else:
        ops.run(uuid, case.id, change, tables=case.tables)
    after = workspace_dump(ws)
    assert after != before, "the case changes nothing"
    assert ops.undo_stack.count() == 1
    ops.undo_stack.undo()
    assert refused == []
    assert workspace_dump(ws) == before
    ops.undo_stack.redo()
    assert refused == []
    assert workspace_dump(ws) == after
