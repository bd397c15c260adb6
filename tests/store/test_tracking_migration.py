"""Existing workspaces: demo actuals recorded before the flag existed get flagged (0005), and
signatures made when the whole dump was signed stay valid while tracking data changes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.models import KpiActual
from desktop.operations import find_plan, run_change
from desktop.operations.board import toggle_done
from desktop.operations.plan_edits import set_actuals_block
from desktop.store import open_workspace
from desktop.store.migrate import upgrade
from tests.approved import make_approved_plan, verify_ok


@pytest.mark.sqlite_only
def test_demo_source_actuals_are_flagged_by_the_migration(db_path):
    from desktop.store.workspace import _sqlite_engine

    engine = _sqlite_engine(db_path, read_only=False)
    upgrade(engine, db_path, revision="0003")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO plan (uuid, lineage, revision, status, title, year, "
                          "organisation, language, compiler, reviewer, approver, introduction,"
                          " summary, outlook, week_convention, allow_dual_roles, version) "
                          "VALUES ('u', 'u', 1, 'draft', '舊計劃', 2027, '', 'zh_TW', '', '', "
                          "'', '', '', '', 'calendar', 0, 1)"))  # fmt: skip
        conn.execute(text("INSERT INTO goal (plan_id, position, code, title, description, "
                          "version) VALUES (1, 0, 'a', 'g', '', 1)"))  # fmt: skip
        conn.execute(text("INSERT INTO kpi (plan_id, goal_id, position, code, name, unit, "
                          "target_kind, direction, frequency, tolerance, version) VALUES "
                          "(1, 1, 0, 'a1', 'k', '%', 'level', 'up', 'monthly', 0.1, 1)"))  # fmt: skip
        for month, source in ((1, "demo"), (2, "GA4")):
            conn.execute(text("INSERT INTO kpi_actual (kpi_id, month, value, source, note, "
                              f"version) VALUES (1, {month}, 1.0, '{source}', '', 1)"))
    engine.dispose()
    with open_workspace(db_path) as ws, ws.session() as session:
        flags = {a.month: a.demo for a in session.query(KpiActual).order_by(KpiActual.month)}
    assert flags == {1: True, 2: False}


def test_signatures_over_the_whole_dump_stay_valid_while_tracking(sample_ws, monkeypatch):
    """Signatures made before tracking data left the signed content stored the full dump."""
    from desktop.models.serialize import dump_plan
    from desktop.signoff import workflow

    ws, uuid = sample_ws
    monkeypatch.setattr(workflow, "content_dump", dump_plan)  # signing as it used to
    make_approved_plan(ws, uuid)
    monkeypatch.undo()
    assert verify_ok(ws, uuid) == []
    with ws.session() as session:
        plan = find_plan(session, uuid)
        sub = plan.tasks[0].subtasks[0]
        from desktop.models.schedule import WeekConvention, expand

        start = expand(sub.rule, plan.year, WeekConvention(plan.week_convention))[0].start
        kpi = plan.goals[0].kpis[0].id
    run_change(ws, uuid, "done", toggle_done(sub.id, start))
    run_change(ws, uuid, "actual", set_actuals_block([(kpi, 1, 70.0)]))
    assert verify_ok(ws, uuid) == []
    # and a real change of the signed content still voids them
    with ws.write() as session:
        find_plan(session, uuid).title = "改過的標題"
    assert any("void" in p for p in verify_ok(ws, uuid))
