"""Declarative base, shared column types and enumerations of the plan domain (no Qt)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, ForeignKey, FromClause, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def fk(target: str, ondelete: str | None = None) -> ForeignKey:
    """A foreign key that a transaction may defer (undo re-inserts rows in any order)."""
    return ForeignKey(target, ondelete=ondelete, deferrable=True, initially="IMMEDIATE")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON}
    if TYPE_CHECKING:
        id: Mapped[int]  # every entity has an integer primary key


class Versioned:
    """Optimistic concurrency: every UPDATE checks and bumps ``version``."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    if TYPE_CHECKING:
        __table__: ClassVar[FromClause]  # the mapped class's (Versioned is mixed into entities)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


class PlanStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    REVIEWED = "reviewed"
    APPROVED = "approved"


class TargetKind(StrEnum):
    LEVEL = "level"  # reach a level, e.g. awareness >= 80 %
    GROWTH = "growth"  # growth per period, e.g. +10 % month over month
    COUNT = "count"  # count per period, e.g. >= 20 posts a month
    CEILING = "ceiling"  # stay under, e.g. reply within 24 h
    IMPROVEMENT = "improvement"  # improvement over baseline, e.g. reach +20 %


class Direction(StrEnum):
    UP = "up"  # higher is better
    DOWN = "down"  # lower is better


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class ResourceCategory(StrEnum):
    HUMAN = "human"
    MATERIAL = "material"
    FINANCIAL = "financial"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATING = "mitigating"
    CLOSED = "closed"


class MonitoringKind(StrEnum):
    MEETING = "meeting"
    REPORT = "report"
    DATA_CHECK = "data_check"
    RISK_ALERT = "risk_alert"


class EvaluationKind(StrEnum):
    INDICATOR = "indicator"
    TIME_POINT = "time_point"
    METHOD = "method"


class CommunicationKind(StrEnum):
    AUDIENCE = "audience"
    CONTENT = "content"
    CHANNEL = "channel"
    FREQUENCY = "frequency"


class CollaborationKind(StrEnum):
    CROSS_DEPARTMENT = "cross_department"
    CROSS_TEAM = "cross_team"
    METHOD = "method"
    RESPONSIBILITY = "responsibility"


class Role(StrEnum):
    ADMIN = "admin"
    COMPILER = "compiler"
    REVIEWER = "reviewer"
    APPROVER = "approver"


def risk_score(likelihood: int | None, impact: int | None) -> int | None:
    """Likelihood x impact on the 1-5 scales, or None when either is unknown."""
    if likelihood is None or impact is None:
        return None
    return likelihood * impact


def risk_band(score: int | None) -> str | None:
    """Band of a 1-25 score: low (1-4), medium (5-9), high (10-16), critical (17-25)."""
    if score is None:
        return None
    if score <= 4:
        return "low"
    if score <= 9:
        return "medium"
    if score <= 16:
        return "high"
    return "critical"


class RiskScores:
    """Score and band of a risk, inherent and residual, for anything with the four scales
    (``likelihood``, ``impact``, ``residual_likelihood``, ``residual_impact``)."""

    if TYPE_CHECKING:
        likelihood: int | None
        impact: int | None
        residual_likelihood: int | None
        residual_impact: int | None

    @property
    def score(self) -> int | None:
        return risk_score(self.likelihood, self.impact)

    @property
    def band(self) -> str | None:
        return risk_band(self.score)

    @property
    def residual_score(self) -> int | None:
        return risk_score(self.residual_likelihood, self.residual_impact)

    @property
    def residual_band(self) -> str | None:
        return risk_band(self.residual_score)


# Register every entity whenever any of them loads: string relationships such as
# relationship("Goal") need all mapped classes known when the mappers are configured.
from . import goals, people, plan, risks, sections, tasks  # noqa: E402, F401
