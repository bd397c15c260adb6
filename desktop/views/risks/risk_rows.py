"""Plain data of the risk register: ``RiskRow`` copies of a plan's risks (no ORM objects kept),
bands and their colours and status labels. No widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models import Plan, RiskStatus
from desktop.models.base import RiskScores
from desktop.models.warnings import early_warnings, format_value

BANDS = ("low", "medium", "high", "critical")
BAND_COLORS = {"low": "#b7e1b5", "medium": "#fde58a", "high": "#f9b66b", "critical": "#ef7f7f"}


def _t(text: str) -> str:
    return QCoreApplication.translate("RiskRegister", text)


def band_label(band: str | None) -> str:
    labels = {
        "low": _t("Low"),
        "medium": _t("Medium"),
        "high": _t("High"),
        "critical": _t("Critical"),
    }
    return labels.get(band or "", "")


def status_labels() -> dict[str, str]:
    return {
        RiskStatus.OPEN.value: _t("Open"),
        RiskStatus.MITIGATING.value: _t("Mitigating"),
        RiskStatus.CLOSED.value: _t("Closed"),
    }


@dataclass(frozen=True)
class RiskRow(RiskScores):
    id: int
    code: str
    title: str
    category: str
    impact_text: str
    likelihood: int | None
    impact: int | None
    owner_id: int | None
    owner: str
    measure: str
    schedule: dict[str, Any] | None
    assurance: str
    kpi_id: int | None
    kpi: str
    kpi_unit: str
    op: str | None
    threshold: float | None
    status: str
    review_on: date | None
    residual_likelihood: int | None
    residual_impact: int | None
    warnings: tuple[str, ...] = ()

    def overdue(self, today: date) -> bool:
        return (
            self.review_on is not None
            and self.review_on < today
            and self.status != RiskStatus.CLOSED.value
        )

    def threshold_text(self) -> str:
        if self.op is None or self.threshold is None:
            return ""
        return f"{self.op} {format_value(self.threshold, self.kpi_unit)}"


@dataclass(frozen=True)
class RegisterData:
    rows: list[RiskRow]
    teams: list[tuple[int | None, str]]
    kpis: list[tuple[int | None, str]]
    read_only: bool = False


def read_register(plan: Plan, lang: str = "zh_TW") -> RegisterData:
    """Plain copies of a plan's risks, its teams and KPIs (for the combo boxes)."""
    flags: dict[str, list[str]] = {}
    for warning in early_warnings(plan):
        flags.setdefault(warning.risk_code, []).append(warning.text(lang))
    rows = [
        RiskRow(
            r.id,
            r.code,
            r.title,
            r.category or "",
            r.impact_text or "",
            r.likelihood,
            r.impact,
            r.owner_team_id,
            r.owner_team.name if r.owner_team else "",
            r.measure or "",
            r.schedule,
            r.assurance or "",
            r.warning_kpi_id,
            f"{r.warning_kpi.code} {r.warning_kpi.name}" if r.warning_kpi else "",
            r.warning_kpi.unit or "" if r.warning_kpi else "",
            r.warning_op,
            r.warning_threshold,
            r.status,
            r.review_on,
            r.residual_likelihood,
            r.residual_impact,
            tuple(flags.get(r.code, ())),
        )
        for r in sorted(plan.risks, key=lambda r: (r.position, r.id))
    ]
    teams = [(None, "—"), *((t.id, t.name) for t in plan.teams)]
    kpis = [(None, "—"), *((k.id, f"{k.code} {k.name}") for g in plan.goals for k in g.kpis)]
    return RegisterData(rows, teams, kpis, bool(plan.is_locked))
