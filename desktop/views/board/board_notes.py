"""Occurrence notes and the plan's report weeks on the task board.

Right-clicking an occurrence offers "Mark done / not done" and "Note…": the note dialog edits
the problem met and the solution (``operations/notes.py``, one undoable change; allowed on an
approved plan, notes being tracking data). An occurrence with a note gets an orange corner; the
week in which the monitoring section asks for a report (每月第五周 提交月度進度報告; the last
week of a 每季度 report's month) is shaded and marked along the top of the timeline.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.models import OccurrenceNote, Subtask
from desktop.models.report.rhythm import report_weeks
from desktop.operations.notes import TABLES_NOTE, set_note
from desktop.render.board_geometry import SUBTASK, hit_occurrence
from desktop.render.board_overlay import paint_overlay
from desktop.views.shared.accessible import caption, name_view


def read_notes(session: Any, plan_id: int) -> dict[tuple[int, date], tuple[str, str]]:
    """(subtask id, occurrence start) -> (problem, solution) of every note of the plan."""
    rows = session.execute(
        select(OccurrenceNote.subtask_id, OccurrenceNote.start, OccurrenceNote.problem)
        .add_columns(OccurrenceNote.solution)
        .join(Subtask)
        .where(Subtask.plan_id == plan_id)
    )
    return {(sid, start): (problem, solution) for sid, start, problem, solution in rows}


class NoteDialog(QDialog):
    """The problem and solution of one occurrence; both empty removes the note."""

    def __init__(self, title: str, problem: str, solution: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.problem = QPlainTextEdit(problem)
        self.solution = QPlainTextEdit(solution)
        for edit in (self.problem, self.solution):
            edit.setTabChangesFocus(True)
            edit.setMinimumSize(420, 80)
        form = QFormLayout(self)
        form.addRow(caption(self.tr("Problem met:"), self.problem), self.problem)
        form.addRow(caption(self.tr("Solution or next step:"), self.solution), self.solution)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.remove = buttons.addButton(
            self.tr("Remove note"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove.setEnabled(bool(problem or solution))
        self.remove.clicked.connect(self._remove)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _remove(self) -> None:
        self.problem.clear()
        self.solution.clear()
        self.accept()

    def texts(self) -> tuple[str, str]:
        return self.problem.toPlainText(), self.solution.toPlainText()


class BoardNotes(QObject):
    """Attached to the board screen: the occurrence menu, the note dialog and the overlay."""

    def __init__(self, screen: Any) -> None:
        super().__init__(screen)
        self.screen = screen
        self.notes: dict[tuple[int, date], tuple[str, str]] = {}
        self.report_spans: list[tuple[str, date, date]] = []
        self.dialog: NoteDialog | None = None
        self.editor_table: QTableWidget | None = None  # the open subtask editor's notes
        canvas = screen.canvas
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self.show_menu)
        canvas.overlay = self.paint
        canvas.extra_tip = self.note_text

    def reload(self, session: Any, plan: Any) -> None:
        """Read the plan's notes and report weeks (inside the board's reading session)."""
        self.notes = read_notes(session, plan.id) if plan is not None else {}
        self.report_spans = report_weeks(plan) if plan is not None else []
        if self.editor_table is not None:
            try:
                self._fill_table(self.editor_table, self.editor_table.property("subtask"))
            except RuntimeError:  # the editor was closed
                self.editor_table = None

    # ----- in the subtask editor -------------------------------------------------------------
    def attach_editor(self, dialog: QDialog, row: Any) -> QGroupBox:
        """Add the subtask's notes to its editor: the list, and Note… for any occurrence
        (notes are tracking data: editable even when the editor's fields are locked)."""
        box = QGroupBox(self.tr("Occurrence notes"), dialog)
        table = QTableWidget(0, 3, box)
        table.setHorizontalHeaderLabels(
            [self.tr("Occurrence"), self.tr("Problem met:"), self.tr("Solution or next step:")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.setProperty("subtask", row.item_id)
        table.setMaximumHeight(130)
        pick = QComboBox(box)
        for start in row.starts:
            pick.addItem(start.isoformat(), start.isoformat())
        button = QPushButton(self.tr("Note…"), box)
        button.setEnabled(bool(row.starts) and not self.screen.ctx.read_only)
        button.clicked.connect(
            lambda: self.edit_note(row.item_id, row.code, date.fromisoformat(pick.currentData()))
        )
        name_view(table, self.tr("Occurrence notes"))
        line = QHBoxLayout()
        line.addWidget(caption(self.tr("Occurrence"), pick))
        line.addWidget(pick, 1)
        line.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        layout.addLayout(line)
        dialog.layout().insertWidget(1, box)
        dialog.note_pick = pick  # type: ignore[attr-defined]
        dialog.notes_table = table  # type: ignore[attr-defined]
        dialog.note_button = button  # type: ignore[attr-defined]
        self.editor_table = table
        self._fill_table(table, row.item_id)
        return box

    def _fill_table(self, table: QTableWidget, subtask_id: int) -> None:
        notes = sorted((s, n) for (sid, s), n in self.notes.items() if sid == subtask_id)
        table.setRowCount(len(notes))
        for i, (start, (problem, solution)) in enumerate(notes):
            for j, text in enumerate((start.isoformat(), problem, solution)):
                table.setItem(i, j, QTableWidgetItem(text))

    def note_text(self, subtask_id: int, start: date) -> str:
        problem, solution = self.notes.get((subtask_id, start), ("", ""))
        lines = [self.tr("Problem: {0}").format(problem)] if problem else []
        if solution:
            lines.append(self.tr("Solution: {0}").format(solution))
        return "\n".join(lines)

    # ----- the menu and the dialog ---------------------------------------------------------
    def menu_for(self, pos: QPoint) -> QMenu | None:
        """The menu of the occurrence at ``pos`` (None when there is none)."""
        canvas = self.screen.canvas
        _i, row, _idx, options = canvas.hit(QPointF(pos))
        occ = hit_occurrence(row, pos.x(), options) if row is not None else None
        if occ is None or row.kind != SUBTASK:
            return None
        start = occ[0]
        menu = QMenu(canvas)
        done = menu.addAction(
            self.tr("Mark not done") if start in row.done else self.tr("Mark done")
        )
        done.triggered.connect(lambda: self.screen.toggle_done(row.item_id, start))
        note: QAction = menu.addAction(self.tr("Note…"))
        note.triggered.connect(lambda: self.edit_note(row.item_id, row.code, start))
        read_only = bool(self.screen.ctx.read_only)
        done.setEnabled(not read_only)
        note.setEnabled(not read_only)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        menu = self.menu_for(pos)
        if menu is not None:
            menu.exec(self.screen.canvas.mapToGlobal(pos))

    def edit_note(self, subtask_id: int, code: str, start: date) -> NoteDialog:
        """Open the note dialog of one occurrence (window-modal); OK runs the change."""
        problem, solution = self.notes.get((subtask_id, start), ("", ""))
        title = self.tr("Note on {0} {1}").format(code, start.isoformat())
        dialog = NoteDialog(title, problem, solution, self.screen)
        dialog.accepted.connect(lambda: self._save(dialog, subtask_id, code, start))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: NoteDialog, subtask_id: int, code: str, start: date) -> None:
        problem, solution = dialog.texts()
        if (problem.strip(), solution.strip()) == self.notes.get((subtask_id, start), ("", "")):
            return
        try:
            apply = set_note(subtask_id, start, problem, solution)
        except ValueError as exc:
            self.screen.refusals.report(exc)
            return
        action = self.tr("Note on {0} {1}").format(code, start.isoformat())
        self.screen.run(action, apply, TABLES_NOTE)

    # ----- painting --------------------------------------------------------------------------
    def paint(self, painter: QPainter, rect: QRectF, rows: list[Any], options: Any) -> None:
        """Report weeks and note corners (``render.board_overlay``, as the first paint)."""
        paint_overlay(painter, rect, rows, options, self.notes.keys(), self.report_spans)
