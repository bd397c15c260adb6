"""Widgets shared by the plan editors: a record delegate, a table panel with add/remove/move
buttons and an inline message, a table view that copies and pastes tab-separated text, and a
plain-text editor that reports when editing is finished (not per keystroke)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.shared.accessible import name_view
from desktop.views.shared.delegates import (
    ChoiceDelegate,
    MultiLineDelegate,
    ScheduleDelegate,
    TextDelegate,
)
from desktop.views.shared.record_models import (
    CHOICE,
    CHOICES_ROLE,
    LONG,
    NUMBER,
    SCHEDULE,
    TEXT,
    Column,
    RecordModel,
    parse_cell,
)
from desktop.views.shared.refusals import Refusals
from desktop.views.shared.row_tab import RowTabMixin
from desktop.views.shared.table_copy import install_copy, selection_as_tsv

Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color:#b02a37;background:#f8d7da;padding:4px;border-radius:3px;"


def install_delegates(view: QTableView, columns: list[Column]) -> list[QStyledItemDelegate]:
    """Give each column of ``view`` a validating editor (``delegates.py``) by column kind
    (attach a ``Refusals`` channel to them to show their refusals)."""
    made: list[QStyledItemDelegate] = []
    for i, column in enumerate(columns):
        delegate: Any
        if column.kind == CHOICE:
            delegate = ChoiceDelegate(choices_role=CHOICES_ROLE, parent=view)
        elif column.kind == LONG:
            delegate = MultiLineDelegate(
                column.header, required=column.required, limit=column.limit, parent=view
            )
        elif column.kind == SCHEDULE:
            delegate = ScheduleDelegate(column.header, parent=view)
        else:
            check = (
                (lambda text, c=column: (parse_cell(c, text), text)[1])
                if column.kind == NUMBER
                else None
            )
            delegate = TextDelegate(
                column.header,
                required=column.required,
                limit=column.limit if column.kind == TEXT else 100,
                validator=check,
                parent=view,
            )
        view.setItemDelegateForColumn(i, delegate)
        made.append(delegate)
    return made


def parse_tsv(text: str) -> list[list[str]]:
    """Tab-separated text from a spreadsheet as rows of cells (trailing newline ignored)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


class GridView(RowTabMixin, QTableView):
    """A table view with Tab along the row (``row_tab``), Ctrl+C (copy as TSV, ``table_copy.install_copy``), and, when the model has ``paste_block`` /
    ``clear_block``, Ctrl+V (multi-cell paste) and Delete (clear the selected cells)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setStyleSheet("QTableView::item { padding-top: 3px; padding-bottom: 3px; }")
        install_copy(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if event.matches(QKeySequence.StandardKey.Copy):  # also when the action is not reached
            text = selection_as_tsv(self)
            if text:
                QGuiApplication.clipboard().setText(text)
            return
        if event.matches(QKeySequence.StandardKey.Paste) and hasattr(model, "paste_block"):
            current = self.currentIndex()
            if current.isValid():
                model.paste_block(
                    current.row(), current.column(), QGuiApplication.clipboard().text()
                )
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and hasattr(model, "clear_block")
            and self.state() != QAbstractItemView.State.EditingState
        ):
            cells = [(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()]
            model.clear_block(cells)
            return
        super().keyPressEvent(event)


class TablePanel(QWidget):
    """A titled table of records with Add / Remove / Move up / Move down and a message line."""

    add_requested = Signal()
    remove_requested = Signal(int)
    move_requested = Signal(int, int)

    def __init__(self, title: str, model: RecordModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel(f"<b>{title}</b>")
        self.view = GridView()
        self.view.setModel(model)
        name_view(self.view, title)
        self.delegates = install_delegates(self.view, model.columns)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        for i, column in enumerate(model.columns):
            header.resizeSection(i, column.width)
            if column.kind == LONG:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(all(c.kind != LONG for c in model.columns))
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.refusals = Refusals(self.show_message, self)
        self.refusals.attach(model, *self.delegates)
        model.modelReset.connect(self.view.resizeRowsToContents)
        model.dataChanged.connect(lambda *_: self.view.resizeRowsToContents())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        for key, text, tip in (
            ("add", self.tr("Add"), self.tr("Add a row (Ctrl+Insert)")),
            ("remove", self.tr("Remove"), self.tr("Remove the selected row")),
            ("up", self.tr("Move up"), ""),
            ("down", self.tr("Move down"), ""),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["add"].setShortcut(QKeySequence("Ctrl+Insert"))
        self.buttons["add"].clicked.connect(self.add_requested)
        self.buttons["remove"].clicked.connect(self._remove)
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lock_note = QLabel()
        self.lock_note.setObjectName("lockNote")
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet("color: palette(placeholder-text);")
        self.lock_note.hide()
        layout.addLayout(bar)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.view.resizeRowsToContents)  # once the widths are known

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select_id(self, row_id: int | None) -> None:
        row = self.model.row_of(row_id) if row_id is not None else -1
        if row >= 0:
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def set_read_only(self, read_only: bool, reason: str = "", *, note: bool = True) -> None:
        """Lock the table; ``reason`` (why) goes on the buttons' tooltips and, with ``note``,
        in a line above the table."""
        from desktop.views.shared.lock import LOCKED_STYLE, lock_widgets

        self.model.read_only = read_only
        lock_widgets(list(self.buttons.values()), (reason or " ") if read_only else "")
        self.lock_note.setText(reason if read_only and reason else "")
        self.lock_note.setVisible(read_only and bool(reason) and note)
        self.view.setStyleSheet(f"QTableView {{{LOCKED_STYLE}}}" if read_only and reason else "")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _remove(self) -> None:
        row_id = self.current_id()
        if row_id is not None:
            self.remove_requested.emit(row_id)

    def _move(self, delta: int) -> None:
        row_id = self.current_id()
        if row_id is not None:
            self.move_requested.emit(row_id, delta)


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that emits ``editingFinished`` when focus leaves and it changed."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self.setTabChangesFocus(True)

    def set_saved_text(self, text: str) -> None:
        """Show stored text (unless the person is in the middle of editing other text)."""
        if self.hasFocus() and self.toPlainText() != self._saved:
            self._saved = text
            return
        self._saved = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def is_modified(self) -> bool:
        return self.toPlainText() != self._saved

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.is_modified():
            self.editingFinished.emit()


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
