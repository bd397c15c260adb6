"""The year-end forecast on the KPI pane's chart: the projection from the last actual to
December as a dashed line, its 80 % prediction interval as a band, and one line of text
(``models.forecast``). Growth KPIs are charted as monthly growth rates while their forecast is
a December volume: they get the text only."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem

from desktop.models.forecast import NOT_POSITIVE, TOO_FEW, Forecast, forecast, format_number
from desktop.models.kpi_math import KpiSpec

PROJECTION_COLOR = QColor("#6a3d9a")
PROJECTION_BAND = QColor(106, 61, 154, 45)


def _reference(spec: KpiSpec) -> float | None:
    if spec.baseline is not None:
        return spec.baseline
    months = sorted(m for m in spec.actuals if 1 <= m <= 12)
    return spec.actuals[months[0]] if months else None


def charted_path(f: Forecast, entered: KpiSpec) -> list[tuple[int, float, float, float]]:
    """The path in the chart's terms: values, or % over the reference for improvement KPIs;
    nothing for growth KPIs (charted as rates)."""
    if entered.target_kind == "growth" or not f.path:
        return []
    if entered.target_kind != "improvement":
        return list(f.path)
    ref = _reference(entered)
    if not ref:
        return []
    return [
        (m, *((v - ref) / abs(ref) * 100 for v in values))  # type: ignore[misc]
        for m, *values in f.path
    ]


def forecast_text(f: Forecast, unit: str) -> str:
    """One line: the December forecast, its range and the chance (or why there is none)."""
    if f.reason == TOO_FEW:
        return QCoreApplication.translate(
            "KpiForecast", "Forecast: too few actuals (a forecast needs 3 months)."
        )
    if f.reason == NOT_POSITIVE:
        return QCoreApplication.translate(
            "KpiForecast", "Forecast: none (a growth KPI needs volumes above zero)."
        )
    suffix = f" {unit}" if unit else ""
    text = QCoreApplication.translate(
        "KpiForecast", "Forecast for December: {0} (80 % range {1}–{2})"
    ).format(format_number(f.projected) + suffix, format_number(f.low), format_number(f.high))
    if f.chance is not None:
        text += QCoreApplication.translate("KpiForecast", "; {0} % chance of reaching {1}").format(
            round(f.chance * 100), format_number(_three_digits(f.target)) + suffix
        )
    return text


def _three_digits(value: float | None) -> float | None:
    from desktop.models.forecast import rounded, step_for

    if value is None or value == 0 or float(value).is_integer():
        return value
    return rounded(value, step_for(0, value))


def draw_forecast(item: Any, entered: KpiSpec) -> Forecast:
    """Add the projection and its band to the plot ``item``; returns the forecast."""
    f = forecast(entered)
    path = charted_path(f, entered)
    if len(path) >= 2:
        # the band as one polygon (cheaper than pyqtgraph's FillBetweenItem of two curves)
        outline = [QPointF(m, low) for m, _v, low, _h in path]
        outline += [QPointF(m, high) for m, _v, _l, high in reversed(path)]
        band = QGraphicsPolygonItem(QPolygonF(outline))
        band.setBrush(PROJECTION_BAND)
        band.setPen(QPen(Qt.PenStyle.NoPen))
        band.setZValue(-5)
        line = pg.PlotDataItem(
            [p[0] for p in path],
            [p[1] for p in path],
            pen=pg.mkPen(PROJECTION_COLOR, width=2, style=Qt.PenStyle.DashLine),
        )
        line.setZValue(7)
        item.addItem(band)
        item.addItem(line)
    return f
