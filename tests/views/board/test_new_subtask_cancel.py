"""Cancel in the editor a new subtask opens in leaves no empty row (issue 25); OK keeps it."""

from __future__ import annotations

from desktop.render.board_painter import SUBTASK
from tests.views.board.test_task_board import dump, make_board


def test_cancel_in_the_new_subtask_editor_takes_the_row_away(qtbot, sample_ws):
    ws, uuid = sample_ws
    board = make_board(qtbot, ws)
    before = dump(ws, uuid)
    rows = len(board.model.rows())
    board.tree.setCurrentIndex(board.model.index(0, 0))  # T1
    board.add_subtask_action.trigger()
    assert board.current_row().kind == SUBTASK and len(board.model.rows()) == rows + 1
    board.editor.reject()  # Cancel
    qtbot.waitUntil(lambda: len(board.model.rows()) == rows)
    assert dump(ws, uuid) == before
    assert "新子任務" not in [r.title for r in board.model.rows()]


def test_ok_in_the_new_subtask_editor_keeps_the_row(qtbot, sample_ws):
    ws, uuid = sample_ws
    board = make_board(qtbot, ws)
    rows = len(board.model.rows())
    board.tree.setCurrentIndex(board.model.index(0, 0))
    board.add_subtask_action.trigger()
    board.editor.title_edit.setText("直播準備")
    board.editor.accept()
    qtbot.waitUntil(lambda: "直播準備" in [r.title for r in board.model.rows()])
    assert len(board.model.rows()) == rows + 1
