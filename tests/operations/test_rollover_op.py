"""``roll_over``: one change that adds next year's draft; the plan checks re-run for its year."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEvent, Plan
from desktop.models.deserialize import load_plan
from desktop.models.schedule_expand import missing_months
from desktop.models.schedule_parse import parse_rule
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations.rollover import roll_over
from tests.models.test_rollover import old_year_dates, tracked_sample


@pytest.fixture
def tracked(ws):
    with ws.write() as session:
        plan = load_plan(session, tracked_sample(), fresh_identity=True)
        plan.status = "approved"  # a signed plan rolls over too: it is only read
        return plan.uuid


def dump_of(ws, uuid: str) -> dict:
    with ws.session() as session:
        return dump_plan(session.scalar(select(Plan).where(Plan.uuid == uuid)))


def test_roll_over_adds_a_clean_draft_for_the_new_year(ws, tracked):
    before = canonical_json(dump_of(ws, tracked))
    result = roll_over(ws, tracked, 2028, actor="tester")
    new = dump_of(ws, result.uuid)
    assert canonical_json(dump_of(ws, tracked)) == before  # the old plan is untouched
    assert not old_year_dates(new, 2027)
    head = new["plan"]
    assert head["year"] == 2028 and head["revision"] == 1
    assert head["uuid"] == head["lineage"] == result.uuid != tracked
    assert [head[k] for k in ("compiler", "reviewer", "approver", "compiled_on")] == [
        "",
        "",
        "",
        None,
    ]
    assert all(k["actuals"] == [] for g in new["goals"] for k in g["kpis"])
    assert all(s["done"] == [] for t in new["tasks"] for s in t["subtasks"])
    assert {r["status"] for r in new["risks"]} == {"open"}
    with ws.session() as session:
        plan = session.get(Plan, result.plan_id)
        assert plan.status == "draft"
        events = session.scalars(select(AuditEvent).where(AuditEvent.plan_uuid == result.uuid))
        assert [e.action for e in events] == ["new plan for 2028 from 社交媒體運用的年度目標計劃"]
    # the checks were re-run for the 2028 calendar: 每月第六周 falls in Jan, Jul and Oct there
    week6 = next(f for f in result.findings if f.item_code == "T5.2")
    assert week6.key == "missing_months"
    rule = parse_rule("每月第六周")
    assert missing_months(rule, 2028) == [2, 3, 4, 5, 6, 8, 9, 11, 12] != missing_months(rule, 2027)
    assert week6.message("en").startswith(
        "every month, week 6: no occurrence in Feb, Mar, Apr, May, Jun, Aug, Sep, Nov, Dec"
    )


def test_roll_over_refuses_without_writing(ws, tracked):
    with pytest.raises(ValueError, match="already for 2027"):
        roll_over(ws, tracked, 2027)
    with ws.session() as session:
        assert session.scalar(select(func.count(Plan.id))) == 1
