"""What every screen gets: the workspace, the operations, the current plan and settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Plan
from desktop.operations.undo import PlanOperations
from desktop.store import Workspace


class AppContext(QObject):
    """Shared state of one main window. Screens read through ``session()`` and change the
    plan only through ``ops.run``; they refresh on ``ops.changed`` and ``plan_selected``."""

    plan_selected = Signal(int)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = PlanOperations(workspace, self)
        self.settings = QSettings()
        self.lang = "zh_TW"  # also the language the operations word their refusals in
        self.plan_id: int | None = None
        self.review: Any = None  # a review package shown read-only (signoff.review_workspace)
        with self.session() as session:
            first = session.scalars(select(Plan.id).order_by(Plan.id)).first()
        self.plan_id = first

    @property
    def lang(self) -> str:
        """The UI language ("zh_TW", "zh_CN" or "en")."""
        return self.ops.lang

    @lang.setter
    def lang(self, lang: str) -> None:
        self.ops.lang = lang

    def session(self) -> Session:
        """A fresh read session; use it in a ``with`` block and do not keep ORM objects."""
        return self.workspace.session()

    def plan(self, session: Session) -> Plan | None:
        return session.get(Plan, self.plan_id) if self.plan_id is not None else None

    def select_plan(self, plan_id: int | None) -> None:
        if plan_id != self.plan_id:
            self.plan_id = plan_id
            self.plan_selected.emit(plan_id if plan_id is not None else -1)

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only

    def new_title(self, kind: str) -> str:
        """A new row's placeholder title in the plan's language (not the UI's)."""
        from desktop.models.placeholders import new_title

        with self.session() as session:
            plan = self.plan(session)
            return new_title(kind, plan.language if plan is not None else None)
