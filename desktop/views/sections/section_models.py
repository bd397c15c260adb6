"""The sections of 五 and 六 (monitoring, evaluation, communication, collaboration, resources)
as ``RecordModel`` column specs, and how their rows are read from a plan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models import (
    CollaborationKind,
    CollaborationRule,
    CommunicationItem,
    CommunicationKind,
    EvaluationItem,
    EvaluationKind,
    MonitoringItem,
    MonitoringKind,
    Plan,
    ResourceCategory,
    ResourceLine,
)
from desktop.views.shared.record_models import CHOICE, LONG, NUMBER, SCHEDULE, Column, with_limits


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanEditors", text)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    model: type
    table: str
    prefix: str
    columns: tuple[Column, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", with_limits(self.model, *self.columns))


def _kinds(pairs: dict[Any, str]) -> tuple[tuple[str, str], ...]:
    return tuple((k.value, label) for k, label in pairs.items())


def sections() -> tuple[Section, ...]:
    code = Column("code", _t("Code"), required=True, width=70)
    title = Column("title", _t("Title"), required=True, width=200)
    desc = Column("description", _t("Description"), LONG, width=420)
    sched = Column("schedule", _t("When"), SCHEDULE, width=150)
    mon_kinds = _kinds(
        {
            MonitoringKind.MEETING: _t("Meeting"),
            MonitoringKind.REPORT: _t("Report"),
            MonitoringKind.DATA_CHECK: _t("Data check"),
            MonitoringKind.RISK_ALERT: _t("Risk alert"),
        }
    )
    ev_kinds = _kinds(
        {
            EvaluationKind.INDICATOR: _t("Indicator"),
            EvaluationKind.TIME_POINT: _t("Time point"),
            EvaluationKind.METHOD: _t("Method"),
        }
    )
    com_kinds = _kinds(
        {
            CommunicationKind.AUDIENCE: _t("Audience"),
            CommunicationKind.CONTENT: _t("Content"),
            CommunicationKind.CHANNEL: _t("Channel"),
            CommunicationKind.FREQUENCY: _t("Frequency"),
        }
    )
    col_kinds = _kinds(
        {
            CollaborationKind.CROSS_DEPARTMENT: _t("Cross-department"),
            CollaborationKind.CROSS_TEAM: _t("Cross-team"),
            CollaborationKind.METHOD: _t("Method"),
            CollaborationKind.RESPONSIBILITY: _t("Responsibility"),
        }
    )
    res_kinds = _kinds(
        {
            ResourceCategory.HUMAN: _t("Human"),
            ResourceCategory.MATERIAL: _t("Material"),
            ResourceCategory.FINANCIAL: _t("Financial"),
        }
    )

    def kind(choices: tuple[tuple[str, str], ...]) -> Column:
        return Column("kind", _t("Kind"), CHOICE, required=True, choices=choices, width=110)

    owner = Column("owner_team_id", _t("Owner team"), CHOICE, width=130)
    return (
        Section(
            "monitoring",
            _t("Monitoring"),
            MonitoringItem,
            "monitoring_item",
            "MON",
            (code, kind(mon_kinds), title, desc, sched, owner),
        ),
        Section(
            "evaluation",
            _t("Evaluation"),
            EvaluationItem,
            "evaluation_item",
            "EV",
            (code, kind(ev_kinds), title, desc, sched),
        ),
        Section(
            "communication",
            _t("Communication"),
            CommunicationItem,
            "communication_item",
            "C",
            (code, kind(com_kinds), title, desc),
        ),
        Section(
            "collaboration",
            _t("Collaboration"),
            CollaborationRule,
            "collaboration_rule",
            "CO",
            (code, kind(col_kinds), title, desc),
        ),
        Section(
            "resources",
            _t("Budget and resources"),
            ResourceLine,
            "resource_line",
            "R",
            (
                code,
                Column(
                    "category", _t("Category"), CHOICE, required=True, choices=res_kinds, width=90
                ),
                Column("item", _t("Item"), required=True, width=150),
                Column("description", _t("Description"), LONG, width=380),
                Column("amount", _t("Amount"), NUMBER, width=110),
                Column("unit", _t("Unit"), width=70),
                Column("source", _t("Source"), width=220),
            ),
        ),
    )


def read_section(plan: Plan, section: Section) -> list[dict[str, Any]]:
    """Plain rows of one section of the plan (no ORM objects kept)."""
    names = ["id", *(c.key for c in section.columns)]
    return [{n: getattr(item, n) for n in names} for item in getattr(plan, section.key)]


def team_choices(plan: Plan) -> list[tuple[int | None, str]]:
    return [(None, "—"), *((t.id, t.name) for t in plan.teams)]


def resource_totals(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Sum of the amounts by unit ("" for lines without a unit)."""
    totals: dict[str, float] = {}
    for row in rows:
        if row.get("amount") is not None:
            totals[row.get("unit") or ""] = totals.get(row.get("unit") or "", 0.0) + row["amount"]
    return totals
