"""The one refresh-after-change rule (``DeferredRefresh``) on the screens of the main window."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import Risk
from desktop.operations import board as board_ops
from desktop.operations.edits import update_item
from desktop.render.board_painter import TASK
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window: MainWindow) -> MainWindow:
    return shown_window


def risk_id(window: MainWindow, code: str) -> int:
    ctx = window.ctx
    with ctx.session() as session:
        return session.scalars(
            select(Risk.id).where(Risk.plan_id == ctx.plan_id, Risk.code == code)
        ).one()


def test_a_burst_of_changes_refreshes_the_screen_once(qtbot: Any, window: MainWindow) -> None:
    register = window.show_screen("risks")
    reloads: list[int] = []
    register.model.reloaded.connect(lambda: reloads.append(1))
    r2 = risk_id(window, "R2")
    for likelihood in (1, 2, 5):
        window.ctx.ops.run(
            window.ctx.plan_id,
            f"likelihood {likelihood}",
            update_item(Risk, r2, {"likelihood": likelihood}),
            tables=("risk",),
        )
    assert register.refresher.pending() and reloads == []  # not under the editor
    qtbot.waitUntil(lambda: not register.refresher.pending(), timeout=5000)
    assert reloads == [1]
    row = next(r for r in register.model.rows if r.code == "R2")
    assert row.likelihood == 5
    window.ctx.ops.notify(window.ctx.plan_id, {"subtask_week"})  # a table it does not show
    assert not register.refresher.pending()


def test_a_hidden_screen_refreshes_when_it_is_shown(qtbot: Any, window: MainWindow) -> None:
    board = window.show_screen("board")
    task = next(r for r in board.model.rows() if r.kind == TASK)
    window.show_screen("risks")
    assert not board.isVisible()
    window.ctx.ops.run(
        window.ctx.plan_id,
        "rename",
        board_ops.rename_task(task.item_id, "新名稱"),
        tables=("task",),
    )
    qtbot.wait(50)  # a later event-loop pass: still not read while out of sight
    assert board.refresher.pending()
    assert next(r for r in board.model.rows() if r.item_id == task.item_id).label == task.label
    window.show_screen("board")
    assert not board.refresher.pending()
    assert next(r for r in board.model.rows() if r.item_id == task.item_id).label.endswith("新名稱")


def test_choosing_another_plan_refreshes_hidden_screens_on_show(
    qtbot: Any, window: MainWindow
) -> None:
    signoff = window.show_screen("signoff")
    first_title = signoff.title.text()
    window.show_screen("board")
    window.ctx.select_plan(None)
    assert signoff.title.text() == first_title and signoff.refresher.pending()
    window.show_screen("signoff")
    assert signoff.title.text() == "<h2>No plan</h2>" and not signoff.refresher.pending()
