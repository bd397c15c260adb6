"""The plan and its header, teams and free-text sections."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, PlanStatus, Versioned, fk

if TYPE_CHECKING:
    from .goals import Goal
    from .risks import Risk
    from .sections import (
        CollaborationRule,
        CommunicationItem,
        EvaluationItem,
        MonitoringItem,
    )
    from .tasks import Milestone, ResourceLine, Task

PLACEHOLDER_NAME = "XXX"
PLACEHOLDER_DATE = "XXXX年XX月XX日"


# The plan owns its lists: a child goes with the plan, or when taken out of the list.
CHILDREN = "all, delete-orphan"


def new_uuid() -> str:
    return str(uuidlib.uuid4())


class Plan(Versioned, Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    lineage: Mapped[str] = mapped_column(String(36), default=new_uuid)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default=PlanStatus.DRAFT.value)
    title: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="zh_TW")
    compiler: Mapped[str] = mapped_column(String(100), default="")
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    approver: Mapped[str] = mapped_column(String(100), default="")
    compiled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    introduction: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    outlook: Mapped[str] = mapped_column(Text, default="")
    week_convention: Mapped[str] = mapped_column(String(16), default="calendar")
    allow_dual_roles: Mapped[bool] = mapped_column(Boolean, default=False)

    teams: Mapped[list[Team]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="Team.position"
    )
    goals: Mapped[list[Goal]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="Goal.position"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="Task.position"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="Milestone.position"
    )
    resources: Mapped[list[ResourceLine]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="ResourceLine.position"
    )
    risks: Mapped[list[Risk]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="Risk.position"
    )
    monitoring: Mapped[list[MonitoringItem]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="MonitoringItem.position"
    )
    evaluation: Mapped[list[EvaluationItem]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="EvaluationItem.position"
    )
    communication: Mapped[list[CommunicationItem]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="CommunicationItem.position"
    )
    collaboration: Mapped[list[CollaborationRule]] = relationship(
        back_populates="plan", cascade=CHILDREN, order_by="CollaborationRule.position"
    )

    @property
    def is_locked(self) -> bool:
        """In review or approved plans are read-only everywhere."""
        return self.status != PlanStatus.DRAFT.value

    def team_by_name(self, name: str) -> Team | None:
        return next((t for t in self.teams if t.name == name), None)

    def __repr__(self) -> str:
        return f"<Plan {self.uuid[:8]} r{self.revision} {self.title!r}>"


class Team(Versioned, Base):
    """An owner team (責任人) such as 內容策劃團隊, with its colour on the board."""

    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("plan_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    color: Mapped[str] = mapped_column(String(9), default="#4e79a7")
    # Overload threshold: distinct plan items a week above which `check` warns (None: no limit).
    # Tracking data, not signed content (operations/tracking.py).
    weekly_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)

    plan: Mapped[Plan] = relationship(back_populates="teams")
