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
from desktop.models.refusal import Invalid, WordedError
from desktop.store import Workspace

from . import ChangeSet, ConflictError, PlanLocked, create_plan, replay_change, run_change
from .audit_text import describe_action


class OperationRefused(WordedError):
    """A change that was not made; ``message(lang)`` is for the user (``str()`` is English)."""

    def __init__(self, reason: str | Invalid, worded: str = "") -> None:
        super().__init__(reason)
        self.shown = worded or str(self)


class _ChangeCommand(QUndoCommand):
    def __init__(self, ops: PlanOperations, changes: ChangeSet, text: str) -> None:
        super().__init__(text)
        self._ops = ops
        self._changes = changes
        self._skip = True  # the change was applied when it was run

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        if not self._ops._replay(self._changes, undo=False):
            self._keep_place(back=True)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        if not self._ops._replay(self._changes, undo=True):
            self._keep_place(back=False)

    def _keep_place(self, *, back: bool) -> None:
        """A refused undo or redo changed nothing: put the stack's index back where it was
        (once the stack is idle) without replaying this command again."""
        stack = self._ops.undo_stack
        self._skip = True
        QTimer.singleShot(0, stack, lambda: stack.setIndex(stack.index() + (-1 if back else 1)))


class PlanOperations(QObject):
    """Runs changes on one workspace; emits ``changed(plan_id, tables)`` after each."""

    changed = Signal(int, object)
    refused = Signal(str)
    replay_refused = Signal(str, str)  # what was not undone / redone, why

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.actor = ""
        self.lang = "en"  # the UI language refusals are worded in (set by the views)

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
            self._refuse(exc)
        if outcome.changes:
            self.undo_stack.push(self._command(outcome.changes))
            self.changed.emit(outcome.changes.plan_id, outcome.changes.tables)
        return outcome.result

    def create(self, action: str, build: Callable[[Session], Plan]) -> int:
        """Add a whole plan (undoable); returns its database id."""
        if self.workspace.read_only:
            self._refuse(self.tr("The workspace is open read-only: changes are not allowed."))
        try:
            outcome = create_plan(self.workspace, action, build, actor=self.actor or None)
        except (ValueError, LookupError) as exc:
            self._refuse(exc)
        self.undo_stack.push(self._command(outcome.changes))
        self.changed.emit(outcome.changes.plan_id, outcome.changes.tables)
        return int(outcome.result)

    def notify(self, plan_id: int, tables: set[str] | None = None) -> None:
        """Tell the views about a change made outside ``run`` (e.g. a sign-off)."""
        self.changed.emit(plan_id, tables or set())

    def _command(self, changes: ChangeSet) -> _ChangeCommand:
        return _ChangeCommand(self, changes, describe_action(changes.action, self.lang))

    def _replay(self, changes: ChangeSet, *, undo: bool) -> bool:
        """Undo or redo a change; False (and ``replay_refused``) when it no longer applies.
        Nothing is changed then and the history is kept: the reason may pass (a conflict
        resolved, a new revision)."""
        try:
            replay_change(self.workspace, changes, undo=undo, actor=self.actor or None)
        except (PlanLocked, ConflictError) as exc:
            message = self.locked_message(exc) if isinstance(exc, PlanLocked) else str(exc)
            verb = self.tr("Undo") if undo else self.tr("Redo")
            self.replay_refused.emit(
                f"{verb}: {describe_action(changes.action, self.lang)}", message
            )
            self.refused.emit(message)
            return False
        self.changed.emit(changes.plan_id, changes.tables)
        return True

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

    def _refuse(self, reason: str | BaseException) -> None:
        """Emit ``refused`` with the reason in the UI language and raise OperationRefused."""
        if isinstance(reason, Invalid):
            error = OperationRefused(reason, reason.message(self.lang))
        elif isinstance(reason, WordedError):
            error = OperationRefused(reason.reason(), reason.message(self.lang))
        else:
            error = OperationRefused(str(reason))
        self.refused.emit(error.shown)
        raise error
