"""The task ↔ KPI matrix of the Goals & KPIs screen: rows = tasks, columns = KPIs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


def _two_lines(name: str) -> str:
    """A long KPI name without spaces (Chinese) split over two header lines."""
    if len(name) <= 6 or " " in name:
        return name
    half = (len(name) + 1) // 2
    return f"{name[:half]}\n{name[half:]}"


class TaskKpiModel(QAbstractTableModel):
    """Rows = tasks, columns = KPIs; a checked cell means the task serves that KPI."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks: list[dict[str, Any]] = []
        self.kpis: list[dict[str, Any]] = []
        self.read_only = False
        self.commit_link: Callable[[int, int, bool], bool] = lambda _t, _k, _on: False

    def set_data(self, tasks: list[dict[str, Any]], kpis: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.tasks, self.kpis = list(tasks), list(kpis)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kpis)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.kpis):
            k = self.kpis[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{k['code']}\n{_two_lines(k['name'])}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{k['code']} {k['name']}（{k['unit']}）"
        vertical = orientation == Qt.Orientation.Vertical and 0 <= section < len(self.tasks)
        if vertical and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            t = self.tasks[section]
            return f"{t['code']} {t['title']}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsUserCheckable

    def is_linked(self, row: int, column: int) -> bool:
        return self.kpis[column]["id"] in self.tasks[row]["kpis"]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tasks):
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            linked = self.is_linked(index.row(), index.column())
            return Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{self.tasks[index.row()]['code']} → "
                f"{self.kpis[index.column()]['code']} {self.kpis[index.column()]['name']}"
            )
        return None

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.CheckStateRole,
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.read_only:
            return False
        state = value.value if hasattr(value, "value") else value
        linked = state == Qt.CheckState.Checked.value
        if linked == self.is_linked(index.row(), index.column()):
            return True
        task, kpi = self.tasks[index.row()], self.kpis[index.column()]
        if not self.commit_link(task["id"], kpi["id"], linked):
            return False
        if index.row() < len(self.tasks) and self.tasks[index.row()] is task:
            (task["kpis"].add if linked else task["kpis"].discard)(kpi["id"])
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
