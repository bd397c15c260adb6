"""Fixtures of the risk register tests: a context on the sample plan and the screen on it."""

from __future__ import annotations

import pytest

from desktop.views.shared.context import AppContext


@pytest.fixture
def ctx(sample_ws):
    ws, _uuid = sample_ws
    return AppContext(ws)


@pytest.fixture
def screen(qtbot, ctx):
    from desktop.views.risks.risk_register import RiskRegisterScreen

    widget = RiskRegisterScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
