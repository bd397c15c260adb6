"""The risk register at 1280×800 and on read-only plans (issue 25)."""

from __future__ import annotations

from desktop.store import open_workspace
from desktop.views.risks import risk_columns as rc
from desktop.views.risks.risk_register import RiskRegisterScreen
from desktop.views.shared.context import AppContext


def visible_columns(screen: RiskRegisterScreen) -> list[int]:
    table = screen.table
    width = table.viewport().width()
    return [
        column
        for column in range(screen.proxy.columnCount())
        if not table.isColumnHidden(column) and table.columnViewportPosition(column) < width
    ]


def test_a_1280_window_shows_the_risk_and_its_scores(qtbot, screen):
    """The register gets about 1,000 px of a 1280×800 window: the risk, its description, both
    scores and the band fit (it showed 5 columns)."""
    screen.resize(1000, 640)
    qtbot.waitUntil(lambda: screen.table.viewport().width() > 0)
    shown = visible_columns(screen)
    assert len(shown) > 5
    for column in (rc.COL_CODE, rc.COL_TITLE, rc.COL_IMPACT_TEXT, rc.COL_LIKELIHOOD, rc.COL_IMPACT):
        assert column in shown


def test_the_edit_hint_shows_only_where_cells_can_be_edited(qtbot, screen, sample_ws):
    assert "F2" in screen.legend.text()
    reader = open_workspace(sample_ws[0].path, read_only=True)
    try:
        read_only = RiskRegisterScreen(AppContext(reader))
        qtbot.addWidget(read_only)
        assert "Red code" in read_only.legend.text()
        assert "F2" not in read_only.legend.text()
    finally:
        reader.close()
