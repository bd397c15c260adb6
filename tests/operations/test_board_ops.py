"""Task-board operations: done marks, rules, edits and structure changes, all undoable."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import Milestone, OccurrenceDone, Subtask, Task, Team
from desktop.models.schedule import RuleKind, ScheduleRule
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations import board as ops
from desktop.operations import find_plan, replay_change, run_change


def dump(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(find_plan(session, uuid)))


def ids(ws, model, **where) -> int:
    with ws.session() as session:
        stmt = select(model.id)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        return session.scalars(stmt).one()


def check_undo_redo(ws, uuid, outcome, before: str) -> str:
    after = dump(ws, uuid)
    assert after != before
    replay_change(ws, outcome.changes, undo=True)
    assert dump(ws, uuid) == before
    replay_change(ws, outcome.changes, undo=False)
    assert dump(ws, uuid) == after
    return after


def test_toggle_done_adds_and_removes_a_mark(sample_ws):
    ws, uuid = sample_ws
    sub = ids(ws, Subtask, code="T1.1")
    before = dump(ws, uuid)
    # 每月第一周 under calendar weeks: January 2027 starts on a Friday, week 1 is 1-3 Jan.
    outcome = run_change(
        ws, uuid, "done", ops.toggle_done(sub, date(2027, 1, 1)), tables=ops.TABLES_DONE
    )
    assert outcome.result is True
    assert outcome.changes.tables == {"occurrence_done"}
    assert '"2027-01-01"' in check_undo_redo(ws, uuid, outcome, before)
    again = run_change(
        ws, uuid, "not done", ops.toggle_done(sub, date(2027, 1, 1)), tables=ops.TABLES_DONE
    )
    assert again.result is False and dump(ws, uuid) == before


def test_toggle_done_refuses_a_date_that_is_no_occurrence(sample_ws):
    ws, uuid = sample_ws
    sub = ids(ws, Subtask, code="T1.1")
    with pytest.raises(ValueError, match="no occurrence starts on 2027-01-05"):
        run_change(ws, uuid, "done", ops.toggle_done(sub, date(2027, 1, 5)))
    with ws.session() as session:
        assert session.scalars(select(OccurrenceDone)).first() is None


def test_set_rule_and_edit_subtask(sample_ws):
    ws, uuid = sample_ws
    sub = ids(ws, Subtask, code="T3.2")
    team = ids(ws, Team, name="廣告投放團隊")
    before = dump(ws, uuid)
    rule = ScheduleRule(RuleKind.MONTHLY_WEEK, week=4)
    outcome = run_change(ws, uuid, "rule", ops.set_rule(sub, rule), tables=ops.TABLES_SUBTASK)
    check_undo_redo(ws, uuid, outcome, before)
    with ws.session() as session:
        assert session.get(Subtask, sub).rule == rule
    outcome = run_change(
        ws,
        uuid,
        "edit",
        ops.edit_subtask(sub, title=" 廣告素材 ", owner_team_id=team, resources="設計軟件"),
    )
    with ws.session() as session:
        row = session.get(Subtask, sub)
        assert (row.title, row.owner_team.name, row.resources) == (
            "廣告素材",
            "廣告投放團隊",
            "設計軟件",
        )
        assert row.rule == rule  # untouched
    with pytest.raises(ValueError, match="title"):
        ops.edit_subtask(sub, title="  ")
    with pytest.raises(LookupError, match="team #9999"):
        run_change(ws, uuid, "edit", ops.edit_subtask(sub, owner_team_id=9999))


def test_add_move_remove_tasks_and_subtasks_undo_exactly(sample_ws):
    ws, uuid = sample_ws
    t1, t3 = ids(ws, Task, code="T1"), ids(ws, Task, code="T3")
    before = dump(ws, uuid)
    added = run_change(
        ws, uuid, "add task", ops.add_task("新任務", after_id=t1), tables=ops.TABLES_STRUCTURE
    )
    with ws.session() as session:
        plan = find_plan(session, uuid)
        assert [t.code for t in plan.tasks] == ["T1", "T6", "T2", "T3", "T4", "T5"]
    check_undo_redo(ws, uuid, added, before)
    before = dump(ws, uuid)
    sub = run_change(
        ws,
        uuid,
        "add subtask",
        ops.add_subtask(t1, "內容排程", rule=ScheduleRule(RuleKind.WEEKLY)),
        tables=ops.TABLES_STRUCTURE,
    )
    with ws.session() as session:
        assert session.get(Subtask, sub.result).code == "T1.4"
    check_undo_redo(ws, uuid, sub, before)
    before = dump(ws, uuid)
    moved = run_change(
        ws, uuid, "move", ops.move_subtask(sub.result, -1), tables=ops.TABLES_STRUCTURE
    )
    with ws.session() as session:
        titles = [s.title for s in session.get(Task, t1).subtasks]
        assert titles == ["內容選題", "內容創作", "內容排程", "內容審核"]
    check_undo_redo(ws, uuid, moved, before)
    before = dump(ws, uuid)
    moved = run_change(ws, uuid, "move", ops.move_task(t3, -5), tables=ops.TABLES_STRUCTURE)
    check_undo_redo(ws, uuid, moved, before)
    # T3's subtasks are what milestone M2 depends on: removing it removes those links too
    before = dump(ws, uuid)
    removed = run_change(ws, uuid, "remove", ops.remove_task(t3), tables=ops.TABLES_STRUCTURE)
    with ws.session() as session:
        assert (
            session.scalars(select(Milestone).where(Milestone.code == "M2")).one().depends_on == []
        )
    check_undo_redo(ws, uuid, removed, before)
    before = dump(ws, uuid)
    removed = run_change(
        ws, uuid, "remove", ops.remove_subtask(sub.result), tables=ops.TABLES_STRUCTURE
    )
    check_undo_redo(ws, uuid, removed, before)


def done_starts(ws, sub_id) -> set[date]:
    with ws.session() as session:
        return set(
            session.scalars(select(OccurrenceDone.start).where(OccurrenceDone.subtask_id == sub_id))
        )


def test_move_one_occurrence_keeps_the_rule_and_the_other_done_marks(sample_ws):
    """Drag "this occurrence only": an exception in that month; marks follow (issue 16)."""
    ws, uuid = sample_ws
    sub = ids(ws, Subtask, code="T1.1")  # 每月第一周
    run_change(ws, uuid, "done", ops.toggle_done(sub, date(2027, 3, 1)))
    run_change(ws, uuid, "done", ops.toggle_done(sub, date(2027, 8, 1)))
    before = dump(ws, uuid)
    outcome = run_change(
        ws, uuid, "move", ops.move_week(sub, 8, 3, every_month=False), tables=ops.TABLES_MOVE
    )
    assert outcome.result.text("zh_TW") == "每月第一周（8月第三周）"
    assert done_starts(ws, sub) == {date(2027, 3, 1), date(2027, 8, 9)}  # Aug week 3: 9–15
    after = check_undo_redo(ws, uuid, outcome, before)
    assert '"moved":[[8,3]]' in after.replace(" ", "").replace("\n", "")


def test_move_every_month_keeps_done_marks_of_every_month(sample_ws):
    ws, uuid = sample_ws
    sub = ids(ws, Subtask, code="T1.1")
    run_change(ws, uuid, "done", ops.toggle_done(sub, date(2027, 3, 1)))
    before = dump(ws, uuid)
    outcome = run_change(
        ws, uuid, "move", ops.move_week(sub, 5, 6, every_month=True), tables=ops.TABLES_MOVE
    )
    assert outcome.result.week == 6
    assert done_starts(ws, sub) == set()  # March has no week 6: its mark goes (undo restores)
    check_undo_redo(ws, uuid, outcome, before)
    replay_change(ws, outcome.changes, undo=True)
    outcome = run_change(
        ws, uuid, "move", ops.move_week(sub, 5, 3, every_month=True), tables=ops.TABLES_MOVE
    )
    assert done_starts(ws, sub) == {date(2027, 3, 15)}  # March week 3: 15–21
