"""The actuals grid says what to type for a growth KPI: the month's total, not the rate
(issue 25)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.views.goals.goals_screen import GoalsScreen
from desktop.views.shared.context import AppContext


def test_a_growth_kpi_row_says_what_to_enter(qtbot: Any, sample_ws: Any) -> None:
    screen = GoalsScreen(AppContext(sample_ws[0]))
    qtbot.addWidget(screen)
    model = screen.actuals
    row = next(i for i, k in enumerate(model.kpis) if k["target_kind"] == "growth")
    label = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    assert "enter the month's total" in label and "growth target +10% a period" in label
    tip = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "not the growth rate" in tip and "+10% target" in tip
    level = next(i for i, k in enumerate(model.kpis) if k["target_kind"] == "level")
    assert "enter" not in model.headerData(level, Qt.Orientation.Vertical)
