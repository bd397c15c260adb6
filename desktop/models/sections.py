"""Monitoring, evaluation, communication and collaboration items (sections 五 and 六)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Versioned, fk
from .tasks import Scheduled

if TYPE_CHECKING:
    from .plan import Plan, Team


class _SectionItem(Versioned):
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class MonitoringItem(Scheduled, _SectionItem, Base):
    """A meeting, report, data check or risk alert (監控機制), with its schedule and owner."""

    __tablename__ = "monitoring_item"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    owner_team_id: Mapped[int | None] = mapped_column(
        fk("team.id", ondelete="SET NULL"), nullable=True
    )
    plan: Mapped[Plan] = relationship(back_populates="monitoring")
    owner_team: Mapped[Team | None] = relationship()


class EvaluationItem(Scheduled, _SectionItem, Base):
    """An evaluation indicator (and how it is measured), time point or method (評估標準)."""

    __tablename__ = "evaluation_item"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    plan: Mapped[Plan] = relationship(back_populates="evaluation")


class CommunicationItem(_SectionItem, Base):
    """An audience, content, channel or frequency line of the communication plan (溝通計劃)."""

    __tablename__ = "communication_item"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    plan: Mapped[Plan] = relationship(back_populates="communication")


class CollaborationRule(_SectionItem, Base):
    """A collaboration rule (協作機制): cross-department, cross-team, method, responsibility."""

    __tablename__ = "collaboration_rule"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    plan: Mapped[Plan] = relationship(back_populates="collaboration")
