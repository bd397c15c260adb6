"""What the task board paints over its bars (issue 29): an orange corner on each occurrence
with a note, and the week a report is due (the monitoring section's report items) shaded with
a band under the header. Shared by the board screen and the fast first paint, so both show
the same pixels."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF

from .board_geometry import SUBTASK, BoardOptions, BoardRow, date_to_x, occurrence_rects

NOTE_COLOUR = QColor("#e8710a")
REPORT_COLOUR = QColor(123, 82, 171)


def paint_overlay(
    painter: QPainter,
    rect: QRectF,
    rows: Sequence[BoardRow],
    options: BoardOptions,
    notes: Collection[tuple[int, date]],
    report_spans: Sequence[tuple[str, date, date]],
) -> None:
    """Report weeks and note corners over a painted board (``rows`` as painted)."""
    painter.save()
    top = options.header_height
    for _code, first, last in report_spans:
        first = max(first, last - timedelta(days=6))  # the week the report is due
        x0 = rect.left() + date_to_x(first, options)
        x1 = rect.left() + date_to_x(last, options) + options.px_per_day
        if x1 < rect.left() or x0 > rect.right():
            continue
        shade = QColor(REPORT_COLOUR)
        shade.setAlpha(28)
        painter.fillRect(QRectF(x0, top, x1 - x0, rect.height() - top), shade)
        painter.fillRect(QRectF(x0, top - 4, x1 - x0, 4), REPORT_COLOUR)
    if notes:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NOTE_COLOUR)
        for i, row in enumerate(rows):
            if row.kind != SUBTASK:
                continue
            y = top + i * options.row_height - options.y_offset
            for bar, start, _done in occurrence_rects(row, options):
                if (row.item_id, start) not in notes:
                    continue
                right, bar_top = rect.left() + bar.right(), y + bar.top()
                size = max(5.0, min(9.0, bar.height() * 0.6))
                corner = [
                    QPointF(right - size, bar_top),
                    QPointF(right, bar_top),
                    QPointF(right, bar_top + size),
                ]
                painter.drawPolygon(QPolygonF(corner))
    painter.restore()
