"""Goals, their KPIs and the KPIs' monthly actuals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Direction, Frequency, TargetKind, Versioned, fk

if TYPE_CHECKING:
    from .plan import Plan


class Goal(Versioned, Base):
    __tablename__ = "goal"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="goals")
    kpis: Mapped[list[Kpi]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Kpi.position"
    )


class Kpi(Versioned, Base):
    __tablename__ = "kpi"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int] = mapped_column(fk("goal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20))
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    target_kind: Mapped[str] = mapped_column(String(16), default=TargetKind.LEVEL.value)
    direction: Mapped[str] = mapped_column(String(8), default=Direction.UP.value)
    frequency: Mapped[str] = mapped_column(String(16), default=Frequency.MONTHLY.value)
    tolerance: Mapped[float] = mapped_column(Float, default=0.1)

    goal: Mapped[Goal] = relationship(back_populates="kpis")
    plan: Mapped[Plan] = relationship()
    actuals: Mapped[list[KpiActual]] = relationship(
        back_populates="kpi", cascade="all, delete-orphan", order_by="KpiActual.month"
    )


class KpiActual(Versioned, Base):
    """The measured value of a KPI for one month of the plan year."""

    __tablename__ = "kpi_actual"
    __table_args__ = (UniqueConstraint("kpi_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(fk("kpi.id", ondelete="CASCADE"), index=True)
    month: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    kpi: Mapped[Kpi] = relationship(back_populates="actuals")
