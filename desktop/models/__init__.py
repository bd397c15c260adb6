"""The plan domain: SQLAlchemy 2.0 entities and pure logic. Knows nothing of Qt.

The entities load on first use (PEP 562): ``import desktop.models.schedule`` (pure stdlib)
does not import SQLAlchemy; ``from desktop.models import Plan`` imports it as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import (
        Base,
        CollaborationKind,
        CommunicationKind,
        Direction,
        EvaluationKind,
        Frequency,
        MonitoringKind,
        PlanStatus,
        ResourceCategory,
        RiskStatus,
        Role,
        TargetKind,
        risk_band,
        risk_score,
    )
    from .goals import Goal, Kpi, KpiActual
    from .people import AuditEvent, Person, Signature, TrustRoot
    from .plan import PLACEHOLDER_DATE, PLACEHOLDER_NAME, Plan, Team
    from .risks import Risk
    from .sections import CollaborationRule, CommunicationItem, EvaluationItem, MonitoringItem
    from .tasks import (
        Milestone,
        MilestoneDependency,
        OccurrenceDone,
        OccurrenceNote,
        ResourceLine,
        Subtask,
        Task,
        TaskKpi,
    )

_WHERE = {
    "PLACEHOLDER_DATE": "plan",
    "PLACEHOLDER_NAME": "plan",
    "AuditEvent": "people",
    "Base": "base",
    "CollaborationKind": "base",
    "CollaborationRule": "sections",
    "CommunicationItem": "sections",
    "CommunicationKind": "base",
    "Direction": "base",
    "EvaluationItem": "sections",
    "EvaluationKind": "base",
    "Frequency": "base",
    "Goal": "goals",
    "Kpi": "goals",
    "KpiActual": "goals",
    "Milestone": "tasks",
    "MilestoneDependency": "tasks",
    "MonitoringItem": "sections",
    "MonitoringKind": "base",
    "OccurrenceDone": "tasks",
    "OccurrenceNote": "tasks",
    "Person": "people",
    "Plan": "plan",
    "PlanStatus": "base",
    "ResourceCategory": "base",
    "ResourceLine": "tasks",
    "Risk": "risks",
    "RiskStatus": "base",
    "Role": "base",
    "Signature": "people",
    "TrustRoot": "people",
    "Subtask": "tasks",
    "Task": "tasks",
    "TaskKpi": "tasks",
    "Team": "plan",
    "TargetKind": "base",
    "risk_band": "base",
    "risk_score": "base",
}

__all__ = [
    "PLACEHOLDER_DATE",
    "PLACEHOLDER_NAME",
    "AuditEvent",
    "Base",
    "CollaborationKind",
    "CollaborationRule",
    "CommunicationItem",
    "CommunicationKind",
    "Direction",
    "EvaluationItem",
    "EvaluationKind",
    "Frequency",
    "Goal",
    "Kpi",
    "KpiActual",
    "Milestone",
    "MilestoneDependency",
    "MonitoringItem",
    "MonitoringKind",
    "OccurrenceDone",
    "OccurrenceNote",
    "Person",
    "Plan",
    "PlanStatus",
    "ResourceCategory",
    "ResourceLine",
    "Risk",
    "RiskStatus",
    "Role",
    "Signature",
    "TrustRoot",
    "Subtask",
    "Task",
    "TaskKpi",
    "Team",
    "TargetKind",
    "risk_band",
    "risk_score",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for exported, module in _WHERE.items():
        globals()[exported] = getattr(importlib.import_module(f".{module}", __name__), exported)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
