"""The task board on landscape pages, painted with the screen's board painter.

The year is cut into spans of months (a whole year when the paper is wide enough, else
half-years, ...), the rows into page-high chunks; each page repeats the task names on the left
(a chunk that starts inside a task repeats that task's row) and shows the team legend.
``PrintedBars`` records every occurrence drawn, so a test can compare it with the schedule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from sqlalchemy.orm import object_session

from desktop.exchange.document.document_layout import GRID, INK, LANDSCAPE, FullPage, line_height
from desktop.exchange.document.document_sections import Styles
from desktop.exchange.document.document_text import label
from desktop.models.schedule import WeekConvention
from desktop.render.board_painter import (
    GROUP,
    MILESTONE,
    SUBTASK,
    TASK,
    BoardOptions,
    BoardRow,
    board_rows_from,
    legend_items,
    paint_board,
    paint_legend,
)
from desktop.store.board_read import read_board

LABEL_WIDTH = 270.0
ROW_HEIGHT = 24
MIN_PX_PER_DAY = 3.2
SPANS = (12, 6, 4, 3, 2, 1)


@dataclass
class PrintedBars:
    """What the board pages show: (row code, start, end) per page."""

    pages: list[list[tuple[str, date, date]]] = field(default_factory=list)

    def occurrences(self, code: str) -> list[tuple[date, date]]:
        """Every occurrence of ``code`` printed, in date order (a bar cut by a page edge once)."""
        seen = {(s, e) for page in self.pages for c, s, e in page if c == code}
        return sorted(seen)


def month_spans(year: int, width: float) -> list[tuple[date, date]]:
    """The date ranges of the board pages: as many months per page as stay readable."""
    months = next((n for n in SPANS if width / (31 * n) >= MIN_PX_PER_DAY), 1)
    spans = []
    for first in range(1, 13, months):
        last = min(12, first + months - 1)
        end = date(year + last // 12, last % 12 + 1, 1) - timedelta(days=1)
        spans.append((date(year, first, 1), end))
    return spans


def row_chunks(rows: list[BoardRow], per_page: int) -> list[tuple[list[BoardRow], bool]]:
    """Rows cut into pages; a page that starts inside a task repeats the task's row first
    (the flag says the first row is such a repeat)."""
    chunks: list[tuple[list[BoardRow], bool]] = []
    parent: BoardRow | None = None
    current: list[BoardRow] = []
    repeated = False
    for row in rows:
        if len(current) >= per_page:
            chunks.append((current, repeated))
            repeated = parent is not None and row.kind in (SUBTASK, MILESTONE)
            current = [parent] if repeated and parent is not None else []
        if row.kind in (TASK, GROUP):
            parent = row
        current.append(row)
    if current:
        chunks.append((current, repeated))
    return chunks


def legend_height(rows: list[BoardRow], width: float, font: QFont, lang: str) -> float:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(font)
    try:
        return paint_legend(painter, QRectF(0, 0, width, 2000), legend_items(rows), lang)
    finally:
        painter.end()


def board_pages(
    plan: Any,
    lang: str,
    styles: Styles,
    size: tuple[float, float],
    printed: PrintedBars,
    heading: str,
) -> list[FullPage]:
    """Landscape pages of the board for ``plan`` in a content area of ``size`` (w, h)."""
    rows = board_rows_from(read_board(object_session(plan), plan.id), lang)
    if not rows:
        return []
    convention = WeekConvention(plan.week_convention)
    width, height = size
    timeline = width - LABEL_WIDTH
    title_h = line_height(styles.h2) + 6
    legend_h = legend_height(rows, width, styles.small, lang) + 8
    header_h = BoardOptions(plan.year, convention).header_height
    per_page = max(3, int((height - title_h - legend_h - header_h) // ROW_HEIGHT))
    pages: list[FullPage] = []
    spans = month_spans(plan.year, timeline)
    for chunk, repeated in row_chunks(rows, per_page):
        for start, end in spans:
            options = BoardOptions.fit(
                plan.year,
                convention,
                timeline,
                start,
                end,
                lang=lang,
                row_height=ROW_HEIGHT,
                show_days=False,
            )
            bars = [
                (r.code, s, e)
                for r in chunk
                if r.kind in (SUBTASK, MILESTONE)
                for s, e in r.occurrences
                if s <= end and e >= start
            ]
            printed.pages.append(bars)
            title = (
                heading
                + "　"
                + label("board_range", lang).format(plan.year, start.month, end.month)
            )
            paint = _painter(chunk, rows, options, title, styles, title_h, legend_h, lang, repeated)
            pages.append(FullPage(LANDSCAPE, paint, toc="" if pages else heading))
    return pages


def _painter(
    chunk: list[BoardRow],
    rows: list[BoardRow],
    options: BoardOptions,
    title: str,
    styles: Styles,
    title_h: float,
    legend_h: float,
    lang: str,
    repeated: bool,
):
    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setFont(styles.h2)
        painter.setPen(INK)
        painter.drawText(
            QPointF(rect.left(), rect.top() + QFontMetricsF(styles.h2).ascent()), title
        )
        top = rect.top() + title_h
        body_h = options.header_height + len(chunk) * options.row_height
        _paint_labels(
            painter,
            QRectF(rect.left(), top, LABEL_WIDTH, body_h),
            chunk,
            options,
            styles,
            lang,
            repeated,
        )
        painter.setFont(styles.small)
        paint_board(
            painter,
            QRectF(rect.left() + LABEL_WIDTH, top, rect.width() - LABEL_WIDTH, body_h),
            chunk,
            options,
        )
        painter.setPen(QPen(GRID, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(rect.left(), top, rect.width(), body_h))
        painter.setFont(styles.small)
        paint_legend(
            painter,
            QRectF(rect.left(), rect.bottom() - legend_h + 8, rect.width(), legend_h),
            legend_items(rows),
            lang,
        )

    return paint


def _paint_labels(
    painter: QPainter,
    rect: QRectF,
    chunk: list[BoardRow],
    options: BoardOptions,
    styles: Styles,
    lang: str,
    repeated: bool,
) -> None:
    head = options.header_height
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), head), QColor("#f7f8fa"))
    painter.setPen(INK)
    painter.setFont(styles.cell_bold)
    painter.drawText(
        QRectF(rect.left() + 6, rect.top(), rect.width() - 12, head),
        Qt.AlignmentFlag.AlignVCenter,
        f"{label('task', lang)} / {label('subtask', lang)}　"
        f"（{label('owner', lang)} · {label('schedule', lang)}）",
    )
    rh = options.row_height
    title_font, note_font = styles.cell, styles.small
    for i, row in enumerate(chunk):
        top = rect.top() + head + i * rh
        box = QRectF(rect.left(), top, rect.width(), rh)
        if row.kind in (TASK, GROUP):
            painter.fillRect(box, QColor("#f0f2f5"))
            painter.setFont(styles.cell_bold)
            painter.setPen(INK)
            text = row.label + (label("continued", lang) if repeated and i == 0 else "")
            painter.drawText(
                box.adjusted(6, 0, -4, 0),
                Qt.AlignmentFlag.AlignVCenter,
                _elide(text, styles.cell_bold, box.width() - 10),
            )
        else:
            painter.fillRect(QRectF(box.left() + 4, top + 4, 5, rh - 8), QColor(row.color))
            name = ("◆ " if row.kind == MILESTONE else "") + row.title
            name = _elide(name, title_font, box.width() * 0.62)
            painter.setFont(title_font)
            painter.setPen(INK)
            text_box = box.adjusted(14, 0, -4, 0)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, name)
            used = QFontMetricsF(title_font).horizontalAdvance(name) + 8
            note = " · ".join(x for x in (row.team, row.rule_text) if x)
            painter.setFont(note_font)
            painter.setPen(QColor("#555f6b"))
            painter.drawText(
                text_box.adjusted(used, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter,
                _elide(note, note_font, text_box.width() - used),
            )
        painter.setPen(QPen(QColor("#e3e6ea"), 0.6))
        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))
    painter.setPen(QPen(GRID, 0.8))
    painter.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()))


def _elide(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
