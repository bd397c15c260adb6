"""One refusal channel: how a refused edit reaches the user.

A refusal is data all the way here: a validation error (``models.validate.Invalid``; also a
sign-off or key-store refusal built from one, a ``WordedError``) or an operation refused
(``OperationRefused``: read-only workspace, signed-off plan, a conflict with someone else's
change), each a key and parameters, worded here in the UI language (``refusal_text``).

Who shows what: ``PlanOperations.run`` raises and signals nothing. A screen that handles the
refusal itself shows it in its hint line: item models and delegates hold a ``refusals``
channel and call ``refusals.report(error)``; a screen makes one ``Refusals`` bound to its hint
line and ``attach``-es it to its models and delegates; ``Refusals.run`` runs an operation and
reports its refusal the same way. Reporting marks the refusal object ``handled``. A refusal
nobody handled gets the window's dialog (``show_refusal``): from a feature that catches it, or
from the menu entry that ran the feature (``views.menus.entry``); an undo or redo that no
longer applies gets it through ``PlanOperations.replay_refused``. The decision is taken on the
object, never on its text: the same refusal twice is two objects, each shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.models.refusal import Invalid, WordedError
from desktop.views.shared.ui_language import current_language


def refusal_text(error: BaseException | str) -> str:
    """The message of a refusal in the UI language (that of the installed translators)."""
    if isinstance(error, Invalid | WordedError):
        return error.message(current_language())
    return str(error)


def mark_handled(error: BaseException | str) -> None:
    """Record on the refusal object that the user has seen it (a plain text carries none)."""
    if isinstance(error, BaseException):
        error.handled = True  # type: ignore[attr-defined]


def is_handled(error: BaseException | str) -> bool:
    return bool(getattr(error, "handled", False))


def show_refusal(parent: QWidget, error: BaseException, what: str = "") -> bool:
    """The dialog for a refusal nobody showed (``what``: the action, e.g. "Undo: …", above
    the reason). False, and no dialog, when a hint line or an earlier dialog showed it."""
    if is_handled(error):
        return False
    mark_handled(error)
    text = refusal_text(error)
    title = QCoreApplication.translate("MainWindow", "Change not made")
    QMessageBox.warning(parent, title, f"{what}\n\n{text}" if what else text)
    return True


def show_in_label(label: QLabel, *, hide_empty: bool = True) -> Callable[[str], None]:
    """A ``show`` for ``Refusals``: set the label's text, hidden while empty if asked."""

    def show(text: str) -> None:
        label.setText(text)
        if hide_empty:
            label.setVisible(bool(text))

    return show


class Refusals(QObject):
    """Where one screen's (or panel's) refused edits are shown; ``shown(text)`` follows."""

    shown = Signal(str)

    def __init__(
        self, show: QLabel | Callable[[str], None] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._show = show_in_label(show) if isinstance(show, QLabel) else show
        self.last = ""

    def report(self, error: BaseException | str) -> str:
        """Show the refusal (and mark it handled); returns its text."""
        text = refusal_text(error)
        self.last = text
        if self._show is not None:
            self._show(text)
            mark_handled(error)
        self.shown.emit(text)
        return text

    def clear(self) -> None:
        self.report("")

    def attach(self, *sources: Any) -> None:
        """Make models and delegates report here."""
        for source in sources:
            source.refusals = self

    def run(
        self, ctx: Any, action: str, apply: Any, tables: tuple[str, ...] | None
    ) -> tuple[bool, Any]:
        """Run a change of the current plan; a refusal is reported, success clears the line."""
        from desktop.operations.undo import OperationRefused

        if ctx.plan_id is None:
            return False, None
        try:
            result = ctx.ops.run(ctx.plan_id, action, apply, tables=tables)
        except OperationRefused as exc:
            self.report(exc)
            return False, None
        self.clear()
        return True, result


class ReportsRefusals:
    """Mixin of the item models and delegates: a ``refusals`` channel of their own until a
    screen attaches its channel (``Refusals.attach``)."""

    _refusals: Refusals | None = None

    @property
    def refusals(self) -> Refusals:
        if self._refusals is None:
            self._refusals = Refusals(parent=self if isinstance(self, QObject) else None)
        return self._refusals

    @refusals.setter
    def refusals(self, channel: Refusals) -> None:
        self._refusals = channel
