"""The one reader of the task board gives what the ORM holds, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from desktop.models import OccurrenceDone
from desktop.operations import find_plan
from desktop.store.board_read import read_board


def test_board_records_match_the_plan(sample_ws) -> None:
    ws, uuid = sample_ws
    with ws.write() as session:
        plan = find_plan(session, uuid)
        first = plan.tasks[0].subtasks[0]
        session.add(OccurrenceDone(subtask_id=first.id, start=date(plan.year, 3, 2)))
    with ws.session() as session:
        plan = find_plan(session, uuid)
        records = read_board(session, plan.id)
        assert records is not None and records.year == plan.year
        assert records.convention.value == plan.week_convention
        tasks = sorted(plan.tasks, key=lambda t: (t.position, t.id))
        assert records.tasks == [(t.id, t.code, t.title) for t in tasks]
        subtasks = {s.id: s for t in tasks for s in t.subtasks}
        assert sorted(subtasks) == sorted(r.id for r in records.subtasks)
        for record in records.subtasks:
            sub = subtasks[record.id]
            assert (
                record.task_id,
                record.code,
                record.title,
                record.team_id,
                record.resources,
            ) == (sub.task_id, sub.code, sub.title, sub.owner_team_id, sub.resources)
            assert record.schedule == (sub.schedule or None)
            assert record.done == frozenset(d.start for d in sub.progress)
        assert [r.done for r in records.subtasks if r.id == first.id] == [
            frozenset({date(plan.year, 3, 2)})
        ]
        assert [(m.id, m.schedule) for m in records.milestones] == [
            (m.id, m.schedule or None)
            for m in sorted(plan.milestones, key=lambda m: (m.position, m.id))
        ]
        assert records.teams == {t.id: (t.id, t.name, t.color) for t in plan.teams}
        assert read_board(session, 10_000) is None
