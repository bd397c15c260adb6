"""The KPI chart pane: the year at a glance, one KPI in detail, and the early warnings.

Left: an overview grid of small charts, one per KPI, framed in its status colour with the
latest value (click one to open it). Right: the main chart (``kpi_main_chart``, pyqtgraph:
imported only when this screen is first shown) and the early warnings (風險預警).
The toolbar fills demo actuals (one undoable change, clearly labelled)
and exports the chart to PNG at a chosen width. Everything refreshes through ``DeferredRefresh``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.kpi_figures import in_target_terms
from desktop.models.kpi_math import AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK, KpiSeries, plan_series
from desktop.models.warnings import EarlyWarning, early_warnings, format_value, month_name
from desktop.operations.kpi_demo import (
    DEMO_TABLES,
    clear_demo_actuals,
    fill_demo_actuals,
)
from desktop.operations.undo import OperationRefused
from desktop.render.kpi_chart import STATUS_COLORS, paint_kpi_chart, save_kpi_chart_png
from desktop.render.kpi_chart_text import chart_title, headline, table_text
from desktop.views.files.file_names import ask_save_path
from desktop.views.kpi.kpi_main_chart import KpiMainChart
from desktop.views.shared.accessible import ReadingOrder, name_view
from desktop.views.shared.refresh import DeferredRefresh
from desktop.views.shared.refusals import show_refusal

WATCHED = {"kpi", "kpi_actual", "goal", "risk", "plan"}


class KpiTile(QFrame):
    """A small chart of one KPI; a thick left edge in its status colour."""

    clicked = Signal(str)

    def __init__(self, series: KpiSeries, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series, self.lang, self.selected = series, lang, False
        self.setMinimumSize(230, 150)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Space / Enter opens it below
        self.set_series(series, lang)

    def tip(self) -> str:
        """The whole title (a tile may cut it short) and the headline."""
        return f"{chart_title(self.series, self.lang)}\n{headline(self.series, self.lang)}"

    def set_series(self, series: KpiSeries, lang: str) -> None:
        self.series, self.lang = series, lang
        self.setToolTip(self.tip())
        self.setAccessibleName(chart_title(series, lang) + " — " + headline(series, lang))
        self.setAccessibleDescription(table_text(series, lang))  # the chart as a table
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit(self.code)
            return
        super().keyPressEvent(event)

    @property
    def code(self) -> str:
        return self.series.spec.code

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        paint_kpi_chart(
            painter, rect.adjusted(6, 0, 0, 0), self.series, compact=True, lang=self.lang
        )
        color = STATUS_COLORS[in_target_terms(self.series).status]
        painter.fillRect(QRectF(rect.left(), rect.top(), 6, rect.height()), color)
        pen = QPen(
            QColor("#1f4e79") if self.selected or self.hasFocus() else QColor("#d0d0d0"),
            2.5 if self.selected or self.hasFocus() else 1,
        )
        if self.hasFocus():
            pen.setStyle(Qt.PenStyle.DashLine)  # the keyboard is here
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.code)
        super().mousePressEvent(event)


class KpiPaneScreen(QWidget):
    """Targets against actuals for every KPI of the current plan."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.series: list[KpiSeries] = []
        self.warnings: list[EarlyWarning] = []
        self.has_demo = False
        self.current_code: str | None = None
        self._picked = False  # the user chose the KPI in the main chart
        self.tiles: dict[str, KpiTile] = {}
        self.today = date.today()
        self._build()
        self.refresher = DeferredRefresh(self, ctx, self.reload, WATCHED)
        self.reload()

    # ----- layout -------------------------------------------------------------------
    def _build(self) -> None:
        self.demo_button = QPushButton(self.tr("Fill demo actuals"))
        self.demo_tip = self.tr(
            "Adds made-up demo numbers for January to September to every KPI, so that you "
            "can explore the charts. Measured actuals are kept. Undo removes them."
        )
        self.demo_button.setToolTip(self.demo_tip)
        self.demo_button.clicked.connect(lambda: self.fill_demo(ask=True))
        self.clear_button = QPushButton(self.tr("Remove demo actuals"))
        self.clear_button.clicked.connect(self.clear_demo)
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.clicked.connect(self.ask_export)
        self.demo_label = QLabel(
            self.tr("DEMO DATA: the actuals shown are generated, not measured.")
        )
        self.demo_label.setObjectName("demoBanner")
        self.demo_label.setStyleSheet(
            "background:#fff3cd;color:#664d03;padding:3px 8px;"
            "border:1px solid #ffe69c;font-weight:bold;"
        )
        bar = QHBoxLayout()
        for widget in (self.demo_button, self.clear_button, self.export_button):
            bar.addWidget(widget)
        bar.addWidget(self.demo_label)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("kpiSummary")
        bar.addWidget(self.summary)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setMinimumWidth(500)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tiles in it take the focus
        self.reading_order = ReadingOrder(  # the tiles on the left, then the chart
            self, lambda: [*self.tiles.values(), self.chart.plot]
        )
        self.chart = KpiMainChart(self.ctx.lang)
        self.warning_title = QLabel()
        self.warning_list = QTreeWidget()
        name_view(self.warning_list, self.tr("Early warnings"))
        self.warning_list.setHeaderLabels(
            [
                self.tr("Risk"),
                self.tr("KPI"),
                self.tr("Month"),
                self.tr("Value"),
                self.tr("Threshold"),
            ]
        )
        self.warning_list.setRootIsDecorated(False)
        self.warning_list.itemActivated.connect(
            lambda it, _c: self.select_kpi(it.data(0, Qt.ItemDataRole.UserRole))
        )
        warn_box = QWidget()
        warn_layout = QVBoxLayout(warn_box)
        warn_layout.setContentsMargins(0, 0, 0, 0)
        warn_layout.addWidget(self.warning_title)
        warn_layout.addWidget(self.warning_list)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart)
        right.addWidget(warn_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # ----- data ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the plan again and redraw everything."""
        self.refresher.mark_fresh()
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            if plan is None:
                self.series, self.warnings, self.has_demo = [], [], False
                locked = False
            else:
                self.series = plan_series(plan, today=self.today)
                self.warnings = early_warnings(plan)
                self.has_demo = any(a.demo for g in plan.goals for k in g.kpis for a in k.actuals)
                locked = plan.is_locked
        self.demo_label.setVisible(self.has_demo)
        self.clear_button.setEnabled(self.has_demo and not self.ctx.read_only)
        self.demo_button.setEnabled(bool(self.series) and not self.ctx.read_only and not locked)
        self.demo_button.setToolTip(
            self.tr(
                "This plan is signed off: its actuals are measured values, demo numbers cannot be "
                "added."
            )
            if locked
            else self.demo_tip
        )
        codes = [s.spec.code for s in self.series]
        judged = {s.spec.code: in_target_terms(s) for s in self.series}
        if self.current_code not in codes or not self._picked:
            off = sorted(
                (
                    judged[s.spec.code]
                    for s in self.series
                    if judged[s.spec.code].status == "off_track"
                ),
                key=lambda s: -abs(s.latest().gap_ratio or 0),
            )  # the worst first
            self.current_code = off[0].spec.code if off else (codes or [None])[0]
        self._fill_grid()
        self._fill_warnings()
        self.chart.show_series(self.series_for(self.current_code))
        self._fill_summary()

    def _fill_summary(self) -> None:
        counts = Counter(in_target_terms(s).status for s in self.series)
        parts = [
            (OFF_TRACK, self.tr("{0} off track")),
            (AT_RISK, self.tr("{0} at risk")),
            (ON_TRACK, self.tr("{0} on track")),
            (NO_DATA, self.tr("{0} without data")),
        ]
        self.summary.setText(
            "　".join(
                f"<b style='color:{STATUS_COLORS[status].name()}'>■</b> {label.format(counts[status])}"
                for status, label in parts
                if counts[status]
            )
        )

    def series_for(self, code: str | None) -> KpiSeries | None:
        return next((s for s in self.series if s.spec.code == code), None)

    def select_kpi(self, code: str | None) -> None:
        """Show ``code`` in the main chart."""
        if code and self.series_for(code) is not None:
            self.current_code, self._picked = code, True
            for tile_code, tile in self.tiles.items():
                tile.selected = tile_code == code
                tile.update()
            self.chart.show_series(self.series_for(self.current_code))

    def _fill_grid(self) -> None:
        codes = [s.spec.code for s in self.series]
        if codes and codes == list(self.tiles):  # same KPIs: repaint the tiles in place
            for series in self.series:
                tile = self.tiles[series.spec.code]
                tile.set_series(series, self.ctx.lang)
                tile.selected = series.spec.code == self.current_code
            return
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.tiles = {}
        for index, series in enumerate(self.series):
            tile = KpiTile(series, self.ctx.lang)
            tile.selected = series.spec.code == self.current_code
            tile.clicked.connect(self.select_kpi)
            self.grid.addWidget(tile, index // 2, index % 2)
            self.tiles[series.spec.code] = tile
        self.reading_order.apply()
        if not self.series:
            self.grid.addWidget(QLabel(self.tr("This plan has no KPIs yet.")), 0, 0)

    def _fill_warnings(self) -> None:
        self.warning_list.clear()
        lang = self.ctx.lang
        for w in self.warnings:
            row = QTreeWidgetItem(
                [
                    f"{w.risk_code} {w.risk_title}",
                    f"{w.kpi_code} {w.kpi_name}",
                    month_name(w.month, lang),
                    format_value(w.value, w.unit),
                    f"{w.op} {format_value(w.threshold, w.unit)}",
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, w.kpi_code)
            row.setForeground(3, QColor("#c62828"))
            row.setToolTip(0, w.text(lang))
            self.warning_list.addTopLevelItem(row)
        for column in range(self.warning_list.columnCount()):
            self.warning_list.resizeColumnToContents(column)
        self.warning_title.setText(
            self.tr("<b>Early warnings (風險預警): {0}</b>").format(len(self.warnings))
            if self.warnings
            else self.tr(
                "<b>Early warnings (風險預警)</b>: none — no actual crosses a risk's threshold."
            )
        )

    # ----- actions ------------------------------------------------------------------
    def fill_demo(self, *, ask: bool = False) -> None:
        """Fill demo actuals in one undoable change (asks first when ``ask``)."""
        if self.ctx.plan_id is None:
            return
        question = self.tr(
            "Add generated DEMO actuals (January–September) to every KPI?\n\nThey are made "
            "up for exploring the charts, marked as demo data, and never replace measured "
            "actuals. Edit ▸ Undo removes them."
        )
        yes = QMessageBox.StandardButton.Yes
        if ask and QMessageBox.question(self, self.tr("Fill demo actuals"), question) != yes:
            return
        self._run_demo(self.tr("Fill demo actuals"), fill_demo_actuals())

    def clear_demo(self) -> None:
        if self.ctx.plan_id is None:
            return
        self._run_demo(self.tr("Remove demo actuals"), clear_demo_actuals())

    def _run_demo(self, action: str, apply: Any) -> None:
        """Run a demo-actuals change; a refusal gets the window's dialog (no hint line here)."""
        try:
            self.ctx.ops.run(self.ctx.plan_id, action, apply, tables=DEMO_TABLES)
        except OperationRefused as refusal:
            show_refusal(self, refusal)

    def export_png(self, path: str, width: int) -> None:
        """Write the main chart's KPI to ``path`` as a PNG ``width`` pixels wide."""
        series = self.series_for(self.current_code)
        if series is not None:
            save_kpi_chart_png(series, path, width, lang=self.ctx.lang)

    def ask_export(self) -> None:
        series = self.series_for(self.current_code)
        if series is None:
            return
        width, ok = QInputDialog.getInt(
            self, self.tr("Export PNG"), self.tr("Width in pixels:"), 1600, 300, 10000, 100
        )
        if not ok:
            return
        path = ask_save_path(  # "<title> <year> r<rev> <KPI code>.png" in the last folder
            self, self.ctx, self.tr("Export PNG"), "png", self.tr("PNG (*.png)"), series.spec.code
        )
        if not path:
            return
        try:
            self.export_png(path, width)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export PNG"), str(exc))
