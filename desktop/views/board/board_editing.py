"""The task board's editing actions: add, rename, remove, move, mark done, reschedule, the
task editor and the subtask editor; each runs one undoable operation through ``ctx.ops.run``.

A task opens in the task editor with Enter, a double-click, "Edit task…" (Ctrl+E, also on a
subtask: its task) or the tree's context menu; F2 renames a task in place."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolTip

from desktop.models.checks import check_plan
from desktop.operations import board as ops
from desktop.render.board_painter import MILESTONE, SUBTASK, TASK, BoardRow


class BoardEditing:
    """Mixed into ``TaskBoardScreen`` (which provides ctx, model, tree, canvas, message, ...)."""

    ctx: Any
    model: Any
    tree: Any
    canvas: Any
    message: Any
    move_question: Any
    lock_text: str
    showing_lock_note: bool
    refused: bool
    refusals: Any
    editor: Any
    task_editor: Any = None  # the task editor opened last

    # ----- actions -----------------------------------------------------------------------
    def _action(
        self, text: str, slot: Any, keys: tuple[str | QKeySequence, ...] = (), tip: str = ""
    ) -> QAction:
        action = QAction(text, self)  # type: ignore[call-overload]
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{tip or text} ({', '.join(QKeySequence(k).toString() for k in keys)})"
            if keys
            else tip or text
        )
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_task_actions(self) -> None:
        """Edit task… (Ctrl+E) and Rename (F2), and the tree's context menu."""
        tr = self.tr  # type: ignore[attr-defined]
        self.edit_task_action = self._action(tr("Edit task…"), self.edit_task_current, ("Ctrl+E",))
        self.rename_action = self._action(tr("Rename"), self.rename_current, ("F2",))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions(
            [
                self.edit_task_action,
                self.edit_action,
                self.rename_action,
                self.add_subtask_action,
                self.remove_action,
            ]
        )

    def current_row(self) -> BoardRow | None:
        return self.model.board_row(self.tree.currentIndex().siblingAtColumn(0))

    def run(self, action: str, apply: Any, tables: tuple[str, ...] | None) -> Any:
        """Run a change; a refusal (read-only, locked plan, conflict) shows its message."""
        ok, result = self.refusals.run(self.ctx, action, apply, tables)
        self.refused = not ok
        return result

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Show ``text``; no text shows why a signed-off plan is read-only, if it is."""
        self.showing_lock_note = not text
        self.message.setStyleSheet("color:#b03a2e;" if error else "color: palette(window-text);")
        self.message.setText(text or self.lock_text)

    def toggle_done(self, subtask_id: int, start: date) -> None:
        row = self.model.index_of(SUBTASK, subtask_id)
        code = row.data() if row.isValid() else f"#{subtask_id}"
        self.run(
            self.tr("Mark {0} of {1} done / not done").format(start.isoformat(), code),
            ops.toggle_done(subtask_id, start),
            ops.TABLES_DONE,
        )

    def toggle_current(self) -> None:
        """Toggle the occurrence with keyboard focus, else the row's first one not done."""
        row = self.current_row()
        if row is None or row.kind != SUBTASK or not row.starts:
            return
        start = self.canvas.focus_start
        if start not in row.starts:
            start = next((s for s in row.starts if s not in row.done), row.starts[-1])
        self.canvas.focus_start = start
        self.toggle_done(row.item_id, start)

    def reschedule(self, subtask_id: int, month: int, week: int) -> None:
        """A bar dropped on another week of its month: ask "this occurrence or every month"."""
        row = next(
            (r for r in self.model.rows() if r.kind == SUBTASK and r.item_id == subtask_id), None
        )
        if row is None or row.rule is None:
            return
        every_month = self.move_question.ask(self, row, month, week)
        if every_month is not None:
            self.run(
                self.move_question.move_action(row, month, week, every_month, self.ctx.lang),
                ops.move_week(subtask_id, month, week, every_month=every_month),
                ops.TABLES_MOVE,
            )

    def show_finding(self, row: BoardRow, month: int, pos: QPoint | None = None) -> str:
        """Show the plan-check finding behind a week-5/6 marker; returns its text."""
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            findings = check_plan(plan) if plan is not None else []
        kind = "milestone" if row.kind == MILESTONE else "subtask"
        text = next(
            (
                f"{f.where_in(self.ctx.lang)}: {f.message(self.ctx.lang)}"
                for f in findings
                if f.item_kind == kind and f.item_code == row.code and f.key == "missing_months"
            ),
            "",
        )
        if text:
            self.show_message(text)
            if pos is not None:
                QToolTip.showText(pos, text, self.canvas)
        return text

    def rename_current(self) -> Any:
        """F2: edit a task's title in place in the tree; a subtask opens in its editor."""
        row = self.current_row()
        if row is not None and row.kind == TASK:
            self.tree.setFocus()
            self.tree.edit(self.tree.currentIndex().siblingAtColumn(0))
            return None
        return self.edit_current()

    def edit_task_current(self) -> Any:
        """Open the task editor for the current task (a subtask's task); returns it."""
        row = self.current_row()
        if row is None or row.kind not in (TASK, SUBTASK):
            return None
        return self.edit_task(row.item_id if row.kind == TASK else row.parent_id)

    def edit_task(self, task_id: int) -> Any:
        from desktop.views.shared.task_editor import TaskEditor

        dialog = TaskEditor(self.ctx, task_id, self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.task_editor = dialog
        return dialog

    def edit_current(self) -> Any:
        """Open the editor of the current row (non-blocking): the task editor on a task, the
        subtask editor on a subtask; returns the dialog."""
        row = self.current_row()
        if row is not None and row.kind == TASK:
            return self.edit_task(row.item_id)
        if row is None or row.kind != SUBTASK:
            return None
        from desktop.views.board.subtask_editor import SubtaskEditor

        dialog = SubtaskEditor(self.ctx, row.item_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notes.attach_editor(dialog, row)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def add_task(self) -> None:
        row = self.current_row()
        after = row.item_id if row and row.kind == TASK else (row.parent_id if row else None)
        new_id = self.run(
            self.tr("Add task"),
            ops.add_task(self.ctx.new_title("task"), after_id=after),
            ops.TABLES_STRUCTURE,
        )
        if new_id is not None:
            self.reload()  # now, so that the new row can be edited at once
            self.tree.setCurrentIndex(self.model.index_of(TASK, new_id))
            self.rename_current()

    def rename_task(self, task_id: int, title: str) -> None:
        row = self.model.index_of(TASK, task_id)
        code = row.data() if row.isValid() else f"#{task_id}"
        self.run(self.tr("Rename {0}").format(code), ops.rename_task(task_id, title), ("task",))

    def add_subtask(self) -> None:
        row = self.current_row()
        if row is None or row.kind not in (TASK, SUBTASK):
            self.show_message(self.tr("Choose a task first."), error=True)
            return
        task_id = row.item_id if row.kind == TASK else row.parent_id
        after = row.item_id if row.kind == SUBTASK else None
        apply = ops.add_subtask(task_id, self.ctx.new_title("subtask"), after_id=after)  # type: ignore
        new_id = self.run(self.tr("Add subtask"), apply, ops.TABLES_STRUCTURE)
        if new_id is not None:
            self.reload()
            self.tree.setCurrentIndex(self.model.index_of(SUBTASK, new_id))
            self.editor = self.edit_current()  # the new row opens in the editor
            if self.editor is not None:  # Cancel there takes the new row away again
                added_at = self.ctx.ops.undo_stack.index()
                self.editor.rejected.connect(lambda: self._drop_new_row(added_at))

    def _drop_new_row(self, added_at: int) -> None:
        """Undo the "Add subtask" the editor was opened for, unless more happened since."""
        stack = self.ctx.ops.undo_stack
        if stack.index() == added_at and stack.canUndo():
            stack.undo()
            self.show_message(self.tr("No subtask added."))

    def focus_item(self, kind: str, code: str, key: str = "") -> bool:
        """Go to the subtask or milestone a plan check is about: its row, on the cell at fault
        (owner, or the schedule for missing months), scrolled into view (issue 25)."""
        self.refresher.flush()
        row = next((r for r in self.model.rows() if r.kind == kind and r.code == code), None)
        if row is None:
            self.set_filters(None, None)  # hidden by a filter?
            row = next((r for r in self.model.rows() if r.kind == kind and r.code == code), None)
        if row is None:
            return False
        column = 1 if key == "no_owner" else 2 if key in ("missing_months", "no_schedule") else 0
        index = self.model.index_of(kind, row.item_id, column)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self.tree.setFocus()
        return index.isValid()

    def remove_current(self) -> None:
        row = self.current_row()
        if row is None or row.kind not in (TASK, SUBTASK):
            return
        apply = (
            ops.remove_task(row.item_id) if row.kind == TASK else ops.remove_subtask(row.item_id)
        )
        self.run(self.tr("Remove {0}").format(row.label), apply, ops.TABLES_STRUCTURE)
        if not self.refused:
            self.show_message(self.tr("Removed {0}. Undo brings it back.").format(row.label))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row is None or row.kind not in (TASK, SUBTASK):
            return
        apply = (
            ops.move_task(row.item_id, delta)
            if row.kind == TASK
            else ops.move_subtask(row.item_id, delta)
        )
        self.run(self.tr("Move {0}").format(row.label), apply, ops.TABLES_STRUCTURE)
