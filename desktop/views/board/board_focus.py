"""Where the task board's keyboard focus is: the focused occurrence (row and start date) of the
timeline, its bar on screen, moving it between rows, and telling assistive technology."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent

from desktop.render.board_geometry import occurrence_rects, x_to_date
from desktop.render.board_painter import MILESTONE, SUBTASK, BoardRow, hit_occurrence

if TYPE_CHECKING:
    from desktop.views.board.board_timeline import TimelineCanvas

Key = tuple[str, int, date]


def current_row(canvas: TimelineCanvas) -> BoardRow | None:
    return canvas.model.board_row(canvas.tree.currentIndex().siblingAtColumn(0))


def current_key(canvas: TimelineCanvas) -> Key | None:
    """The focused occurrence: the current row's occurrence starting on ``focus_start``."""
    row = current_row(canvas)
    if row is None or canvas.focus_start is None or canvas.focus_start not in (row.starts or ()):
        return None
    return (row.kind, row.item_id, canvas.focus_start)


def nearest_start(row: BoardRow, day: date | None) -> date | None:
    """The occurrence of ``row`` closest to ``day`` (the focus moving up or down a row)."""
    if not row.starts or row.kind not in (SUBTASK, MILESTONE):
        return None
    if day is None:
        return row.starts[0]
    return min(row.starts, key=lambda s: (abs((s - day).days), s))


def occurrence_screen_rect(canvas: TimelineCanvas, key: Key) -> QRect:
    """The bar of ``key`` in global coordinates, or an empty rect when it is out of sight."""
    rows, indexes, y_offset = canvas.visible()
    options = canvas.options(rows, indexes, y_offset)
    for i, row in enumerate(rows):
        if (row.kind, row.item_id) != key[:2]:
            continue
        top = options.header_height + i * options.row_height - options.y_offset
        for rect, start, _done in occurrence_rects(row, options):
            if start == key[2]:
                local = rect.translated(0, top).toAlignedRect().intersected(canvas.rect())
                if local.isEmpty():
                    return QRect()
                return QRect(canvas.mapToGlobal(local.topLeft()), local.size())
    return QRect()


def key_at_global(canvas: TimelineCanvas, x: int, y: int) -> Key | None:
    pos = QPointF(canvas.mapFromGlobal(QPoint(x, y)))
    _i, row, _indexes, options = canvas.hit(pos)
    if row is None:
        return None
    occ = hit_occurrence(row, pos.x(), options)
    return (row.kind, row.item_id, occ[0]) if occ else None


def announce_focus(canvas: TimelineCanvas) -> None:
    """Tell a screen reader which occurrence has the focus now (when one is listening)."""
    key = current_key(canvas)
    if key is None or not QAccessible.isActive() or not canvas.hasFocus():
        return
    timeline = QAccessible.queryAccessibleInterface(canvas)
    child = timeline.focusChild() if timeline is not None else None
    if child is not None:
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))


def move_along_row(canvas: TimelineCanvas, key: int) -> None:
    """Left / Right / Home / End: the previous, next, first or last occurrence of the row."""
    row = current_row(canvas)
    if row is None or not row.starts:
        return
    starts = row.starts
    if canvas.focus_start in starts:
        i = starts.index(canvas.focus_start)
    else:  # start from the first occurrence on screen
        left = x_to_date(0, canvas.options())
        i = next((n for n, s in enumerate(starts) if s >= left), len(starts) - 1)
        key = 0
    if key == Qt.Key.Key_Left:
        i = max(0, i - 1)
    elif key == Qt.Key.Key_Right:
        i = min(len(starts) - 1, i + 1)
    elif key == Qt.Key.Key_Home:
        i = 0
    elif key == Qt.Key.Key_End:
        i = len(starts) - 1
    canvas.focus_start = starts[i]
    canvas.ensure_visible(starts[i], row.occurrences[i][1])
    announce_focus(canvas)
