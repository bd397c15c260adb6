"""Titles of new rows in the plan's language (a Chinese plan gets 新子任務, not "New subtask")."""

from __future__ import annotations

# kind -> (zh_TW, zh_CN, en)
NEW_TITLES: dict[str, tuple[str, str, str]] = {
    "task": ("新任務", "新任务", "New task"),
    "subtask": ("新子任務", "新子任务", "New subtask"),
    "risk": ("新風險", "新风险", "New risk"),
    "goal": ("新目標", "新目标", "New goal"),
    "kpi": ("新指標", "新指标", "New KPI"),
    "item": ("新項目", "新项目", "New item"),
    "plan": ("新計劃", "新计划", "New plan"),
}


def new_title(kind: str, plan_language: str | None) -> str:
    """The placeholder title of a new ``kind`` row in a plan written in ``plan_language``."""
    zh_tw, zh_cn, en = NEW_TITLES[kind]
    lang = (plan_language or "zh_TW").replace("-", "_")
    if lang.startswith("en"):
        return en
    return zh_cn if lang in ("zh_CN", "zh_SG") or "Hans" in lang else zh_tw
