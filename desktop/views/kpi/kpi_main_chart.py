"""The KPI pane's main chart (pyqtgraph): one KPI's months against its target.

Actuals as a line with points coloured by status (bars for count KPIs), the target path with
its tolerance band, the risks' early-warning lines and the "where we should be today" marker.
Hovering a month reads its values in the line under the chart and in a tooltip.

pyqtgraph is imported here, and this module only by the KPI pane, which the main window
creates the first time it is shown.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from desktop.models.kpi_figures import entered_unit, in_target_terms
from desktop.models.kpi_math import NO_DATA, KpiSeries
from desktop.models.warnings import format_value, month_name
from desktop.render.kpi_chart import (
    ACTUAL_COLOR,
    BAND_COLOR,
    STATUS_COLORS,
    TARGET_COLOR,
    TODAY_COLOR,
    WARNING_COLOR,
    chart_font,
)
from desktop.render.kpi_chart_text import (
    chart_title,
    headline,
    should_text,
    signed,
    status_text,
    table_text,
    value_unit,
    warning_line_text,
)


class KpiMainChart(QWidget):
    """Headline, chart and hover line of one KPI."""

    def __init__(self, lang: str = "zh_TW", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.series: KpiSeries | None = None
        self.entered: KpiSeries | None = None  # the entered values (series shows the figures)
        self.actual_curve: Any = None
        self._hover_month: int | None = None
        pg.setConfigOptions(antialias=True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(320)
        item = self.plot.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.15)
        item.setMenuEnabled(False)
        item.hideButtons()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen("#777777"))
            axis.setTextPen(pg.mkPen("#333333"))
            axis.setTickFont(chart_font(13, lang=lang))
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.headline = QLabel()
        self.headline.setObjectName("kpiHeadline")
        self.headline.setWordWrap(True)
        self.hover_label = QLabel(self.tr("Point at a month to read its values."))
        self.hover_label.setObjectName("kpiHover")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.periods = QLabel()
        self.periods.setObjectName("kpiPeriods")
        layout.addWidget(self.headline)
        self.forecast_line = QLabel()
        self.forecast_line.setObjectName("kpiForecast")
        self.forecast_line.setWordWrap(True)
        layout.addWidget(self.periods)
        layout.addWidget(self.forecast_line)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover_label)

    def show_series(self, series: KpiSeries | None) -> None:
        """Draw ``series`` (or nothing); growth / improvement KPIs as their % figures."""
        self.entered = series
        series = in_target_terms(series) if series is not None else None
        self.series = series
        self._hover_month = None
        item = self.plot.getPlotItem()
        item.clear()
        if series is None:
            self.headline.setText(self.tr("No KPI to show."))
            self.periods.setText("")
            self.forecast_line.setText("")
            self.actual_curve = None
            return
        lang, spec = self.lang, series.spec
        unit = value_unit(series)
        color = STATUS_COLORS[series.status].name()
        title = chart_title(series, lang)
        for widget in (self.plot, self.plot.viewport()):  # the viewport takes the focus
            widget.setAccessibleName(title)
            widget.setAccessibleDescription(table_text(self.entered, lang))  # as a table
        demo = (
            f"　<span style='color:#c62828;font-weight:bold'>"
            f"{self.tr('示範數據 / demo data: generated, not measured')}</span>"
            if spec.demo_months
            else ""
        )
        self.headline.setText(
            f"<span style='font-size:15pt;font-weight:bold'>{title}</span>"
            f"　<span style='color:{color};font-size:12pt'>"
            f"{headline(series, lang)}</span>{demo}"
        )
        self.periods.setText(self.periods_text(series))
        item.getAxis("bottom").setTicks([[(m, month_name(m, lang)) for m in range(1, 13)]])
        axis = (
            (
                self.tr("growth on previous month, %")
                if spec.target_kind == "growth"
                else self.tr("improvement over baseline, %")
            )
            if spec.in_rates
            else unit or self.tr("volume")
        )
        item.setLabel("left", axis, **{"font-size": "12pt"})
        self._draw_target(item, series)
        self._draw_actuals(item, series)
        for code, op, threshold in series.warning_lines:
            item.addItem(
                pg.InfiniteLine(
                    threshold,
                    angle=0,
                    pen=pg.mkPen(WARNING_COLOR, width=1.5, style=Qt.PenStyle.DashDotLine),
                    label=warning_line_text(code, op, threshold, unit, lang),
                    labelOpts={
                        "position": 0.03,
                        "color": WARNING_COLOR,
                        "anchors": [(0, 0), (0, 0)],
                    },
                )
            )
        self._draw_today(item, series)
        self._draw_forecast(item)
        item.setXRange(0.5, 12.5, padding=0)
        if spec.in_rates:  # growth / improvement in %: from 0, so +10 % reads as +10 %
            values = [v for p in series.points for v in (p.actual, p.target) if v is not None]
            item.setYRange(min([0.0, *values]), max([0.0, *values]) * 1.15 or 1.0)

    def _draw_forecast(self, item: Any) -> None:
        """The projection to December and its band (``kpi_forecast``), and its line of text."""
        from desktop.views.kpi.kpi_forecast import draw_forecast, forecast_text

        if self.entered is None:
            return
        self.forecast = draw_forecast(item, self.entered.spec)
        unit = entered_unit(self.entered.spec)
        self.forecast_line.setText(forecast_text(self.forecast, unit))

    def _draw_target(self, item: Any, series: KpiSeries) -> None:
        spec = series.spec
        targets = [(p.month, p.target) for p in series.points if p.target is not None]
        if not targets:
            return
        xs = [m for m, _t in targets]
        ts = [t for _m, t in targets]
        sign = -1 if spec.higher_is_better else 1
        edge = [t + sign * abs(spec.tolerance) * abs(t) for t in ts]
        target_curve = pg.PlotDataItem(
            xs, ts, pen=pg.mkPen(TARGET_COLOR, width=2, style=Qt.PenStyle.DashLine)
        )
        edge_curve = pg.PlotDataItem(xs, edge, pen=pg.mkPen(None))
        band = pg.FillBetweenItem(target_curve, edge_curve, brush=BAND_COLOR)
        band.setZValue(-10)
        target_curve.setZValue(5)  # over the bars
        for chart_item in (band, target_curve, edge_curve):
            item.addItem(chart_item)

    def _draw_actuals(self, item: Any, series: KpiSeries) -> None:
        points = [p for p in series.points if p.actual is not None]
        brushes = [pg.mkBrush(STATUS_COLORS[p.status]) for p in points]
        xs = [p.month for p in points]
        ys = [p.actual for p in points]
        self.actual_curve = pg.PlotDataItem(xs, ys, pen=pg.mkPen(ACTUAL_COLOR, width=3))
        if series.spec.target_kind == "count":
            if points:  # pyqtgraph's BarGraphItem fails on an empty list of bars
                item.addItem(
                    pg.BarGraphItem(
                        x=xs, height=ys, width=0.6, brushes=brushes, pens=[pg.mkPen(None)] * len(xs)
                    )
                )
        elif points:
            self.actual_curve.setZValue(8)
            item.addItem(self.actual_curve)
            dots = pg.ScatterPlotItem(xs, ys, size=13, brush=brushes, pen=pg.mkPen("w", width=1.5))
            dots.setZValue(9)
            item.addItem(dots)

    def _draw_today(self, item: Any, series: KpiSeries) -> None:
        if series.as_of is None:
            return
        item.addItem(
            pg.InfiniteLine(
                series.as_of,
                angle=90,
                pen=pg.mkPen(TODAY_COLOR, width=1.5, style=Qt.PenStyle.DotLine),
            )
        )
        expected = series.target_at(series.as_of)
        if expected is None:
            return
        diamond = pg.ScatterPlotItem(
            [series.as_of],
            [expected],
            symbol="d",
            size=16,
            brush=pg.mkBrush("w"),
            pen=pg.mkPen(TODAY_COLOR, width=2),
        )
        diamond.setZValue(10)
        item.addItem(diamond)
        label = pg.TextItem(
            should_text(series, expected, self.lang), color=TODAY_COLOR, anchor=(0, 1)
        )
        label.setFont(chart_font(13, lang=self.lang))
        label.setPos(series.as_of, expected)
        item.addItem(label)

    def periods_text(self, series: KpiSeries) -> str:
        """The evaluation points: each quarter and the year to date, coloured by status."""
        unit = value_unit(series)
        latest = series.latest()
        figures = [(self.tr("Q{0}").format(q), series.quarter(q)) for q in (1, 2, 3, 4)]
        if latest is not None:
            figures.append((self.tr("Year to date"), series.year_to_date(latest.month)))
        parts = []
        for name, figure in figures:
            if figure.actual is None or figure.target is None:
                parts.append(f"<span style='color:#9e9e9e'>{name}: –</span>")
                continue
            color = STATUS_COLORS[figure.status].name()
            parts.append(
                self.tr("{0}: <b style='color:{1}'>{2}</b> / {3}").format(
                    name,
                    color,
                    format_value(figure.actual, unit),
                    format_value(figure.target, unit),
                )
            )
        return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts)

    def hover_text(self, month: int) -> str:
        """What hovering over ``month`` shows."""
        series = self.series
        if series is None or not 1 <= month <= 12:
            return ""
        p, unit = series.point(month), value_unit(series)
        shown = signed if series.spec.in_rates else (lambda v: format_value(v, unit))
        actual = self.tr("no actual") if p.actual is None else shown(p.actual)
        target = self.tr("no target") if p.target is None else shown(p.target)
        text = self.tr("{0}: actual {1} · target {2}").format(
            month_name(month, self.lang), actual, target
        )
        if p.gap is not None:
            sign = "+" if p.gap >= 0 else "−"
            text += self.tr(" · gap {0}").format(sign + format_value(abs(p.gap), unit))
        entered = self.entered.point(month).actual if self.entered is not None else None
        if series.spec.in_rates and entered is not None:
            text += self.tr(" · entered {0}").format(
                format_value(entered, entered_unit(series.spec))
            )
        if month in series.spec.demo_months:
            text += " · " + self.tr("示範數據 / demo data")
        if p.status != NO_DATA:
            text += f" · {status_text(p.status, self.lang)}"
        return text

    def _on_mouse_moved(self, pos: QPointF) -> None:
        # Only labels change on hover: moving graphics items would call itemChange each time.
        item = self.plot.getPlotItem()
        if self.series is None or not item.sceneBoundingRect().contains(pos):
            return
        month = round(item.vb.mapSceneToView(pos).x())
        if month == self._hover_month:
            return
        self._hover_month = month
        text = self.hover_text(month)
        if text:
            self.hover_label.setText(text)
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()
