"""The KPI pane draws each KPI's year-end projection and its band to December, with a line of
text; too few actuals say so."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QGraphicsPolygonItem

from desktop.operations.kpi_demo import DEMO_TABLES, set_actual
from tests.views.kpi.test_kpi_pane import kpi_id, pane  # noqa: F401  (fixture)
from tests.views.settle import settle

pytestmark = pytest.mark.gui


def enter(pane, code: str, values: list[float]) -> None:  # noqa: F811
    for month, value in enumerate(values, start=1):
        pane.ctx.ops.run(
            pane.ctx.plan_id,
            "Set actual",
            set_actual(kpi_id(pane, code), month, value),
            tables=DEMO_TABLES,
        )


def projection(pane) -> list[tuple[list[float], list[float]]]:  # noqa: F811
    dashed = []
    for item in pane.chart.plot.getPlotItem().items:
        if isinstance(item, pg.PlotDataItem) and item.opts["pen"] is not None:
            pen = pg.mkPen(item.opts["pen"])
            if pen.color().name() == "#6a3d9a":
                xs, ys = item.getData()
                dashed.append((list(xs), list(ys)))
    return dashed


def test_projection_and_band_run_to_december(pane, qtbot):  # noqa: F811
    enter(pane, "a1", [50, 52, 53, 55])
    settle(pane)
    pane.select_kpi("a1")
    [(xs, ys)] = projection(pane)
    assert xs == list(range(4, 13))
    assert ys[-1] == pytest.approx(67.7)
    items = pane.chart.plot.getPlotItem().items
    assert len([i for i in items if isinstance(i, pg.FillBetweenItem)]) == 1  # the target's
    [band] = [i for i in items if isinstance(i, QGraphicsPolygonItem)]  # the forecast's 80 %
    polygon = band.polygon()
    assert polygon.size() == 18 and polygon.at(8).x() == 12
    assert (polygon.at(8).y(), polygon.at(9).y()) == (pytest.approx(65.1), pytest.approx(70.3))
    assert pane.chart.forecast_line.text() == (
        "Forecast for December: 67.7 % (80 % range 65.1–70.3); 5 % chance of reaching 80 %"
    )


def test_improvement_is_charted_in_percent_and_too_few_actuals_say_so(pane, qtbot):  # noqa: F811
    enter(pane, "d2", [40, 42, 43, 45])  # no baseline: +20 % over the first actual (40)
    enter(pane, "c1", [3])
    settle(pane)
    pane.select_kpi("d2")
    [(xs, ys)] = projection(pane)
    assert ys[-1] == pytest.approx((57.7 - 40) / 40 * 100)
    assert "chance of reaching 48 %" in pane.chart.forecast_line.text()
    pane.select_kpi("c1")
    assert projection(pane) == []
    assert pane.chart.forecast_line.text() == (
        "Forecast: too few actuals (a forecast needs 3 months)."
    )
