"""Clicking a plan check goes to the cell at fault, scrolled into view (issue 25)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.models import Kpi, Risk, Subtask
from desktop.operations import run_change
from desktop.operations.edits import update_item
from desktop.views.main_window import MainWindow
from desktop.views.overview.overview_screen import CODE_ROLE, KIND_ROLE
from desktop.views.risks import risk_columns as rc


def finding(screen: Any, kind: str, code: str) -> Any:
    return next(
        screen.checks.item(i)
        for i in range(screen.checks.count())
        if screen.checks.item(i).data(KIND_ROLE) == kind
        and screen.checks.item(i).data(CODE_ROLE) == code
    )


def test_a_plan_check_goes_to_the_cell_at_fault(qtbot: Any, sample_ws: Any) -> None:
    ws, uuid = sample_ws
    with ws.session() as session:
        risk = session.scalars(select(Risk).where(Risk.code == "R5")).one().id
        kpi = session.scalars(select(Kpi).where(Kpi.code == "e2")).one().id
        sub = session.scalars(select(Subtask).where(Subtask.code == "T4.2")).one().id
    run_change(ws, uuid, "no measure", update_item(Risk, risk, {"measure": ""}))
    run_change(ws, uuid, "no target", update_item(Kpi, kpi, {"target": None}))
    run_change(ws, uuid, "no owner", update_item(Subtask, sub, {"owner_team_id": None}))
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    screen = window.show_screen("overview")
    screen.refresh()

    assert screen.jump_to(finding(screen, "risk", "R5"))
    register = window.screens["risks"]
    current = register.table.currentIndex()
    assert window.current_screen_key() == "risks"
    assert (current.data(rc.ID_ROLE), current.column()) == (risk, rc.COL_MEASURE)
    qtbot.waitUntil(
        lambda: register.table.visualRect(current).intersects(register.table.viewport().rect())
    )

    window.show_screen("overview")
    assert screen.jump_to(finding(screen, "kpi", "e2"))
    goals = window.screens["goals"]
    cell = goals.kpis.view.currentIndex()
    assert cell.column() == goals.kpis.model.column_index("target")
    assert goals.kpis.model.row_id(cell.row()) == kpi

    window.show_screen("overview")
    assert screen.jump_to(finding(screen, "subtask", "T4.2"))
    board = window.screens["board"]
    current = board.tree.currentIndex()
    assert board.current_row().code == "T4.2" and current.column() == 1  # the owner team

    window.show_screen("overview")
    assert screen.jump_to(finding(screen, "subtask", "T5.2"))  # weeks missing: its schedule
    assert board.current_row().code == "T5.2" and board.tree.currentIndex().column() == 2
