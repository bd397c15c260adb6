"""Long file work in the main window: the event loop keeps running while an Excel export of
the sample plan is written, and a cancelled Excel import changes nothing."""

from __future__ import annotations

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
        checks.append(1)
        wait_for(lambda: bool(clicked), "let the user cancel")  # a long check, given up
        progress(99, "checking")  # raises Cancelled
        checks.append(2)
        return result

    monkeypatch.setattr(excel_import, "read_import", slow_read)
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    asked: list[Any] = []
    monkeypatch.setattr(excel_actions, "confirm_import", lambda *a: asked.append(a) or True)
    clicked = click_cancel_when_shown(qtbot, window)
    assert excel_actions.import_from(window, path) is None
    assert clicked and 2 not in checks and asked == []  # it stopped at the cancel
    assert dump(window) == before and window.ctx.ops.undo_stack.count() == 0


def test_printing_paints_on_the_worker_and_says_so(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from desktop.views.files import print_actions

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(print_actions, "_printer", lambda _window: printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QPrintDialog.DialogCode.Accepted)
    runner = print_actions.print_document(window)
    with qtbot.waitSignal(runner.done, timeout=60_000) as blocker:
        pass
    assert blocker.args == [True, None]
    assert window.statusBar().currentMessage() == "Sent to the printer."
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_a_cancelled_pdf_export_leaves_the_old_file(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.exchange.document.plan_document import PlanDocument
    from desktop.views.files import print_actions

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.pdf"
    target.write_bytes(b"%PDF the one sent to the printer last week")
    pages: list[int] = []
    real = PlanDocument.paint

    def slow_paint(doc: PlanDocument, device: Any, progress: Any = None) -> bool:
        def step(done: int, total: int) -> bool:
            pages.append(done)
            wait_for(lambda: bool(clicked), "let the user cancel")  # a slow page, given up
            return progress(done, total)

        return real(doc, device, step)

    monkeypatch.setattr(PlanDocument, "paint", slow_paint)
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    clicked = click_cancel_when_shown(qtbot, window)
    assert print_actions.export_pdf(window, str(target)) is None
    assert pages == [0]  # no page after the cancel
    assert target.read_bytes() == b"%PDF the one sent to the printer last week"
    assert [p.name for p in folder.iterdir()] == ["plan.pdf"]  # no half PDF left behind
