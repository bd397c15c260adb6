"""A change must write only the tables it declares: checked from the session at flush."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import delete

from desktop.models import Risk, Team
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations import find_plan, run_change, scope
from desktop.operations.scope import ScopeError


def dump(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(find_plan(session, uuid)))


def test_an_undeclared_table_fails_and_nothing_is_written(sample_ws) -> None:
    ws, uuid = sample_ws
    before = dump(ws, uuid)

    def rename_task_and_risk(_session, plan) -> None:
        plan.tasks[0].title = "改名"
        plan.risks[0].title = "改名"

    with pytest.raises(ScopeError, match="'rename' wrote risk outside its declared tables"):
        run_change(ws, uuid, "rename", rename_task_and_risk, tables=("task",))
    assert dump(ws, uuid) == before
    outcome = run_change(ws, uuid, "rename", rename_task_and_risk, tables=("task", "risk"))
    assert outcome.changes.tables == {"task", "risk"}


def test_new_deleted_rows_and_statements_count(sample_ws) -> None:
    ws, uuid = sample_ws

    def add_team(session, plan) -> None:
        session.add(Team(plan=plan, name="新團隊", color="#123456"))

    with pytest.raises(ScopeError, match="wrote team"):
        run_change(ws, uuid, "add team", add_team, tables=("task",))

    def delete_risks(session, plan) -> None:
        session.execute(delete(Risk).where(Risk.plan_id == plan.id))

    with pytest.raises(ScopeError, match="wrote risk"):
        run_change(ws, uuid, "delete risks", delete_risks, tables=("task",))


def test_rows_the_database_changes_on_delete_count(sample_ws) -> None:
    """Deleting a team makes the database clear the owner of subtasks, risks... (SET NULL):
    a change that declares only ``team`` could not undo that."""
    ws, uuid = sample_ws

    def remove_team(session, plan) -> None:
        session.delete(plan.teams[0])

    with pytest.raises(ScopeError, match="subtask"):
        run_change(ws, uuid, "remove team", remove_team, tables=("team",))


def test_in_use_the_breach_is_logged_and_the_change_kept(sample_ws, monkeypatch, caplog) -> None:
    ws, uuid = sample_ws
    monkeypatch.setattr(scope, "STRICT", False)

    def rename_risk(_session, plan) -> None:
        plan.risks[0].title = "改名"

    with caplog.at_level(logging.ERROR, logger="desktop.operations.scope"):
        run_change(ws, uuid, "rename risk", rename_risk, tables=("task",))
    assert "'rename risk' wrote risk outside its declared tables (task)" in caplog.text
    assert "改名" in dump(ws, uuid)
