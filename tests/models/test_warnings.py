"""Early warnings fire and clear as actuals change (through run_change, ops.run and undo)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Kpi
from desktop.models.checks import check_plan
from desktop.models.warnings import crossed, early_warnings, format_value, warnings_by_risk
from desktop.operations import find_plan, run_change
from desktop.operations.kpi_demo import (
    DEMO_TABLES,
    clear_demo_actuals,
    demo_values,
    fill_demo_actuals,
    set_actual,
)


def kpi_id(ws, uuid: str, code: str) -> int:
    with ws.session() as session:
        plan = find_plan(session, uuid)
        return session.scalars(select(Kpi.id).where(Kpi.plan_id == plan.id, Kpi.code == code)).one()


def warnings(ws, uuid: str) -> list[tuple[str, str, int, float]]:
    with ws.session() as session:
        return [
            (w.risk_code, w.kpi_code, w.month, w.value)
            for w in early_warnings(find_plan(session, uuid))
        ]


def test_crossed_is_strict():
    assert crossed(1.4, "<", 1.5) and not crossed(1.5, "<", 1.5)
    assert crossed(25, ">", 24) and not crossed(24, ">", 24)
    assert not crossed(None, "<", 1.5) and not crossed(1.0, None, 1.5)
    assert format_value(1.2, "%") == "1.2%" and format_value(26.0, "小時") == "26 小時"


def test_sample_plan_has_no_warnings_until_actuals_cross(sample_ws):
    ws, uuid = sample_ws
    assert warnings(ws, uuid) == []
    ctr, reply = kpi_id(ws, uuid, "c2"), kpi_id(ws, uuid, "e2")
    run_change(ws, uuid, "Set actual", set_actual(ctr, 3, 1.2), tables=DEMO_TABLES)
    run_change(ws, uuid, "Set actual", set_actual(reply, 4, 24), tables=DEMO_TABLES)
    assert warnings(ws, uuid) == [("R3", "c2", 3, 1.2)]  # 24 h is not > 24 h
    run_change(ws, uuid, "Set actual", set_actual(reply, 4, 30.5), tables=DEMO_TABLES)
    assert warnings(ws, uuid) == [("R3", "c2", 3, 1.2), ("R4", "e2", 4, 30.5)]
    with ws.session() as session:
        plan = find_plan(session, uuid)
        assert set(warnings_by_risk(plan)) == {"R3", "R4"}
        found = [f for f in check_plan(plan) if f.key == "early_warning"]
        assert [(f.severity, f.item_kind, f.item_code) for f in found] == [
            ("warning", "risk", "R3"),
            ("warning", "risk", "R4"),
        ]
        assert "3月" in found[0].message("zh_TW") and "1.2%" in found[0].message("zh_TW")
        assert "Mar" in found[0].message("en") and "< 1.5%" in found[0].message("en")
        assert "预警" in found[1].message("zh_CN") and "30.5 小時" in found[1].message("zh_CN")
        w = early_warnings(plan)[0]
        assert w.risk_title == "廣告投放效果不佳" and "3月" in w.text("zh_TW")
    run_change(ws, uuid, "Set actual", set_actual(ctr, 3, 1.6), tables=DEMO_TABLES)
    run_change(ws, uuid, "Remove actual", set_actual(reply, 4, None), tables=DEMO_TABLES)
    assert warnings(ws, uuid) == []


def test_warnings_fire_and_clear_with_undo(sample_ws, qtbot):
    from desktop.operations.undo import PlanOperations

    ws, uuid = sample_ws
    ops = PlanOperations(ws)
    content = kpi_id(ws, uuid, "d3")
    with qtbot.waitSignal(ops.changed):
        ops.run(uuid, "Set actual", set_actual(content, 5, 80), tables=DEMO_TABLES)
    assert warnings(ws, uuid) == [("R1", "d3", 5, 80)]
    ops.run(uuid, "Set actual", set_actual(content, 5, 88), tables=DEMO_TABLES)
    assert warnings(ws, uuid) == []
    ops.undo_stack.undo()
    assert warnings(ws, uuid) == [("R1", "d3", 5, 80)]
    ops.undo_stack.undo()
    assert warnings(ws, uuid) == []
    ops.undo_stack.redo()
    assert warnings(ws, uuid) == [("R1", "d3", 5, 80)]


def test_demo_actuals_are_deterministic_undoable_and_labelled(sample_ws):
    ws, uuid = sample_ws
    outcome = run_change(ws, uuid, "Fill demo actuals", fill_demo_actuals(), tables=DEMO_TABLES)
    assert outcome.result == 11 * 9  # eleven KPIs, January to September
    with ws.session() as session:
        plan = find_plan(session, uuid)
        kpis = [k for g in plan.goals for k in g.kpis]
        assert all(a.source == "demo" for k in kpis for a in k.actuals)
        first = {k.code: {a.month: a.value for a in k.actuals} for k in kpis}
        assert first == {k.code: demo_values(plan, k) for k in kpis}  # same every time
        ctr = first["c2"]
        assert all(0.8 < v < 2.5 for v in ctr.values())
        assert all(
            0 <= v <= 100
            for k in kpis
            if k.unit == "%" and k.target_kind != "growth"
            for v in first[k.code].values()
        )
    assert warnings(ws, uuid), "the demo story should raise at least one early warning"
    run_change(ws, uuid, "Clear demo actuals", clear_demo_actuals(), tables=DEMO_TABLES)
    assert warnings(ws, uuid) == []


def test_set_actual_refuses_a_bad_month_or_kpi(sample_ws):
    import pytest

    ws, uuid = sample_ws
    with pytest.raises(ValueError):
        set_actual(1, 13, 1.0)
    with pytest.raises(LookupError):
        run_change(ws, uuid, "Set actual", set_actual(99999, 1, 1.0), tables=DEMO_TABLES)


def test_plandesk_check_prints_early_warnings(sample_ws, cli):
    ws, uuid = sample_ws
    run_change(
        ws, uuid, "Set actual", set_actual(kpi_id(ws, uuid, "c2"), 2, 1.1), tables=DEMO_TABLES
    )
    path = str(ws.path)
    ws.close()
    result = cli("check", "--db", path, "--lang", "en")
    lines = [line for line in result.stdout.splitlines() if "early warning" in line]
    assert lines and lines[0].startswith("warning\trisk R3"), result.stdout + result.stderr
    assert "Feb" in lines[0] and "1.1%" in lines[0]
