"""The task editor: every field of a task, as the field table lists them (``fields.TASKS``).

The form is generated from ``TASKS.editable()`` (``field_form.FieldForm``): labels in the UI
language, text of one or several lines, money, and the KPIs the task serves as a checklist.
Enter saves (Ctrl+Enter inside a text of several lines), Esc cancels. Saving is one undoable
operation (``plan_edits.edit_task``) that checks every value against the table; a refused
value is shown in the hint line, naming the field, and nothing is stored. A plan whose signed
content is locked shows the task read-only and says why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.models import Task
from desktop.models.fields import TASKS
from desktop.operations.concurrency import expect_version
from desktop.operations.plan_edits import TABLES_TASK, edit_task
from desktop.operations.undo import OperationRefused
from desktop.views.shared.context import AppContext
from desktop.views.shared.field_form import FieldForm
from desktop.views.shared.lock import lock_reason, lock_widgets
from desktop.views.shared.refusals import Refusals, show_in_label
from desktop.views.shared.ui_language import current_language


class TaskEditor(QDialog):
    """Edit one task; ``accept`` runs the change through ``ctx.ops`` (undoable)."""

    def __init__(self, ctx: AppContext, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.task_id = ctx, task_id
        self.lang = current_language()
        with ctx.session() as session:
            plan = ctx.plan(session)
            task = session.get(Task, task_id)
            if plan is None or task is None or task.plan_id != plan.id:
                raise LookupError(f"task #{task_id} is not in the current plan")
            kpis = sorted(
                ((k.code, k.name, k.id) for g in plan.goals for k in g.kpis),
                key=lambda k: (k[0].lower(), k[2]),
            )
            values = {
                f.key: (
                    [link.kpi_id for link in task.kpi_links]
                    if f.kind == "codes"
                    else getattr(task, f.attribute)
                )
                for f in TASKS.editable()
            }
            self.code, self.version = task.code, task.version
            self.lock_text = lock_reason(plan, ctx.read_only)
        self.setWindowTitle(self.tr("Edit task {0}").format(self.code))
        choices = {"kpis": [(kpi_id, f"{code} {name}") for code, name, kpi_id in kpis]}
        self.form = FieldForm(TASKS, self.lang, choices)
        self.form.set_values(values)
        self.message = QLabel()
        self.message.setObjectName("taskEditorHint")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b03a2e;")
        self.refusals = Refusals(show_in_label(self.message, hide_empty=False), self)
        self.keys_note = QLabel(
            self.tr("Enter saves (Ctrl+Enter in a text of several lines), Esc cancels.")
        )
        self.keys_note.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.keys_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        if self.lock_text:
            self.form.set_read_only(self.lock_text)
            lock_widgets([self.ok_button], self.lock_text)
            self.message.setStyleSheet("color: palette(placeholder-text);")
            self.message.setText(self.lock_text)

    def control(self, key: str) -> QWidget:
        """The control of field ``key`` (tests and the refusal's focus)."""
        return self.form.controls[key]

    def changes(self) -> tuple[dict[str, Any], list[int] | None]:
        """(changed values by model attribute as typed, the KPI ids when the list changed)."""
        changed = self.form.changed()
        kpi_ids = changed.pop("kpis", None)
        return {TASKS[key].attribute: raw for key, raw in changed.items()}, kpi_ids

    def accept(self) -> None:
        if self.lock_text:
            return
        values, kpi_ids = self.changes()
        if values or kpi_ids is not None:
            apply = expect_version(
                edit_task(self.task_id, values, kpi_ids), Task, self.task_id, self.version
            )
            try:
                self.ctx.ops.run(
                    self.ctx.plan_id,
                    self.tr("Edit task {0}").format(self.code),
                    apply,
                    tables=TABLES_TASK,
                )
            except OperationRefused as exc:
                self.refusals.report(exc)
                self._focus_refused(exc)
                return
        super().accept()

    def _focus_refused(self, exc: OperationRefused) -> None:
        """Put the cursor in the field the refusal names (``tasks.<key>``)."""
        worded = exc.worded
        field = worded.field if worded is not None else ""
        key = field.partition(".")[2] if field.startswith(f"{TASKS.key}.") else ""
        if key in self.form.controls:
            self.form.controls[key].setFocus()
