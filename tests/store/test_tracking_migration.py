"""Existing workspaces: demo actuals recorded before the flag existed get flagged (0005).
(Signatures made before personal keys are legacy: tests/store/test_personal_keys_migration.py.)"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.models import KpiActual
from desktop.store import open_workspace
from desktop.store.migrate import upgrade


@pytest.mark.sqlite_only
def test_demo_source_actuals_are_flagged_by_the_migration(db_path):
    from desktop.store.workspace import _sqlite_engine

    engine = _sqlite_engine(db_path, read_only=False)
    upgrade(engine, db_path, revision="0003")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO plan (uuid, lineage, revision, status, title, year, "
                "organisation, language, compiler, reviewer, approver, introduction,"
                " summary, outlook, week_convention, allow_dual_roles, version) "
                "VALUES ('u', 'u', 1, 'draft', '舊計劃', 2027, '', 'zh_TW', '', '', "
                "'', '', '', '', 'calendar', 0, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO goal (plan_id, position, code, title, description, "
                "version) VALUES (1, 0, 'a', 'g', '', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO kpi (plan_id, goal_id, position, code, name, unit, "
                "target_kind, direction, frequency, tolerance, version) VALUES "
                "(1, 1, 0, 'a1', 'k', '%', 'level', 'up', 'monthly', 0.1, 1)"
            )
        )
        for month, source in ((1, "demo"), (2, "GA4")):
            conn.execute(
                text(
                    "INSERT INTO kpi_actual (kpi_id, month, value, source, note, "
                    f"version) VALUES (1, {month}, 1.0, '{source}', '', 1)"
                )
            )
    engine.dispose()
    with open_workspace(db_path) as ws, ws.session() as session:
        flags = {a.month: a.demo for a in session.query(KpiActual).order_by(KpiActual.month)}
    assert flags == {1: True, 2: False}
