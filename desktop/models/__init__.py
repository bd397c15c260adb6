"""The plan domain: SQLAlchemy 2.0 entities and pure logic. Knows nothing of Qt."""

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
from .people import AuditEvent, Person, Signature
from .plan import PLACEHOLDER_DATE, PLACEHOLDER_NAME, Plan, Team
from .risks import Risk
from .sections import CollaborationRule, CommunicationItem, EvaluationItem, MonitoringItem
from .tasks import (
    Milestone,
    MilestoneDependency,
    OccurrenceDone,
    ResourceLine,
    Subtask,
    Task,
    TaskKpi,
)

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
    "Person",
    "Plan",
    "PlanStatus",
    "ResourceCategory",
    "ResourceLine",
    "Risk",
    "RiskStatus",
    "Role",
    "Signature",
    "Subtask",
    "Task",
    "TaskKpi",
    "Team",
    "TargetKind",
    "risk_band",
    "risk_score",
]
