"""Fixtures shared by the screen tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def shown_window(qtbot: Any, sample_ws: Any) -> Any:
    """The main window on the sample plan, in English, on show."""
    from desktop.views.main_window import MainWindow

    win = MainWindow(sample_ws[0], lang="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
