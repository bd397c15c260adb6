"""Table models of plain records (one dict a row), for every screen that edits rows in a table.

``RecordModel`` is driven by ``Column`` specs: each column says how its value is shown, edited
and validated. A valid edit is handed to ``commit(row_id, {field: value})`` (the screen runs
the operation); an invalid one is refused (``models.validate``) through the model's
``refusals`` channel and nothing changes. Text limits come from the entity's column types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.models.schedule import ScheduleRule
from desktop.models.validate import (
    clean_text,
    format_number,
    limit_of,
    parse_choice,
    parse_number,
    parse_schedule,
)
from desktop.views.shared.refusals import ReportsRefusals

Index = QModelIndex | QPersistentModelIndex

TEXT, LONG, CHOICE, NUMBER, SCHEDULE = "text", "long", "choice", "number", "schedule"
_BASE = int(Qt.ItemDataRole.UserRole)
ID_ROLE = _BASE + 1  # database id of the row
KIND_ROLE = _BASE + 2  # the column kind (text, long, choice, number, schedule)
CHOICES_ROLE = _BASE + 3  # list of (value, label) for choice columns
VALUE_ROLE = _BASE + 4  # the stored value


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanEditors", text)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = TEXT
    required: bool = False
    choices: tuple[tuple[Any, str], ...] = ()
    width: int = 120
    limit: int = 200  # text columns: set from the entity's column type (``with_limits``)
    low: float | None = None  # bounds of a number column
    high: float | None = None


def parse_cell(column: Column, raw: Any) -> Any:
    """The stored value for what was typed in ``column``; ``Invalid`` says why not."""
    label = column.header
    if column.kind == CHOICE:
        return parse_choice(raw, [v for v, _label in column.choices], label)
    if column.kind == NUMBER:
        return parse_number(raw, label, required=column.required, low=column.low, high=column.high)
    if column.kind == SCHEDULE:
        return parse_schedule(raw, label)
    text = "" if raw is None else str(raw)
    return clean_text(
        text, label, limit=column.limit, required=column.required, multiline=column.kind == LONG
    )


def with_limits(entity: type, *columns: Column) -> tuple[Column, ...]:
    """``columns`` with the text limits of ``entity``'s column types (``String(n)``)."""
    names = set(entity.__table__.c.keys())  # type: ignore[attr-defined]
    return tuple(
        replace(c, limit=limit_of(entity, c.key))
        if c.kind in (TEXT, LONG) and c.key in names
        else c
        for c in columns
    )


class RecordModel(ReportsRefusals, QAbstractTableModel):
    """Rows of plain dicts (with an ``id``) shown and edited through ``Column`` specs."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = list(columns)
        self.rows: list[dict[str, Any]] = []
        self.lang = "zh_TW"
        self.read_only = False
        self.commit: Callable[[int, dict[str, Any]], bool] = lambda _id, _values: False

    # ----- content -----------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows``; the same rows again (ids in the same order) update in place, so an
        editor opened by Tab after a commit survives the refresh that commit causes."""
        new = [dict(r) for r in rows]
        if new and [r.get("id") for r in new] == [r.get("id") for r in self.rows]:
            self.rows = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.rows = new
        self.endResetModel()

    def set_choices(self, key: str, choices: Sequence[tuple[Any, str]]) -> None:
        i = self.column_index(key)
        self.columns[i] = Column(**{**self.columns[i].__dict__, "choices": tuple(choices)})

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == row_id), -1)

    def row_id(self, row: int) -> int | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    # ----- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def display(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == CHOICE:
            return next((label for v, label in column.choices if v == value), str(value))
        if column.kind == NUMBER:
            return format_number(value)
        if column.kind == SCHEDULE:
            try:
                return ScheduleRule.from_dict(value).text(self.lang)
            except ValueError:
                return str(value)
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        value = row.get(column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.display(column, value)
            return text if role == Qt.ItemDataRole.DisplayRole or column.kind == LONG else None
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind == CHOICE else self.display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.read_only:
            return QColor("#555555")
        if role == ID_ROLE:
            return row["id"]
        if role == KIND_ROLE:
            return column.kind
        if role == CHOICES_ROLE:
            return list(column.choices)
        if role == VALUE_ROLE:
            return value
        return None

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        column, row = self.columns[index.column()], self.rows[index.row()]
        try:
            stored = parse_cell(column, value)
        except ValueError as exc:
            self.refusals.report(exc)
            return False
        if stored == row.get(column.key):
            return True
        if not self.commit(row["id"], {column.key: stored}):
            return False
        if 0 <= index.row() < len(self.rows) and self.rows[index.row()] is row:
            row[column.key] = stored  # the reload after the change will confirm it
            self.dataChanged.emit(index, index)
        return True
