"""One refusal channel: how a refused edit reaches the screen's hint line.

A refusal is a validation error (``models.validate.Invalid``, worded here in the UI language;
also a sign-off or key-store refusal built from one, a ``WordedError``),
an operation refused (``OperationRefused``: read-only workspace, signed-off plan, a conflict
with someone else's change) or a plain message. Item models and delegates hold a ``refusals``
channel and call ``refusals.report(error)``; a screen makes one ``Refusals`` bound to its hint
line and ``attach``-es it to its models and delegates. ``Refusals.run`` runs an operation and
reports its refusal the same way.

``PlanOperations.refused`` still fires for every refusal; the main window shows a dialog only
for one that no hint line showed (``was_shown``, which counts each showing once), e.g. a
menu action; an undo or redo that no longer applies gets its own dialog
(``PlanOperations.replay_refused``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from desktop.models.refusal import Invalid, WordedError
from desktop.views.shared.ui_language import current_language

_shown: deque[tuple[str, ...]] = deque(maxlen=8)  # refusals shown and not yet asked about


def refusal_text(error: BaseException | str) -> str:
    """The message of a refusal in the UI language (that of the installed translators)."""
    if isinstance(error, Invalid | WordedError):
        return error.message(current_language())
    return str(error)


def mark_shown(*messages: str) -> None:
    """Record that ``messages`` (one refusal, as worded and in English) reached the user."""
    _shown.append(tuple(messages))


def was_shown(message: str) -> bool:
    """Did a hint line (or a dialog) show ``message`` since the last time this was asked?
    Each showing answers once, so the same refusal later still gets its dialog."""
    for entry in _shown:
        if message in entry:
            _shown.remove(entry)
            return True
    return False


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
        """Show the refusal; returns its text."""
        text = refusal_text(error)
        self.last = text
        if text:
            mark_shown(str(error), text)
        if self._show is not None:
            self._show(text)
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
