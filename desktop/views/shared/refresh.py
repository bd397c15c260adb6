"""The one refresh-after-change rule of every screen: ``DeferredRefresh``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class DeferredRefresh(QObject):
    """Keeps ``screen`` up to date with the current plan by calling ``refresh()``.

    A change to the current plan (``ctx.ops.changed``, to one of ``tables`` or to any table
    when ``tables`` is None) marks the screen stale. A screen on show refreshes on the next
    event-loop pass, so a burst of changes refreshes it once and a table is never reset under
    the editor that made the change; a screen out of sight in a window on show (another page
    of the main window) refreshes when it is next shown. Another plan chosen (``plan_selected``)
    refreshes at once, or when shown. ``light(tables)``, when given, may bring the screen up to
    date after changes to only ``tables`` more cheaply and return True (the board's done marks).
    """

    def __init__(
        self,
        screen: QWidget,
        ctx: Any,
        refresh: Callable[[], None],
        tables: Iterable[str] | None = None,
        *,
        light: Callable[[frozenset[str]], bool] | None = None,
    ) -> None:
        super().__init__(screen)
        self.screen, self._ctx, self._refresh, self._light = screen, ctx, refresh, light
        self._tables = set(tables) if tables is not None else None
        self.stale = False
        self._changed: set[str] = set()
        self._everything = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        ctx.ops.changed.connect(self.on_changed)
        ctx.plan_selected.connect(self.on_plan_selected)
        screen.installEventFilter(self)

    def out_of_sight(self) -> bool:
        """Hidden while its window is on show (a page of the stack not on top)."""
        return not self.screen.isVisible() and self.screen.window().isVisible()

    def on_changed(self, plan_id: int, tables: Any) -> None:
        if plan_id != self._ctx.plan_id:
            return
        changed = set(tables or ())
        if changed and self._tables is not None and not changed & self._tables:
            return
        self._mark(changed)
        if not self.out_of_sight():
            self._timer.start()

    def on_plan_selected(self, _plan_id: int) -> None:
        self._mark(set())
        if not self.out_of_sight():
            self.flush()

    def _mark(self, changed: set[str]) -> None:
        self.stale = True
        self._everything = self._everything or not changed
        self._changed |= changed

    def pending(self) -> bool:
        """Whether a refresh is due (call ``flush()`` to have it now)."""
        return self.stale

    def flush(self) -> None:
        """Refresh now if a change is pending."""
        if not self.stale:
            return
        light = None if self._everything else frozenset(self._changed)
        self.mark_fresh()
        if light is None or self._light is None or not self._light(light):
            self._refresh()

    def mark_fresh(self) -> None:
        """The screen has just read the plan itself: nothing is pending."""
        self._timer.stop()
        self.stale, self._everything = False, False
        self._changed = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.screen and event.type() == QEvent.Type.Show:
            self.flush()
        return False
