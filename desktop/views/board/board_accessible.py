"""The task board's timeline as assistive technology reads it (Qt accessibility, AT-SPI).

The timeline is one painted canvas, so without help a screen reader finds nothing in it.
``TimelineAccessible`` presents it as a list whose items are the occurrences of the rows the
board shows (subtasks and milestones, in display order): each item says the subtask, its
dates, its owner team and whether it is done (also as the checked state), gives its bar's
rectangle on screen, and follows the keyboard focus of the canvas. ``install()`` registers the
factory once per application.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from desktop.models.schedule import format_span
from desktop.render.board_painter import MILESTONE, SUBTASK, BoardRow
from desktop.views.board.board_focus import current_key, key_at_global, occurrence_screen_rect

if TYPE_CHECKING:
    from desktop.views.board.board_timeline import TimelineCanvas

Role, Text = QAccessible.Role, QAccessible.Text
_installed = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineAccessible", text)


def occurrence_name(row: BoardRow, start: date, end: date, lang: str) -> str:
    """What a screen reader says for one occurrence: subtask, dates, done state."""
    state = ""
    if row.kind == SUBTASK:
        state = _tr("done") if start in row.done else _tr("not done")
    span = format_span(start, end, lang)
    if start == end:  # one day: "4月30日", not "4月30日–4月30日"
        span = span.split("–")[0]
    comma = "，" if lang.startswith("zh") else ", "
    return comma.join(part for part in (row.label, span, state) if part)


class OccurrenceItem(QAccessibleInterface):
    """One occurrence of one row: a checkable list item (checked = done)."""

    def __init__(self, timeline: TimelineAccessible, key: tuple[str, int, date]) -> None:
        super().__init__()
        self.timeline, self.key = timeline, key

    def _found(self) -> tuple[BoardRow, int] | None:
        return self.timeline.lookup(self.key)

    def isValid(self) -> bool:
        return self._found() is not None

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self.timeline.window()

    def parent(self) -> QAccessibleInterface:
        return self.timeline

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def relations(self, _match: Any = None) -> list[Any]:
        return []

    def role(self) -> QAccessible.Role:
        return Role.CheckBox if self.key[0] == SUBTASK else Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        found = self._found()
        if found is None:
            state.invalid = True
            return state
        row, i = found
        canvas = self.timeline.canvas
        state.focusable = state.selectable = True
        if row.kind == SUBTASK:
            state.checkable = True
            state.checked = row.starts[i] in row.done
        current = current_key(canvas)
        state.focused = canvas.hasFocus() and current == self.key
        state.selected = current == self.key
        state.invisible = self.rect().isEmpty()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        found = self._found()
        if found is None:
            return ""
        row, i = found
        start, end = row.occurrences[i]
        if kind == Text.Name:
            return occurrence_name(row, start, end, self.timeline.canvas.base.lang)
        if kind == Text.Description:
            team = row.team or _tr("none")
            text = _tr("Owner: {0}").format(team)
            if row.rule_text:
                lang = self.timeline.canvas.base.lang
                text += ("；" if lang.startswith("zh") else "; ") + row.rule_text
            return text
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return

    def rect(self) -> QRect:
        return occurrence_screen_rect(self.timeline.canvas, self.key)


class TimelineAccessible(QAccessibleWidget):
    """The canvas as a list of occurrence items (see the module's docstring)."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas, Role.List, _tr("Timeline"))
        self.canvas = canvas
        self._items: dict[tuple[str, int, date], OccurrenceItem] = {}  # kept: Qt caches them
        self._keys: list[tuple[str, int, date]] | None = None
        model = canvas.model
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self._forget)

    def _forget(self, *_args: object) -> None:
        self._keys = None

    def keys(self) -> list[tuple[str, int, date]]:
        """Every occurrence of the rows the board shows, in display order."""
        if self._keys is None:
            self._keys = [
                (row.kind, row.item_id, start)
                for row in self.canvas.model.visible_rows()
                if row.kind in (SUBTASK, MILESTONE)
                for start in row.starts or ()
            ]
        return self._keys

    def lookup(self, key: tuple[str, int, date]) -> tuple[BoardRow, int] | None:
        for row in self.canvas.model.visible_rows():
            if (row.kind, row.item_id) == key[:2] and key[2] in (row.starts or ()):
                return row, row.starts.index(key[2])
        return None

    def item(self, key: tuple[str, int, date]) -> OccurrenceItem:
        if key not in self._items:
            self._items[key] = OccurrenceItem(self, key)
        return self._items[key]

    def childCount(self) -> int:
        return len(self.keys())

    def child(self, index: int) -> QAccessibleInterface | None:
        keys = self.keys()
        return self.item(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        key = getattr(child, "key", None)
        keys = self.keys()
        return keys.index(key) if key in keys else -1

    def focusChild(self) -> QAccessibleInterface | None:
        key = current_key(self.canvas)
        return self.item(key) if key is not None and self.lookup(key) else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        key = key_at_global(self.canvas, x, y)
        return self.item(key) if key is not None else None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == Text.Name:
            return self.canvas.accessibleName() or _tr("Timeline")
        if kind == Text.Description:
            return self.canvas.accessibleDescription()
        return super().text(kind)


def _factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    if classname == "TimelineCanvas" and hasattr(obj, "accessible"):
        obj.accessible = TimelineAccessible(obj)  # type: ignore[attr-defined, arg-type]  # Qt caches (and owns) it per canvas
        return obj.accessible
    return None


def install() -> None:
    """Register the timeline's accessible interface (once)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
