"""The audit trail in the plan's words and the UI language (issue 16, point 3)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import AuditEvent, Kpi, Risk, Subtask, Team
from desktop.models.schedule import ScheduleRule
from desktop.operations import current_actor, find_plan, replay_change, run_change, set_signed_in
from desktop.operations.audit_text import audit_names, describe_event
from desktop.operations.board import set_rule
from desktop.operations.edits import update_item
from desktop.operations.plan_edits import set_actuals_block, set_header


def ids(ws):
    with ws.session() as session:
        sub = session.scalars(select(Subtask).where(Subtask.code == "T1.1")).one().id
        risk = session.scalars(select(Risk).where(Risk.code == "R1")).one()
        team = session.scalars(select(Team).where(Team.name == "廣告投放團隊")).one().id
        kpi = session.scalars(select(Kpi).where(Kpi.code == "d3")).one().id
        return sub, risk.id, team, kpi


def lines(ws, uuid, lang):
    with ws.session() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        names = audit_names(session, find_plan(session, uuid).id)
        return [describe_event(e, lang, names) for e in events]


def test_events_are_written_in_the_plans_words(sample_ws):
    ws, uuid = sample_ws
    sub, risk, team, kpi = ids(ws)
    set_signed_in("王小明")
    try:
        assert current_actor() == "王小明"
        run_change(ws, uuid, "Reschedule", set_rule(sub, ScheduleRule("monthly_week", week=4)))
        outcome = run_change(
            ws, uuid, "Edit risk", update_item(Risk, risk, {"owner_team_id": team})
        )
        run_change(ws, uuid, "Paste actuals", set_actuals_block([(kpi, 3, 88.0)]))
        run_change(ws, uuid, "Edit compile date", set_header({"compiled_on": "2027-01-05"}))
        replay_change(ws, outcome.changes, undo=True)
    finally:
        set_signed_in(None)
    zh = lines(ws, uuid, "zh_TW")
    assert zh[0].changes == "T1.1 內容選題：完成時間 每月第一周 → 每月第四周"
    assert zh[0].who == "王小明"
    assert zh[1].changes == "R1 內容質量不達標：責任人 內容審核團隊 → 廣告投放團隊"
    assert zh[2].changes.startswith("d3 ") and zh[2].changes.endswith("3月實績 88")
    assert zh[3].changes == "計劃：編制日期 （空） → 2027-01-05"
    assert zh[4].action == "已撤銷：Edit risk"
    assert zh[4].changes == "R1 內容質量不達標：責任人 廣告投放團隊 → 內容審核團隊"
    en = lines(ws, uuid, "en")
    assert en[0].changes == "T1.1 內容選題: schedule every month, week 1 → every month, week 4"
    assert en[3].changes == "plan: compile date (empty) → 2027-01-05"
    assert en[4].action == "undone: Edit risk"
    for line in zh + en:
        assert "_id" not in line.changes and "{" not in line.changes
        assert "insert " not in line.changes


def test_history_model_shows_the_described_events(sample_ws, qtmodeltester):
    from desktop.views.signoff.audit_history import AuditHistoryModel

    ws, uuid = sample_ws
    sub, _risk, _team, _kpi = ids(ws)
    outcome = run_change(
        ws, uuid, "Reschedule", set_rule(sub, ScheduleRule("monthly_week", week=2))
    )
    replay_change(ws, outcome.changes, undo=True)
    model = AuditHistoryModel()
    with ws.session() as session:
        model.load(session, find_plan(session, uuid), "zh_TW")
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, model.ACTION).data() == "已撤銷：Reschedule"
    assert model.index(0, model.DETAILS).data() == "T1.1 內容選題：完成時間 每月第二周 → 每月第一周"


def test_statuses_sign_offs_and_values_are_in_the_plans_words(sample_ws):
    """No database words in the history: statuses, sign-off actions and records, numbers
    as people write them, an actual with its KPI and month (issue 25)."""
    from desktop.operations.audit import append_event
    from desktop.operations.audit_text import AuditNames, describe_action

    ws, uuid = sample_ws
    _sub, risk, _team, kpi = ids(ws)
    run_change(ws, uuid, "Paste actuals", set_actuals_block([(kpi, 3, 80.0)]))
    run_change(ws, uuid, "Paste actuals", set_actuals_block([(kpi, 3, 82.5)]))
    run_change(ws, uuid, "Risk status", update_item(Risk, risk, {"status": "mitigating"}))
    with ws.write() as session:
        append_event(
            session,
            uuid,
            actor="李審核",
            action="sign-off: reviewer rejected (from the review package)",
            changes={
                "status": {"old": "in_review", "new": "draft"},
                "comment": "預算不足",
                "signature": "0123456789abcdef",
                "origin": "package",
            },
        )
    zh = lines(ws, uuid, "zh_TW")
    assert zh[0].changes.endswith("3月實績 80")  # not 80.0
    assert zh[1].changes.startswith("d3 ") and "3月實績：實績 80 → 82.5" in zh[1].changes
    assert zh[2].changes == "R1 內容質量不達標：狀態 待處理 → 處理中"
    assert zh[3].action == "審核人退回（來自審核包）"
    assert zh[3].changes == "審核中 → 草稿；意見：預算不足；以審核包簽署；簽署紀錄 01234567"
    en = lines(ws, uuid, "en")
    assert en[2].changes == "R1 內容質量不達標: status open → mitigating"
    assert en[3].action == "rejected as reviewer (from the review package)"
    assert en[3].changes.startswith("in review → draft; comment: 預算不足")
    for line in zh:
        for word in ("in_review", "mitigating", "signature", "origin", "80.0"):
            assert word not in line.action + line.changes
    assert describe_action("undo: new plan for 2028 from 年度計劃", "zh_TW") == (
        "已撤銷：由「年度計劃」新增 2028 年計劃"
    )
    assert (
        describe_action("import as revision 2 from a.xlsx", "zh_CN") == "从 a.xlsx 导入为修订版本 2"
    )
    assert (
        describe_action("start revision 2 of 年度計劃 (after revision 1)", "zh_TW")
        == "建立「年度計劃」的修訂版本 2（接續修訂版本 1）"
    )
    # who: a person of the workspace by name, anything else said to be the computer login
    with ws.session() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).first()
        line = describe_event(event, "zh_TW", AuditNames(), people={"李審核"})
    assert line.who.endswith("（系統帳戶）") and line.who.startswith(event.actor)
