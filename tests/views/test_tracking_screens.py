"""A signed-off plan on screen: tracking data (done marks, actuals) still recorded with clicks
and typing, undoable, signatures valid; every control that would change the signed content is
disabled and says why; a growth KPI shows its growth."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt

from desktop.models.serialize import canonical_json, content_dump
from desktop.operations import find_plan, run_change
from desktop.operations.plan_edits import set_actuals_block
from desktop.views.shared.context import AppContext
from tests.approved import make_approved_plan, verify_ok
from tests.views.board.test_task_board import JAN4, dump, make_board, point, send_mouse

TITLE = "社交媒體運用的年度目標計劃"


def content(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(content_dump(find_plan(session, uuid)))


def test_board_of_an_approved_plan_takes_done_clicks_and_nothing_else(qtbot, sample_ws):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    board = make_board(qtbot, ws)
    before, signed = dump(ws, uuid), content(ws, uuid)
    for action in (
        board.add_task_action,
        board.add_subtask_action,
        board.edit_action,
        board.remove_action,
        board.up_action,
        board.down_action,
    ):
        assert not action.isEnabled()
        assert TITLE in action.toolTip() and "revision 1" in action.toolTip()
    assert board.done_action.isEnabled() and not board.canvas.reschedule_enabled
    assert TITLE in board.message.text()
    pos = point(board, "T1.2", JAN4)
    send_mouse(board.canvas, QEvent.Type.MouseButtonPress, pos)
    send_mouse(board.canvas, QEvent.Type.MouseButtonRelease, pos)
    assert '"2027-01-04"' in dump(ws, uuid) and content(ws, uuid) == signed
    assert verify_ok(ws, uuid) == []
    board.ctx.ops.undo_stack.undo()
    assert dump(ws, uuid) == before
    # the subtask editor opens to be read, every field disabled, saying why
    assert board.current_row().code == "T1.2"  # the click made it current
    dialog = board.edit_current()
    qtbot.addWidget(dialog)
    assert not dialog.title_edit.isEnabled() and TITLE in dialog.title_edit.toolTip()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and TITLE in dialog.message.text()
    dialog.reject()


def test_overview_fields_look_and_say_read_only(qtbot, sample_ws):
    from desktop.views.overview.overview_screen import OverviewScreen

    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    screen = OverviewScreen(AppContext(ws))
    qtbot.addWidget(screen)
    for edit in list(screen.fields.values()) + list(screen.texts.values()):
        assert edit.isReadOnly() and TITLE in edit.toolTip() and edit.styleSheet()
    assert TITLE in screen.lock_note.text()


def test_growth_kpi_grid_and_chart_show_ten_percent(qtbot, sample_ws):
    from desktop.models.kpi_math import plan_series
    from desktop.views.goals.goals_screen import GoalsScreen
    from desktop.views.kpi.kpi_main_chart import KpiMainChart

    ws, uuid = sample_ws
    with ws.session() as session:
        b1 = next(k.id for g in find_plan(session, uuid).goals for k in g.kpis if k.code == "b1")
    run_change(
        ws, uuid, "b1", set_actuals_block([(b1, 1, 1000.0), (b1, 2, 1100.0), (b1, 3, 1210.0)])
    )
    make_approved_plan(ws, uuid)
    screen = GoalsScreen(AppContext(ws))
    qtbot.addWidget(screen)
    grid = screen.actuals
    row = next(i for i, k in enumerate(grid.kpis) if k["code"] == "b1")
    label = grid.headerData(row, Qt.Orientation.Vertical)
    assert "（%）" not in label and "+10% a period" in label
    assert grid.index(row, 2).data() == "1,210\n+10%"
    assert grid.index(row, 2).data(Qt.ItemDataRole.EditRole) == "1,210"
    assert grid.index(row, 0).data() == "1,000"  # no previous value: no growth
    # still editable in the approved plan: a fourth month, +5 %
    assert grid.setData(grid.index(row, 3), "1270.5")
    assert verify_ok(ws, uuid) == []
    chart = KpiMainChart("en")
    qtbot.addWidget(chart)
    with ws.session() as session:
        series = next(
            s
            for s in plan_series(find_plan(session, uuid), date(2027, 5, 1))
            if s.spec.code == "b1"
        )
    chart.show_series(series)
    head = chart.headline.text()
    assert "growth on previous month, %" in head and "Apr: +5%" in head
    assert "target +10%" in head and "1,270" not in head
    assert chart.plot.getPlotItem().getAxis("left").labelText == "growth on previous month, %"
    assert "entered 1,210" in chart.hover_text(3) and "+10%" in chart.hover_text(3)
