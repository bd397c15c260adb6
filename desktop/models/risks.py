"""Risks with their (single) measure, early-warning KPI threshold and residual scores."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, RiskScores, RiskStatus, Versioned, fk
from .tasks import Scheduled

if TYPE_CHECKING:
    from .goals import Kpi
    from .plan import Plan, Team


class Risk(RiskScores, Scheduled, Versioned, Base):
    """A risk (風險) and its response measure (應對措施).

    ``schedule`` is the measure's timing (執行時間). The owner team runs the measure.
    ``warning_kpi``/``warning_op``/``warning_threshold`` raise an early warning when an
    actual of that KPI is ``<`` or ``>`` the threshold.
    """

    __tablename__ = "risk"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100), default="")
    impact_text: Mapped[str] = mapped_column(Text, default="")
    likelihood: Mapped[int | None] = mapped_column(Integer, nullable=True)
    impact: Mapped[int | None] = mapped_column(Integer, nullable=True)
    owner_team_id: Mapped[int | None] = mapped_column(
        fk("team.id", ondelete="SET NULL"), nullable=True
    )
    measure: Mapped[str] = mapped_column(Text, default="")
    assurance: Mapped[str] = mapped_column(Text, default="")
    warning_kpi_id: Mapped[int | None] = mapped_column(
        fk("kpi.id", ondelete="SET NULL"), nullable=True
    )
    warning_op: Mapped[str | None] = mapped_column(String(2), nullable=True)
    warning_threshold: Mapped[float | None] = mapped_column(Float, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=RiskStatus.OPEN.value)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    residual_likelihood: Mapped[int | None] = mapped_column(Integer, nullable=True)
    residual_impact: Mapped[int | None] = mapped_column(Integer, nullable=True)

    plan: Mapped[Plan] = relationship(back_populates="risks")
    owner_team: Mapped[Team | None] = relationship()
    warning_kpi: Mapped[Kpi | None] = relationship()
