"""Labels of the printed plan in the plan's language (zh_TW, zh_CN, en)."""

from __future__ import annotations

NUMERALS = "一二三四五六七八九十"

_LABELS: dict[str, dict[str, str]] = {
    "zh_TW": {
        "s1": "一、引言", "s2": "二、工作目標與任務概述", "s3": "三、詳細工作計劃",
        "s4": "四、風險評估與應對措施", "s5": "五、監控與評估", "s6": "六、溝通與協作",
        "s7": "七、總結與展望",
        "goals": "1. 主要目標", "tasks": "2. 關鍵任務", "breakdown": "1. 任務分解",
        "timetable": "2. 時間表與關鍵里程碑", "resources": "3. 資源分配",
        "risk_id": "1. 風險識別", "measures": "2. 應對措施", "monitoring": "1. 監控機制",
        "evaluation": "2. 評估標準", "kpi_status": "3. 指標達成情況",
        "communication": "1. 溝通計劃", "collaboration": "2. 協作機制",
        "summary": "1. 總結", "outlook": "2. 展望",
        "compiler": "編制人", "reviewer": "審核人", "approver": "批準人",
        "compiled_on": "編制日期", "approval": "審批", "role": "職責", "name": "姓名",
        "signature": "簽名", "date": "日期", "signoffs": "簽署記錄", "signer": "簽署人",
        "time": "時間", "meaning": "含義", "fingerprint": "內容指紋", "verdict": "狀態",
        "audit_head": "審計鏈頭", "status": "計劃狀態", "revision": "修訂版本",
        "year_plan": "{0}年度", "organisation": "編制單位",
        "code": "編號", "goal": "目標", "description": "說明", "kpis": "關鍵指標與目標值",
        "task": "任務", "importance": "重要性", "expected": "預期成果", "subtask": "子任務",
        "owner": "責任人", "when": "完成時間", "needs": "所需資源", "milestone": "里程碑",
        "depends": "依賴的子任務", "category": "類別", "item": "項目", "amount": "數量/金額",
        "source": "來源", "risk": "風險", "impact_text": "影響程度", "likelihood": "可能性",
        "impact": "影響", "score": "分數（等級）", "measure": "具體措施",
        "exec_time": "執行時間", "assurance": "確保措施", "warning": "預警",
        "kind": "類型", "schedule": "時間", "indicator": "指標", "target": "目標",
        "latest": "最新實際值", "kpi_state": "狀態", "board_note":
        "各子任務的全年時間安排見附錄一「任務看板」（按負責團隊著色）。",
        "no_milestones": "（未設里程碑）", "appendix": "附錄{0} {1}", "appendix_board": "任務看板",
        "appendix_kpi": "指標圖表", "appendix_checks": "計劃檢查",
        "board_range": "{0}年{1}月至{2}月", "legend": "圖例", "severity": "嚴重程度",
        "where": "位置", "finding": "問題", "no_findings": "計劃檢查沒有發現問題。",
        "page": "第 {0} 頁 / 共 {1} 頁", "rev_short": "修訂 {0}", "fp_short": "指紋 {0}",
        "void": "作廢", "none": "—", "sign_line": "（簽名）", "continued": "（續）",
        "unsigned_note": "尚無簽署記錄；請於上方簽名欄親筆簽署。",
        "kpi_no_actuals": "尚無實際數據的指標不繪製圖表。",
        "warning_text": "若 {0} {1} {2} 即預警", "contents": "目錄",
        "trust_root": "信任根指紋：{0}",
        "esign_note": "請以任何 PDF 閱讀器在上方您職責的簽名欄內數位簽署，再將 PDF 寄回。",
    },
    "zh_CN": {},
    "en": {
        "s1": "1. Introduction", "s2": "2. Goals and tasks overview",
        "s3": "3. Detailed work plan", "s4": "4. Risk assessment and responses",
        "s5": "5. Monitoring and evaluation", "s6": "6. Communication and collaboration",
        "s7": "7. Summary and outlook",
        "goals": "2.1 Main goals", "tasks": "2.2 Key tasks", "breakdown": "3.1 Task breakdown",
        "timetable": "3.2 Timetable and key milestones", "resources": "3.3 Resources",
        "risk_id": "4.1 Risk identification", "measures": "4.2 Responses",
        "monitoring": "5.1 Monitoring", "evaluation": "5.2 Evaluation",
        "kpi_status": "5.3 KPI status", "communication": "6.1 Communication plan",
        "collaboration": "6.2 Collaboration", "summary": "7.1 Summary",
        "outlook": "7.2 Outlook",
        "compiler": "Compiler", "reviewer": "Reviewer", "approver": "Approver",
        "compiled_on": "Compile date", "approval": "Approval", "role": "Role", "name": "Name",
        "signature": "Signature", "date": "Date", "signoffs": "Sign-offs", "signer": "Signer",
        "time": "Time", "meaning": "Meaning", "fingerprint": "Content fingerprint",
        "verdict": "Verdict", "audit_head": "Audit chain head", "status": "Plan status",
        "revision": "Revision", "year_plan": "Plan year {0}", "organisation": "Organisation",
        "code": "Code", "goal": "Goal", "description": "Description",
        "kpis": "KPIs and targets", "task": "Task", "importance": "Importance",
        "expected": "Expected result", "subtask": "Subtask", "owner": "Owner",
        "when": "When", "needs": "Resources", "milestone": "Milestone",
        "depends": "Depends on", "category": "Category", "item": "Item",
        "amount": "Amount", "source": "Source", "risk": "Risk", "impact_text": "Impact",
        "likelihood": "Likelihood", "impact": "Impact (1-5)", "score": "Score (band)",
        "measure": "Measure", "exec_time": "When", "assurance": "Assurance",
        "warning": "Early warning", "kind": "Kind", "schedule": "When", "indicator": "KPI",
        "target": "Target", "latest": "Latest actual", "kpi_state": "Status",
        "board_note": "The year's schedule of every subtask is in Appendix A, the task "
                      "board (coloured by owner team).",
        "no_milestones": "(no milestones)", "appendix": "Appendix {0}. {1}",
        "appendix_board": "Task board", "appendix_kpi": "KPI charts",
        "appendix_checks": "Plan checks",
        "board_range": "{0}, months {1} to {2}", "legend": "Legend", "severity": "Severity",
        "where": "Where", "finding": "Finding", "no_findings": "The plan checks found nothing.",
        "page": "Page {0} of {1}", "rev_short": "Revision {0}", "fp_short": "Fingerprint {0}",
        "void": "VOID", "none": "—", "sign_line": "(signature)", "continued": "(continued)",
        "unsigned_note": "No sign-off recorded yet; sign by hand in the boxes above.",
        "kpi_no_actuals": "KPIs without actuals have no chart.",
        "warning_text": "warn if {0} {1} {2}", "contents": "Contents",
        "trust_root": "Trust root fingerprint: {0}",
        "esign_note": "Sign digitally in your role's signature box above with any PDF reader, "
                      "then send the PDF back.",
    },
}  # fmt: skip

_ZH_CN = {
    "s2": "二、工作目标与任务概述", "s3": "三、详细工作计划", "s4": "四、风险评估与应对措施",
    "s5": "五、监控与评估", "s6": "六、沟通与协作", "s7": "七、总结与展望",
    "goals": "1. 主要目标", "tasks": "2. 关键任务", "breakdown": "1. 任务分解",
    "timetable": "2. 时间表与关键里程碑", "resources": "3. 资源分配", "risk_id": "1. 风险识别",
    "measures": "2. 应对措施", "monitoring": "1. 监控机制", "evaluation": "2. 评估标准",
    "kpi_status": "3. 指标达成情况", "communication": "1. 沟通计划",
    "collaboration": "2. 协作机制", "summary": "1. 总结", "outlook": "2. 展望",
    "compiler": "编制人", "reviewer": "审核人", "approver": "批准人", "compiled_on": "编制日期",
    "approval": "审批", "role": "职责", "signature": "签名", "signoffs": "签署记录",
    "signer": "签署人", "time": "时间", "meaning": "含义", "fingerprint": "内容指纹",
    "verdict": "状态", "audit_head": "审计链头", "status": "计划状态", "revision": "修订版本",
    "organisation": "编制单位", "code": "编号", "description": "说明",
    "kpis": "关键指标与目标值", "task": "任务", "importance": "重要性", "expected": "预期成果",
    "subtask": "子任务", "owner": "责任人", "when": "完成时间", "needs": "所需资源",
    "milestone": "里程碑", "depends": "依赖的子任务", "category": "类别", "item": "项目",
    "amount": "数量/金额", "source": "来源", "risk": "风险", "impact_text": "影响程度",
    "likelihood": "可能性", "impact": "影响", "score": "分数（等级）", "measure": "具体措施",
    "exec_time": "执行时间", "assurance": "确保措施", "warning": "预警", "kind": "类型",
    "schedule": "时间", "indicator": "指标", "latest": "最新实际值", "kpi_state": "状态",
    "board_note": "各子任务的全年时间安排见附录一“任务看板”（按负责团队着色）。",
    "no_milestones": "（未设里程碑）", "appendix": "附录{0} {1}", "appendix_board": "任务看板",
    "appendix_kpi": "指标图表", "appendix_checks": "计划检查",
    "board_range": "{0}年{1}月至{2}月", "legend": "图例", "severity": "严重程度",
    "where": "位置", "finding": "问题", "no_findings": "计划检查没有发现问题。",
    "page": "第 {0} 页 / 共 {1} 页", "fp_short": "指纹 {0}", "void": "作废",
    "sign_line": "（签名）", "continued": "（续）",
    "unsigned_note": "尚无签署记录；请于上方签名栏亲笔签署。",
    "kpi_no_actuals": "尚无实际数据的指标不绘制图表。", "warning_text": "若 {0} {1} {2} 即预警",
    "contents": "目录", "trust_root": "信任根指纹：{0}",
    "esign_note": "请以任何 PDF 阅读器在上方您职责的签名栏内数字签署，再将 PDF 寄回。",
}  # fmt: skip
_LABELS["zh_CN"] = {**_LABELS["zh_TW"], **_ZH_CN}

ENUMS: dict[str, dict[str, dict[str, str]]] = {
    "zh_TW": {
        "status": {"draft": "草稿", "in_review": "審核中", "reviewed": "已審核",
                   "approved": "已批準"},
        "target_kind": {"level": "達到", "growth": "每期增長", "count": "每期至少",
                        "ceiling": "不超過", "improvement": "較基線提升"},
        "frequency": {"daily": "每日", "weekly": "每周", "monthly": "每月",
                      "quarterly": "每季度", "yearly": "每年"},
        "category": {"human": "人力資源", "material": "物力資源", "financial": "財力資源"},
        "band": {"low": "低", "medium": "中", "high": "高", "critical": "極高"},
        "severity": {"error": "錯誤", "warning": "警告", "info": "提示"},
        "monitoring": {"meeting": "定期會議", "report": "進度報告", "data_check": "數據監控",
                       "risk_alert": "風險預警"},
        "evaluation": {"indicator": "評估指標", "time_point": "評估時間點",
                       "method": "評估方式"},
        "communication": {"audience": "溝通對象", "content": "溝通內容", "channel": "溝通方式",
                          "frequency": "溝通頻率"},
        "collaboration": {"cross_department": "跨部門協作", "cross_team": "跨團隊協作",
                          "method": "協作方式", "responsibility": "責任分工"},
        "kpi_state": {"on_track": "達標", "at_risk": "接近", "off_track": "未達標",
                      "no_data": "無數據"},
    },
    "zh_CN": {
        "status": {"draft": "草稿", "in_review": "审核中", "reviewed": "已审核",
                   "approved": "已批准"},
        "target_kind": {"level": "达到", "growth": "每期增长", "count": "每期至少",
                        "ceiling": "不超过", "improvement": "较基线提升"},
        "frequency": {"daily": "每日", "weekly": "每周", "monthly": "每月",
                      "quarterly": "每季度", "yearly": "每年"},
        "category": {"human": "人力资源", "material": "物力资源", "financial": "财力资源"},
        "band": {"low": "低", "medium": "中", "high": "高", "critical": "极高"},
        "severity": {"error": "错误", "warning": "警告", "info": "提示"},
        "monitoring": {"meeting": "定期会议", "report": "进度报告", "data_check": "数据监控",
                       "risk_alert": "风险预警"},
        "evaluation": {"indicator": "评估指标", "time_point": "评估时间点",
                       "method": "评估方式"},
        "communication": {"audience": "沟通对象", "content": "沟通内容", "channel": "沟通方式",
                          "frequency": "沟通频率"},
        "collaboration": {"cross_department": "跨部门协作", "cross_team": "跨团队协作",
                          "method": "协作方式", "responsibility": "责任分工"},
        "kpi_state": {"on_track": "达标", "at_risk": "接近", "off_track": "未达标",
                      "no_data": "无数据"},
    },
    "en": {
        "status": {"draft": "Draft", "in_review": "In review", "reviewed": "Reviewed",
                   "approved": "Approved"},
        "target_kind": {"level": "reach", "growth": "growth per period",
                        "count": "at least per period", "ceiling": "at most",
                        "improvement": "improve on baseline"},
        "frequency": {"daily": "daily", "weekly": "weekly", "monthly": "monthly",
                      "quarterly": "quarterly", "yearly": "yearly"},
        "category": {"human": "Human", "material": "Material", "financial": "Financial"},
        "band": {"low": "low", "medium": "medium", "high": "high", "critical": "critical"},
        "severity": {"error": "error", "warning": "warning", "info": "info"},
        "monitoring": {"meeting": "Meetings", "report": "Progress reports",
                       "data_check": "Data monitoring", "risk_alert": "Risk early warning"},
        "evaluation": {"indicator": "Indicators", "time_point": "Time points",
                       "method": "Methods"},
        "communication": {"audience": "Audiences", "content": "Content",
                          "channel": "Channels", "frequency": "Frequency"},
        "collaboration": {"cross_department": "Cross-department", "cross_team": "Cross-team",
                          "method": "Ways of working", "responsibility": "Responsibilities"},
        "kpi_state": {"on_track": "on track", "at_risk": "at risk", "off_track": "off track",
                      "no_data": "no data"},
    },
}  # fmt: skip


def norm_lang(lang: str | None) -> str:
    return lang if lang in _LABELS else "zh_TW"


def label(key: str, lang: str) -> str:
    return _LABELS[norm_lang(lang)].get(key) or _LABELS["zh_TW"][key]


def enum(group: str, value: str | None, lang: str) -> str:
    if value is None:
        return ""
    return ENUMS[norm_lang(lang)].get(group, {}).get(value, value)


def appendix(number: int, key: str, lang: str) -> str:
    """``附錄一 任務看板`` / ``Appendix A. Task board`` for the ``number``-th appendix."""
    mark = chr(ord("A") + number - 1) if norm_lang(lang) == "en" else NUMERALS[number - 1]
    return label("appendix", lang).format(mark, label(key, lang))
