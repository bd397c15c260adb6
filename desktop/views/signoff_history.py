"""The Sign-off screen's history table: the plan's audit events, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from desktop.models import AuditEvent
from desktop.signoff.records import format_time

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """The plan's audit events, newest first: time, who, action, item, what changed."""

    TIME, ACTOR, ACTION, ITEM, DETAILS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str, str]] = []

    def set_events(self, events: list[AuditEvent]) -> None:
        self.beginResetModel()
        self.rows = [(format_time(e.at), e.actor, e.action, e.item, _details(e.changes))
                     for e in events]  # fmt: skip
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time (UTC)"), self.tr("Who"), self.tr("Action"), self.tr("Item"),
                    self.tr("Changes"))[section]  # fmt: skip
        return None


def _details(changes: Any) -> str:
    if not isinstance(changes, dict):
        return ""
    if "status" in changes and isinstance(changes["status"], dict):
        status = changes["status"]
        text = f"status: {status.get('old')} → {status.get('new')}"
        if changes.get("comment"):
            text += f" — {changes['comment']}"
        return text
    rows = changes.get("rows")
    if isinstance(rows, list):
        parts = []
        for row in rows[:3]:
            if row.get("op") == "update":
                parts += [f"{row['table']}.{c}: {_show(row['old'][c])} → {_show(row['new'][c])}"
                          for c in row.get("new", {})]  # fmt: skip
            else:
                parts.append(f"{row.get('op')} {row.get('table')}")
        more = f" (+{len(rows) - 3})" if len(rows) > 3 else ""
        return "; ".join(str(p)[:120] for p in parts) + more
    if isinstance(changes.get("signature"), str):  # a sign-off shown from a review package
        return f"signature {changes['signature'][:16]}…"
    return ", ".join(f"{k}" for k in changes)


def _show(value: Any) -> str:
    return "∅" if value in ("", None) else str(value)
