"""The yearly evaluation: each of the plan's evaluation measures (評估指標) against its KPIs.

The plan does not link an evaluation indicator (EV1 品牌知名度) to KPIs, so the link is read
from the words: a KPI belongs to an indicator when the indicator's title is part of the KPI's
goal title (品牌知名度 → 提升品牌知名度), when a measure the indicator names (its description,
split at 、，,) shares three or more characters with the KPI's name (廣告點擊率 → 廣告點擊率), or
when the description names the KPI's code (``a1``). The verdict is the worst status among the
linked KPIs with data. ``findings(…)`` words the result, one line per indicator, for the notes
that next year's plan starts from (``rollover``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..kpi_math import AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK

_SPLIT = re.compile(r"[、，,；;。()（）\s]+")
_ORDER = {OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2, NO_DATA: 3}
STATUS_WORDS = {
    ON_TRACK: ("達標", "达标", "on track"),
    AT_RISK: ("接近目標", "接近目标", "at risk"),
    OFF_TRACK: ("未達標", "未达标", "off track"),
    NO_DATA: ("無數據", "无数据", "no data"),
}


def status_word(status: str, lang: str) -> str:
    words = STATUS_WORDS.get(status, (status, status, status))
    if lang.startswith("en"):
        return words[2]
    return words[1] if lang in ("zh_CN", "zh_SG") else words[0]


@dataclass(frozen=True)
class Evaluation:
    code: str
    title: str
    kpis: tuple[Any, ...]  # progress.KpiEntry
    verdict: str

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "kpis": [k.code for k in self.kpis],
            "verdict": self.verdict,
        }

    def finding(self, lang: str) -> str:
        parts = [f"{k.code} {k.name} {status_word(k.status, lang)}" for k in self.kpis]
        sep = "；" if not lang.startswith("en") else "; "
        head = f"{self.code} {self.title}: {status_word(self.verdict, lang)}"
        return head + (f" ({sep.join(parts)})" if parts else "")


def _common(a: str, b: str, size: int = 3) -> bool:
    return any(a[i : i + size] in b for i in range(len(a) - size + 1))


def linked(item: Any, kpi: Any, goal_title: str) -> bool:
    """Does evaluation ``item`` measure ``kpi``? (see the module's note)"""
    title = (item.title or "").strip()
    text = item.description or ""
    if title and title in goal_title:
        return True
    if re.search(rf"(?<![A-Za-z0-9]){re.escape(kpi.code)}(?![A-Za-z0-9])", text):
        return True
    return any(_common(term, kpi.name) for term in _SPLIT.split(text) if len(term) >= 3)


def evaluate(plan: Any, kpis: Sequence[Any]) -> list[Evaluation]:
    """Each evaluation indicator of ``plan`` against the year figures ``kpis`` (KpiEntry)."""
    by_code = {k.code: k for k in kpis}
    out = []
    for item in plan.evaluation:
        if item.kind != "indicator":
            continue
        mine = tuple(
            by_code[kpi.code]
            for goal in plan.goals
            for kpi in goal.kpis
            if kpi.code in by_code and linked(item, kpi, goal.title)
        )
        statuses = [k.status for k in mine if k.status != NO_DATA]
        verdict = min(statuses, key=_ORDER.__getitem__) if statuses else NO_DATA
        out.append(Evaluation(item.code, item.title, mine, verdict))
    return out


def findings(evaluations: Sequence[Evaluation], lang: str) -> str:
    """The year's findings, one line per indicator (for next year's plan)."""
    return "\n".join(e.finding(lang) for e in evaluations)
