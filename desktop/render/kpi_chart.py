"""A KPI chart painted with QtGui only: shared by the KPI pane's overview tiles, PNG export
and the printed plan.

``paint_kpi_chart(painter, rect, series)`` draws one ``KpiSeries`` (see
``desktop.models.kpi_math``) on a white background: title with the unit, the target path,
the tolerance band, monthly actuals (bars for count KPIs, a line otherwise) with points
coloured by status, and the "where we should be today" marker. ``compact=True`` is the small
overview tile (no axes text). ``render_kpi_chart_image`` and ``save_kpi_chart_png`` wrap it.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from desktop.models.kpi_math import (
    AT_RISK,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    KpiSeries,
    entered_unit,
    in_target_terms,
)
from desktop.models.warnings import format_value, month_name

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


TEXTS: dict[str, dict[str, str]] = {
    ON_TRACK: {"en": "on track", "zh_TW": "達標", "zh_CN": "达标"},
    AT_RISK: {"en": "at risk", "zh_TW": "有風險", "zh_CN": "有风险"},
    OFF_TRACK: {"en": "off track", "zh_TW": "未達標", "zh_CN": "未达标"},
    NO_DATA: {"en": "no data", "zh_TW": "無數據", "zh_CN": "无数据"},
    "no_actuals": {"en": "no actuals yet", "zh_TW": "尚無實際數據", "zh_CN": "尚无实际数据"},
    "latest": {"en": "{0}: {1}", "zh_TW": "{0}：{1}", "zh_CN": "{0}：{1}"},
    "growth": {
        "en": " ({0:+.1f}% on previous month)",
        "zh_TW": "（環比 {0:+.1f}%）",
        "zh_CN": "（环比 {0:+.1f}%）",
    },
    "by": {"en": "{0} by {1}", "zh_TW": "{0}，差 {1}", "zh_CN": "{0}，差 {1}"},
    "should": {"en": "should be {0}", "zh_TW": "今天應達 {0}", "zh_CN": "今天应达 {0}"},
    "should_latest": {
        "en": "month {1}: should be {0}",
        "zh_TW": "{1}月應達 {0}",
        "zh_CN": "{1}月应达 {0}",
    },
    "should_year_end": {
        "en": "year end: should be {0}",
        "zh_TW": "年底應達 {0}",
        "zh_CN": "年底应达 {0}",
    },
    "warning_line": {
        "en": "{0} early warning {1} {2}",
        "zh_TW": "{0} 風險預警線 {1} {2}",
        "zh_CN": "{0} 风险预警线 {1} {2}",
    },
    "at_most": {"en": "at most {0}", "zh_TW": "上限 {0}", "zh_CN": "上限 {0}"},
    "target": {
        "en": "target (band: tolerance)",
        "zh_TW": "目標（色帶：容差）",
        "zh_CN": "目标（色带：容差）",
    },
    "today": {
        "en": "where we should be today",
        "zh_TW": "今天應達到的位置",
        "zh_CN": "今天应达到的位置",
    },
    "marker_latest": {
        "en": "where we should be in the latest month with data",
        "zh_TW": "最新有數據月份應達到的位置",
        "zh_CN": "最新有数据月份应达到的位置",
    },
    "marker_year_end": {
        "en": "where we should be at year end",
        "zh_TW": "年底應達到的位置",
        "zh_CN": "年底应达到的位置",
    },
    "volume": {"en": "volume", "zh_TW": "數量", "zh_CN": "数量"},
    "growth_axis": {
        "en": "growth on previous month, %",
        "zh_TW": "環比增長（%）",
        "zh_CN": "环比增长（%）",
    },
    "improvement_axis": {
        "en": "improvement over baseline, %",
        "zh_TW": "較基線提升（%）",
        "zh_CN": "较基线提升（%）",
    },
    "rate_latest": {
        "en": "{0}: {1} ({2}, target {3})",
        "zh_TW": "{0}：{1}（{2}，目標 {3}）",
        "zh_CN": "{0}：{1}（{2}，目标 {3}）",
    },
    "entered": {"en": "entered {0}", "zh_TW": "填報 {0}", "zh_CN": "填报 {0}"},
    "demo": {
        "en": "示範數據 / demo data — generated, not measured",
        "zh_TW": "示範數據 / demo data — 系統生成，並非實測",
        "zh_CN": "示范数据 / demo data — 系统生成，并非实测",
    },
}


def signed(value: float, unit: str = "%") -> str:
    """A growth or improvement figure with its sign: ``+10%``, ``-3.5%``."""
    return ("+" if value > 0 else "") + format_value(value, unit)


def text(key: str, lang: str = "zh_TW") -> str:
    """A chart text in ``en``, ``zh_TW`` or ``zh_CN`` (charts are printed in the plan's
    language, so they do not follow the Qt translator)."""
    texts = TEXTS[key]
    return texts.get(lang, texts["en"])


def status_text(status: str, lang: str = "zh_TW") -> str:
    return text(status, lang)


@cache
def _families(lang: str) -> tuple[str, ...]:
    from .fonts import find_cjk_family

    chosen = find_cjk_family(lang)
    return ((chosen,) if chosen else ()) + tuple(FONT_FAMILIES)


def chart_font(
    pixel_size: int, bold: bool = False, *, lang: str = "zh_TW", family: str | None = None
) -> QFont:
    """A font with real CJK glyphs for ``lang`` (or ``family``, e.g. the print font)."""
    font = QFont()
    font.setFamilies(([family] if family else []) + list(_families(lang)))
    font.setPixelSize(max(6, pixel_size))
    font.setBold(bold)
    return font


def value_unit(series: KpiSeries) -> str:
    """The unit of the plotted values: "%" for growth / improvement figures, else the unit
    of the entered values (a growth KPI's volume has none)."""
    return "%" if series.spec.in_rates else entered_unit(series.spec)


def chart_title(series: KpiSeries, lang: str = "zh_TW") -> str:
    """``code name（unit）``, or for growth / improvement what the % figures are."""
    spec = series.spec
    if spec.in_rates:
        return f"{spec.code} {spec.name}（{text(spec.target_kind + '_axis', lang)}）"
    unit = value_unit(series)
    return f"{spec.code} {spec.name}" + (f"（{unit}）" if unit else "")


def ratio_text(ratio: float) -> str:
    """A gap ratio as a signed percentage (one decimal when under 1 %)."""
    if 0 < abs(ratio) < 0.0005:
        return ("-" if ratio < 0 else "+") + "<0.1%"
    return f"{ratio:+.1%}" if abs(ratio) < 0.01 else f"{ratio:+.0%}"


def headline(series: KpiSeries, lang: str = "zh_TW", *, short: bool = False) -> str:
    """Latest value, status and gap, e.g. ``9月：1.32% · 未達標，差 0.16%（-11%）``."""
    series = in_target_terms(series)
    latest = series.latest()
    if latest is None or latest.actual is None:
        return text("no_actuals", lang)
    unit = value_unit(series)
    if series.spec.in_rates:  # +10% on the previous month, next to the target growth
        out = text("rate_latest", lang).format(
            month_name(latest.month, lang),
            signed(latest.actual),
            status_text(latest.status, lang),
            signed(series.spec.target) if series.spec.target is not None else "—",
        )
        return out
    out = text("latest", lang).format(
        month_name(latest.month, lang), format_value(latest.actual, unit)
    )
    if short:  # the overview tiles: value, status and the gap in %
        out += " · " + status_text(latest.status, lang)
        if latest.status in (AT_RISK, OFF_TRACK) and latest.gap_ratio is not None:
            out += " " + ratio_text(latest.gap_ratio)
        return out
    if series.spec.target_kind == "growth":
        rate = series.growth_rate(latest.month)
        if rate is not None:
            out += text("growth", lang).format(rate)
    if latest.gap is not None and latest.status in (AT_RISK, OFF_TRACK):
        out += " · " + text("by", lang).format(
            status_text(latest.status, lang), format_value(abs(latest.gap), unit)
        )
        if latest.gap_ratio is not None:
            out += f" ({ratio_text(latest.gap_ratio)})"
    else:
        out += " · " + status_text(latest.status, lang)
    return out


def should_text(series: KpiSeries, expected: float, lang: str = "zh_TW") -> str:
    """The label of the "as of" marker, saying what it marks (today, year end, latest month)."""
    value = signed(expected) if series.spec.in_rates else format_value(expected, value_unit(series))
    if series.spec.target_kind == "ceiling":
        out = text("at_most", lang).format(value)
        return out if series.as_of_kind == "today" else f"{marker_text(series, lang)}: {out}"
    key = {"latest": "should_latest", "year_end": "should_year_end"}.get(
        series.as_of_kind, "should"
    )
    return text(key, lang).format(value, int(series.as_of or 0))


def marker_text(series: KpiSeries | None, lang: str = "zh_TW") -> str:
    """The legend entry of the "as of" marker: today, year end or the latest month with data."""
    kind = series.as_of_kind if series is not None else "today"
    return text(f"marker_{kind}" if kind in ("latest", "year_end") else "today", lang)


def warning_line_text(code: str, op: str, threshold: float, unit: str, lang: str = "zh_TW") -> str:
    return text("warning_line", lang).format(code, op, format_value(threshold, unit))


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
    painter.drawText(
        QRectF(rect.left() + base, top, rect.width() - 2 * base, title_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
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
    actual = [p for p in series.points if p.actual is not None]
    radius = (3.0 if compact else 5.0) * max(1.0, scale)
    if spec.target_kind == "count":
        width = plot.width() / 12 * 0.6
        for p in actual:
            y0, y1 = y_of(max(lo, 0.0)), y_of(p.actual)
            color = STATUS_COLORS[p.status]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color.lighter(115))
            painter.drawRect(QRectF(x_of(p.month) - width / 2, min(y0, y1), width, abs(y0 - y1)))
        painter.strokePath(target_path, target_pen)
    else:
        painter.setPen(QPen(ACTUAL_COLOR, max(1.5, 2.2 * scale)))
        for a, b in zip(actual, actual[1:], strict=False):
            painter.drawLine(
                QPointF(x_of(a.month), y_of(a.actual)), QPointF(x_of(b.month), y_of(b.actual))
            )
        for p in actual:
            painter.setPen(QPen(Qt.GlobalColor.white, 1.2))
            painter.setBrush(STATUS_COLORS[p.status])
            painter.drawEllipse(QPointF(x_of(p.month), y_of(p.actual)), radius, radius)
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
    if not render_kpi_chart_image(series, width, height, lang=lang).save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path
