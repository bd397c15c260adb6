"""The task board's timeline: a canvas painted by ``render.board_painter`` beside the tree.

The canvas takes its rows and vertical scroll from the tree view (one model, one scroll):
it paints exactly the rows the tree shows, at the same heights. Mouse: tooltip on a bar,
click toggles done, drag a monthly-week bar to another week of its month (a preview shows
where it lands, and dotted outlines where "every month" would put the other months' bars), click a week-5/6 marker for the
plan-check finding, double-click opens the editor. Keyboard: Up/Down rows (the focus goes to
the nearest occurrence of the new row), Left/Right occurrences, Space toggles done, Return
edits, Home/End, PageUp/PageDown; the focused occurrence is outlined (``board_focus``) and
read out by screen readers (``board_accessible``).
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QScrollBar,
    QToolTip,
    QTreeView,
    QWidget,
)

from desktop.models.schedule import RuleKind, format_span
from desktop.models.schedule_expand import month_weeks
from desktop.render.board_painter import (
    MILESTONE,
    SUBTASK,
    BoardOptions,
    BoardRow,
    hit_marker,
    hit_occurrence,
    paint_board,
    row_at,
    x_to_date,
)
from desktop.views.board import board_accessible
from desktop.views.board.board_focus import (
    announce_focus,
    current_row,
    move_along_row,
    nearest_start,
)
from desktop.views.board.board_model import BoardModel

ZOOM_DAYS = {"year": 365, "quarter": 92, "month": 31}


def moves_whole_pixels(dy: float, device_pixel_ratio: float) -> bool:
    """Whether moving the painted pixels by ``dy`` logical pixels moves whole device pixels.

    With a fractional scale factor (125 %, 150 % on Windows and some Linux desktops) a shift of
    e.g. 21 logical pixels is 31.5 device pixels: moving the backing store by a rounded amount
    would leave the rows half a pixel off, so such scrolls repaint instead."""
    moved = dy * device_pixel_ratio
    return abs(moved - round(moved)) < 1e-6


class TimelineCanvas(QWidget):
    """Paints the visible rows of ``tree``; emits the user's intentions as signals."""

    toggle_requested = Signal(int, object)  # subtask id, occurrence start
    reschedule_requested = Signal(int, int, int)  # subtask id, month, new week of the month
    marker_clicked = Signal(object, int, QPoint)  # the BoardRow, month, global position
    edit_requested = Signal()

    def __init__(self, tree: QTreeView, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reschedule_enabled = True  # off in a signed-off plan (the schedule is signed)
        self.tree = tree
        self.model = model
        self.base = BoardOptions(date.today().year)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal)
        self.hbar.valueChanged.connect(self.update)
        self.zoom = "year"
        self.focus_start: date | None = None
        self._press: tuple[QPointF, int, BoardRow, tuple[date, date] | None] | None = None
        self._ghost: tuple[int, date, date] | None = None
        self._ghost_others: tuple[tuple[date, date], ...] = ()
        self._ghost_week = 0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumWidth(200)
        self._scroll_value = 0
        self._row_height = 24  # the tree's, taken at each paint
        self.overlay: Any = None  # paints over the board: (painter, rect, rows, options)
        self.extra_tip: Any = None  # more tooltip for an occurrence: (subtask id, start)
        tree.verticalScrollBar().valueChanged.connect(self._vertical_scroll)
        self.accessible: object = None  # the screen reader's view of it (board_accessible)
        board_accessible.install()
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr("Arrow keys move between rows and occurrences, Space marks done, Enter edits")
        )

    # ----- geometry --------------------------------------------------------------------
    def set_base(self, options: BoardOptions) -> None:
        self.base = options
        self._relayout()

    def set_zoom(self, zoom: str) -> None:
        centre = x_to_date(self.width() / 2, self.options())
        self.zoom = zoom
        self._relayout()
        self.scroll_to(centre, centre=True)

    def _relayout(self) -> None:
        width = max(1, self.width())
        left_days = self.hbar.value() / self.base.px_per_day  # keep the left date in place
        ppd = width / ZOOM_DAYS[self.zoom]
        self.base = replace(self.base, px_per_day=ppd)
        total = 366 if self.base.year % 4 == 0 else 365
        self.hbar.setRange(0, max(0, math.ceil(total * ppd - width)))
        self.hbar.setPageStep(width)
        self.hbar.setSingleStep(max(1, int(ppd * 7)))
        self.hbar.setValue(round(left_days * ppd))
        self.update()

    def scroll_to(self, day: date, *, centre: bool = False) -> None:
        """Show ``day``; zoomed to a quarter or month, snap to the calendar period holding it."""
        if self.zoom in ("quarter", "month") and day.year == self.base.year:
            day = period_start(day, self.zoom)
            centre = False
        x = (day - self.base.origin).days * self.base.px_per_day
        self.hbar.setValue(math.ceil(x - (self.width() / 2 if centre else 0)))

    def period_text(self) -> str:
        """Which period the view shows: "Q2 2027" / "2027年第2季", "May 2027", "2027"."""
        day = x_to_date(self.width() / 2, self.options())
        if self.zoom == "quarter":
            return self.tr("Q{0} {1}").format((day.month - 1) // 3 + 1, day.year)
        if self.zoom == "month":
            return self.tr("{0}/{1}").format(day.month, day.year)
        return str(self.base.year)

    def resizeEvent(self, event) -> None:
        self._relayout()
        super().resizeEvent(event)

    def visible(self) -> tuple[list[BoardRow], list, float]:
        """The rows the tree shows now (rows, their indexes, scroll offset of the first)."""
        viewport = self.tree.viewport()
        index = self.tree.indexAt(QPoint(1, 0))
        rows: list[BoardRow] = []
        indexes = []
        if not index.isValid():
            return rows, indexes, 0.0
        rect = self.tree.visualRect(index)
        top, self._row_height = rect.top(), max(rect.height(), 16)
        limit = viewport.height() + self._row_height
        while index.isValid() and len(rows) * self._row_height + top < limit:
            row = self.model.board_row(index)
            if row is not None:
                rows.append(row)
                indexes.append(index)
            index = self.tree.indexBelow(index)
        return rows, indexes, float(-top)

    def options(
        self, rows: list[BoardRow] | None = None, indexes: list | None = None, y_offset: float = 0.0
    ) -> BoardOptions:
        selected = focus = None
        current = self.tree.currentIndex().siblingAtColumn(0)
        for i, index in enumerate(indexes or []):
            if index == current:
                selected = i
                if self.focus_start is not None and self.hasFocus():
                    focus = (i, self.focus_start)
        return replace(
            self.base,
            x_offset=float(self.hbar.value()),
            y_offset=y_offset,
            selected=selected,
            focus=focus,
            ghost=self._ghost,
            ghost_others=self._ghost_others if self._ghost else (),
            row_height=self._row_height,
        )

    def _vertical_scroll(self, value: int) -> None:
        """Follow the tree: move the painted rows and paint only the strip that appears."""
        dy, self._scroll_value = self._scroll_value - value, value
        if self.tree.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            dy *= self.options().row_height
        header = self.base.header_height
        body = QRect(0, header, self.width(), self.height() - header)
        if 0 < abs(dy) < body.height() // 2 and moves_whole_pixels(dy, self.devicePixelRatioF()):
            self.scroll(0, dy, body)
        else:
            self.update()

    def paintEvent(self, event) -> None:
        rows, indexes, y_offset = self.visible()
        options = self.options(rows, indexes, y_offset)
        if event.rect() != self.rect():
            options = replace(options, dirty=QRectF(event.rect()))
        painter = QPainter(self)
        paint_board(painter, QRectF(self.rect()), rows, options)
        if self.overlay is not None:
            self.overlay(painter, QRectF(self.rect()), rows, options)
        painter.end()

    def hit(self, pos: QPointF) -> tuple[int, BoardRow | None, list, BoardOptions]:
        rows, indexes, y_offset = self.visible()
        options = self.options(rows, indexes, y_offset)
        i = row_at(pos.y(), options) if rows else -1
        row = rows[i] if 0 <= i < len(rows) else None
        return i, row, indexes, options

    # ----- mouse -----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self.tooltip_at(QPointF(event.pos())), self)
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str:
        _i, row, _idx, options = self.hit(pos)
        if row is None:
            return ""
        occ = hit_occurrence(row, pos.x(), options)
        if occ is None:
            month = hit_marker(row, pos.x(), options)
            if month is None:
                return ""
            return self.tr("{0}: no occurrence in month {1} — click for the plan check").format(
                row.label, month
            )
        start, end = occ
        span = start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"
        lines = [row.label, span, self.tr("Owner: {0}").format(row.team or self.tr("none"))]
        if row.resources:
            lines.append(self.tr("Resources: {0}").format(row.resources))
        if row.kind == SUBTASK:
            lines.append(self.tr("Done") if start in row.done else self.tr("Not done yet"))
            extra = self.extra_tip(row.item_id, start) if self.extra_tip else ""
            lines += [extra] if extra else []
        return "\n".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        i, row, indexes, options = self.hit(event.position())
        if row is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.tree.setCurrentIndex(indexes[i])
        occ = hit_occurrence(row, event.position().x(), options)
        self.focus_start = occ[0] if occ else self.focus_start
        self._press = (event.position(), i, row, occ)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return super().mouseMoveEvent(event)
        origin, i, row, occ = self._press
        moved = (event.position() - origin).manhattanLength()
        if (
            occ is None
            or not _monthly_week(row)
            or not self.reschedule_enabled
            or moved < QApplication.startDragDistance()
        ):
            return
        options = self.options()
        month = occ[0].month  # an occurrence moves within its month
        weeks = month_weeks(occ[0].year, month, options.convention)
        day = min(max(x_to_date(event.position().x(), options), weeks[0][0]), weeks[-1][1])
        week = next((n for n, (s, e) in enumerate(weeks, 1) if s <= day <= e), 0)
        if week and week != self._ghost_week:
            self._ghost = (i, *weeks[week - 1])
            self._ghost_week = week
            self._ghost_others = tuple(
                ws[week - 1]
                for m in range(1, 13)
                if m != month
                and (ws := month_weeks(occ[0].year, m, options.convention))
                and len(ws) >= week
                and (not row.rule.months or m in row.rule.months)
            )
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            QToolTip.showText(
                event.globalPosition().toPoint(), self.drag_text(week, *weeks[week - 1]), self
            )
            self.update()

    def drag_text(self, week: int, first: date, last: date) -> str:
        """The preview's caption: the week and its real dates (8月9日–8月15日)."""
        span = format_span(first, last, self.base.lang)
        return self.tr("Week {0}: {1}").format(week, span)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        ghost, self._ghost = self._ghost, None
        week, self._ghost_week = self._ghost_week, 0
        self.unsetCursor()
        QToolTip.hideText()
        self.update()
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        _origin, _i, row, occ = press
        if ghost is not None:
            month = occ[0].month
            if row.rule is not None and week != row.rule.week_in(month):
                self.reschedule_requested.emit(row.item_id, month, week)
            return
        if occ is not None and row.kind == SUBTASK:
            self.toggle_requested.emit(row.item_id, occ[0])
            return
        options = self.options()
        month = hit_marker(row, event.position().x(), options)
        if month is not None:
            self.marker_clicked.emit(row, month, event.globalPosition().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        _i, row, _idx, _o = self.hit(event.position())
        if row is not None and row.kind in (SUBTASK, MILESTONE):
            self.edit_requested.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            step = delta.x() or delta.y()
            self.hbar.setValue(self.hbar.value() - step)
        else:
            bar = self.tree.verticalScrollBar()
            bar.setValue(bar.value() - delta.y())
        event.accept()

    # ----- keyboard --------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        tree = self.tree
        current = tree.currentIndex()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QApplication.sendEvent(tree, event)
            row = current_row(self)
            start = nearest_start(row, self.focus_start) if row is not None else None
            if start is not None:
                self.focus_start = start
                self.ensure_visible(start, row.occurrences[row.starts.index(start)][1])
            announce_focus(self)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            move_along_row(self, key)
        elif key == Qt.Key.Key_Space and self.focus_start is not None:  # (without the action)
            row = self.model.board_row(current.siblingAtColumn(0))
            if row is not None and row.kind == SUBTASK and self.focus_start in row.starts:
                self.toggle_requested.emit(row.item_id, self.focus_start)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        else:
            return super().keyPressEvent(event)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming in by keyboard, the focus lands on an occurrence, drawn at once."""
        super().focusInEvent(event)
        row = current_row(self)
        if row is not None and row.starts and self.focus_start not in row.starts:
            left = x_to_date(0, self.options())
            self.focus_start = next((s for s in row.starts if s >= left), row.starts[-1])
        self.update()
        announce_focus(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()  # the focus outline goes

    def ensure_visible(self, start: date, end: date) -> None:
        options = self.options()
        x0 = (start - options.origin).days * options.px_per_day
        x1 = (end + timedelta(days=1) - options.origin).days * options.px_per_day
        left = self.hbar.value()
        if x0 < left:
            self.hbar.setValue(int(x0 - 20))
        elif x1 > left + self.width():
            self.hbar.setValue(int(x1 - self.width() + 20))


def period_start(day: date, zoom: str) -> date:
    """The first day of the calendar quarter (or month) that holds ``day``."""
    if zoom == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, day.month, 1)


def _monthly_week(row: BoardRow) -> bool:
    return row.kind == SUBTASK and row.rule is not None and row.rule.kind is RuleKind.MONTHLY_WEEK
