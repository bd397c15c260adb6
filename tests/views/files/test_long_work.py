"""Long file work in the main window: the event loop keeps running while an Excel export of
the sample plan is written, and a cancelled Excel import changes nothing."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QTimer

from desktop.exchange.excel import excel_export, excel_import
from desktop.models.serialize import canonical_json, dump_plan
from desktop.views.files import excel_actions
from desktop.views.main_window import MainWindow
from desktop.views.shared import background
from tests.views.shared.test_background import click_cancel_when_shown, wait_for

pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window: MainWindow) -> MainWindow:
    return shown_window


def dump(window: MainWindow) -> str:
    with window.ctx.session() as session:
        return canonical_json(dump_plan(window.ctx.plan(session)))


def test_timers_keep_firing_while_the_workbook_is_written(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    real = excel_export.write_workbook

    def write_when_the_window_lived(*args: Any, **kwargs: Any) -> Any:
        wait_for(lambda: len(ticks) >= 5, "ran its timers")  # a frozen window never does
        return real(*args, **kwargs)

    monkeypatch.setattr(excel_export, "write_workbook", write_when_the_window_lived)
    path = tmp_path / "plan.xlsx"
    assert excel_actions.export_to(window, path)
    assert len(ticks) >= 5
    assert "風險 (Risks)" in openpyxl.load_workbook(path).sheetnames


def test_a_cancelled_import_changes_nothing(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.xlsx"
    assert excel_actions.export_to(window, path)
    book = openpyxl.load_workbook(path)
    book["風險 (Risks)"]["E2"] = 1
    book.save(path)
    before = dump(window)
    real = excel_import.read_import
    checks: list[int] = []

    def slow_read(source: Path, progress: Any) -> Any:
        result = real(source, progress)
        for _ in range(4000):  # about 20 s of checking, unless cancelled
            checks.append(1)
            progress(99, "checking")
            time.sleep(0.005)
        return result

    monkeypatch.setattr(excel_import, "read_import", slow_read)
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    asked: list[Any] = []
    monkeypatch.setattr(excel_actions, "confirm_import", lambda *a: asked.append(a) or True)
    clicked = click_cancel_when_shown(qtbot, window)
    assert excel_actions.import_from(window, path) is None
    assert clicked and len(checks) < 4000 and asked == []
    assert dump(window) == before and window.ctx.ops.undo_stack.count() == 0
