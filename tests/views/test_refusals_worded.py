"""Refusals reach the user in the UI language, and a refused undo says why and keeps the
history (issue 25)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import Goal, Plan
from desktop.operations.undo import OperationRefused
from desktop.views.main_window import MainWindow
from desktop.views.sections.monitoring import MonitoringScreen
from desktop.views.shared.context import AppContext
from desktop.views.shared.ui_language import set_current_language


def set_status(ws: Any, status: str) -> None:
    """Another PlanDesk (or the command line) moved the plan on meanwhile."""
    with ws.write() as session:
        session.scalars(select(Plan)).one().status = status


def plan_title(ws: Any) -> str:
    """The first goal's title (a row that the status change leaves alone)."""
    with ws.session() as session:
        return session.scalars(select(Goal.title).order_by(Goal.code)).first()


def rename(title: str) -> Any:
    def apply(session: Any, plan: Plan) -> None:
        session.scalars(
            select(Goal).where(Goal.plan_id == plan.id).order_by(Goal.code)
        ).first().title = title

    return apply


@pytest.fixture
def warnings(monkeypatch: Any) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.views.main_window.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    return shown


def test_a_refused_undo_says_why_and_keeps_the_history(
    sample_ws: Any, qtbot: Any, warnings: list[str]
) -> None:
    ws, _uuid = sample_ws
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    stack = window.ctx.ops.undo_stack
    window.ctx.ops.run(window.ctx.plan_id, "rename", rename("X"))
    assert stack.count() == 1 and stack.index() == 1
    set_status(ws, "in_review")
    # the same refusal already showed once in a hint line: the undo's must still be shown
    with pytest.raises(OperationRefused) as refused:
        window.ctx.ops.run(window.ctx.plan_id, "again", rename("Y"))
    window.screens["board"].refusals.report(refused.value)
    qtbot.wait(10)  # the main window's turn: the hint line showed it, so no dialog
    assert warnings == []

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings))
    assert len(warnings) == 1  # one dialog, not one more from the refusal channel
    what, _, why = warnings[0].partition("\n\n")
    assert what == "Undo: rename"
    assert "read-only" in why and "in review" in why
    assert plan_title(ws) == "X"  # nothing changed
    qtbot.waitUntil(lambda: stack.index() == 1)  # and the history is kept
    assert stack.count() == 1 and stack.canUndo()

    set_status(ws, "draft")  # the reason passed: the same undo now works
    window.undo_action.trigger()
    assert plan_title(ws) != "X"
    assert stack.index() == 0
    window.redo_action.trigger()
    assert plan_title(ws) == "X"
    assert len(warnings) == 1


def test_a_refused_redo_keeps_the_history(sample_ws: Any, qtbot: Any, warnings: list[str]) -> None:
    ws, _uuid = sample_ws
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    stack = window.ctx.ops.undo_stack
    window.ctx.ops.run(window.ctx.plan_id, "rename", rename("X"))
    window.undo_action.trigger()
    set_status(ws, "approved")
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings[0].startswith("Redo: rename")
    qtbot.waitUntil(lambda: stack.index() == 0)
    assert stack.count() == 1 and stack.canRedo() and plan_title(ws) != "X"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "code: 'MON2' is already used by another row"),
        ("zh_TW", "編號：「MON2」已被另一列使用"),
        ("zh_CN", "编号：「MON2」已被另一行使用"),
    ],
)
def test_a_refusal_is_worded_in_the_ui_language(
    sample_ws: Any, qtbot: Any, request: Any, lang: str, expected: str
) -> None:
    """The check runs inside the operation (the code is unique in the database), and its
    refusal reaches the hint line in the UI language, not in English."""
    ws, _uuid = sample_ws
    ctx = AppContext(ws)
    ctx.lang = lang  # as MainWindow and install_translators set it
    set_current_language(lang)
    request.addfinalizer(lambda: set_current_language("en"))
    screen = MonitoringScreen(ctx)
    qtbot.addWidget(screen)
    panel = screen.panels["monitoring"]
    model = panel.model
    row = next(i for i, r in enumerate(model.rows) if r["code"] == "MON1")
    assert not model.setData(model.index(row, model.column_index("code")), "MON2")
    assert panel.message.text() == expected
    assert ctx.ops.undo_stack.count() == 0
