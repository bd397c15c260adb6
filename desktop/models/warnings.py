"""Early warnings (風險預警): a risk's KPI actual crossing the risk's threshold.

A risk may name a KPI (``warning_kpi``), an operator (``<`` or ``>``) and a threshold; every
month whose actual is strictly beyond the threshold is one ``EarlyWarning``. This is the one
place that decides it: the KPI pane, the risk register, the status bar and ``plandesk check``
all call ``early_warnings(plan)``.

Stable API (used by other screens)::

    early_warnings(plan) -> list[EarlyWarning]        # ordered by risk position, then month
    warnings_by_risk(plan) -> dict[str, list[EarlyWarning]]   # keyed by risk code
    EarlyWarning.text(lang)                            # "R3 廣告點擊率 3月 1.2% < 1.5%"
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

OPS = ("<", ">")
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "zh_TW": [f"{m}月" for m in range(1, 13)],
    "zh_CN": [f"{m}月" for m in range(1, 13)],
}
_TEXT = {
    "en": "{kpi} was {value} in {month} ({op} {threshold}: early warning)",
    "zh_TW": "{kpi}{month}為 {value}（{op} {threshold}，觸發預警）",
    "zh_CN": "{kpi}{month}为 {value}（{op} {threshold}，触发预警）",
}


def format_value(value: float, unit: str = "") -> str:
    """A number as people write it: no trailing zeros, the unit after it (``1.2%``)."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if not unit:
        return text
    return f"{text}{unit}" if unit in ("%", "‰") else f"{text} {unit}"


def month_name(month: int, lang: str = "en") -> str:
    return _MONTHS.get(lang, _MONTHS["en"])[month - 1]


@dataclass(frozen=True)
class EarlyWarning:
    """One month in which a risk's KPI crossed its warning threshold."""

    risk_code: str
    risk_title: str
    kpi_code: str
    kpi_name: str
    unit: str
    month: int
    value: float
    op: str
    threshold: float

    def text(self, lang: str = "en") -> str:
        """What happened, in ``en``, ``zh_TW`` or ``zh_CN`` (without the risk)."""
        lang = lang if lang in _TEXT else "en"
        return _TEXT[lang].format(
            kpi=self.kpi_name,
            month=month_name(self.month, lang),
            value=format_value(self.value, self.unit),
            op=self.op,
            threshold=format_value(self.threshold, self.unit),
        )


Warning = EarlyWarning  # the name the design notes use


def crossed(value: float | None, op: str | None, threshold: float | None) -> bool:
    """True when ``value op threshold`` holds strictly (``<`` or ``>``)."""
    if value is None or threshold is None:
        return False
    if op == "<":
        return value < threshold
    if op == ">":
        return value > threshold
    return False


def warnings_for(risk: Any, actuals: Mapping[int, float], kpi: Any) -> list[EarlyWarning]:
    """The warnings of one risk given its KPI's actuals (month -> value)."""
    op, threshold = risk.warning_op, risk.warning_threshold
    return [
        EarlyWarning(
            risk.code, risk.title, kpi.code, kpi.name, kpi.unit or "", month, value, op, threshold
        )
        for month, value in sorted(actuals.items())
        if crossed(value, op, threshold)
    ]


def early_warnings(plan: Any) -> list[EarlyWarning]:
    """Every early warning of an ORM ``Plan``: for each risk with a KPI, operator and
    threshold, each month whose actual crosses it. Ordered by risk position, then month."""
    out: list[EarlyWarning] = []
    for risk in _ordered(plan.risks):
        kpi = risk.warning_kpi
        if kpi is None or risk.warning_op not in OPS or risk.warning_threshold is None:
            continue
        actuals = {a.month: a.value for a in kpi.actuals}
        out += warnings_for(risk, actuals, kpi)
    return out


def warnings_by_risk(plan: Any) -> dict[str, list[EarlyWarning]]:
    """``early_warnings`` grouped by risk code (only risks with a warning appear)."""
    grouped: dict[str, list[EarlyWarning]] = {}
    for warning in early_warnings(plan):
        grouped.setdefault(warning.risk_code, []).append(warning)
    return grouped


def _ordered(risks: Iterable[Any]) -> list[Any]:
    return sorted(risks, key=lambda r: (getattr(r, "position", 0), r.code))
