"""The printed plan's words for stored values (plan status, KPI target kinds and frequencies,
resource categories, risk bands, item kinds, KPI states) in zh_TW, zh_CN and en."""

from __future__ import annotations

from desktop.exchange.document.document_text import norm_lang

ENUMS: dict[str, dict[str, dict[str, str]]] = {
    "zh_TW": {
        "status": {
            "draft": "草稿",
            "in_review": "審核中",
            "reviewed": "已審核",
            "approved": "已批準",
        },
        "target_kind": {
            "level": "達到",
            "growth": "每期增長",
            "count": "每期至少",
            "ceiling": "不超過",
            "improvement": "較基線提升",
        },
        "frequency": {
            "daily": "每日",
            "weekly": "每周",
            "monthly": "每月",
            "quarterly": "每季度",
            "yearly": "每年",
        },
        "category": {"human": "人力資源", "material": "物力資源", "financial": "財力資源"},
        "band": {"low": "低", "medium": "中", "high": "高", "critical": "極高"},
        "severity": {"error": "錯誤", "warning": "警告", "info": "提示"},
        "monitoring": {
            "meeting": "定期會議",
            "report": "進度報告",
            "data_check": "數據監控",
            "risk_alert": "風險預警",
        },
        "evaluation": {"indicator": "評估指標", "time_point": "評估時間點", "method": "評估方式"},
        "communication": {
            "audience": "溝通對象",
            "content": "溝通內容",
            "channel": "溝通方式",
            "frequency": "溝通頻率",
        },
        "collaboration": {
            "cross_department": "跨部門協作",
            "cross_team": "跨團隊協作",
            "method": "協作方式",
            "responsibility": "責任分工",
        },
        "kpi_state": {
            "on_track": "達標",
            "at_risk": "接近",
            "off_track": "未達標",
            "no_data": "無數據",
        },
    },
    "zh_CN": {
        "status": {
            "draft": "草稿",
            "in_review": "审核中",
            "reviewed": "已审核",
            "approved": "已批准",
        },
        "target_kind": {
            "level": "达到",
            "growth": "每期增长",
            "count": "每期至少",
            "ceiling": "不超过",
            "improvement": "较基线提升",
        },
        "frequency": {
            "daily": "每日",
            "weekly": "每周",
            "monthly": "每月",
            "quarterly": "每季度",
            "yearly": "每年",
        },
        "category": {"human": "人力资源", "material": "物力资源", "financial": "财力资源"},
        "band": {"low": "低", "medium": "中", "high": "高", "critical": "极高"},
        "severity": {"error": "错误", "warning": "警告", "info": "提示"},
        "monitoring": {
            "meeting": "定期会议",
            "report": "进度报告",
            "data_check": "数据监控",
            "risk_alert": "风险预警",
        },
        "evaluation": {"indicator": "评估指标", "time_point": "评估时间点", "method": "评估方式"},
        "communication": {
            "audience": "沟通对象",
            "content": "沟通内容",
            "channel": "沟通方式",
            "frequency": "沟通频率",
        },
        "collaboration": {
            "cross_department": "跨部门协作",
            "cross_team": "跨团队协作",
            "method": "协作方式",
            "responsibility": "责任分工",
        },
        "kpi_state": {
            "on_track": "达标",
            "at_risk": "接近",
            "off_track": "未达标",
            "no_data": "无数据",
        },
    },
    "en": {
        "status": {
            "draft": "Draft",
            "in_review": "In review",
            "reviewed": "Reviewed",
            "approved": "Approved",
        },
        "target_kind": {
            "level": "reach",
            "growth": "growth per period",
            "count": "at least per period",
            "ceiling": "at most",
            "improvement": "improve on baseline",
        },
        "frequency": {
            "daily": "daily",
            "weekly": "weekly",
            "monthly": "monthly",
            "quarterly": "quarterly",
            "yearly": "yearly",
        },
        "category": {"human": "Human", "material": "Material", "financial": "Financial"},
        "band": {"low": "low", "medium": "medium", "high": "high", "critical": "critical"},
        "severity": {"error": "error", "warning": "warning", "info": "info"},
        "monitoring": {
            "meeting": "Meetings",
            "report": "Progress reports",
            "data_check": "Data monitoring",
            "risk_alert": "Risk early warning",
        },
        "evaluation": {"indicator": "Indicators", "time_point": "Time points", "method": "Methods"},
        "communication": {
            "audience": "Audiences",
            "content": "Content",
            "channel": "Channels",
            "frequency": "Frequency",
        },
        "collaboration": {
            "cross_department": "Cross-department",
            "cross_team": "Cross-team",
            "method": "Ways of working",
            "responsibility": "Responsibilities",
        },
        "kpi_state": {
            "on_track": "on track",
            "at_risk": "at risk",
            "off_track": "off track",
            "no_data": "no data",
        },
    },
}


def enum(group: str, value: str | None, lang: str) -> str:
    if value is None:
        return ""
    return ENUMS[norm_lang(lang)].get(group, {}).get(value, value)
