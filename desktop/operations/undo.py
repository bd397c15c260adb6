"""The GUI side of operations: a QUndoStack per workspace and one change notification.

Views call ``PlanOperations.run``; they never write the database themselves. Every change
is one committed transaction, one ``QUndoCommand`` and one ``changed`` signal. A change that
is refused raises ``OperationRefused`` (a key and parameters, worded by the view that shows
it) and signals nothing; only an undo or redo, which has no caller to raise to, signals its
refusal (``replay_refused``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from desktop.models import Plan
from desktop.models.refusal import Invalid, WordedError, untranslated
from desktop.store import Workspace

from . import ChangeSet, ConflictError, PlanLocked, create_plan, replay_change, run_change
from .audit_text import describe_action


class OperationRefused(WordedError):
    """A change that was not made, as data: ``key`` and ``params`` (every reason is an
    ``Invalid``: a refused value, ``plan_locked``, ``workspace_read_only``, ``conflict`` or
    ``passed_on``). ``message(lang)`` words it for the user, ``str()`` is the English.
    ``handled`` is set by the view that showed it (``views.shared.refusals``)."""

    def __init__(self, reason: str | Invalid) -> None:
        super().__init__(reason if isinstance(reason, Invalid) else untranslated(reason))

    @classmethod
    def of(cls, error: BaseException) -> OperationRefused:
        """The refusal of ``error`` (a refused value, a locked plan, a conflict…) as data."""
        if isinstance(error, OperationRefused):
            return error
        if isinstance(error, Invalid):
            return cls(error)
        if isinstance(error, WordedError) and error.worded is not None:
            return cls(error.worded)
        if isinstance(error, ConflictError):
            return cls(Invalid("", "conflict", detail=str(error)))
        return cls(str(error))


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
    replay_refused = Signal(str, object)  # what was not undone / redone, OperationRefused

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.actor = ""
        self.lang = "en"  # the UI language of the undo stack's texts (set by the views)

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
        """Apply a change and return what ``apply`` returned.

        The contract: a change either is made (one undo command, one ``changed`` signal) or
        raises ``OperationRefused`` and signals nothing; nothing is written then. The caller
        shows the refusal (a hint line through ``Refusals``, or the window's dialog,
        ``views.shared.refusals.show_refusal``); a menu entry that lets it through gets the
        dialog (``views.menus.entry``)."""
        if self.workspace.read_only:
            raise OperationRefused(Invalid("", "workspace_read_only"))
        try:
            outcome = run_change(
                self.workspace, plan_ref, action, apply, tables=tables, actor=self.actor or None
            )
        except (WordedError, ConflictError, ValueError, LookupError) as exc:
            raise OperationRefused.of(exc) from exc
        if outcome.changes:
            self.undo_stack.push(self._command(outcome.changes))
            self.changed.emit(outcome.changes.plan_id, outcome.changes.tables)
        return outcome.result

    def create(self, action: str, build: Callable[[Session], Plan]) -> int:
        """Add a whole plan (undoable) and return its database id; refused as ``run`` is."""
        if self.workspace.read_only:
            raise OperationRefused(Invalid("", "workspace_read_only"))
        try:
            outcome = create_plan(self.workspace, action, build, actor=self.actor or None)
        except (WordedError, ValueError, LookupError) as exc:
            raise OperationRefused.of(exc) from exc
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
            verb = self.tr("Undo") if undo else self.tr("Redo")
            what = f"{verb}: {describe_action(changes.action, self.lang)}"
            self.replay_refused.emit(what, OperationRefused.of(exc))
            return False
        self.changed.emit(changes.plan_id, changes.tables)
        return True
