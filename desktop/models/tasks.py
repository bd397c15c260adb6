"""Key tasks, their subtasks and per-occurrence progress, milestones and resource lines."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, ResourceCategory, Versioned, fk
from .schedule import ScheduleRule

if TYPE_CHECKING:
    from .goals import Kpi
    from .plan import Plan, Team


class Scheduled:
    """Mixin for items that carry a schedule rule stored as JSON."""

    schedule: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)

    @property
    def rule(self) -> ScheduleRule | None:
        return ScheduleRule.from_dict(self.schedule) if self.schedule else None

    @rule.setter
    def rule(self, value: ScheduleRule | None) -> None:
        self.schedule = value.to_dict() if value is not None else None


class Task(Versioned, Base):
    __tablename__ = "task"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    importance: Mapped[str] = mapped_column(Text, default="")
    expected_result: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[float | None] = mapped_column(Float, nullable=True)  # HKD (fields.TASKS)

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    subtasks: Mapped[list[Subtask]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="Subtask.position"
    )
    kpi_links: Mapped[list[TaskKpi]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskKpi.position"
    )

    @property
    def kpis(self) -> list[Kpi]:
        return [link.kpi for link in self.kpi_links]


class TaskKpi(Base):
    """A task serves a KPI (the link between tasks and the KPIs they move)."""

    __tablename__ = "task_kpi"
    __table_args__ = (UniqueConstraint("task_id", "kpi_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(fk("task.id", ondelete="CASCADE"), index=True)
    kpi_id: Mapped[int] = mapped_column(fk("kpi.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    task: Mapped[Task] = relationship(back_populates="kpi_links")
    kpi: Mapped[Kpi] = relationship()


class Subtask(Scheduled, Versioned, Base):
    __tablename__ = "subtask"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int] = mapped_column(fk("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    owner_team_id: Mapped[int | None] = mapped_column(
        fk("team.id", ondelete="SET NULL"), nullable=True
    )
    resources: Mapped[str] = mapped_column(Text, default="")

    task: Mapped[Task] = relationship(back_populates="subtasks")
    plan: Mapped[Plan] = relationship()
    owner_team: Mapped[Team | None] = relationship()
    progress: Mapped[list[OccurrenceDone]] = relationship(
        back_populates="subtask", cascade="all, delete-orphan", order_by="OccurrenceDone.start"
    )
    notes: Mapped[list[OccurrenceNote]] = relationship(
        back_populates="subtask", cascade="all, delete-orphan", order_by="OccurrenceNote.start"
    )

    def done_starts(self) -> set[date]:
        return {p.start for p in self.progress}


class OccurrenceDone(Base):
    """One occurrence of a subtask (identified by its start date) marked as done."""

    __tablename__ = "occurrence_done"
    __table_args__ = (UniqueConstraint("subtask_id", "start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subtask_id: Mapped[int] = mapped_column(fk("subtask.id", ondelete="CASCADE"), index=True)
    start: Mapped[date] = mapped_column(Date)

    subtask: Mapped[Subtask] = relationship(back_populates="progress")


class OccurrenceNote(Versioned, Base):
    """The problem met at one occurrence of a subtask and its solution or next step.

    Tracking data, like done marks: editable in an approved plan, never signed content.
    """

    __tablename__ = "occurrence_note"
    __table_args__ = (UniqueConstraint("subtask_id", "start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subtask_id: Mapped[int] = mapped_column(fk("subtask.id", ondelete="CASCADE"), index=True)
    start: Mapped[date] = mapped_column(Date)
    problem: Mapped[str] = mapped_column(Text, default="")
    solution: Mapped[str] = mapped_column(Text, default="")

    subtask: Mapped[Subtask] = relationship(back_populates="notes")


class Milestone(Scheduled, Versioned, Base):
    """A (recurring) milestone such as 每月中旬發布廣告, after the subtasks it depends on."""

    __tablename__ = "milestone"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    owner_team_id: Mapped[int | None] = mapped_column(
        fk("team.id", ondelete="SET NULL"), nullable=True
    )

    plan: Mapped[Plan] = relationship(back_populates="milestones")
    owner_team: Mapped[Team | None] = relationship()
    dependency_links: Mapped[list[MilestoneDependency]] = relationship(
        back_populates="milestone",
        cascade="all, delete-orphan",
        order_by="MilestoneDependency.position",
    )

    @property
    def depends_on(self) -> list[Subtask]:
        return [link.subtask for link in self.dependency_links]


class MilestoneDependency(Base):
    __tablename__ = "milestone_dependency"
    __table_args__ = (UniqueConstraint("milestone_id", "subtask_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    milestone_id: Mapped[int] = mapped_column(fk("milestone.id", ondelete="CASCADE"), index=True)
    subtask_id: Mapped[int] = mapped_column(fk("subtask.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    milestone: Mapped[Milestone] = relationship(back_populates="dependency_links")
    subtask: Mapped[Subtask] = relationship()


class ResourceLine(Versioned, Base):
    """A budget/resource line: human, material or financial, with amount and source."""

    __tablename__ = "resource_line"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(16), default=ResourceCategory.HUMAN.value)
    item: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(200), default="")

    plan: Mapped[Plan] = relationship(back_populates="resources")
