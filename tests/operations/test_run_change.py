"""Changes run in one transaction, are audited, and undo/redo restore the dump exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, OccurrenceDone, Subtask, Task
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations import ConflictError, PlanLocked, find_plan, replay_change, run_change


def dump(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(find_plan(session, uuid)))


def test_edit_undo_redo_restore_the_dump(sample_ws):
    ws, uuid = sample_ws
    original = dump(ws, uuid)

    def edit(session, plan):
        plan.tasks[0].title = "內容策劃"
        sub = plan.tasks[1].subtasks[0]
        sub.progress.append(OccurrenceDone(start=__import__("datetime").date(2027, 1, 4)))
        plan.tasks[4].subtasks.pop()  # delete 策略調整與優化 (and its milestone link)
        plan.tasks.append(Task(plan=plan, code="T6", title="新任務", position=5))

    outcome = run_change(ws, uuid, "edit several things", edit)
    edited = dump(ws, uuid)
    assert edited != original and "新任務" in edited and "策略調整與優化" not in edited
    assert outcome.changes.tables >= {"task", "subtask", "occurrence_done"}
    replay_change(ws, outcome.changes, undo=True)
    assert dump(ws, uuid) == original
    replay_change(ws, outcome.changes, undo=False)
    assert dump(ws, uuid) == edited
    replay_change(ws, outcome.changes, undo=True)
    assert dump(ws, uuid) == original


def test_failed_change_writes_nothing(sample_ws):
    ws, uuid = sample_ws
    original = dump(ws, uuid)

    def half_then_fail(session, plan):
        plan.title = "changed"
        raise ValueError("refused half way")

    with pytest.raises(ValueError, match="half way"):
        run_change(ws, uuid, "broken", half_then_fail)
    assert dump(ws, uuid) == original
    with ws.session() as session:
        assert session.scalars(select(AuditEvent)).first() is None


def test_every_change_is_audited_in_a_chain(sample_ws):
    ws, uuid = sample_ws
    run_change(ws, uuid, "rename", lambda s, p: setattr(p, "title", "A"), tables=("plan",))
    run_change(ws, uuid, "rename", lambda s, p: setattr(p, "title", "B"), tables=("plan",))
    with ws.session() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    assert [e.action for e in events] == ["rename", "rename"]
    assert events[1].prev_hash == events[0].hash
    row = events[1].changes["rows"][0]
    assert row["old"] == {"title": "A"} and row["new"] == {"title": "B"}


def test_undo_refuses_to_overwrite_someone_elses_change(sample_ws):
    ws, uuid = sample_ws
    outcome = run_change(
        ws, uuid, "retitle subtask", lambda s, p: setattr(p.tasks[0].subtasks[0], "title", "mine")
    )
    with ws.write() as session:  # another writer changes the same row afterwards
        sub = session.scalars(select(Subtask).where(Subtask.code == "T1.1")).one()
        sub.title = "theirs"
    with pytest.raises(ConflictError):
        replay_change(ws, outcome.changes, undo=True)
    with ws.session() as session:
        assert (
            session.scalars(select(Subtask.title).where(Subtask.code == "T1.1")).one() == "theirs"
        )


def test_locked_plan_refuses_changes(sample_ws):
    ws, uuid = sample_ws
    with ws.write() as session:
        find_plan(session, uuid).status = "in_review"
    with pytest.raises(PlanLocked, match="read-only"):
        run_change(ws, uuid, "rename", lambda s, p: setattr(p, "title", "x"))
