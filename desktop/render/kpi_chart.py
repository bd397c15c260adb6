"""A KPI chart painted with QtGui only: shared by the KPI pane's overview tiles, PNG export
and the printed plan.

``paint_kpi_chart(painter, rect, series)`` draws one ``KpiSeries`` (see
``desktop.models.kpi_math``) on a white background: title with the unit, the target path,
the tolerance band, monthly actuals (bars for count KPIs, a line otherwise) with points
coloured by status, and the "where we should be today" marker. ``compact=True`` is the small
overview tile (no axes text). ``render_kpi_chart_image`` and ``save_kpi_chart_png`` wrap it.
The chart's words are in ``kpi_chart_text``.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from desktop.models.kpi_figures import in_target_terms
from desktop.models.kpi_math import AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK, KpiSeries
from desktop.models.warnings import format_value, month_name
from desktop.render.kpi_chart_text import (
    chart_title,
    headline,
    marker_text,
    should_text,
    status_text,
    text,
    value_unit,
    warning_line_text,
)

STATUS_COLORS = {
    ON_TRACK: QColor("#2e7d32"),
    AT_RISK: QColor("#ef8f00"),
    OFF_TRACK: QColor("#c62828"),
    NO_DATA: QColor("#9e9e9e"),
}
ACTUAL_COLOR = QColor("#1f4e79")
TARGET_COLOR = QColor("#555555")
BAND_COLOR = QColor(239, 143, 0, 40)
TODAY_COLOR = QColor("#6a1b9a")
WARNING_COLOR = QColor("#c62828")
FONT_FAMILIES = [
    "Noto Sans CJK TC",
    "Noto Sans TC",
    "Microsoft JhengHei",
    "PingFang TC",
    "Noto Sans CJK SC",
    "Source Han Sans",
    "sans-serif",
]


@cache
def _families(lang: str) -> tuple[str, ...]:
    from .fonts import find_cjk_family

    chosen = find_cjk_family(lang)
    return ((chosen,) if chosen else ()) + tuple(FONT_FAMILIES)


def chart_font(
    pixel_size: int, bold: bool = False, *, lang: str = "zh_TW", family: str | None = None
) -> QFont:
    """A font with real CJK glyphs for ``lang``; with ``family`` (the print font) set up as
    ``fonts.print_font`` does, so that a PDF's text layer gives back the chart's text."""
    if family:
        from .fonts import print_font

        font = print_font(family)
    else:
        font = QFont()
    font.setFamilies(([family] if family else []) + list(_families(lang)))
    font.setPixelSize(max(6, pixel_size))
    font.setBold(bold)
    return font


def radius_pad(compact: bool, scale: float) -> float:
    """Room around the plot for the points' circles."""
    return (3.0 if compact else 5.0) * max(1.0, scale) + 2


def _value_range(series: KpiSeries) -> tuple[float, float]:
    values = [v for p in series.points for v in (p.actual, p.target) if v is not None]
    values += [threshold for _code, _op, threshold in series.warning_lines]
    values = [v for v in values if math.isfinite(v)]
    if not values:
        return 0.0, 1.0
    lo, hi = min(values), max(values)
    if series.spec.in_rates:  # growth / improvement in %: from 0, so +10% reads as +10%
        lo, hi = min(0.0, lo), max(0.0, hi)
    if series.spec.target_kind == "count" or lo >= 0:
        lo = min(0.0, lo) if series.spec.target_kind == "count" else lo
    pad = (hi - lo) * 0.12 or abs(hi) * 0.1 or 1.0
    return lo - (0 if series.spec.target_kind == "count" else pad), hi + pad


def _nice_ticks(lo: float, hi: float, count: int = 4) -> list[float]:
    span = hi - lo
    if span <= 0 or not math.isfinite(span):
        return [lo]
    raw = span / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(s * mag for s in (1, 2, 2.5, 5, 10) if s * mag >= raw)
    first = math.ceil(lo / step) * step
    return [first + i * step for i in range(int((hi - first) / step) + 1)]


def paint_kpi_chart(
    painter: QPainter,
    rect: QRectF,
    series: KpiSeries,
    *,
    compact: bool = False,
    title: str | None = None,
    lang: str = "zh_TW",
    family: str | None = None,
) -> None:
    """Draw ``series`` into ``rect`` (white background). ``family`` overrides the font
    (the print module passes its PDF-safe family when it paints vectors)."""

    def font_of(px: int, bold: bool = False) -> QFont:
        return chart_font(px, bold, lang=lang, family=family)

    series = in_target_terms(series)  # growth / improvement: the % figures their targets mean
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, Qt.GlobalColor.white)
    scale = max(0.6, min(rect.width() / 900, rect.height() / 520, 3.0))
    base = 10 if compact else round(13 * scale)
    spec = series.spec
    unit = value_unit(series)
    title = title if title is not None else chart_title(series, lang)
    # title and headline
    top = rect.top() + base * 0.4
    painter.setPen(QColor("#222222"))
    painter.setFont(font_of(round(base * 1.25), bold=True))
    title_h = base * 1.8
    title_width = rect.width() - 2 * base
    painter.drawText(  # a title too long for a tile ends in "…" (the tile's tooltip has it)
        QRectF(rect.left() + base, top, title_width, title_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(title_width)),
    )
    top += title_h
    painter.setFont(font_of(base))
    painter.setPen(STATUS_COLORS[series.status])
    painter.drawText(
        QRectF(rect.left() + base, top, rect.width() - 2 * base, base * 1.5),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        headline(series, lang, short=compact),
    )
    top += base * 1.9
    left_axis = base * (1 if compact else 5.5)
    bottom_axis = base * (1.6 if compact else 2.4)
    plot = QRectF(
        rect.left() + left_axis,
        top,
        rect.width() - left_axis - base * 1.2,
        rect.bottom() - top - bottom_axis - (0 if compact else base * 1.8),
    )
    if plot.width() < 10 or plot.height() < 10:
        painter.restore()
        return
    lo, hi = _value_range(series)

    def x_of(month: float) -> float:
        return plot.left() + (month - 0.5) / 12 * plot.width()

    def y_of(value: float) -> float:
        return plot.bottom() - (value - lo) / (hi - lo) * plot.height()

    # grid and axes
    painter.setFont(font_of(round(base * 0.9)))
    for tick in _nice_ticks(lo, hi):
        y = y_of(tick)
        painter.setPen(QPen(QColor("#e6e6e6"), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if not compact:
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(rect.left(), y - base, left_axis - base * 0.4, 2 * base),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_value(tick, unit),
            )
    painter.setPen(QPen(QColor("#999999"), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.setPen(QColor("#555555"))
    for m in range(1, 13):
        if compact and m % 3:
            continue
        painter.drawText(
            QRectF(x_of(m) - base * 2, plot.bottom() + 2, base * 4, bottom_axis),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            month_name(m, lang),
        )
    painter.save()
    painter.setClipRect(
        plot.adjusted(
            -radius_pad(compact, scale), -radius_pad(compact, scale), radius_pad(compact, scale), 0
        )
    )
    # tolerance band and target path
    targets = [(p.month, p.target) for p in series.points if p.target is not None]
    tol = abs(spec.tolerance)
    if targets:
        sign = -1 if spec.higher_is_better else 1
        upper = [QPointF(x_of(m), y_of(t)) for m, t in targets]
        lower = [QPointF(x_of(m), y_of(t + sign * tol * abs(t))) for m, t in reversed(targets)]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAND_COLOR)
        painter.drawPolygon(QPolygonF(upper + lower))
    target_path = QPainterPath()
    if targets:
        target_path.moveTo(upper[0])
        for point in upper[1:]:
            target_path.lineTo(point)
        if len(upper) == 1:
            target_path.lineTo(upper[0] + QPointF(4, 0))
    target_pen = QPen(TARGET_COLOR, max(1.0, 1.6 * scale), Qt.PenStyle.DashLine)
    if spec.target_kind != "count":  # lines go over the target; bars under it
        painter.strokePath(target_path, target_pen)
    # actuals
    actual = [(p.month, value, p.status) for p in series.points if (value := p.actual) is not None]
    radius = (3.0 if compact else 5.0) * max(1.0, scale)
    if spec.target_kind == "count":
        width = plot.width() / 12 * 0.6
        for month, value, status in actual:
            y0, y1 = y_of(max(lo, 0.0)), y_of(value)
            color = STATUS_COLORS[status]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color.lighter(115))
            painter.drawRect(QRectF(x_of(month) - width / 2, min(y0, y1), width, abs(y0 - y1)))
        painter.strokePath(target_path, target_pen)
    else:
        painter.setPen(QPen(ACTUAL_COLOR, max(1.5, 2.2 * scale)))
        for (m0, v0, _s0), (m1, v1, _s1) in zip(actual, actual[1:], strict=False):
            painter.drawLine(QPointF(x_of(m0), y_of(v0)), QPointF(x_of(m1), y_of(v1)))
        for month, value, status in actual:
            painter.setPen(QPen(Qt.GlobalColor.white, 1.2))
            painter.setBrush(STATUS_COLORS[status])
            painter.drawEllipse(QPointF(x_of(month), y_of(value)), radius, radius)
    # early-warning lines of the risks that watch this KPI
    for code, op, threshold in series.warning_lines:
        y = y_of(threshold)
        painter.setPen(QPen(WARNING_COLOR, max(1.0, 1.3 * scale), Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if not compact:
            painter.setFont(font_of(round(base * 0.85)))
            label = warning_line_text(code, op, threshold, unit, lang)
            painter.drawText(
                QRectF(plot.left() + base * 0.3, y + 2, plot.width(), base * 1.5),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                label,
            )
    painter.restore()
    # where we should be today
    if series.as_of is not None:
        x = x_of(series.as_of)
        painter.setPen(QPen(TODAY_COLOR, max(1.0, 1.4 * scale), Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        expected = series.target_at(series.as_of)
        if expected is not None and math.isfinite(expected):
            y = y_of(expected)
            painter.setPen(QPen(TODAY_COLOR, 1.5))
            painter.setBrush(QColor("#ffffff"))
            d = radius * 1.3
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x, y - d), QPointF(x + d, y), QPointF(x, y + d), QPointF(x - d, y)]
                )
            )
            if not compact:
                painter.setFont(font_of(round(base * 0.9)))
                painter.drawText(
                    QRectF(x + d * 1.5, y - base * 2.2, base * 16, base * 1.6),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    should_text(series, expected, lang),
                )
    if not compact:
        _paint_legend(
            painter,
            QRectF(plot.left(), rect.bottom() - base * 1.9, plot.width(), base * 1.6),
            base,
            font_of(round(base * 0.9)),
            lang,
            marker_text(series, lang),
        )
    if spec.demo_months:
        paint_demo_watermark(
            painter,
            plot,
            font_of(round(base * (1.1 if compact else 1.6)), bold=True),
            lang,
            compact=compact,
        )
    painter.restore()


def paint_demo_watermark(
    painter: QPainter, rect: QRectF, font: QFont, lang: str, *, compact: bool = False
) -> None:
    """A diagonal "demo data" mark across ``rect``: generated figures never pass as measured."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(198, 40, 40, 150))
    label = "示範數據 / DEMO" if compact else text("demo", lang)
    painter.translate(rect.center())
    painter.rotate(-12 if compact else -8)
    width = rect.width() * 1.2
    painter.drawText(
        QRectF(-width / 2, -rect.height() / 2, width, rect.height()),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        label,
    )
    painter.restore()


def _paint_legend(
    painter: QPainter, rect: QRectF, base: int, font: QFont, lang: str, marker: str
) -> None:
    painter.setFont(font)
    items = [(STATUS_COLORS[s], status_text(s, lang)) for s in (ON_TRACK, AT_RISK, OFF_TRACK)]
    items += [(TARGET_COLOR, text("target", lang)), (TODAY_COLOR, marker)]
    x = rect.left()
    metrics = painter.fontMetrics()
    for color, label in items:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        s = base * 0.8
        painter.drawRect(QRectF(x, rect.center().y() - s / 2, s, s))
        painter.setPen(QColor("#333333"))
        painter.drawText(QPointF(x + s * 1.4, rect.center().y() + metrics.ascent() / 2.4), label)
        x += s * 1.4 + metrics.horizontalAdvance(label) + base * 1.5


def render_kpi_chart_image(
    series: KpiSeries,
    width: int,
    height: int | None = None,
    *,
    compact: bool = False,
    lang: str = "zh_TW",
) -> QImage:
    """The chart as an image of exactly ``width`` x ``height`` (default 0.6 x width)."""
    height = height or max(1, round(width * 0.6))
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_kpi_chart(painter, QRectF(0, 0, width, height), series, compact=compact, lang=lang)
    finally:
        painter.end()
    return image


def save_kpi_chart_png(
    series: KpiSeries,
    path: str | Path,
    width: int,
    height: int | None = None,
    *,
    lang: str = "zh_TW",
) -> Path:
    """Write the chart to ``path`` as PNG; OSError if it cannot be written."""
    path = Path(path)
    writer = QImageWriter(str(path), QByteArray(b"PNG"))  # QImage.save wants str at run time
    if not writer.write(render_kpi_chart_image(series, width, height, lang=lang)):
        raise OSError(f"cannot write {path}: {writer.errorString()}")
    return path
