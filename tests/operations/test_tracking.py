"""An approved plan keeps its tracking data editable (done marks, KPI actuals, risk status
and review date), audited and undoable, while its signed content stays read-only and every
signature stays valid."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import AuditEvent, Kpi, Risk, Subtask
from desktop.models.schedule import WeekConvention
from desktop.models.schedule_expand import expand
from desktop.models.serialize import canonical_json, content_dump, content_sha256, dump_plan
from desktop.models.warnings import early_warnings
from desktop.operations import PlanLocked, find_plan, replay_change, run_change
from desktop.operations.board import add_task, toggle_done
from desktop.operations.edits import remove_item, update_item
from desktop.operations.kpi_demo import clear_demo_actuals, fill_demo_actuals, set_actual
from desktop.operations.plan_edits import set_actuals_block
from tests.approved import make_approved_plan, verify_ok


def texts(ws, uuid) -> tuple[str, str]:
    """(full dump, signed content) as canonical text."""
    with ws.session() as session:
        plan = find_plan(session, uuid)
        return canonical_json(dump_plan(plan)), canonical_json(content_dump(plan))


def ids(ws, uuid) -> dict[str, int]:
    with ws.session() as session:
        plan = find_plan(session, uuid)
        sub = plan.tasks[0].subtasks[0]
        start = expand(sub.rule, plan.year, WeekConvention(plan.week_convention))[0].start
        return {
            "subtask": sub.id,
            "start": start,
            "c2": next(k.id for g in plan.goals for k in g.kpis if k.code == "c2"),
            "b1": next(k.id for g in plan.goals for k in g.kpis if k.code == "b1"),
            "R3": next(r.id for r in plan.risks if r.code == "R3"),
        }


def test_content_dump_leaves_out_exactly_the_tracking_data(sample_ws):
    ws, uuid = sample_ws
    with ws.session() as session:
        plan = find_plan(session, uuid)
        full, content = dump_plan(plan), content_dump(plan)
        digest = content_sha256(plan)
    kpi = content["goals"][0]["kpis"][0]
    assert "actuals" not in kpi and "target" in kpi and "actuals" in full["goals"][0]["kpis"][0]
    sub = content["tasks"][0]["subtasks"][0]
    assert "done" not in sub and "schedule" in sub
    risk = content["risks"][0]
    assert "status" not in risk and "review_on" not in risk and "likelihood" in risk
    assert content["plan"] == full["plan"] and content["teams"] == full["teams"]
    import hashlib

    assert digest == hashlib.sha256(canonical_json(content).encode()).hexdigest()


def test_approved_plan_takes_done_marks_actuals_and_risk_tracking(sample_ws, capsys):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    at = ids(ws, uuid)
    full0, content0 = texts(ws, uuid)
    with ws.session() as session:
        assert early_warnings(find_plan(session, uuid)) == []
    events0 = _events(ws)

    done = run_change(ws, uuid, "mark done", toggle_done(at["subtask"], at["start"]))
    typed = run_change(ws, uuid, "set actual", set_actuals_block([(at["c2"], 3, 1.2)]))
    pasted = run_change(
        ws,
        uuid,
        "paste actuals",
        set_actuals_block([(at["b1"], m, v) for m, v in ((1, 1000.0), (2, 1100.0), (3, 1210.0))]),
    )
    risk = run_change(
        ws,
        uuid,
        "risk review",
        update_item(Risk, at["R3"], {"status": "mitigating", "review_on": date(2026, 4, 30)}),
    )
    one = run_change(ws, uuid, "one actual", set_actual(at["c2"], 4, 1.6, source="GA", note="n"))

    full1, content1 = texts(ws, uuid)
    assert full1 != full0 and content1 == content0
    assert '"done": [\n' in full1 and '"mitigating"' in full1 and "1210.0" in full1
    assert verify_ok(ws, uuid) == []
    assert _events(ws) == events0 + 5  # every change audited
    with ws.session() as session:  # early warnings follow the new actuals: c2 1.2 < 1.5
        warnings = early_warnings(find_plan(session, uuid))
        assert [(w.risk_code, w.month) for w in warnings] == [("R3", 3)]

    assert (
        main(
            [
                "dump",
                "--db",
                str(ws.path or ws.url.render_as_string(hide_password=False)),
                "--content",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == content0  # byte-identical signed content

    for outcome in (one, risk, pasted, typed, done):  # undo, newest first
        replay_change(ws, outcome.changes, undo=True)
    assert texts(ws, uuid) == (full0, content0)
    assert verify_ok(ws, uuid) == []


@pytest.mark.parametrize(
    "what", ["title", "likelihood", "kpi target", "add task", "remove risk", "fill demo"]
)
def test_approved_plan_refuses_signed_content(sample_ws, what):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    at = ids(ws, uuid)
    before = texts(ws, uuid)
    events = _events(ws)
    apply = {
        "title": lambda s, p: setattr(p, "title", "x"),
        "likelihood": update_item(Risk, at["R3"], {"likelihood": 5, "status": "closed"}),
        "kpi target": update_item(Kpi, at["b1"], {"target": 12.0}),
        "add task": add_task("new"),
        "remove risk": remove_item(Risk, at["R3"]),
        "fill demo": fill_demo_actuals(),
    }[what]
    with pytest.raises((PlanLocked, ValueError)) as caught:
        run_change(ws, uuid, what, apply)
    if isinstance(caught.value, PlanLocked):
        message = str(caught.value)
        assert "社交媒體運用的年度目標計劃" in message and "revision 1" in message
        assert uuid[:8] not in message
    assert texts(ws, uuid) == before and _events(ws) == events
    assert verify_ok(ws, uuid) == []


def test_undo_of_a_signed_change_is_refused_after_approval(sample_ws):
    ws, uuid = sample_ws
    outcome = run_change(
        ws, uuid, "retitle", lambda s, p: setattr(p, "title", "新標題"), tables=("plan",)
    )
    make_approved_plan(ws, uuid)
    with pytest.raises(PlanLocked):
        replay_change(ws, outcome.changes, undo=True)
    assert verify_ok(ws, uuid) == []


def test_in_review_plan_takes_tracking_data_too(sample_ws):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid, upto="compiler")
    at = ids(ws, uuid)
    run_change(ws, uuid, "mark done", toggle_done(at["subtask"], at["start"]))
    with pytest.raises(PlanLocked):
        run_change(ws, uuid, "retitle", lambda s, p: setattr(p, "title", "x"))
    assert verify_ok(ws, uuid) == []


def test_demo_actuals_are_flagged_and_cannot_be_signed(sample_ws):
    from desktop.signoff.people import SignoffRefused

    ws, uuid = sample_ws
    run_change(ws, uuid, "fill demo", fill_demo_actuals())
    with ws.session() as session:
        plan = find_plan(session, uuid)
        assert all(a.demo for g in plan.goals for k in g.kpis for a in k.actuals)
        assert '"demo": true' in canonical_json(dump_plan(plan))
    with pytest.raises(SignoffRefused, match="Remove demo actuals"):
        make_approved_plan(ws, uuid)
    with ws.session() as session:
        assert find_plan(session, uuid).status == "draft"
    b1 = ids(ws, uuid)["b1"]
    run_change(ws, uuid, "type over", set_actuals_block([(b1, 2, 1100.0)]))
    with ws.session() as session:
        row = next(
            a
            for k in session.scalars(select(Kpi).where(Kpi.id == b1))
            for a in k.actuals
            if a.month == 2
        )
        assert not row.demo and row.source == "" and row.value == 1100.0
    cleared = run_change(ws, uuid, "clear demo", clear_demo_actuals())
    assert cleared.result > 0
    make_approved_plan(ws, uuid)
    with ws.session() as session:
        plan = find_plan(session, uuid)
        assert plan.status == "approved"
        assert [a.value for g in plan.goals for k in g.kpis for a in k.actuals] == [1100.0]


def _events(ws) -> int:
    with ws.session() as session:
        return session.scalar(select(func.count(AuditEvent.id)))


def test_subtask_done_marks_only_touch_occurrence_rows(sample_ws):
    """A done mark never touches the subtask row itself (its version stays)."""
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    at = ids(ws, uuid)
    outcome = run_change(ws, uuid, "mark done", toggle_done(at["subtask"], at["start"]))
    assert outcome.changes.tables == {"occurrence_done"}
    with ws.session() as session:
        assert session.get(Subtask, at["subtask"]).version == 1
