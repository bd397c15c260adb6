"""The board's toolbars at the width a 1280×800 window gives it (issue 25: in English the
task filter was hidden behind »)."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.views.board.test_task_board import make_board


def test_the_task_filter_shows_at_1280(qtbot, sample_ws):
    board = make_board(qtbot, sample_ws[0])
    board.ctx.lang = "en"
    board.resize(1000, 700)  # 1280 less the navigation and margins
    qtbot.waitUntil(lambda: board.view_bar.width() <= 1000)
    for widget in (board.zoom_box, board.team_box, board.task_box):
        assert widget.isVisible()
        right = widget.mapTo(board.view_bar, QPoint(widget.width(), 0)).x()
        assert right <= board.view_bar.width()
    assert board.iso_action in board.view_bar.actions()
