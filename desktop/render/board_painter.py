"""The task board's timeline painter: one code path for the screen and the printer (QtGui only).

Entry point for any QPainter (a widget, a QImage, a QPdfWriter/QPrinter page)::

    rows = board_rows_from(store.board_read.read_board(session, plan.id), lang)
    options = BoardOptions.fit(plan.year, convention, rect.width(), start, end, lang=lang)
    paint_board(painter, rect, rows, options)          # header + rows, clipped to rect
    paint_legend(painter, legend_rect, legend_items(rows), lang)

``rect`` holds the header (month, week-of-month, optional ISO-week and day bands) and then
one band of ``options.row_height`` per row, starting ``options.y_offset`` pixels scrolled.
Only the rows and dates inside ``rect`` are drawn; all the bars of a row are drawn with one
``drawRects`` call per state (pending/done) from a per-row cache, never one item per bar.
Geometry (``date_to_x``, ``occurrence_rects``, ``marker_rects``, ``hit_*``) lives in
``board_geometry`` (re-exported here): pure arithmetic, testable without widgets; x is relative
to ``rect.left()``, y to the row's top. The date header is painted by ``board_header``.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from .board_geometry import (
    BAND,
    GROUP,
    MILESTONE,
    SUBTASK,
    TASK,
    BoardOptions,
    BoardRow,
    _bar,
    _months,
    _unscrolled_rects,
    _visible_slice,
    board_rows_from,
    date_to_x,
    hit_marker,
    hit_occurrence,
    legend_items,
    marker_rects,
    month_weeks,
    occurrence_rects,
    row_at,
    x_to_date,
)
from .board_header import paint_header
from .board_legend import color, paint_legend


def paint_board(
    painter: QPainter, rect: QRectF, rows: list[BoardRow], options: BoardOptions
) -> None:
    """Paint the header and the visible part of ``rows`` into ``rect``."""
    painter.save()
    painter.setClipRect(rect)
    painter.translate(rect.topLeft())
    width, height = rect.width(), rect.height()
    area = QRectF(0, 0, width, height)
    if options.dirty is not None:  # e.g. the strip a scroll exposed: cull rows to it
        area = area.intersected(options.dirty)
    painter.fillRect(area, QColor("#ffffff"))
    header = options.header_height
    rh = options.row_height
    top = max(area.top(), header) - header + options.y_offset
    first_row = max(0, int(top // rh))
    last_row = min(len(rows), int(math.ceil((options.y_offset + area.bottom() - header) / rh)))
    first_day = x_to_date(0, options)
    last_day = x_to_date(width, options)
    months = _months(first_day, last_day)
    body = QRectF(0, header, width, height - header)
    painter.save()
    painter.setClipRect(body)
    _paint_weekends(painter, options, first_day, last_day, header, height)
    _paint_row_backgrounds(painter, rows, options, first_row, last_row, width)
    _paint_grid(painter, options, months, header, height)
    _paint_rows(painter, rows, options, first_row, last_row, width)
    painter.restore()
    if area.top() < header:
        paint_header(painter, options, months, first_day, last_day, width)
    if options.today is not None and first_day <= options.today <= last_day:
        x = date_to_x(options.today, options) + options.px_per_day / 2
        painter.setPen(QPen(QColor("#d62728"), 2))
        painter.drawLine(QLineF(x, BAND, x, height))
    painter.restore()


def _row_top(index: int, options: BoardOptions) -> float:
    return options.header_height + index * options.row_height - options.y_offset


def _paint_row_backgrounds(
    painter: QPainter,
    rows: list[BoardRow],
    options: BoardOptions,
    first: int,
    last: int,
    width: float,
) -> None:
    heads = [
        QRectF(0, _row_top(i, options), width, options.row_height)
        for i in range(first, last)
        if rows[i].kind in (TASK, GROUP)
    ]
    painter.setPen(Qt.PenStyle.NoPen)
    if heads:
        painter.setBrush(QColor(40, 60, 90, 18))
        painter.drawRects(heads)
    if options.selected is not None and first <= options.selected < last:
        painter.setBrush(QColor(40, 110, 230, 40))
        painter.drawRect(QRectF(0, _row_top(options.selected, options), width, options.row_height))


def _paint_weekends(
    painter: QPainter, options: BoardOptions, first: date, last: date, top: float, bottom: float
) -> None:
    ppd = options.px_per_day
    if ppd < 6:
        return
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    weekends = [
        QRectF(date_to_x(d, options), top, ppd, bottom - top) for d in days if d.weekday() >= 5
    ]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f3f4f6"))  # opaque: blending tall rects costs milliseconds
    painter.drawRects(weekends)


def _paint_grid(
    painter: QPainter,
    options: BoardOptions,
    months: list[tuple[int, int]],
    top: float,
    bottom: float,
) -> None:
    weeks, month_lines = [], []
    for y, m in months:
        month_lines.append(
            QLineF(
                date_to_x(date(y, m, 1), options), top, date_to_x(date(y, m, 1), options), bottom
            )
        )
        for s, _e in month_weeks(y, m, options.convention)[1:]:
            x = date_to_x(s, options)
            weeks.append(QLineF(x, top, x, bottom))
    painter.setPen(QPen(QColor("#e3e6ea"), 1))
    painter.drawLines(weeks)
    painter.setPen(QPen(QColor("#aab1ba"), 1))
    painter.drawLines(month_lines)


def _paint_rows(
    painter: QPainter,
    rows: list[BoardRow],
    options: BoardOptions,
    first: int,
    last: int,
    width: float,
) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    markers: list[QRectF] = []
    for index in range(first, last):
        row = rows[index]
        top = _row_top(index, options)
        if row.kind == MILESTONE:
            _paint_milestone(painter, row, options, top, width)
            continue
        if row.kind != SUBTASK:
            continue
        rects, done = _unscrolled_rects(row, options)
        lo, hi = _visible_slice(row, options, width)
        short = partial_weeks(row, lo, hi)
        pending = [rects[i] for i in range(lo, hi) if not done[i] and i not in short]
        finished = [rects[i] for i in range(lo, hi) if done[i] and i not in short]
        painter.save()
        painter.translate(-options.x_offset, top)
        if short:
            _paint_partial(painter, row, [(rects[i], done[i]) for i in sorted(short)])
        if pending:
            painter.setBrush(color(row.color))
            painter.drawRects(pending)
        if finished:
            painter.setBrush(color(row.color, 70))
            painter.drawRects(finished)
            painter.setBrush(QBrush(color(row.color).darker(160), Qt.BrushStyle.BDiagPattern))
            painter.drawRects(finished)
        painter.restore()
        markers += [r.translated(0, top) for r, _m in marker_rects(row, options)]
    if markers:
        pen = QPen(QColor("#c0392b"), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(192, 57, 43, 40))
        painter.drawRects(markers)
        painter.setPen(QColor("#c0392b"))
        for r in markers:
            if r.width() >= 8:
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "!")
    _paint_focus(painter, rows, options, first, last)


def partial_weeks(row: BoardRow, lo: int = 0, hi: int | None = None) -> set[int]:
    """Occurrences of a week-long rule that the month cuts to a few days (August 2027's
    第一周 under calendar weeks is 1 August alone): at most half as long as the rule's longest."""
    longest = row.longest or 0
    if longest < 5:
        return set()
    end = len(row.occurrences) if hi is None else hi
    return {
        i
        for i in range(lo, end)
        if ((row.occurrences[i][1] - row.occurrences[i][0]).days + 1) * 2 <= longest
    }


def _paint_partial(painter: QPainter, row: BoardRow, bars: list[tuple[QRectF, bool]]) -> None:
    """A partial week is never drawn like a week: its real days, at least 7 px wide, in a
    lighter fill with a dotted frame that says "part of a week" (the tooltip gives the days)."""
    painter.save()
    painter.setPen(QPen(color(row.color).darker(150), 1, Qt.PenStyle.DotLine))
    for rect, done in bars:
        shown = QRectF(rect)
        if shown.width() < 7:
            shown.adjust(-(7 - rect.width()) / 2, 0, (7 - rect.width()) / 2, 0)
        painter.setBrush(color(row.color, 60 if done else 120))
        painter.drawRect(shown.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


def _paint_milestone(
    painter: QPainter, row: BoardRow, options: BoardOptions, top: float, width: float
) -> None:
    rects, _done = _unscrolled_rects(row, options)
    lo, hi = _visible_slice(row, options, width)
    painter.save()
    painter.translate(-options.x_offset, top)
    painter.setBrush(color(row.color, 60))
    painter.drawRects(rects[lo:hi])
    half = options.row_height * 0.32
    cy = options.row_height / 2
    path = QPainterPath()
    for _s, e in row.occurrences[lo:hi]:
        cx = ((e - options.origin).days + 0.5) * options.px_per_day
        path.moveTo(cx, cy - half)
        path.lineTo(cx + half, cy)
        path.lineTo(cx, cy + half)
        path.lineTo(cx - half, cy)
        path.closeSubpath()
    painter.setPen(QPen(color(row.color).darker(170), 1))
    painter.setBrush(color(row.color))
    painter.drawPath(path)
    painter.restore()
    painter.setPen(Qt.PenStyle.NoPen)


FOCUS_COLOUR = QColor("#1f3b73")


def _paint_focus(
    painter: QPainter, rows: list[BoardRow], options: BoardOptions, first: int, last: int
) -> None:
    if options.focus is not None and first <= options.focus[0] < last:
        index, start = options.focus
        for rect, s, _d in occurrence_rects(rows[index], options):
            if s == start:  # a dark ring with a white halo: visible on any bar and background
                ring = rect.translated(0, _row_top(index, options)).adjusted(-3, -3, 3, 3)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor("white"), 5))
                painter.drawRect(ring)
                painter.setPen(QPen(FOCUS_COLOUR, 2))
                painter.drawRect(ring)
    if options.ghost is not None:
        index, start, end = options.ghost
        ghost = _bar(start, end, options).translated(-options.x_offset, _row_top(index, options))
        painter.setPen(QPen(QColor("#1f3b73"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(31, 59, 115, 50))
        painter.drawRect(ghost)
        # where "every month" would put the other months' bars: outlines only
        painter.setPen(QPen(QColor(31, 59, 115, 140), 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for other_start, other_end in options.ghost_others:
            painter.drawRect(
                _bar(other_start, other_end, options).translated(
                    -options.x_offset, _row_top(index, options)
                )
            )


__all__ = [
    "GROUP",
    "MILESTONE",
    "SUBTASK",
    "TASK",
    "BoardOptions",
    "BoardRow",
    "board_rows_from",
    "date_to_x",
    "hit_marker",
    "hit_occurrence",
    "legend_items",
    "marker_rects",
    "occurrence_rects",
    "paint_board",
    "paint_legend",
    "row_at",
    "x_to_date",
]
