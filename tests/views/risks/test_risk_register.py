"""The risk register: its table model, heat map, filters, editing, undo and printing."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from desktop.models import Kpi
from desktop.operations.kpi_demo import set_actual
from desktop.views.risks import risk_columns as rc
from desktop.views.risks import risk_model as rm
from desktop.views.risks import risk_rows as rr
from desktop.views.risks.heat_map import RESIDUAL
from desktop.views.risks.risk_filter import RiskFilterProxy
from tests.views.risks.risk_helpers import (
    cell,
    open_editor,
    update,
    visible_codes,
)
from tests.views.settle import settle

SHOTS = os.environ.get("PLANDESK_SHOTS")


# ----- the table model ----------------------------------------------------------------------
def test_model_and_proxy_pass_the_model_tester(qtmodeltester, ctx):
    model = rm.RiskTableModel(ctx)
    assert model.rowCount() == 5 and model.columnCount() == rc.COLUMN_COUNT
    qtmodeltester.check(model, force_py=True)
    proxy = RiskFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(search="廣告")
    qtmodeltester.check(proxy, force_py=True)


def test_columns_show_scores_bands_and_choices(ctx):
    model = rm.RiskTableModel(ctx)
    r1 = cell(model, "R1", rc.COL_CODE)
    assert [
        model.index(r1.row(), c).data()
        for c in (
            rc.COL_LIKELIHOOD,
            rc.COL_IMPACT,
            rc.COL_SCORE,
            rc.COL_OWNER,
            rc.COL_SCHEDULE,
            rc.COL_THRESHOLD,
        )
    ] == ["3", "4", "12", "內容審核團隊", "每月第一周", "< 85%"]
    band = model.index(r1.row(), rc.COL_BAND)
    assert band.data() == "High" and band.data(rc.BAND_ROLE) == "high"
    assert band.data(Qt.ItemDataRole.BackgroundRole) == QColor(rr.BAND_COLORS["high"])
    assert not model.flags(band) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, rc.COL_LIKELIHOOD)) & Qt.ItemFlag.ItemIsEditable
    assert r1.data(rc.CELL_ROLE) == (3, 4) and r1.data(rc.RESIDUAL_CELL_ROLE) is None
    teams = model.index(0, rc.COL_OWNER).data(rc.CHOICES_ROLE)
    assert teams[0][0] is None and "內容審核團隊" in [t for _i, t in teams]
    r4 = cell(model, "R4", rc.COL_THRESHOLD)
    assert r4.data() == "> 24 小時" and r4.data(Qt.ItemDataRole.EditRole) == "> 24"
    assert model.setData(r4, r4.data(Qt.ItemDataRole.EditRole))  # unchanged: no operation
    assert ctx.ops.undo_stack.count() == 0
    statuses = [v for v, _t in model.index(0, rc.COL_STATUS).data(rc.CHOICES_ROLE)]
    assert statuses == ["open", "mitigating", "closed"]


def test_overdue_review_and_early_warning_are_flagged(qapp, ctx):
    model = rm.RiskTableModel(ctx)
    model.today = date(2027, 6, 1)
    update(ctx, "R2", review_on=date(2027, 5, 31))
    update(ctx, "R5", review_on=date(2027, 5, 31), status="closed")
    update(ctx, "R4", review_on=date(2027, 6, 1))
    model.reload()  # a model on its own; on the register its DeferredRefresh does this
    overdue = {r.code for r in model.rows if cell(model, r.code, 0).data(rc.OVERDUE_ROLE)}
    assert overdue == {"R2"}
    review = cell(model, "R2", rc.COL_REVIEW)
    assert "2027-05-31" in review.data(Qt.ItemDataRole.ToolTipRole)
    assert review.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not any(cell(model, c, 0).data(rc.WARNING_ROLE) for c in ("R1", "R3"))
    with ctx.session() as session:
        d3 = session.scalars(
            select(Kpi.id).where(Kpi.plan_id == ctx.plan_id, Kpi.code == "d3")
        ).one()
    ctx.ops.run(ctx.plan_id, "actual", set_actual(d3, 3, 80.0), tables=("kpi_actual",))
    model.reload()
    code = cell(model, "R1", rc.COL_CODE)
    assert code.data(rc.WARNING_ROLE) and "80" in code.data(Qt.ItemDataRole.ToolTipRole)
    assert code.data(Qt.ItemDataRole.DecorationRole) is not None
    assert not cell(model, "R3", 0).data(rc.WARNING_ROLE)


# ----- heat map and filters -----------------------------------------------------------------
def test_heat_map_counts_and_click_filters_the_table(qtbot, screen):
    heat = screen.heat.map
    assert heat.count(3, 3) == 2 and heat.count(3, 4) == 1 and heat.count(2, 3) == 1
    assert heat.count(2, 4) == 1 and sum(heat.counts.values()) == 5
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_center((3, 3)).toPoint())
    assert sorted(visible_codes(screen)) == ["R2", "R3"]
    assert "3 × impact 3" in screen.heat.status.text()
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_center((3, 4)).toPoint())
    assert visible_codes(screen) == ["R1"]
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_center((3, 4)).toPoint())
    assert len(visible_codes(screen)) == 5  # clicking again clears
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_center((5, 5)).toPoint())
    assert visible_codes(screen) == []
    heat.setFocus()
    qtbot.keyClick(heat, Qt.Key.Key_Space)  # the keyboard toggles the cursor cell
    assert len(visible_codes(screen)) == 5


def test_residual_heat_map(qtbot, screen, ctx):
    update(ctx, "R1", residual_likelihood=2, residual_impact=2)
    update(ctx, "R3", residual_likelihood=1, residual_impact=3)
    settle(screen)
    heat = screen.heat.map
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_center((3, 3)).toPoint())
    qtbot.mouseClick(screen.heat.buttons[RESIDUAL], Qt.MouseButton.LeftButton)
    assert screen.heat.mode == RESIDUAL and screen.proxy.cell is None  # switching clears
    assert heat.count(2, 2) == 1 and heat.count(1, 3) == 1 and sum(heat.counts.values()) == 2
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_center((2, 2)).toPoint())
    assert visible_codes(screen) == ["R1"]
    assert cell(screen.model, "R1", rc.COL_RES_SCORE).data() == "4"


def test_search_and_filters(qtbot, screen, ctx):
    qtbot.keyClicks(screen.search, "A/B")
    assert visible_codes(screen) == ["R3"]
    screen.search.clear()
    screen.band_box.setCurrentIndex(screen.band_box.findData("high"))
    assert visible_codes(screen) == ["R1"]
    assert sum(screen.heat.map.counts.values()) == 1  # the map follows the filters
    screen.band_box.setCurrentIndex(0)
    screen.owner_box.setCurrentIndex(screen.owner_box.findText("平臺運營團隊"))
    assert visible_codes(screen) == ["R2"]
    screen.owner_box.setCurrentIndex(0)
    update(ctx, "R4", status="mitigating")
    settle(screen)
    screen.status_box.setCurrentIndex(screen.status_box.findData("mitigating"))
    assert visible_codes(screen) == ["R4"]
    screen.clear_filters()
    assert len(visible_codes(screen)) == 5


# ----- editing ------------------------------------------------------------------------------
def test_print_view_and_screenshot(qtbot, screen, ctx, tmp_path: Path):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    update(ctx, "R2", review_on=date(2020, 1, 1))
    update(ctx, "R1", residual_likelihood=2, residual_impact=2)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    pdf = tmp_path / "risks.pdf"
    printer.setOutputFileName(str(pdf))
    screen.print_view(printer)
    assert pdf.stat().st_size > 5000 and pdf.read_bytes().startswith(b"%PDF")
    heat = screen.heat.map
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_center((3, 3)).toPoint())
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    image = screen.grab()
    assert not image.isNull() and image.width() >= 1600
    assert image.save(str(folder / "risk-register.png"))


# ----- frozen columns, column chooser, Tab (issue 16) ---------------------------------------
def test_code_and_title_stay_while_the_measures_scroll_into_view(qtbot, screen):
    table = screen.table
    frozen = table.frozen
    assert frozen.isVisible() and frozen.model() is table.model()
    assert frozen.selectionModel() is table.selectionModel()
    assert [frozen.isColumnHidden(c) for c in range(4)] == [False, False, True, True]
    assert frozen.columnWidth(rc.COL_TITLE) == table.columnWidth(rc.COL_TITLE)
    table.scrollTo(screen.proxy.index(0, rc.COL_RES_SCORE))
    assert table.horizontalScrollBar().value() > 0  # the last column scrolled into view
    table.scrollTo(screen.proxy.index(0, rc.COL_CATEGORY))  # back left: beside the frozen
    x = table.visualRect(screen.proxy.index(0, rc.COL_CATEGORY)).left()
    assert x >= table.frozen_width()  # columns, not under them
    assert frozen.geometry().left() <= table.viewport().geometry().left()
    assert frozen.width() == table.columnWidth(rc.COL_CODE) + table.columnWidth(rc.COL_TITLE)
    assert frozen.rowHeight(0) == table.rowHeight(0)
    index, editor = open_editor(qtbot, screen, "R2", rc.COL_TITLE)  # edited in the overlay
    assert editor.parent().parent() is frozen and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_columns_can_be_hidden_and_are_remembered(qtbot, screen, ctx):
    from desktop.views.risks.risk_register import RiskRegisterScreen

    menu = screen.table.column_menu()
    entries = {a.text(): a for a in menu.actions()}
    category = screen.model.headers[rc.COL_CATEGORY].replace("\n", " ")
    assert not entries[screen.model.headers[rc.COL_TITLE].replace("\n", " ")].isEnabled()
    entries[category].setChecked(False)  # the user unticks a column
    assert screen.table.isColumnHidden(rc.COL_CATEGORY)
    screen.table.set_column_visible(rc.COL_TITLE, False)  # frozen: stays
    assert not screen.table.isColumnHidden(rc.COL_TITLE)
    again = RiskRegisterScreen(ctx)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(rc.COL_CATEGORY)
    again.table.set_column_visible(rc.COL_CATEGORY, True)


def test_tab_skips_read_only_cells(qtbot, screen):
    table = screen.table
    table.setFocus()
    table.setCurrentIndex(screen.proxy.index(0, rc.COL_IMPACT))
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # score and band are computed: skipped
    assert table.currentIndex().column() == rc.COL_OWNER
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.currentIndex().column() == rc.COL_IMPACT


def test_frozen_header_sorts_like_the_main_header(qtbot, screen):
    assert visible_codes(screen) == ["R1", "R2", "R3", "R4", "R5"]  # unsorted at first
    header = screen.table.frozen.horizontalHeader()
    header.sectionClicked.emit(rc.COL_CODE)
    assert visible_codes(screen) == ["R1", "R2", "R3", "R4", "R5"]
    header.sectionClicked.emit(rc.COL_CODE)
    assert visible_codes(screen) == ["R5", "R4", "R3", "R2", "R1"]
    assert header.sortIndicatorSection() == rc.COL_CODE
