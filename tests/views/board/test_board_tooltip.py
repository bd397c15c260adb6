"""A task's row on the board: its tooltip lists the task's fields from the field table with
their labels, the budget as HK$… and left out when empty."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.models.fields import TASKS
from desktop.operations import run_change
from desktop.render.board_painter import TASK
from desktop.views.board.task_board import TaskBoardScreen
from tests.views.board.test_task_board import make_board


def _budgets(ws: Any, uuid: str, budgets: list[float | None]) -> None:
    def apply(_session: Any, plan: Any) -> None:
        for task, budget in zip(plan.tasks, budgets, strict=False):
            task.budget = budget

    run_change(ws, uuid, "budgets", apply)


def _task_ids(board: TaskBoardScreen) -> dict[str, int]:
    return {r.code: r.item_id for r in board.model._all if r.kind == TASK}


def _shown_tip(qtbot: Any, board: TaskBoardScreen, code: str) -> str:
    """Hover the task's row in the tree as a user would; the tooltip Qt shows."""
    index = board.model.index_of(TASK, _task_ids(board)[code])
    rect = board.tree.visualRect(index)
    viewport = board.tree.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


def test_a_task_rows_tooltip_lists_its_fields_with_the_budget(qtbot, sample_ws):
    ws, uuid = sample_ws
    _budgets(ws, uuid, [12000.0, 1234.5, 0.0, None])
    board = make_board(qtbot, ws)
    tip = _shown_tip(qtbot, board, "T1")
    assert "T1 內容策劃與創作" in tip
    for f in TASKS.editable():
        if f.key not in ("code", "title") and (f.since == 1 or f.key == "budget"):
            assert f"<b>{f.label('zh_TW')}</b>：" in tip  # the sample's T1 fills every field
    assert "<b>預算</b>：HK$12,000" in tip and "<b>關聯指標</b>：d1、d2" in tip
    ids = _task_ids(board)

    def tip_of(code: str) -> str:
        index = board.model.index_of(TASK, ids[code])
        return board.model.data(index, Qt.ItemDataRole.ToolTipRole)

    assert "HK$1,234.50" in tip_of("T2") and "HK$0" in tip_of("T3")
    assert "預算" not in tip_of("T4") and "HK$" not in tip_of("T4")


def test_the_tooltip_follows_the_ui_language_and_a_changed_budget(qtbot, sample_ws):
    ws, uuid = sample_ws
    board = make_board(qtbot, ws)
    board.ctx.lang = "en"
    board.reload()
    assert "Budget" not in _shown_tip(qtbot, board, "T2")
    _budgets(ws, uuid, [None, 2500.0])
    board.reload()
    QToolTip.hideText()
    tip = _shown_tip(qtbot, board, "T2")
    assert "<b>Budget</b>: HK$2,500" in tip and "<b>Expected result</b>: " in tip
