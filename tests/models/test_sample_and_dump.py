"""The sample plan holds every fact of the seed; the canonical dump is deterministic."""

from __future__ import annotations

import json

from desktop.models import Plan
from desktop.models.deserialize import load_plan
from desktop.models.serialize import canonical_json, content_hash, dump_plan

SUBTASKS = {
    "內容選題": ("內容策劃團隊", "每月第一周", "行業報告、用戶調研"),
    "內容創作": ("內容創作團隊", "每月第二周", "創意工具、設計軟件"),
    "內容審核": ("內容審核團隊", "每月第三周", "審核標準、編輯工具"),
    "平臺內容發布": ("平臺運營團隊", "每日", "社交媒體平臺賬號、發布工具"),
    "用戶互動管理": ("用戶互動團隊", "每日", "社交媒體平臺、回復工具"),
    "廣告策略制定": ("廣告投放團隊", "每月第四周", "市場分析報告、廣告預算"),
    "廣告內容創作": ("內容創作團隊", "每月第五周", "創意工具、設計軟件"),
    "線上活動策劃": ("活動策劃團隊", "每月第三周", "活動策劃方案、獎品資源"),
    "用戶互動跟進": ("用戶互動團隊", "每日", "社交媒體平臺、互動工具"),
    "數據收集與分析": ("數據分析團隊", "每月第五周", "數據分析工具、行業報告"),
    "策略調整與優化": ("策略調整團隊", "每月第六周", "數據分析報告、策略調整方案"),
}
RISKS = {
    "內容質量不達標": ("內容審核團隊", "每月第一周", "85%"),
    "社交媒體平臺政策變動": ("平臺運營團隊", "每月第二周", "最新政策"),
    "廣告投放效果不佳": ("廣告投放團隊", "每月第三周", "1.5%"),
    "用戶互動響應不及時": ("用戶互動團隊", "每日", "90%"),
    "數據分析失誤": ("數據分析團隊", "每月第四周", "減少失誤"),
}


def _plan(ws, uuid):
    from desktop.operations import find_plan

    session = ws.session()
    return session, find_plan(session, uuid)


def test_sample_plan_holds_the_seed(sample_ws):
    from desktop.models.schedule import ScheduleRule

    ws, uuid = sample_ws
    session, plan = _plan(ws, uuid)
    assert plan.title == "社交媒體運用的年度目標計劃"
    assert (plan.compiler, plan.reviewer, plan.approver, plan.compiled_on) == ("", "", "", None)
    assert [g.title for g in plan.goals] == [
        "提升品牌知名度",
        "增強用戶互動",
        "增加潛在客戶轉化率",
        "優化內容策略",
        "建立良好的客戶關系",
    ]
    targets = {k.name: (k.target, k.unit, k.target_kind) for g in plan.goals for k in g.kpis}
    assert targets["目標用戶品牌認知度"] == (80.0, "%", "level")
    assert targets["互動量月增長率"] == (10.0, "%", "growth")
    assert targets["潛在客戶轉化率"] == (5.0, "%", "level")
    assert targets["內容觸達率提升"] == (20.0, "%", "improvement")
    assert targets["每月原創內容發布量"] == (20.0, "篇", "count")
    assert targets["每月新增粉絲"] == (500.0, "人", "count")
    assert targets["用戶滿意度"] == (90.0, "%", "level")
    assert targets["評論回復時間"] == (24.0, "小時", "ceiling")
    assert [t.title for t in plan.tasks] == [
        "內容策劃與創作",
        "社交媒體平臺管理",
        "廣告投放與推廣",
        "用戶關系維護",
        "數據分析與優化",
    ]
    subs = {s.title: s for t in plan.tasks for s in t.subtasks}
    assert len(subs) == 11
    for title, (owner, when, resources) in SUBTASKS.items():
        sub = subs[title]
        assert sub.owner_team.name == owner
        assert sub.rule.text("zh_TW") == when
        assert sub.resources == resources
        assert isinstance(sub.rule, ScheduleRule)
    assert {m.title for m in plan.milestones} == {
        "制定內容計劃",
        "發布廣告",
        "進行數據分析與策略調整",
    }
    assert [m.rule.text("zh_TW") for m in plan.milestones] == ["每月初", "每月中旬", "每月底"]
    assert {r.category for r in plan.resources} == {"human", "material", "financial"}
    for title, (owner, when, assurance) in RISKS.items():
        risk = next(r for r in plan.risks if r.title == title)
        assert risk.owner_team.name == owner
        assert risk.rule.text("zh_TW") == when
        assert assurance in risk.assurance
        assert risk.measure and risk.impact_text
    warnings = {
        r.title: (r.warning_kpi.name, r.warning_op, r.warning_threshold)
        for r in plan.risks
        if r.warning_kpi
    }
    assert warnings["廣告投放效果不佳"] == ("廣告點擊率", "<", 1.5)
    assert warnings["用戶互動響應不及時"] == ("評論回復時間", ">", 24.0)
    assert warnings["內容質量不達標"] == ("內容滿意度", "<", 85.0)
    kinds = [m.kind for m in plan.monitoring]
    assert kinds.count("meeting") == 4 and kinds.count("report") == 2
    assert "data_check" in kinds and "risk_alert" in kinds
    assert {e.kind for e in plan.evaluation} == {"indicator", "time_point", "method"}
    assert {c.kind for c in plan.communication} == {"audience", "content", "channel", "frequency"}
    assert len(plan.collaboration) == 12
    assert "Jira、Confluence" in " ".join(c.description for c in plan.collaboration)
    assert plan.introduction.startswith("隨著互聯網的普及") and "長期發展" in plan.summary
    assert "品牌知名度顯著提升" in plan.outlook
    session.close()


def test_dump_is_deterministic_and_has_no_storage_details(sample_ws):
    ws, uuid = sample_ws
    session, plan = _plan(ws, uuid)
    first = canonical_json(dump_plan(plan))
    session.close()
    session, plan = _plan(ws, uuid)
    assert canonical_json(dump_plan(plan)) == first
    assert content_hash(plan) == content_hash(plan)
    session.close()
    data = json.loads(first)
    assert list(data) == sorted(data)
    text = first.lower()
    for storage_detail in ('"id"', '"version"', '"status": "draft"', "plan_id", "created"):
        assert storage_detail not in text


def test_load_of_a_dump_dumps_the_same(sample_ws, tmp_path):
    from desktop.store import open_workspace

    ws, uuid = sample_ws
    session, plan = _plan(ws, uuid)
    data = dump_plan(plan)
    session.close()
    with open_workspace(tmp_path / "other.sqlite") as other:
        with other.write() as s2:
            load_plan(s2, json.loads(json.dumps(data)))
        with other.session() as s3:
            copy = s3.query(Plan).one()
            assert canonical_json(dump_plan(copy)) == canonical_json(data)


def test_two_sample_plans_get_their_own_identity(ws):
    from desktop.models.sample import add_sample_plan

    with ws.write() as session:
        a, b = add_sample_plan(session), add_sample_plan(session)
        assert a.uuid != b.uuid and a.lineage == a.uuid


def test_sample_data_is_a_new_copy_each_time():
    from desktop.models.sample import sample_data

    first = sample_data()
    first["plan"]["compiler"] = "changed by a caller"
    first["tasks"].clear()
    again = sample_data()
    assert again["plan"]["compiler"] != "changed by a caller" and again["tasks"]
