"""Plan checks: what a careful reviewer would flag, each with a severity and a pointer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .intel_checks import MESSAGES as INTEL_MESSAGES
from .intel_checks import intel_findings
from .schedule import ScheduleRule, WeekConvention
from .schedule_expand import expand, missing_months

if TYPE_CHECKING:
    from .plan import Plan

ERROR = "error"
WARNING = "warning"
INFO = "info"

MESSAGES: dict[str, dict[str, str]] = {
    "missing_months": {
        "en": "{rule}: no occurrence in {months} ({count} of {total} months)",
        "zh_TW": "{rule}:{months}沒有這一周（{count}/{total} 個月）",
        "zh_CN": "{rule}：{months}没有这一周（{count}/{total} 个月）",
    },
    "no_owner": {
        "en": "no owner team",
        "zh_TW": "未指定責任人",
        "zh_CN": "未指定责任人",
    },
    "no_schedule": {
        "en": "no schedule (when it happens)",
        "zh_TW": "未指定時間",
        "zh_CN": "未指定时间",
    },
    "no_target": {
        "en": "KPI has no target",
        "zh_TW": "指標沒有目標值",
        "zh_CN": "指标没有目标值",
    },
    "no_measure": {
        "en": "risk has no measure",
        "zh_TW": "風險沒有應對措施",
        "zh_CN": "风险没有应对措施",
    },
    "not_assessed": {
        "en": "risk has no likelihood or impact score",
        "zh_TW": "風險未評估可能性或影響",
        "zh_CN": "风险未评估可能性或影响",
    },
    "review_overdue": {
        "en": "review was due on {date}",
        "zh_TW": "複核日期 {date} 已過",
        "zh_CN": "复核日期 {date} 已过",
    },
    "milestone_early": {
        "en": "comes before {sub} is done ({detail}) in {count} months",
        "zh_TW": "在 {sub}（{detail}）完成之前到期，共 {count} 個月",
        "zh_CN": "在 {sub}（{detail}）完成之前到期，共 {count} 个月",
    },
    "early_warning": {
        "en": "early warning: {kpi} was {value} in {month} ({op} {threshold})",
        "zh_TW": "風險預警：{kpi}{month}為 {value}（{op} {threshold}）",
        "zh_CN": "风险预警：{kpi}{month}为 {value}（{op} {threshold}）",
    },
    "report_missing": {
        "en": "no progress report was produced for {period}",
        "zh_TW": "{period} 尚未產生月度進度報告",
        "zh_CN": "{period} 尚未生成月度进度报告",
    },
} | INTEL_MESSAGES
KIND_NAMES = {
    "zh_TW": {
        "plan": "計劃",
        "subtask": "子任務",
        "milestone": "里程碑",
        "risk": "風險",
        "kpi": "指標",
        "monitoring": "監控項目",
        "evaluation": "評估項目",
        "team": "團隊",
    },
    "zh_CN": {
        "plan": "计划",
        "subtask": "子任务",
        "milestone": "里程碑",
        "risk": "风险",
        "kpi": "指标",
        "monitoring": "监控项目",
        "evaluation": "评估项目",
        "team": "团队",
    },
}
MONTH_NAMES = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "zh_TW": [f"{m}月" for m in range(1, 13)],
    "zh_CN": [f"{m}月" for m in range(1, 13)],
}


@dataclass(frozen=True)
class Finding:
    """One problem: severity, the item it points at, and a message in any UI language."""

    severity: str
    item_kind: str  # plan, subtask, milestone, risk, kpi, monitoring, evaluation
    item_code: str
    item_title: str
    key: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def where(self) -> str:
        return f"{self.item_kind} {self.item_code} {self.item_title}".strip()

    def where_in(self, lang: str = "en") -> str:
        """``where`` with the kind of item named in ``lang`` (the command line keeps English)."""
        kind = KIND_NAMES.get(lang, {}).get(self.item_kind, self.item_kind)
        return f"{kind} {self.item_code} {self.item_title}".strip()

    def message(self, lang: str = "en") -> str:
        lang = lang if lang in ("en", "zh_TW", "zh_CN") else "en"
        params = {k: (v(lang) if callable(v) else v) for k, v in self.params.items()}
        return MESSAGES[self.key][lang].format(**params)

    def line(self, lang: str = "en") -> str:
        return f"{self.severity}\t{self.where}\t{self.message(lang)}"


def _month_list(months: list[int]) -> Callable[[str], str]:
    def render(lang: str) -> str:
        names = MONTH_NAMES[lang]
        sep = ", " if lang == "en" else "、"
        return sep.join(names[m - 1] for m in months)

    return render


def _rule_text(rule: ScheduleRule) -> Callable[[str], str]:
    return lambda lang: rule.text(lang)


def _schedule_findings(
    kind: str, item: Any, plan: Plan, convention: WeekConvention, *, required: bool
) -> list[Finding]:
    rule = item.rule
    title = getattr(item, "title", "")
    if rule is None:
        return [Finding(WARNING, kind, item.code, title, "no_schedule")] if required else []
    missing = missing_months(rule, plan.year, convention)
    if not missing:
        return []
    total = len(rule.months) if rule.months else 12
    return [
        Finding(
            WARNING,
            kind,
            item.code,
            title,
            "missing_months",
            {
                "rule": _rule_text(rule),
                "months": _month_list(missing),
                "count": len(missing),
                "total": total,
            },
        )
    ]


def _milestone_findings(plan: Plan, convention: WeekConvention) -> list[Finding]:
    out = []
    for ms in plan.milestones:
        rule = ms.rule
        if rule is None:
            continue
        ms_by_month = {o.month: o for o in expand(rule, plan.year, convention)}
        for dep in ms.depends_on:
            dep_rule = dep.rule
            if dep_rule is None:
                continue
            late = [
                o.month
                for o in expand(dep_rule, plan.year, convention)
                if o.month in ms_by_month and o.end > ms_by_month[o.month].end
            ]
            months = sorted(set(late))
            if months:
                out.append(
                    Finding(
                        WARNING,
                        "milestone",
                        ms.code,
                        ms.title,
                        "milestone_early",
                        {
                            "sub": f"{dep.code} {dep.title}",
                            "detail": _rule_text(dep_rule),
                            "count": len(months),
                        },
                    )
                )
    return out


def _early_warning_findings(plan: Plan) -> list[Finding]:
    """KPI early warnings (see ``warnings.early_warnings``) as warning findings."""
    from .warnings import early_warnings, format_value, month_name

    return [
        Finding(
            WARNING,
            "risk",
            w.risk_code,
            w.risk_title,
            "early_warning",
            {
                "kpi": w.kpi_name,
                "month": lambda lang, m=w.month: month_name(m, lang),
                "value": format_value(w.value, w.unit),
                "op": w.op,
                "threshold": format_value(w.threshold, w.unit),
            },
        )
        for w in early_warnings(plan)
    ]


def check_plan(plan: Plan, today: date | None = None) -> list[Finding]:
    """Every finding for ``plan``, errors first, then in plan order."""
    convention = WeekConvention(plan.week_convention)
    findings: list[Finding] = []
    for task in plan.tasks:
        for sub in task.subtasks:
            if sub.owner_team is None:
                findings.append(Finding(ERROR, "subtask", sub.code, sub.title, "no_owner"))
            findings += _schedule_findings("subtask", sub, plan, convention, required=True)
    findings += _milestone_findings(plan, convention)
    for ms in plan.milestones:
        findings += _schedule_findings("milestone", ms, plan, convention, required=True)
    for goal in plan.goals:
        for kpi in goal.kpis:
            if kpi.target is None:
                findings.append(Finding(ERROR, "kpi", kpi.code, kpi.name, "no_target"))
    for risk in plan.risks:
        if not risk.measure.strip():
            findings.append(Finding(ERROR, "risk", risk.code, risk.title, "no_measure"))
        if risk.owner_team is None:
            findings.append(Finding(ERROR, "risk", risk.code, risk.title, "no_owner"))
        if risk.likelihood is None or risk.impact is None:
            findings.append(Finding(WARNING, "risk", risk.code, risk.title, "not_assessed"))
        if today and risk.review_on and risk.review_on < today and risk.status != "closed":
            findings.append(
                Finding(
                    WARNING,
                    "risk",
                    risk.code,
                    risk.title,
                    "review_overdue",
                    {"date": risk.review_on.isoformat()},
                )
            )
        findings += _schedule_findings("risk", risk, plan, convention, required=False)
    for item in plan.monitoring:
        findings += _schedule_findings("monitoring", item, plan, convention, required=False)
    findings += _early_warning_findings(plan)
    findings += [Finding(*raw) for raw in intel_findings(plan)]
    order = {ERROR: 0, WARNING: 1, INFO: 2}
    return sorted(findings, key=lambda f: order[f.severity])
