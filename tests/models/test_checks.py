"""Plan checks on the seed and on broken plans."""

from __future__ import annotations

from datetime import date

from desktop.models.checks import ERROR, WARNING, check_plan
from desktop.operations import find_plan


def _findings(ws, uuid, mutate=None, today=None):
    with ws.write() as session:
        plan = find_plan(session, uuid)
        if mutate:
            mutate(plan)
            session.flush()
        return check_plan(plan, today=today)


def test_seed_week5_and_week6_findings(sample_ws):
    findings = _findings(*sample_ws)
    by_item = {(f.item_kind, f.item_code): f for f in findings if f.key == "missing_months"}
    # 2027, calendar weeks Monday first: February has 4 weeks, only May and August have 6.
    assert by_item[("subtask", "T3.2")].params["count"] == 1
    assert (
        by_item[("subtask", "T3.2")].message("en").endswith("no occurrence in Feb (1 of 12 months)")
    )
    assert by_item[("subtask", "T5.1")].message("zh_TW").startswith("每月第五周:2月")
    t52 = by_item[("subtask", "T5.2")]
    assert t52.params["count"] == 10 and t52.severity == WARNING
    assert "May" not in t52.message("en") and "Aug" not in t52.message("en")
    assert ("monitoring", "MON5") in by_item
    assert not any(f.severity == ERROR for f in findings)


def test_seed_milestone_before_its_work(sample_ws):
    findings = _findings(*sample_ws)
    early = [f for f in findings if f.key == "milestone_early"]
    assert {(f.item_code, f.params["sub"]) for f in early} == {
        ("M2", "T3.1 廣告策略制定"),
        ("M2", "T3.2 廣告內容創作"),
    }
    assert early[0].severity == WARNING


def test_missing_owner_target_and_measure_are_errors(sample_ws):
    def break_plan(plan):
        plan.tasks[0].subtasks[0].owner_team = None
        plan.goals[0].kpis[0].target = None
        plan.risks[0].measure = ""
        plan.risks[1].owner_team = None
        plan.risks[2].review_on = date(2027, 1, 31)

    findings = _findings(*sample_ws, mutate=break_plan, today=date(2027, 3, 1))
    errors = {(f.item_kind, f.item_code, f.key) for f in findings if f.severity == ERROR}
    assert errors == {
        ("subtask", "T1.1", "no_owner"),
        ("kpi", "a1", "no_target"),
        ("risk", "R1", "no_measure"),
        ("risk", "R2", "no_owner"),
    }
    assert findings[0].severity == ERROR
    overdue = [f for f in findings if f.key == "review_overdue"]
    assert overdue[0].item_code == "R3" and "2027-01-31" in overdue[0].message("en")


def test_blocks_convention_has_no_week6_and_week5_except_february(sample_ws):
    def blocks(plan):
        plan.week_convention = "blocks"

    findings = _findings(*sample_ws, mutate=blocks)
    by_item = {f.item_code: f for f in findings if f.key == "missing_months"}
    assert by_item["T5.2"].params["count"] == 12
    assert by_item["T3.2"].params["count"] == 1


def test_where_names_the_kind_of_item_in_the_ui_language(sample_ws):
    finding = next(f for f in _findings(*sample_ws) if f.item_code == "T3.2")
    assert finding.where == "subtask T3.2 廣告內容創作"
    assert finding.where_in("zh_TW") == "子任務 T3.2 廣告內容創作"
    assert finding.where_in("zh_CN").startswith("子任务 T3.2")
