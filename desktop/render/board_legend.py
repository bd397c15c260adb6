"""The board's legend: team swatches and what the symbols mean, for the board screen, its fast
first paint and the printed board."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from .board_geometry import tr
from .board_overlay import NOTE_COLOUR, REPORT_COLOUR


@lru_cache(maxsize=256)
def color(value: str, alpha: int = 255) -> QColor:
    """A team's colour (grey when the stored text is no colour) with ``alpha``."""
    c = QColor(value)
    if not c.isValid():
        c = QColor("#8c8c8c")
    c.setAlpha(alpha)
    return c


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    teams: list[tuple[str, str]],
    lang: str = "zh_TW",
    *,
    overlay: bool = False,
) -> float:
    """Paint team swatches and the symbols' meaning, wrapping lines; returns the height used.
    ``overlay``: also the note corner and the report week that the board screen paints over
    its bars (``board_overlay``; the printed board has neither)."""
    painter.save()
    font = painter.font()
    font.setPixelSize(11)
    painter.setFont(font)
    fm = painter.fontMetrics()
    line = fm.height() + 6
    x, y = rect.left(), rect.top()
    sample = "#5b6b7f"
    entries: list[tuple[str, str, str]] = [("team", c, n) for n, c in teams]
    entries += [
        ("pending", sample, tr("planned", lang)),
        ("done", sample, tr("done", lang)),
        ("missing", "#c0392b", tr("missing", lang)),
        ("partial", sample, tr("partial", lang)),
        ("milestone", sample, tr("milestone", lang)),
        ("today", "#d62728", tr("today", lang)),
    ]
    if overlay:
        entries += [
            ("noted", sample, tr("noted", lang)),
            ("report_week", REPORT_COLOUR.name(), tr("report_week", lang)),
        ]
    for kind, hexcolor, name in entries:
        w = 16 + 4 + fm.horizontalAdvance(name) + 14
        if x + w > rect.right() and x > rect.left():
            x, y = rect.left(), y + line
        swatch = QRectF(x, y + (line - 10) / 2, 16, 10)
        _legend_symbol(painter, kind, swatch, hexcolor)
        painter.setPen(QColor("#2d3748"))
        painter.drawText(QRectF(x + 20, y, w - 20, line), Qt.AlignmentFlag.AlignVCenter, name)
        x += w
    painter.restore()
    return y + line - rect.top()


def _legend_symbol(painter: QPainter, kind: str, r: QRectF, hexcolor: str) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    if kind in ("team", "pending"):
        painter.setBrush(color(hexcolor))
        painter.drawRect(r)
    elif kind == "done":
        painter.setBrush(color(hexcolor, 70))
        painter.drawRect(r)
        painter.setBrush(QBrush(color(hexcolor).darker(160), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(r)
    elif kind == "partial":
        painter.setPen(QPen(color(hexcolor).darker(150), 1, Qt.PenStyle.DotLine))
        painter.setBrush(color(hexcolor, 120))
        painter.drawRect(QRectF(r.left() + 5, r.top(), 6, r.height()))
    elif kind == "missing":
        painter.setPen(QPen(QColor(hexcolor), 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(192, 57, 43, 40))
        painter.drawRect(r)
    elif kind == "milestone":
        c = r.center()
        h = r.height() / 2 + 1
        painter.setBrush(color(hexcolor))
        painter.drawPolygon(
            [
                QPointF(c.x(), c.y() - h),
                QPointF(c.x() + h, c.y()),
                QPointF(c.x(), c.y() + h),
                QPointF(c.x() - h, c.y()),
            ]
        )
    elif kind == "noted":  # a bar with the orange corner of board_overlay
        painter.setBrush(color(hexcolor))
        painter.drawRect(r)
        painter.setBrush(NOTE_COLOUR)
        size = r.height() * 0.7
        painter.drawPolygon(
            [
                QPointF(r.right() - size, r.top()),
                QPointF(r.right(), r.top()),
                QPointF(r.right(), r.top() + size),
            ]
        )
    elif kind == "report_week":  # the shaded week with its band under the header
        shade = QColor(REPORT_COLOUR)
        shade.setAlpha(28)
        painter.fillRect(r, shade)
        painter.fillRect(QRectF(r.left(), r.top(), r.width(), 3), REPORT_COLOUR)
    else:
        painter.setPen(QPen(QColor(hexcolor), 2))
        painter.drawLine(QLineF(r.center().x(), r.top() - 2, r.center().x(), r.bottom() + 2))
