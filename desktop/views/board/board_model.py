"""The task board's item model: tasks with their subtasks (and a milestones group).

Columns: title, owner team, schedule in words, resources. Rows are plain ``BoardRow`` data
(from ``desktop.render.board_painter``), so the timeline painter and the tree share one model.
Custom roles expose a row's occurrences, team colour, done set and missing months.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication
from sqlalchemy.orm import Session

from desktop.render.board_geometry import (
    GROUP,
    MILESTONE,
    SUBTASK,
    TASK,
    BoardRow,
    board_rows_from,
)
from desktop.store import board_read
from desktop.views.board.board_tips import task_tips as task_tips  # the screen reads them

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COL_TITLE, COL_OWNER, COL_SCHEDULE, COL_RESOURCES = range(4)
ROW_HEIGHT = 26

_BASE = int(Qt.ItemDataRole.UserRole)
ROW_ROLE = _BASE + 1  # the BoardRow
KIND_ROLE = _BASE + 2  # task, subtask, group, milestone
ID_ROLE = _BASE + 3  # database id of the task/subtask/milestone
OCCURRENCES_ROLE = _BASE + 4  # tuple of (start, end)
COLOR_ROLE = _BASE + 5  # team colour as "#rrggbb"
DONE_ROLE = _BASE + 6  # frozenset of the start dates done
MISSING_ROLE = _BASE + 7  # months (1-12) in which the rule has no occurrence
RULE_ROLE = _BASE + 8  # ScheduleRule or None

_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_DECORATION, _FONT = int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.FontRole)
_FOREGROUND, _SIZE = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.SizeHintRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ROLES = frozenset(
    {
        _DISPLAY,
        _EDIT,
        _TOOLTIP,
        _DECORATION,
        _FONT,
        _FOREGROUND,
        _SIZE,
        ROW_ROLE,
        KIND_ROLE,
        ID_ROLE,
        OCCURRENCES_ROLE,
        COLOR_ROLE,
        DONE_ROLE,
        MISSING_ROLE,
        RULE_ROLE,
    }
)


@lru_cache(maxsize=8)
def _row_size(_font_key: str) -> QSize:
    """A row at least ``ROW_HEIGHT`` high, taller when the system font is larger (font
    scaling): the timeline takes its rows from the tree, so both grow together."""
    return QSize(-1, max(ROW_HEIGHT, QFontMetrics(QGuiApplication.font()).height() + 8))


_WARN = QColor("#b03a2e")


def read_board(session: Session, plan_id: int, lang: str) -> list[BoardRow]:
    """A plan's board rows, read as the fast start reads them (``store.board_read``)."""
    return board_rows_from(board_read.read_board(session, plan_id), lang)


def read_done(session: Session, plan_id: int) -> dict[int, frozenset[date]]:
    """The done start dates of every subtask of the plan (one query)."""
    return board_read.read_done_dates(board_read.session_runner(session), plan_id)


class BoardModel(QAbstractItemModel):
    """Tree: top level tasks (and the milestones group), children subtasks (milestones)."""

    title_edited = Signal(int, str)  # task id, new title

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[BoardRow] = []
        self._top: list[BoardRow] = []
        self._children: list[list[BoardRow]] = []
        self.team_filter: frozenset[int] | None = None
        self.task_filter: frozenset[int] | None = None
        self.task_tips: dict[int, str] = {}  # task id -> its row's tooltip (``board_tips``)
        self._headers = (
            self.tr("Task / subtask"),
            self.tr("Owner team"),
            self.tr("Schedule"),
            self.tr("Resources"),
        )

    # ----- loading and filtering ---------------------------------------------------------
    def set_rows(self, rows: list[BoardRow]) -> None:
        """Replace everything (a reset); filters stay."""
        self.beginResetModel()
        self._all = list(rows)
        self._build()
        self.endResetModel()

    def set_filters(
        self,
        teams: set[int] | frozenset[int] | None = None,
        tasks: set[int] | frozenset[int] | None = None,
    ) -> None:
        """Show only subtasks of these teams and/or these tasks (None: no filter)."""
        self.beginResetModel()
        self.team_filter = frozenset(teams) if teams is not None else None
        self.task_filter = frozenset(tasks) if tasks is not None else None
        self._build()
        self.endResetModel()

    def update_done(self, done: dict[int, frozenset[date]]) -> None:
        """New done sets for the subtasks, without a reset (selection and scroll stay)."""
        changed = False
        for i, row in enumerate(self._all):
            if row.kind == SUBTASK and row.done != done.get(row.item_id, frozenset()):
                self._all[i] = replace(row, done=done.get(row.item_id, frozenset()))
                changed = True
        if not changed:
            return
        by_id = {(r.kind, r.item_id): r for r in self._all}
        for parent, children in enumerate(self._children):
            children[:] = [by_id[(c.kind, c.item_id)] for c in children]
            if children:
                first = self.index(0, 0, self.index(parent, 0))
                last = self.index(len(children) - 1, COL_RESOURCES, self.index(parent, 0))
                self.dataChanged.emit(first, last, [DONE_ROLE, ROW_ROLE])

    def _build(self) -> None:
        teams, tasks = self.team_filter, self.task_filter
        self._top, self._children = [], []
        current: list[BoardRow] | None = None
        for row in self._all:
            if row.kind in (TASK, GROUP):
                keep = tasks is None or (row.kind == TASK and row.item_id in tasks)
                current = [] if keep else None
                if keep:
                    self._top.append(row)
                    self._children.append(current)  # type: ignore[arg-type]
            elif current is not None and (teams is None or row.team_id in teams):
                current.append(row)
        if teams is not None:  # drop headings left without rows
            pairs = [(t, c) for t, c in zip(self._top, self._children, strict=True) if c]
            self._top = [t for t, _c in pairs]
            self._children = [c for _t, c in pairs]

    # ----- lookups -----------------------------------------------------------------------
    def rows(self) -> list[BoardRow]:
        """All rows (unfiltered) in display order."""
        return list(self._all)

    def visible_rows(self) -> list[BoardRow]:
        """The rows the filters let through, flattened in display order."""
        out: list[BoardRow] = []
        for top, children in zip(self._top, self._children, strict=True):
            out.append(top)
            out += children
        return out

    def board_row(self, index: Index) -> BoardRow | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == 0:
            return self._top[index.row()] if index.row() < len(self._top) else None
        children = self._children[parent - 1]
        return children[index.row()] if index.row() < len(children) else None

    def index_of(self, kind: str, item_id: int, column: int = 0) -> QModelIndex:
        for t, (top, children) in enumerate(zip(self._top, self._children, strict=True)):
            if top.kind == kind and top.item_id == item_id:
                return self.index(t, column)
            for c, child in enumerate(children):
                if child.kind == kind and child.item_id == item_id:
                    return self.index(c, column, self.index(t, 0))
        return QModelIndex()

    # ----- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column > COL_RESOURCES or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._top) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._children):
            return QModelIndex()
        if row >= len(self._children[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._children[parent.row()]) if parent.row() < len(self._children) else 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < 4 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.board_row(index)
        if index.column() == COL_TITLE and row is not None and row.kind == TASK:
            flags |= Qt.ItemFlag.ItemIsEditable  # a task's title is edited in place
        return flags

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        """A task title typed in the tree: emitted as ``title_edited`` (the screen runs it)."""
        row = self.board_row(index)
        if role != _EDIT or row is None or row.kind != TASK or index.column() != COL_TITLE:
            return False
        title = str(value).strip()
        if title and title != row.title:
            self.title_edited.emit(row.item_id, title)
        return bool(title)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # the view asks for many roles per cell while painting
            return None
        row = self.board_row(index)
        if row is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _EDIT:
            return row.title if column == COL_TITLE else self._display(row, column)
        if role == _TOOLTIP:
            if row.kind == TASK and row.item_id in self.task_tips:
                return self.task_tips[row.item_id]
            return self._display(row, column) or None
        if role == _DECORATION:
            return _qcolor(row.color) if column == COL_OWNER and row.team else None
        if role == _FONT:
            return _bold() if row.kind in (TASK, GROUP) else None
        if role == _FOREGROUND:
            return _WARN if column == COL_SCHEDULE and row.missing else None
        if role == _SIZE:
            return _row_size(QGuiApplication.font().key())
        return _custom(row, role)

    def _display(self, row: BoardRow, column: int) -> str:
        if column == COL_TITLE:
            return row.label
        if column == COL_OWNER:
            return row.team
        if column == COL_SCHEDULE:
            if row.kind in (SUBTASK, MILESTONE) and not row.rule_text:
                return self.tr("(no schedule)")
            return row.rule_text
        return row.resources


def _custom(row: BoardRow, role: int) -> Any:
    if role == ROW_ROLE:
        return row
    values = {
        KIND_ROLE: row.kind,
        ID_ROLE: row.item_id,
        OCCURRENCES_ROLE: row.occurrences,
        COLOR_ROLE: row.color,
        DONE_ROLE: row.done,
        MISSING_ROLE: row.missing,
        RULE_ROLE: row.rule,
    }
    return values.get(role)


@lru_cache(maxsize=256)
def _qcolor(value: str) -> QColor:
    return QColor(value)


@lru_cache(maxsize=1)
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
