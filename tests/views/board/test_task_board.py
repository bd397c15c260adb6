"""The task board screen: model, clicks, editor, drag, filters, undo and read-only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.models import Subtask, Team
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations import find_plan
from desktop.render.board_painter import SUBTASK, TASK, date_to_x, marker_rects
from desktop.store import open_workspace
from desktop.views.board.board_model import COLOR_ROLE, DONE_ROLE, MISSING_ROLE, OCCURRENCES_ROLE
from desktop.views.board.task_board import TaskBoardScreen
from desktop.views.shared.context import AppContext
from tests.views.settle import settle

JAN4 = date(2027, 1, 4)


def dump(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(find_plan(session, uuid)))


def make_board(qtbot, ws) -> TaskBoardScreen:
    ctx = AppContext(ws)
    ctx.lang = "zh_TW"
    board = TaskBoardScreen(ctx)
    qtbot.addWidget(board)
    board.resize(1600, 1000)
    board.set_zoom("year")
    board.show()
    qtbot.waitExposed(board)
    board.canvas.hbar.setValue(0)
    return board


@pytest.fixture
def board(qtbot, sample_ws):
    ws, uuid = sample_ws
    screen = make_board(qtbot, ws)
    screen.uuid = uuid
    return screen


def point(board: TaskBoardScreen, code: str, day: date, *, marker_month: int = 0) -> QPoint:
    """Where the bar of ``code`` that covers ``day`` (or its marker) is on the canvas."""
    rows, _indexes, y_offset = board.canvas.visible()
    options = board.canvas.options(rows, _indexes, y_offset)
    i = next(n for n, r in enumerate(rows) if r.code == code)
    y = options.header_height + i * options.row_height - y_offset + options.row_height / 2
    if marker_month:
        rect = next(r for r, m in marker_rects(rows[i], options) if m == marker_month)
        return QPoint(int(rect.center().x()), int(y))
    return QPoint(int(date_to_x(day, options) + options.px_per_day / 2), int(y))


def send_mouse(widget, kind: QEvent.Type, pos: QPoint, button=Qt.MouseButton.LeftButton):
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_board_model_passes_the_model_tester(board, qtmodeltester):
    model = board.model
    qtmodeltester.check(model)
    assert model.rowCount() == 6  # five tasks and the milestones
    subtasks = [r for r in model.visible_rows() if r.kind == SUBTASK]
    assert len(subtasks) == 11
    t11 = model.index_of(SUBTASK, subtasks[0].item_id)
    assert t11.data() == "T1.1 內容選題"
    assert t11.siblingAtColumn(2).data() == "每月第一周"
    assert t11.siblingAtColumn(1).data() == "內容策劃團隊"
    assert t11.data(COLOR_ROLE) == "#4e79a7" and len(t11.data(OCCURRENCES_ROLE)) == 12
    assert t11.data(DONE_ROLE) == frozenset()
    t32 = model.index_of(SUBTASK, subtasks[6].item_id)
    assert t32.data(MISSING_ROLE) == (2,)
    board.set_filters({subtasks[3].team_id}, None)
    qtmodeltester.check(model)


def test_sample_plan_is_painted_with_team_colours(board, tmp_path):
    image = board.grab().toImage()
    board.grab().save(str(tmp_path / "board.png"))
    where = board.canvas.mapTo(board, point(board, "T1.1", date(2027, 3, 2)))
    assert image.pixelColor(where).name() == "#4e79a7"
    where = board.canvas.mapTo(board, point(board, "T2.1", date(2027, 6, 15)))
    assert image.pixelColor(where).name() == "#76b7b2"


def test_click_toggles_done_and_undo_redo_restore_the_dump(board):
    ws, uuid = board.ctx.workspace, board.uuid
    before = dump(ws, uuid)
    send_mouse(board.canvas, QEvent.Type.MouseButtonPress, point(board, "T1.2", JAN4))
    send_mouse(board.canvas, QEvent.Type.MouseButtonRelease, point(board, "T1.2", JAN4))
    after = dump(ws, uuid)
    assert '"done": [\n            "2027-01-04"' in after
    settle(board)
    assert JAN4 in board.current_row().done  # the model follows without a reset
    board.ctx.ops.undo_stack.undo()
    settle(board)
    assert dump(ws, uuid) == before and board.current_row().done == frozenset()
    board.ctx.ops.undo_stack.redo()
    assert dump(ws, uuid) == after


def test_keyboard_navigation_and_space_toggles(board, qtbot):
    board.tree.setCurrentIndex(board.model.index(0, 0))  # T1
    board.canvas.setFocus()
    qtbot.keyClick(board.canvas, Qt.Key.Key_Down)  # T1.1
    qtbot.keyClick(board.canvas, Qt.Key.Key_Down)  # T1.2
    assert board.current_row().code == "T1.2"
    qtbot.keyClick(board.canvas, Qt.Key.Key_Home)
    qtbot.keyClick(board.canvas, Qt.Key.Key_Right)
    assert board.canvas.focus_start == date(2027, 2, 8)
    qtbot.keyClick(board.canvas, Qt.Key.Key_Space)
    settle(board)
    assert board.current_row().done == {date(2027, 2, 8)}


def test_editing_a_rule_through_the_editor(board, qtbot):
    ws, uuid = board.ctx.workspace, board.uuid
    before = dump(ws, uuid)
    board.tree.setCurrentIndex(board.model.index(1, 0, board.model.index(0, 0)))  # T1.2
    dialog = board.edit_current()
    assert dialog.title_edit.text() == "內容創作"
    assert dialog.preview.toPlainText().startswith("12 occurrences in 2027")
    dialog.phrase_edit.clear()
    qtbot.keyClicks(dialog.phrase_edit, "every month, week 5")
    assert dialog.rule().week == 5
    assert dialog.kind_box.currentData() == "monthly_week" and dialog.week_spin.value() == 5
    assert "⚠" in dialog.preview.toPlainText()  # week 5 is missing in February
    dialog.week_spin.setValue(4)
    assert dialog.phrase_edit.text() == "每月第四周"
    dialog.resources_edit.setText("創意工具")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    with ws.session() as session:
        sub = session.get(Subtask, board.current_row().item_id)
        assert (sub.rule.week, sub.resources) == (4, "創意工具")
    settle(board)
    assert board.current_row().rule_text == "每月第四周"
    board.ctx.ops.undo_stack.undo()
    assert dump(ws, uuid) == before


def drag(board, code: str, start_day: date, target_day: date, answer: str | None):
    """Drag a bar and answer the "this occurrence only / every month" question."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        texts = {b.text(): b for b in box.buttons()}
        if answer is None:
            box.reject()
        else:
            texts[answer].click()

    start = point(board, code, start_day)
    target = point(board, code, target_day)
    send_mouse(board.canvas, QEvent.Type.MouseButtonPress, start)
    send_mouse(board.canvas, QEvent.Type.MouseMove, QPoint(start.x() + 20, start.y()))
    send_mouse(board.canvas, QEvent.Type.MouseMove, target)
    preview = (board.canvas._ghost, board.canvas.options().ghost_others)
    QTimer.singleShot(0, reply)
    send_mouse(board.canvas, QEvent.Type.MouseButtonRelease, target)
    return preview, asked


def test_drag_a_monthly_bar_to_another_week_in_every_month(board):
    ws, uuid = board.ctx.workspace, board.uuid
    before = dump(ws, uuid)
    (ghost, others), asked = drag(
        board, "T1.1", date(2027, 3, 3), date(2027, 3, 17), "Every month"
    )  # week 1 of March (1–7) to week 3 (15–21)
    assert ghost[1:] == (date(2027, 3, 15), date(2027, 3, 21))  # the preview
    assert len(others) == 11 and (date(2027, 8, 9), date(2027, 8, 15)) in others
    assert "T1.1" in asked[0]
    with ws.session() as session:
        rule = session.get(Subtask, board.current_row().item_id).rule
    settle(board)
    assert rule.week == 3 and board.current_row().rule_text == "每月第三周"
    board.ctx.ops.undo_stack.undo()
    assert dump(ws, uuid) == before


def test_drag_this_occurrence_only_keeps_other_months_and_done_marks(board):
    ws, uuid = board.ctx.workspace, board.uuid
    board.toggle_done(_sub_id(board, "T1.1"), date(2027, 5, 1))  # May week 1 (1–2) done
    board.toggle_done(_sub_id(board, "T1.1"), date(2027, 3, 1))  # March week 1 done
    before = dump(ws, uuid)
    drag(board, "T1.1", date(2027, 3, 3), date(2027, 3, 17), "This occurrence only")
    with ws.session() as session:
        sub = session.get(Subtask, _sub_id(board, "T1.1"))
        rule, done = sub.rule, sub.done_starts()
    assert (rule.week, rule.moved) == (1, ((3, 3),))
    assert done == {date(2027, 5, 1), date(2027, 3, 15)}  # the March mark moved with its bar
    settle(board)
    assert board.current_row().rule_text == "每月第一周（3月第三周）"
    drag(board, "T1.1", date(2027, 5, 1), date(2027, 5, 18), None)  # cancelled: nothing
    board.ctx.ops.undo_stack.undo()
    assert dump(ws, uuid) == before


def _sub_id(board, code: str) -> int:
    return next(r.item_id for r in board.model.rows() if r.code == code)


def test_marker_click_shows_the_plan_check_finding(board):
    pos = point(board, "T3.2", date(2027, 2, 1), marker_month=2)
    send_mouse(board.canvas, QEvent.Type.MouseButtonPress, pos)
    send_mouse(board.canvas, QEvent.Type.MouseButtonRelease, pos)
    text = board.message.text()
    assert "T3.2" in text and "2月" in text and "沒有這一周" in text


def test_filters_by_team_and_task(board):
    ws = board.ctx.workspace
    with ws.session() as session:
        team = session.query(Team).filter_by(name="用戶互動團隊").one().id
    board.team_box.setCurrentIndex(board.team_box.findData(team))
    board._apply_filters()
    codes = [r.code for r in board.model.visible_rows()]
    assert codes == ["T2", "T2.2", "T4", "T4.2"]
    task = next(r.item_id for r in board.model.rows() if r.code == "T4")
    board.task_box.setCurrentIndex(board.task_box.findData(task))
    board._apply_filters()
    assert [r.code for r in board.model.visible_rows()] == ["T4", "T4.2"]
    board.set_filters(None, None)
    assert len(board.model.visible_rows()) == len(board.model.rows())
    assert board.team_box.currentIndex() == 0 and board.task_box.currentIndex() == 0


def test_add_move_remove_through_actions_are_undoable(board):
    ws, uuid = board.ctx.workspace, board.uuid
    before = dump(ws, uuid)
    board.tree.setCurrentIndex(board.model.index(0, 0))  # T1
    board.add_subtask_action.trigger()
    # the plan is Chinese: the placeholder is too (whatever the UI language), and it opens
    assert (board.current_row().kind, board.current_row().title) == (SUBTASK, "新子任務")
    assert board.editor.isVisible() and board.editor.title_edit.text() == "新子任務"
    board.editor.reject()
    board.up_action.trigger()
    board.add_task_action.trigger()
    assert board.current_row().kind == TASK and board.current_row().title == "新任務"
    assert board.tree.state() == board.tree.State.EditingState  # its title is being edited
    board.model.setData(board.tree.currentIndex(), "直播活動")
    settle(board)
    assert board.current_row().title == "直播活動"
    board.tree.setCurrentIndex(board.model.index_of(TASK, board.current_row().item_id))
    assert [r.code for r in board.model.visible_rows() if r.kind == TASK][:2] == ["T1", "T6"]
    board.remove_action.trigger()
    settle(board)
    assert "T6" not in [r.code for r in board.model.rows()]
    stack = board.ctx.ops.undo_stack
    while stack.canUndo():
        stack.undo()
    assert dump(ws, uuid) == before


def test_read_only_workspace_refuses_edits_with_a_message(qtbot, sample_ws, db_path):
    ws, uuid = sample_ws
    before = dump(ws, uuid)
    other = open_workspace(db_path, read_only=True)  # the first PlanDesk still holds it
    try:
        board = make_board(qtbot, other)
        pos = point(board, "T1.2", JAN4)
        send_mouse(board.canvas, QEvent.Type.MouseButtonPress, pos)
        send_mouse(board.canvas, QEvent.Type.MouseButtonRelease, pos)
        assert "read-only" in board.message.text()
        board.remove_action.trigger()
        assert "read-only" in board.message.text()
        assert dump(other, uuid) == before and dump(ws, uuid) == before
    finally:
        other.close()


def test_scrolling_moves_pixels_and_paints_the_same_board(qtbot, sample_ws):
    board = make_board(qtbot, sample_ws[0])
    board.resize(1400, 420)  # fewer rows than the plan has: the board scrolls
    qtbot.wait(10)
    bar = board.tree.verticalScrollBar()
    assert bar.maximum() > 3
    for _ in range(3):
        bar.setValue(bar.value() + 2)
        QApplication.processEvents()
    scrolled = board.grab().toImage()
    board.canvas.repaint()
    assert board.grab().toImage() == scrolled  # partial paints match a full repaint
    first = board.canvas.visible()[0][0]
    assert first.code == board.model.board_row(board.tree.indexAt(QPoint(1, 0))).code


def test_main_window_shows_the_board_with_its_view_menu(qtbot, sample_ws):
    from desktop.views.main_window import MainWindow

    window = MainWindow(sample_ws[0])
    qtbot.addWidget(window)
    board = window.screen("board")
    assert isinstance(board, TaskBoardScreen)
    texts = [a.text() for a in window.view_menu.actions()]
    assert {"Zoom to year", "Zoom to quarter", "Zoom to month", "ISO week numbers"} <= set(texts)
    board.zoom_actions["month"].trigger()
    assert board.canvas.zoom == "month" and board.canvas.base.days_shown
    board.iso_action.setChecked(True)
    assert board.tree.header().height() == board.canvas.base.header_height == 4 * 18


def test_fractional_scale_factors_repaint_instead_of_moving_half_pixels(
    qtbot, sample_ws, monkeypatch
):
    from desktop.views.board import board_timeline
    from desktop.views.board.board_timeline import moves_whole_pixels

    assert moves_whole_pixels(21, 1.0) and moves_whole_pixels(22, 1.5)
    assert moves_whole_pixels(20, 1.25) and moves_whole_pixels(21, 2.0)
    assert not moves_whole_pixels(21, 1.5) and not moves_whole_pixels(22, 1.25)
    board = make_board(qtbot, sample_ws[0])
    board.resize(1400, 420)
    qtbot.wait(10)
    canvas = board.canvas
    moved: list[int] = []
    monkeypatch.setattr(canvas, "scroll", lambda dx, dy, rect: moved.append(dy))
    bar = board.tree.verticalScrollBar()
    per_item = board.tree.verticalScrollMode() == board.tree.ScrollMode.ScrollPerItem
    step = canvas.options().row_height if per_item else 1
    half_pixel_off = (step + 0.5) / step  # a scale factor that puts the rows between pixels
    for ratio, scrolls in ((1.0, True), (2.0, True), (half_pixel_off, False)):
        monkeypatch.setattr(
            board_timeline.TimelineCanvas, "devicePixelRatioF", lambda self, ratio=ratio: ratio
        )
        moved.clear()
        bar.setValue(bar.value() + 1)
        assert moved == ([-step] if scrolls else []), ratio


def test_editor_preview_shows_real_week_dates_and_offers_7_day_blocks(board):
    """Week 1 of August 2027 is one day under calendar weeks; 7-day blocks: 1–7 (issue 16)."""
    ws, uuid = board.ctx.workspace, board.uuid
    before = dump(ws, uuid)
    board.tree.setCurrentIndex(board.model.index_of(SUBTASK, _sub_id(board, "T1.1")))
    dialog = board.edit_current()
    assert dialog.convention_box.isVisibleTo(dialog)
    assert "8月1日–8月1日 (1 day)" in dialog.preview.toPlainText()
    dialog.convention_box.setCurrentIndex(dialog.convention_box.findData("blocks"))
    assert dialog.change_convention("blocks")
    assert "8月1日–8月7日 (7 days)" in dialog.preview.toPlainText()
    assert '"week_convention": "blocks"' in dump(ws, uuid)
    dialog.reject()
    board.ctx.ops.undo_stack.undo()
    assert dump(ws, uuid) == before
    dialog = board.edit_current()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("daily"))
    assert not dialog.convention_box.isVisibleTo(dialog)  # only for week rules
    dialog.reject()


def test_quarter_zoom_snaps_to_calendar_quarters_and_names_them(board):
    from desktop.render.board_painter import x_to_date

    canvas = board.canvas
    board.set_zoom("quarter")  # the year view's centre is 1 July
    assert x_to_date(0, canvas.options()) == date(2027, 7, 1)
    assert board.period_label.text() == "Q3 2027"
    canvas.scroll_to(date(2027, 5, 20), centre=True)
    assert x_to_date(0, canvas.options()) == date(2027, 4, 1)  # not "May–August"
    assert x_to_date(canvas.width() - 1, canvas.options()) >= date(2027, 6, 30)
    assert board.period_label.text() == "Q2 2027"
    canvas.scroll_to(date(2027, 11, 5))
    assert x_to_date(0, canvas.options()) == date(2027, 10, 1)
    assert board.period_label.text() == "Q4 2027"
    board.set_zoom("month")
    assert x_to_date(0, canvas.options()) == date(2027, 11, 1)
    board.set_zoom("year")
