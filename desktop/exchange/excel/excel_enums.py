"""The enumerations of the workbook layout: each value's zh-Hant, zh-Hans and English label.

Export writes a value as its label in the plan's language (``enum_label``); import accepts any
label, the key itself or the combined ``繁體 (English)`` form (``enum_lookup``).
"""

from __future__ import annotations

from desktop.exchange.excel.excel_layout import norm

ENUMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "progress": {
        "done": ("已完成", "已完成", "done"),
        "open": ("未完成", "未完成", "not done"),
    },
    "data_kind": {
        "measured": ("實測", "实测", "measured"),
        "demo": ("示範數據", "示范数据", "demo data"),
    },
    "target_kind": {
        "level": ("水平", "水平", "level"),
        "growth": ("增長", "增长", "growth"),
        "count": ("數量", "数量", "count"),
        "ceiling": ("上限", "上限", "ceiling"),
        "improvement": ("提升", "提升", "improvement"),
    },
    "direction": {"up": ("越高越好", "越高越好", "up"), "down": ("越低越好", "越低越好", "down")},
    "frequency": {
        "daily": ("每日", "每日", "daily"),
        "weekly": ("每周", "每周", "weekly"),
        "monthly": ("每月", "每月", "monthly"),
        "quarterly": ("每季度", "每季度", "quarterly"),
        "yearly": ("每年", "每年", "yearly"),
    },
    "category": {
        "human": ("人力", "人力", "human"),
        "material": ("物力", "物力", "material"),
        "financial": ("財力", "财力", "financial"),
    },
    "warning_op": {"<": ("低於", "低于", "below"), ">": ("高於", "高于", "above")},
    "risk_status": {
        "open": ("待處理", "待处理", "open"),  # as the risk register says
        "mitigating": ("處理中", "处理中", "mitigating"),
        "closed": ("已關閉", "已关闭", "closed"),
    },
    "monitoring": {
        "meeting": ("會議", "会议", "meeting"),
        "report": ("報告", "报告", "report"),
        "data_check": ("數據監測", "数据监测", "data check"),
        "risk_alert": ("風險預警", "风险预警", "risk alert"),
    },
    "evaluation": {
        "indicator": ("評估指標", "评估指标", "indicator"),
        "time_point": ("評估時間點", "评估时间点", "time point"),
        "method": ("評估方法", "评估方法", "method"),
    },
    "communication": {
        "audience": ("溝通對象", "沟通对象", "audience"),
        "content": ("溝通內容", "沟通内容", "content"),
        "channel": ("溝通渠道", "沟通渠道", "channel"),
        "frequency": ("溝通頻率", "沟通频率", "frequency"),
    },
    "collaboration": {
        "cross_department": ("跨部門協作", "跨部门协作", "cross-department"),
        "cross_team": ("跨團隊協作", "跨团队协作", "cross-team"),
        "method": ("協作方式", "协作方式", "method"),
        "responsibility": ("責任分工", "责任分工", "responsibility"),
    },
    "status": {
        "draft": ("草稿", "草稿", "draft"),
        "in_review": ("審核中", "审核中", "in review"),
        "reviewed": ("已審核", "已审核", "reviewed"),
        "approved": ("已批準", "已批准", "approved"),
    },
}
LANG_INDEX = {"zh_TW": 0, "zh_CN": 1, "en": 2}


def enum_label(enum: str, key: str, lang: str) -> str:
    """The label a workbook shows for an enumeration value (the key itself if unknown)."""
    labels = ENUMS[enum].get(key)
    return labels[LANG_INDEX.get(lang, 0)] if labels else key


FORMER: dict[str, dict[str, str]] = {  # labels of workbooks written before a rename
    "risk_status": {"未處理": "open", "未处理": "open"},
}


def enum_lookup(enum: str) -> dict[str, str]:
    """Every accepted spelling (normalised) -> key."""
    out: dict[str, str] = {norm(name): key for name, key in FORMER.get(enum, {}).items()}
    for key, labels in ENUMS[enum].items():
        for name in (key, *labels, f"{labels[0]} ({labels[2]})"):
            out[norm(name)] = key
    return out
