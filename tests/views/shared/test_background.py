"""The background runner: results in the GUI thread, errors as messages, progress, cancel,
and a window whose event loop keeps running while long work runs."""

from __future__ import annotations

import ast
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop.exchange.export.atomic import save_atomically
from desktop.views.shared import background
from desktop.views.shared.background import (
    BackgroundRunner,
    Cancelled,
    error_message,
    run_in_background,
)

VIEWS = Path(__file__).resolve().parents[3] / "desktop" / "views"
PATIENCE = 20.0  # seconds a worker waits for the GUI before it gives up (a frozen window)


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


def gui_thread() -> QThread:
    return QApplication.instance().thread()


def wait_for(condition: Any, what: str) -> None:
    """In a worker: wait until ``condition()`` (set by the GUI thread) holds."""
    end = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"the GUI thread never {what}")
        time.sleep(0.005)


def click_cancel_when_shown(qtbot: Any, parent: QWidget) -> list[QProgressDialog]:
    """Act as the user: once a progress dialog is on show, press its Cancel button."""
    clicked: list[QProgressDialog] = []

    def poll() -> None:
        for dialog in parent.window().findChildren(QProgressDialog):
            if dialog.isVisible():
                button = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
                button.click()
                clicked.append(dialog)
                return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return clicked


def test_the_result_arrives_in_the_gui_thread(qtbot: Any, parent: QWidget) -> None:
    threads: dict[str, Any] = {}

    def work(_control: Any) -> int:
        threads["work"] = QThread.currentThread()
        return 42

    got: list[Any] = []

    def on_result(result: int) -> None:
        threads["result"] = QThread.currentThread()
        got.append(result)

    runner = run_in_background(parent, work, on_result, label="Counting…")
    with qtbot.waitSignal(runner.done, timeout=10_000):
        pass
    assert got == [42]
    assert threads["result"] is gui_thread() and threads["work"] is not gui_thread()


def test_an_exception_in_the_worker_becomes_a_message(
    qtbot: Any, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, title, text: shown.append((title, text)))
    )

    def broken(_control: Any) -> None:
        raise RuntimeError("the disk caught fire")

    runner = run_in_background(
        parent, broken, lambda _r: None, label="Writing…", error_title="Export"
    )
    with qtbot.waitSignal(runner.done, timeout=10_000) as blocker:
        pass
    assert isinstance(blocker.args[1], RuntimeError)
    assert shown == [("Export", "RuntimeError: the disk caught fire")]
    # a refusal speaks for itself; a file error names the file
    assert error_message(ValueError("Risks!E7: not a number")) == "Risks!E7: not a number"
    assert error_message(PermissionError(13, "Permission denied", "/x/plan.xlsx")) == (
        "/x/plan.xlsx: Permission denied"
    )


def test_progress_is_reported_to_the_dialog(qtbot: Any, parent: QWidget) -> None:
    seen: list[tuple[int, str]] = []
    labels: list[str] = []
    runner = BackgroundRunner(parent, show_after_ms=0)
    runner.progress.connect(lambda p, t: seen.append((p, t)))
    runner.progress.connect(lambda _p, _t: labels.append(runner.dialog.labelText()))

    def work(control: Any) -> str:
        wait_for(lambda: runner.dialog is not None and runner.dialog.isVisible(), "showed it")
        control.progress(25, "sheet 1 of 4")
        control.progress(100, "done")
        return "ok"

    with qtbot.waitSignal(runner.done, timeout=10_000) as blocker:
        runner.start(work, label="Reading plan.xlsx…")
    assert blocker.args == ["ok", None]
    assert seen == [(25, "sheet 1 of 4"), (100, "done")]
    assert labels[0] == "Reading plan.xlsx…\nsheet 1 of 4"
    assert runner.dialog is None and not runner.busy  # closed when the work ended


def test_cancel_stops_the_work_and_nothing_is_written(qtbot: Any, parent: QWidget, tmp_path: Path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.pdf"
    target.write_text("the saved file")
    steps: list[int] = []

    def work(control: Any) -> None:
        def write(tmp: Path) -> None:
            tmp.write_text("half a file")
            for step in range(4000):  # about 20 s unless cancelled
                steps.append(step)
                control.progress(step * 100 // 4000, f"page {step}")
                time.sleep(0.005)

        save_atomically(target, write)

    runner = BackgroundRunner(parent, show_after_ms=0)
    clicked = click_cancel_when_shown(qtbot, parent)
    with qtbot.waitSignal(runner.done, timeout=30_000) as blocker:
        runner.start(work, label="Writing the PDF…", cancellable=True)
    assert clicked, "the progress dialog was never shown"
    assert isinstance(blocker.args[1], Cancelled)
    assert str(blocker.args[1]) == "Cancelled: nothing was changed."
    assert len(steps) < 4000  # it stopped
    assert target.read_text() == "the saved file"
    assert [p.name for p in folder.iterdir()] == ["plan.pdf"]  # no half file left behind


def test_work_without_cancel_has_no_cancel_button(qtbot: Any, parent: QWidget) -> None:
    runner = BackgroundRunner(parent, show_after_ms=0)
    visible: list[list[str]] = []

    def work(_control: Any) -> None:
        wait_for(lambda: bool(visible), "showed the dialog")

    def look() -> None:
        if runner.dialog is not None and runner.dialog.isVisible():
            visible.append([b.text() for b in runner.dialog.findChildren(QPushButton)])
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    with qtbot.waitSignal(runner.done, timeout=30_000):
        runner.start(work, label="Opening the signing key…")
    assert visible == [[]]


def test_wait_keeps_the_event_loop_running(qtbot: Any, parent: QWidget) -> None:
    ticks: list[int] = []
    timer = QTimer(parent)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    def work(_control: Any) -> int:
        wait_for(lambda: len(ticks) >= 5, "let the timer fire")
        return len(ticks)

    runner = BackgroundRunner(parent)
    runner.start(work, label="Slow work…")
    assert runner.wait() >= 5

    def refused(_control: Any) -> None:
        raise ValueError("bad row 3")

    runner.start(refused, label="Again…")
    with pytest.raises(ValueError, match="bad row 3"):
        runner.wait()


def test_no_view_uses_threads_or_process_events() -> None:
    """Long work goes through views.shared.background, never a raw thread or an event pump."""
    found = []
    for path in sorted(VIEWS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Attribute):
                names = [node.attr]
            elif isinstance(node, ast.Name):
                names = [node.id]
            for name in names:
                root = name.split(".")[0]
                if root in {"threading", "_thread", "concurrent"} or name == "processEvents":
                    found.append(f"{path.relative_to(VIEWS)}:{node.lineno}: {name}")
    assert found == []
    assert background.SHOW_AFTER_MS > 0


def test_work_stops_when_its_window_is_closed(qtbot: Any) -> None:
    widget = QWidget()
    widget.show()
    steps: list[int] = []
    runner = BackgroundRunner(widget)

    def work(control: Any) -> None:
        for step in range(4000):  # about 20 s unless stopped
            steps.append(step)
            control.progress(1, "")
            time.sleep(0.005)

    runner.start(work, label="Writing…", cancellable=True)
    qtbot.waitUntil(lambda: len(steps) > 2, timeout=10_000)
    widget.deleteLater()  # the runner and its signals go with it
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30_000)
    assert len(steps) < 4000
