"""Plan checks that look ahead: weeks above a team's load limit, KPI targets likely missed by
December (``forecast``), and risks that nothing would warn of (no KPI named). Pure Python;
``checks.check_plan`` turns these into ``Finding`` s (this module does not import ``checks``:
no import cycle)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .plan import Plan

WARNING = "warning"
# (severity, item kind, item code, item title, message key, parameters): a Finding's fields
Raw = tuple[str, str, str, str, str, dict[str, Any]]

MESSAGES: dict[str, dict[str, str]] = {
    "overloaded": {
        "en": "above its limit of {limit} items a week in {count} weeks: {weeks}",
        "zh_TW": "{count} 周超過每周 {limit} 項的上限：{weeks}",
        "zh_CN": "{count} 周超过每周 {limit} 项的上限：{weeks}",
    },
    "likely_missed": {
        "en": "{code}: {chance} % chance of reaching {target} by December (projected {projected})",
        "zh_TW": "{code}：12 月達到 {target} 的機會為 {chance} %（預測 {projected}）",
        "zh_CN": "{code}：12 月达到 {target} 的机会为 {chance} %（预测 {projected}）",
    },
    "no_warning_signal": {
        "en": "no KPI warns of this risk: its measure names none and it has no early warning",
        "zh_TW": "沒有指標預警此風險：應對措施未提及指標，也沒有預警閾值",
        "zh_CN": "没有指标预警此风险：应对措施未提及指标，也没有预警阈值",
    },
}
SHOWN_WEEKS = 6


def _weeks_text(weeks: list[tuple[str, int]]) -> Callable[[str], str]:
    def render(lang: str) -> str:
        sep = ", " if lang == "en" else "、"
        text = sep.join(f"{w} ({n})" for w, n in weeks[:SHOWN_WEEKS])
        return text + (" …" if len(weeks) > SHOWN_WEEKS else "")

    return render


def overload_findings(plan: Plan) -> list[Raw]:
    """One warning per team whose weekly limit some week exceeds, naming those weeks."""
    from .team_load import over_limit, plan_load, team_limits

    limits = team_limits(plan)
    if not any(v is not None for v in limits.values()):
        return []
    over: dict[str, list[tuple[str, int]]] = {}
    for week in over_limit(plan_load(plan), limits):
        over.setdefault(week.team, []).append((week.week, week.count))
    return [
        (
            WARNING,
            "team",
            team,
            "",
            "overloaded",
            {"limit": limits[team], "count": len(weeks), "weeks": _weeks_text(weeks)},
        )
        for team, weeks in over.items()
    ]


def forecast_findings(plan: Plan) -> list[Raw]:
    """A warning for every KPI whose target December is likely to miss (chance < 50 %)."""
    from .forecast import format_number, plan_forecasts

    kpis = {k.code: k for g in plan.goals for k in g.kpis}
    return [
        (
            WARNING,
            "kpi",
            f.code,
            kpis[f.code].name,
            "likely_missed",
            {
                "code": f.code,
                "chance": round((f.chance or 0) * 100),
                "target": format_number(_sensible(f.target)),
                "projected": format_number(f.projected),
            },
        )
        for f in plan_forecasts(plan, path=False)
        if f.likely_missed
    ]


def _sensible(value: float | None) -> float | None:
    """A target computed by compounding (growth) shown to three significant digits."""
    if value is None or value == 0 or float(value).is_integer():
        return value
    from .forecast import rounded, step_for

    return rounded(value, step_for(0, value))


def kpi_pattern(kpis: list[Any]) -> re.Pattern[str] | None:
    """One pattern finding any of ``kpis`` in a text: a name anywhere, a code as a word."""
    names = sorted({k.name for k in kpis if k.name}, key=len, reverse=True)
    codes = sorted({k.code for k in kpis if k.code}, key=len, reverse=True)
    parts = [re.escape(n) for n in names]
    if codes:
        alternatives = "|".join(re.escape(c) for c in codes)
        parts.append(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])")
    return re.compile("|".join(parts)) if parts else None


def names_a_kpi(text: str, kpis: list[Any]) -> bool:
    """Does ``text`` name one of ``kpis`` (by code as a word, or by name)?"""
    pattern = kpi_pattern(kpis)
    return bool(pattern and pattern.search(text))


def silent_risk_findings(plan: Plan) -> list[Raw]:
    """A warning for every risk that no KPI warns of: no early-warning KPI, and its measure
    (action and assurance) names none."""

    pattern = kpi_pattern([k for g in plan.goals for k in g.kpis])
    out: list[Raw] = []
    for risk in sorted(plan.risks, key=lambda r: (r.position, r.code)):
        if risk.warning_kpi_id is not None or risk.warning_kpi is not None:
            continue
        text = f"{risk.measure or ''} {getattr(risk, 'assurance', '') or ''}"
        if pattern is not None and pattern.search(text):
            continue
        out.append((WARNING, "risk", risk.code, risk.title, "no_warning_signal", {}))
    return out


def intel_findings(plan: Plan) -> list[Raw]:
    return overload_findings(plan) + forecast_findings(plan) + silent_risk_findings(plan)
