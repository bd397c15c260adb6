"""The risk register: its table model, heat map, filters, editing, undo and printing."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.models import Kpi, Risk
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations.edits import update_item
from desktop.operations.kpi_demo import set_actual
from desktop.views.risks import risk_model as rm
from desktop.views.risks.heat_map import RESIDUAL
from desktop.views.shared.context import AppContext
from tests.views.settle import settle

SHOTS = os.environ.get("PLANDESK_SHOTS")


@pytest.fixture
def ctx(sample_ws):
    ws, _uuid = sample_ws
    return AppContext(ws)


@pytest.fixture
def screen(qtbot, ctx):
    from desktop.views.risks.risk_register import RiskRegisterScreen

    widget = RiskRegisterScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def dump(ctx) -> str:
    with ctx.session() as session:
        return canonical_json(dump_plan(ctx.plan(session)))


def risks(ctx) -> dict[str, dict]:
    return {r["code"]: r for r in json.loads(dump(ctx))["risks"]}


def codes(ctx) -> list[str]:
    return [r["code"] for r in json.loads(dump(ctx))["risks"]]


def risk_id(ctx, code: str) -> int:
    with ctx.session() as session:
        return session.scalars(
            select(Risk.id).where(Risk.plan_id == ctx.plan_id, Risk.code == code)
        ).one()


def update(ctx, code: str, **values) -> None:
    ctx.ops.run(
        ctx.plan_id, "test", update_item(Risk, risk_id(ctx, code), values), tables=("risk",)
    )


def cell(model, code: str, col: int):
    row = next(i for i, r in enumerate(model.rows) if r.code == code)
    return model.index(row, col)


def visible_codes(screen) -> list[str]:
    proxy = screen.proxy
    return [proxy.index(r, rm.COL_CODE).data() for r in range(proxy.rowCount())]


def type_text(widget, text: str) -> None:
    """Type as an input method commits text (QTest.keyClicks is ASCII only)."""
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
    )


def open_editor(qtbot, screen, code: str, col: int):
    """Select a cell with the keyboard focus on the table and press F2, as a user would."""
    index = screen.proxy.mapFromSource(cell(screen.model, code, col))
    screen.table.setFocus()
    screen.table.setCurrentIndex(index)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    editor = screen.table.indexWidget(index)
    assert editor is not None
    return index, editor


def commit(qtbot, screen, index, editor, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return, modifier)
    qtbot.waitUntil(lambda: screen.table.indexWidget(index) is None, timeout=3000)


# ----- the table model ----------------------------------------------------------------------
def test_model_and_proxy_pass_the_model_tester(qtmodeltester, ctx):
    model = rm.RiskTableModel(ctx)
    assert model.rowCount() == 5 and model.columnCount() == rm.COLUMN_COUNT
    qtmodeltester.check(model, force_py=True)
    proxy = rm.RiskFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(search="廣告")
    qtmodeltester.check(proxy, force_py=True)


def test_columns_show_scores_bands_and_choices(ctx):
    model = rm.RiskTableModel(ctx)
    r1 = cell(model, "R1", rm.COL_CODE)
    assert [
        model.index(r1.row(), c).data()
        for c in (
            rm.COL_LIKELIHOOD,
            rm.COL_IMPACT,
            rm.COL_SCORE,
            rm.COL_OWNER,
            rm.COL_SCHEDULE,
            rm.COL_THRESHOLD,
        )
    ] == ["3", "4", "12", "內容審核團隊", "每月第一周", "< 85%"]
    band = model.index(r1.row(), rm.COL_BAND)
    assert band.data() == "High" and band.data(rm.BAND_ROLE) == "high"
    assert band.data(Qt.ItemDataRole.BackgroundRole) == QColor(rm.BAND_COLORS["high"])
    assert not model.flags(band) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, rm.COL_LIKELIHOOD)) & Qt.ItemFlag.ItemIsEditable
    assert r1.data(rm.CELL_ROLE) == (3, 4) and r1.data(rm.RESIDUAL_CELL_ROLE) is None
    teams = model.index(0, rm.COL_OWNER).data(rm.CHOICES_ROLE)
    assert teams[0][0] is None and "內容審核團隊" in [t for _i, t in teams]
    r4 = cell(model, "R4", rm.COL_THRESHOLD)
    assert r4.data() == "> 24 小時" and r4.data(Qt.ItemDataRole.EditRole) == "> 24"
    assert model.setData(r4, r4.data(Qt.ItemDataRole.EditRole))  # unchanged: no operation
    assert ctx.ops.undo_stack.count() == 0
    statuses = [v for v, _t in model.index(0, rm.COL_STATUS).data(rm.CHOICES_ROLE)]
    assert statuses == ["open", "mitigating", "closed"]


def test_overdue_review_and_early_warning_are_flagged(qapp, ctx):
    model = rm.RiskTableModel(ctx)
    model.today = date(2027, 6, 1)
    update(ctx, "R2", review_on=date(2027, 5, 31))
    update(ctx, "R5", review_on=date(2027, 5, 31), status="closed")
    update(ctx, "R4", review_on=date(2027, 6, 1))
    model.reload()  # a model on its own; on the register its DeferredRefresh does this
    overdue = {r.code for r in model.rows if cell(model, r.code, 0).data(rm.OVERDUE_ROLE)}
    assert overdue == {"R2"}
    review = cell(model, "R2", rm.COL_REVIEW)
    assert "2027-05-31" in review.data(Qt.ItemDataRole.ToolTipRole)
    assert review.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not any(cell(model, c, 0).data(rm.WARNING_ROLE) for c in ("R1", "R3"))
    with ctx.session() as session:
        d3 = session.scalars(
            select(Kpi.id).where(Kpi.plan_id == ctx.plan_id, Kpi.code == "d3")
        ).one()
    ctx.ops.run(ctx.plan_id, "actual", set_actual(d3, 3, 80.0), tables=("kpi_actual",))
    model.reload()
    code = cell(model, "R1", rm.COL_CODE)
    assert code.data(rm.WARNING_ROLE) and "80" in code.data(Qt.ItemDataRole.ToolTipRole)
    assert code.data(Qt.ItemDataRole.DecorationRole) is not None
    assert not cell(model, "R3", 0).data(rm.WARNING_ROLE)


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
    assert cell(screen.model, "R1", rm.COL_RES_SCORE).data() == "4"


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
def test_invalid_values_are_refused_at_the_editor_and_nothing_is_stored(qtbot, screen, ctx):
    before = dump(ctx)
    index, editor = open_editor(qtbot, screen, "R2", rm.COL_LIKELIHOOD)
    editor.selectAll()
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "1 to 5" in screen.hint.text() and "7" in screen.hint.text()
    assert screen.table.indexWidget(index) is editor  # the editor stays open
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    index, editor = open_editor(qtbot, screen, "R2", rm.COL_TITLE)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "must not be empty" in screen.hint.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    index, editor = open_editor(qtbot, screen, "R2", rm.COL_CODE)
    editor.selectAll()
    qtbot.keyClicks(editor, "R1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "already used" in screen.hint.text() and screen.table.indexWidget(index) is editor
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    model = screen.model
    for col, value in (
        (rm.COL_LIKELIHOOD, 7),
        (rm.COL_RES_IMPACT, 0),
        (rm.COL_TITLE, "  "),
        (rm.COL_SCHEDULE, "每月第九周"),
        (rm.COL_THRESHOLD, "about 85"),
        (rm.COL_CODE, "R1"),
        (rm.COL_STATUS, "done"),
        (rm.COL_REVIEW, "31/02/2027"),
    ):
        with qtbot.waitSignal(model.refused):
            assert not model.setData(cell(model, "R2", col), value)
    assert not model.setData(cell(model, "R2", rm.COL_SCORE), 5)  # computed, not editable
    assert dump(ctx) == before
    assert ctx.ops.undo_stack.count() == 0


def test_undo_and_redo_restore_the_dump_exactly(ctx):
    model = rm.RiskTableModel(ctx)
    stack = ctx.ops.undo_stack
    before = dump(ctx)
    team = next(i for i, name in model.teams if name == "數據分析團隊")
    kpi = next(i for i, name in model.kpis if name and name.startswith("c2"))
    edits = [
        (rm.COL_LIKELIHOOD, 5),
        (rm.COL_SCHEDULE, "每月底"),
        (rm.COL_OWNER, team),
        (rm.COL_REVIEW, date(2027, 3, 31)),
        (rm.COL_KPI, kpi),
        (rm.COL_THRESHOLD, "< 1.2"),
        (rm.COL_STATUS, "mitigating"),
        (rm.COL_RES_LIKELIHOOD, 2),
        (rm.COL_TITLE, "新標題"),
        (rm.COL_MEASURE, "第一行\n第二行"),
    ]
    for col, value in edits:
        assert model.setData(cell(model, "R2", col), value)
    after = dump(ctx)
    model.reload()
    r2 = risks(ctx)["R2"]
    assert (
        r2["likelihood"],
        r2["owner"],
        r2["review_on"],
        r2["warning_kpi"],
        r2["warning_op"],
        r2["warning_threshold"],
        r2["status"],
        r2["title"],
    ) == (5, "數據分析團隊", "2027-03-31", "c2", "<", 1.2, "mitigating", "新標題")
    assert r2["schedule"]["kind"] == "monthly_period" and r2["measure"] == "第一行\n第二行"
    assert cell(model, "R2", rm.COL_SCORE).data() == "15"  # the model reloaded
    assert stack.count() == len(edits)
    while stack.canUndo():
        stack.undo()
    assert dump(ctx) == before
    model.reload()
    assert cell(model, "R2", rm.COL_SCORE).data() == "9"
    while stack.canRedo():
        stack.redo()
    assert dump(ctx) == after


def test_add_remove_and_reorder(qtbot, screen, ctx):
    stack = ctx.ops.undo_stack
    before = dump(ctx)
    screen.select_risk(risk_id(ctx, "R2"))
    new_id = screen.add_risk()
    assert codes(ctx) == ["R1", "R2", "R6", "R3", "R4", "R5"]
    editor = screen.table.indexWidget(screen.table.currentIndex())
    assert editor is not None and editor.text() == "新風險"  # the new title, in the plan’s language
    editor.clear()
    type_text(editor, "新增風險")
    commit(qtbot, screen, screen.table.currentIndex(), editor)
    assert risks(ctx)["R6"]["title"] == "新增風險"
    assert screen.current_risk_id() == new_id
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert codes(ctx) == ["R1", "R6", "R2", "R3", "R4", "R5"]
    screen.move_risk(-1)
    screen.move_risk(-1)  # clamped at the top
    assert codes(ctx) == ["R6", "R1", "R2", "R3", "R4", "R5"]
    assert screen.current_risk_id() == new_id
    screen.table.sortByColumn(rm.COL_SCORE, Qt.SortOrder.DescendingOrder)
    assert visible_codes(screen)[0] == "R1"
    screen.move_risk(1)  # moving goes back to the plan's order
    assert codes(ctx) == ["R1", "R6", "R2", "R3", "R4", "R5"] == visible_codes(screen)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert codes(ctx) == ["R1", "R2", "R3", "R4", "R5"]
    assert screen.current_risk_id() == risk_id(ctx, "R2")
    while stack.canUndo():
        stack.undo()
    assert dump(ctx) == before


def test_a_gui_edit_shows_in_plandesk_dump(qtbot, screen, ctx, cli):
    index, editor = open_editor(qtbot, screen, "R3", rm.COL_ASSURANCE)
    editor.selectAll()
    type_text(editor, "廣告點擊率達到2%")
    commit(qtbot, screen, index, editor, Qt.KeyboardModifier.ControlModifier)
    index, editor = open_editor(qtbot, screen, "R3", rm.COL_IMPACT)
    editor.selectAll()
    qtbot.keyClicks(editor, "5")
    commit(qtbot, screen, index, editor)
    result = cli("dump", "--db", str(ctx.workspace.path))
    assert result.returncode == 0, result.stderr
    r3 = {r["code"]: r for r in json.loads(result.stdout)["risks"]}["R3"]
    assert r3["assurance"] == "廣告點擊率達到2%" and r3["impact"] == 5
    assert cell(screen.model, "R3", rm.COL_BAND).data() == "High"


def test_read_only_plan_is_not_editable(ctx, sample_ws):
    ws, uuid = sample_ws
    with ws.write() as session:
        from desktop.operations import find_plan

        find_plan(session, uuid).status = "approved"
    model = rm.RiskTableModel(ctx)
    assert model.locked and not model.read_only
    assert not model.flags(model.index(0, rm.COL_TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, rm.COL_TITLE), "x")
    assert model.index(0, rm.COL_TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None
    # tracking data stays editable: status and review date
    for col in (rm.COL_STATUS, rm.COL_REVIEW):
        assert model.flags(model.index(0, col)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, rm.COL_STATUS), "closed")
    assert model.setData(model.index(0, rm.COL_REVIEW), "2027-05-31")
    model.reload()
    assert (model.rows[0].status, str(model.rows[0].review_on)) == ("closed", "2027-05-31")
    assert "revision 1" in model.lock_text and "approved" in model.lock_text


# ----- printing and the screenshot ----------------------------------------------------------
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
    assert frozen.columnWidth(rm.COL_TITLE) == table.columnWidth(rm.COL_TITLE)
    table.scrollTo(screen.proxy.index(0, rm.COL_RES_SCORE))
    assert table.horizontalScrollBar().value() > 0  # the last column scrolled into view
    table.scrollTo(screen.proxy.index(0, rm.COL_CATEGORY))  # back left: beside the frozen
    x = table.visualRect(screen.proxy.index(0, rm.COL_CATEGORY)).left()
    assert x >= table.frozen_width()  # columns, not under them
    assert frozen.geometry().left() <= table.viewport().geometry().left()
    assert frozen.width() == table.columnWidth(rm.COL_CODE) + table.columnWidth(rm.COL_TITLE)
    assert frozen.rowHeight(0) == table.rowHeight(0)
    index, editor = open_editor(qtbot, screen, "R2", rm.COL_TITLE)  # edited in the overlay
    assert editor.parent().parent() is frozen and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_columns_can_be_hidden_and_are_remembered(qtbot, screen, ctx):
    from desktop.views.risks.risk_register import RiskRegisterScreen

    menu = screen.table.column_menu()
    entries = {a.text(): a for a in menu.actions()}
    category = screen.model.headers[rm.COL_CATEGORY].replace("\n", " ")
    assert not entries[screen.model.headers[rm.COL_TITLE].replace("\n", " ")].isEnabled()
    entries[category].setChecked(False)  # the user unticks a column
    assert screen.table.isColumnHidden(rm.COL_CATEGORY)
    screen.table.set_column_visible(rm.COL_TITLE, False)  # frozen: stays
    assert not screen.table.isColumnHidden(rm.COL_TITLE)
    again = RiskRegisterScreen(ctx)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(rm.COL_CATEGORY)
    again.table.set_column_visible(rm.COL_CATEGORY, True)


def test_tab_skips_read_only_cells(qtbot, screen):
    table = screen.table
    table.setFocus()
    table.setCurrentIndex(screen.proxy.index(0, rm.COL_IMPACT))
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # score and band are computed: skipped
    assert table.currentIndex().column() == rm.COL_OWNER
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.currentIndex().column() == rm.COL_IMPACT


def test_frozen_header_sorts_like_the_main_header(qtbot, screen):
    assert visible_codes(screen) == ["R1", "R2", "R3", "R4", "R5"]  # unsorted at first
    header = screen.table.frozen.horizontalHeader()
    header.sectionClicked.emit(rm.COL_CODE)
    assert visible_codes(screen) == ["R1", "R2", "R3", "R4", "R5"]
    header.sectionClicked.emit(rm.COL_CODE)
    assert visible_codes(screen) == ["R5", "R4", "R3", "R2", "R1"]
    assert header.sortIndicatorSection() == rm.COL_CODE
