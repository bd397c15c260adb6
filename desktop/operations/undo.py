"""The GUI side of operations: a QUndoStack per workspace and one change notification.

Views call ``PlanOperations.run``; they never write the database themselves. Every change
is one committed transaction, one ``QUndoCommand`` and one ``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from desktop.models import Plan
from desktop.store import Workspace

from . import ChangeSet, ConflictError, PlanLocked, create_plan, replay_change, run_change


class OperationRefused(Exception):
    """A change that was not made; the message is for the user."""


class _ChangeCommand(QUndoCommand):
    def __init__(self, ops: PlanOperations, changes: ChangeSet) -> None:
        super().__init__(changes.action)
        self._ops = ops
        self._changes = changes
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was applied when it was run
            self._first = False
            return
        self._ops._replay(self._changes, undo=False)

    def undo(self) -> None:
        self._ops._replay(self._changes, undo=True)


class PlanOperations(QObject):
    """Runs changes on one workspace; emits ``changed(plan_id, tables)`` after each."""

    changed = Signal(int, object)
    refused = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.actor = ""

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only

    def run(
        self,
        plan_ref: str | int,
        action: str,
        apply: Callable[[Session, Plan], Any],
        *,
        tables: tuple[str, ...] | None = None,
    ) -> Any:
        """Apply a change; raise OperationRefused (and emit ``refused``) when it cannot be."""
        if self.workspace.read_only:
            self._refuse(self.tr("The workspace is open read-only: changes are not allowed."))
        try:
            outcome = run_change(
                self.workspace, plan_ref, action, apply, tables=tables, actor=self.actor or None
            )
        except PlanLocked as exc:
            self._refuse(self.locked_message(exc))
        except (ConflictError, ValueError, LookupError) as exc:
            self._refuse(str(exc))
        if outcome.changes:
            self.undo_stack.push(_ChangeCommand(self, outcome.changes))
            self.changed.emit(outcome.changes.plan_id, outcome.changes.tables)
        return outcome.result

    def create(self, action: str, build: Callable[[Session], Plan]) -> int:
        """Add a whole plan (undoable); returns its database id."""
        if self.workspace.read_only:
            self._refuse(self.tr("The workspace is open read-only: changes are not allowed."))
        try:
            outcome = create_plan(self.workspace, action, build, actor=self.actor or None)
        except (ValueError, LookupError) as exc:
            self._refuse(str(exc))
        self.undo_stack.push(_ChangeCommand(self, outcome.changes))
        self.changed.emit(outcome.changes.plan_id, outcome.changes.tables)
        return int(outcome.result)

    def notify(self, plan_id: int, tables: set[str] | None = None) -> None:
        """Tell the views about a change made outside ``run`` (e.g. a sign-off)."""
        self.changed.emit(plan_id, tables or set())

    def _replay(self, changes: ChangeSet, *, undo: bool) -> None:
        try:
            replay_change(self.workspace, changes, undo=undo, actor=self.actor or None)
        except (PlanLocked, ConflictError) as exc:
            # The history no longer matches the database: drop it once the stack is idle.
            QTimer.singleShot(0, self.undo_stack.clear)
            self.refused.emit(self.locked_message(exc) if isinstance(exc, PlanLocked) else str(exc))
            return
        self.changed.emit(changes.plan_id, changes.tables)

    def status_text(self, status: str) -> str:
        return {
            "in_review": self.tr("in review"),
            "reviewed": self.tr("reviewed"),
            "approved": self.tr("approved"),
        }.get(status, status)

    def locked_message(self, exc: PlanLocked) -> str:
        """The refusal of a change to a locked plan's signed content, in the UI language."""
        return self.tr(
            "“{0}” revision {1} is {2}: its signed content is read-only. Done "
            "marks, KPI actuals and risk status / review dates can still be "
            "recorded; make a new revision to change anything else."
        ).format(exc.title, exc.revision, self.status_text(exc.status))

    def _refuse(self, message: str) -> None:
        self.refused.emit(message)
        raise OperationRefused(message)
