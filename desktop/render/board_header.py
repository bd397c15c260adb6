"""The task board's date header: the month band, the week-of-month band and, when shown, the
ISO-week and day bands, with their grid lines (QtGui only; x from ``board_geometry``)."""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from desktop.models.checks import MONTH_NAMES

from .board_geometry import BAND, BoardOptions, date_to_x, month_weeks, tr


def paint_header(
    painter: QPainter,
    options: BoardOptions,
    months: list[tuple[int, int]],
    first: date,
    last: date,
    width: float,
) -> None:
    lang = options.lang
    painter.fillRect(QRectF(0, 0, width, options.header_height), QColor("#f7f8fa"))
    grid = QPen(QColor("#c8cdd3"), 1)
    text = QColor("#2d3748")
    names = MONTH_NAMES.get(lang, MONTH_NAMES["en"])
    font = painter.font()
    font.setPixelSize(11)
    painter.setFont(font)
    metrics_w = painter.fontMetrics().horizontalAdvance
    center = Qt.AlignmentFlag.AlignCenter
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    band = 0
    for y, m in months:
        x0 = date_to_x(date(y, m, 1), options)
        x1 = date_to_x(date(y + m // 12, m % 12 + 1, 1), options)
        label = names[m - 1]
        if m == 1 or (y, m) == months[0] or x1 - x0 > 160:
            label = (
                f"{tr('year', lang).format(y)} {label}"
                if lang == "en"
                else tr("year", lang).format(y) + label
            )
        cell = QRectF(x0, 0, x1 - x0, BAND)
        painter.setPen(grid)
        painter.drawLine(QLineF(x0, 0, x0, options.header_height))
        painter.setPen(text)
        painter.drawText(cell.intersected(QRectF(0, 0, width, BAND)), center, label)
    band = BAND
    for y, m in months:
        for n, (s, e) in enumerate(month_weeks(y, m, options.convention), start=1):
            x0, x1 = date_to_x(s, options), date_to_x(e + timedelta(days=1), options)
            label = tr("week", lang).format(n)
            label = label if metrics_w(label) + 4 <= x1 - x0 else str(n)
            if metrics_w(label) + 2 <= x1 - x0:
                painter.setPen(QColor("#5a6472"))
                painter.drawText(QRectF(x0, band, x1 - x0, BAND), center, label)
            elif x1 - x0 >= 4:  # a sliver (week 1 of 1-3 days): its number, small
                painter.save()
                small = QFont(painter.font())
                small.setPointSizeF(max(4.0, painter.font().pointSizeF() * 0.65))
                painter.setFont(small)
                painter.setPen(QColor("#5a6472"))
                painter.drawText(QRectF(x0 - 2, band, x1 - x0 + 4, BAND), center, str(n))
                painter.restore()
            painter.setPen(grid)
            painter.drawLine(QLineF(x0, band, x0, band + BAND))
    if options.iso_weeks:
        band += BAND
        span = 7 * options.px_per_day
        every = max(1, math.ceil((metrics_w("W00") + 4) / span))  # label every n-th week
        day = first - timedelta(days=first.weekday())
        while day <= last:
            x0 = date_to_x(day, options)
            week = day.isocalendar()[1]
            painter.setPen(grid)
            painter.drawLine(QLineF(x0, band, x0, band + BAND))
            if (week - 1) % every == 0:
                painter.setPen(QColor("#6b4f9e"))
                painter.drawText(QRectF(x0, band, span * every, BAND), left, f"W{week:02d}")
            day += timedelta(days=7)
    if options.days_shown:
        band += BAND
        for i in range((last - first).days + 1):
            day = first + timedelta(days=i)
            x0 = date_to_x(day, options)
            painter.setPen(QColor("#a0a8b3") if day.weekday() >= 5 else text)
            painter.drawText(QRectF(x0, band, options.px_per_day, BAND), center, str(day.day))
    painter.setPen(grid)
    painter.drawLine(QLineF(0, options.header_height - 0.5, width, options.header_height - 0.5))
    for b in range(1, options.header_height // BAND):
        painter.drawLine(QLineF(0, b * BAND, width, b * BAND))
