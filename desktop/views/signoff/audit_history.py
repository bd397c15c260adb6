"""The plan's audit history as a table model, each event in the plan's words (issue 16).

``AuditHistoryModel.load(session, plan, lang)`` reads the plan's events newest first and
renders them with ``operations.audit_text.describe_event`` (item codes and titles, field labels,
rules in words, team names, "undone: …"). The sign-off screen shows it as its history table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Person, Plan
from desktop.operations.audit_text import AuditLine, audit_names, describe_event

Index = QModelIndex | QPersistentModelIndex


class AuditHistoryModel(QAbstractTableModel):
    """Time (UTC), who, action, what changed; newest first."""

    TIME, ACTOR, ACTION, DETAILS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[AuditLine] = []

    def load(self, session: Session, plan: Plan, lang: str) -> None:
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.plan_uuid == plan.uuid)
            .order_by(AuditEvent.id.desc())
        )
        names = audit_names(session, plan.id)
        people = set(session.scalars(select(Person.name)))
        self.beginResetModel()
        self.lines = [describe_event(e, lang, names, people) for e in events]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        line = self.lines[index.row()]
        return (line.time, line.who, line.action, line.changes)[index.column()]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time (UTC)"), self.tr("Who"), self.tr("Action"), self.tr("Changes"))[
                section
            ]
        return None
