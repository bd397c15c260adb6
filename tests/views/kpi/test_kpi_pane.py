"""The KPI chart pane: tiles, main chart and warnings follow every change; PNG export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from desktop.models import Kpi
from desktop.models.kpi_figures import in_target_terms
from desktop.models.kpi_math import KpiSpec, kpi_series
from desktop.operations.kpi_demo import DEMO_TABLES, set_actual
from tests.views.settle import settle

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/kpi")


@pytest.fixture
def pane(sample_ws, qtbot):
    from desktop.views.kpi.kpi_pane import KpiPaneScreen
    from desktop.views.shared.context import AppContext

    ws, _uuid = sample_ws
    ctx = AppContext(ws)
    widget = KpiPaneScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1500, 950)
    return widget


def kpi_id(pane, code: str) -> int:
    with pane.ctx.session() as session:
        return session.scalars(
            select(Kpi.id).where(Kpi.plan_id == pane.ctx.plan_id, Kpi.code == code)
        ).one()


def non_white(image: QImage, step: int = 4) -> int:
    white = QColor("white").rgb()
    return sum(
        image.pixel(x, y) != white
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_pane_without_actuals_shows_every_kpi_and_no_warnings(pane):
    assert len(pane.tiles) == 11
    assert all(s.status == "no_data" for s in pane.series)
    assert pane.warning_list.topLevelItemCount() == 0
    assert pane.demo_label.isHidden() and not pane.clear_button.isEnabled()
    assert pane.current_code == "a1"


def test_demo_fill_edit_and_undo_update_charts_and_warnings(pane, qtbot):
    ops = pane.ctx.ops
    with qtbot.waitSignal(ops.changed):
        pane.fill_demo()
    settle(pane)
    assert not pane.demo_label.isHidden()
    assert all(s.latest() is not None and s.latest().month == 9 for s in pane.series)
    assert pane.warning_list.topLevelItemCount() == len(pane.warnings) > 0
    # judged as each target means it (growth / improvement KPIs on their % figures)
    assert pane.current_code in {
        s.spec.code for s in pane.series if in_target_terms(s).status == "off_track"
    }
    SHOTS.mkdir(exist_ok=True)
    pane.show()
    qtbot.waitExposed(pane)
    pane.grab().save(str(SHOTS / "shot.png"))

    qtbot.mouseClick(pane.tiles["c2"], Qt.MouseButton.LeftButton)
    assert pane.current_code == "c2" and pane.tiles["c2"].selected
    ops.run(
        pane.ctx.plan_id, "Set actual", set_actual(kpi_id(pane, "c2"), 3, 0.9), tables=DEMO_TABLES
    )
    settle(pane)
    assert any(w.kpi_code == "c2" and w.month == 3 and w.value == 0.9 for w in pane.warnings)
    assert 0.9 in list(pane.chart.actual_curve.getData()[1])  # the main chart was redrawn
    assert pane.tiles["c2"].series.point(3).actual == 0.9  # and its tile
    assert "0.9%" in pane.chart.hover_text(3)
    q1 = pane.series_for("c2").quarter(1)  # a level KPI: its latest month, March
    assert q1.actual == 0.9 and "Q1" in pane.chart.periods.text()
    ops.undo_stack.undo()
    settle(pane)
    assert not any(w.kpi_code == "c2" and w.value == 0.9 for w in pane.warnings)
    assert 0.9 not in list(pane.chart.actual_curve.getData()[1])
    ops.undo_stack.undo()  # the demo actuals go too
    settle(pane)
    assert all(s.status == "no_data" for s in pane.series) and pane.demo_label.isHidden()
    assert pane.warning_list.topLevelItemCount() == 0


def test_count_kpi_is_drawn_as_bars_and_hover_reads_the_month(pane, qtbot):
    import pyqtgraph as pg

    pane.ctx.ops.run(
        pane.ctx.plan_id, "Set actual", set_actual(kpi_id(pane, "d1"), 2, 15), tables=DEMO_TABLES
    )
    settle(pane)
    pane.select_kpi("d1")
    items = pane.chart.plot.getPlotItem().items
    assert any(isinstance(i, pg.BarGraphItem) for i in items)
    periods = pane.chart.periods.text()
    assert "Q1" in periods and "15 篇</b> / 20 篇" in periods  # the quarter adds the months up
    text = pane.chart.hover_text(2)
    assert "15" in text and "20" in text and "未達標" in text


def test_png_export_has_the_requested_size_and_content(pane, tmp_path):
    pane.ctx.ops.run(
        pane.ctx.plan_id, "Set actual", set_actual(kpi_id(pane, "e2"), 4, 30), tables=DEMO_TABLES
    )
    pane.select_kpi("e2")
    out = tmp_path / "e2.png"
    pane.export_png(str(out), 1234)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1234, round(1234 * 0.6))
    assert non_white(image) > 500


def test_render_survives_empty_and_tiny_charts(qtbot):
    from desktop.render.kpi_chart import render_kpi_chart_image, save_kpi_chart_png

    empty = kpi_series(KpiSpec("x", "空", "%", "level", None))
    image = render_kpi_chart_image(empty, 40, 30)
    assert (image.width(), image.height()) == (40, 30)
    growth = kpi_series(
        KpiSpec("b1", "互動量", "%", "growth", 10, actuals={1: 100, 2: 90}), as_of=2.5
    )
    big = render_kpi_chart_image(growth, 900, 500, lang="en")
    assert non_white(big, 6) > 200
    with pytest.raises(OSError):
        save_kpi_chart_png(growth, "/nonexistent-dir/x.png", 300)


def test_main_window_does_not_load_pyqtgraph_at_start():
    code = (
        "import sys, desktop.views.main_window, desktop.models.warnings, "
        "desktop.models.kpi_math; print('pyqtgraph' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr


def test_many_redraws_then_exit_cleanly(tmp_path):
    """PySide6 6.12.0 over-releases None/True in pyqtgraph's itemChange overrides and a
    session aborts ("deallocating None"); pyproject pins PySide6 below 6.12 for that reason."""
    script = tmp_path / "session.py"
    script.write_text(
        "import os, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.store import open_workspace\n"
        "from desktop.models.sample import add_sample_plan\n"
        "from desktop.views.shared.context import AppContext\n"
        "from desktop.views.kpi.kpi_pane import KpiPaneScreen\n"
        "ws = open_workspace(sys.argv[1])\n"
        "with ws.write() as s: add_sample_plan(s)\n"
        "pane = KpiPaneScreen(AppContext(ws)); pane.show()\n"
        "pane.fill_demo(); app.processEvents()  # the pane refreshes on the next pass\n"
        "for _ in range(15):\n"
        "    for code in ('a1', 'a2', 'e2'): pane.select_kpi(code)\n"
        "pane.ctx.ops.undo_stack.undo(); pane.ctx.ops.undo_stack.redo()\n"
        "app.processEvents(); print('ok')\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "w.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]


def test_a_tile_whose_title_is_cut_has_it_whole_in_its_tooltip(qtbot, sample_ws):
    """Tile titles too long for 1280×800 end in … and the tooltip has them (issue 25)."""
    from desktop.render.kpi_chart_text import chart_title
    from desktop.views.kpi.kpi_pane import KpiPaneScreen
    from desktop.views.shared.context import AppContext

    pane = KpiPaneScreen(AppContext(sample_ws[0]))
    qtbot.addWidget(pane)
    pane.reload()
    for tile in pane.tiles.values():
        assert tile.toolTip().startswith(chart_title(tile.series, tile.lang))
