"""Run something once a widget has been painted for the first time (start-up marks, work
deferred until the window is on screen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def after_first_paint(widget: Any, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, as soon as ``widget`` and its children have been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, callback)  # after the children painted in the same pass
            return False

    widget.installEventFilter(FirstPaint(widget))
