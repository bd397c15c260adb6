"""Task-board timings: start-up, opening a 2,000-subtask plan, repaints and scrolling.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.board_bench [--repeat N]``.
Prints a table of medians. Start-up figures are whole processes (interpreter start to the
first painted board, or to the first painted bare PySide6 window), measured in the same run:
APP builds ``MainWindow`` directly; FAST goes through ``desktop.app.run_gui`` (the fast start:
a preview board read with ``sqlite3`` and painted first, then the real window in its place).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent

BARE = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
class W(QWidget):
    def paintEvent(self, e):
        print(time.time() - t0); app.quit()
w = W(); w.resize(1600, 1000); w.show(); app.exec()
"""

APP = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.store import prepare_workspace
from desktop.views.board import board_timeline
original = board_timeline.TimelineCanvas.paintEvent
def paint(self, event):
    original(self, event)
    print(time.time() - t0); app.quit()
board_timeline.TimelineCanvas.paintEvent = paint
from desktop.views.main_window import MainWindow
window = MainWindow(prepare_workspace(sys.argv[2]))
window.resize(1600, 1000); window.show(); app.exec()
"""

FAST = """
import os, time, sys
t0 = float(sys.argv[1])
os.environ["PLANDESK_NO_ERROR_DIALOG"] = "1"
import desktop.app
from desktop.views.board import fast_start
preview_paint = fast_start.PreviewCanvas.paintEvent
shown = []
def paint(self, event):
    preview_paint(self, event)
    if not shown:
        shown.append(time.time() - t0)
fast_start.PreviewCanvas.paintEvent = paint
replace = desktop.app.replace_preview
def replaced(preview, window):
    from PySide6.QtWidgets import QApplication
    from desktop.views.board import board_timeline
    real_paint = board_timeline.TimelineCanvas.paintEvent
    def paint(self, event):
        real_paint(self, event)
        print(time.time() - t0); print(shown[0]); QApplication.instance().quit()
    board_timeline.TimelineCanvas.paintEvent = paint
    window.after_first_show = lambda: None  # no first-run welcome dialog in a benchmark
    replace(preview, window)
desktop.app.replace_preview = replaced
desktop.app.run_gui(sys.argv[2])
"""


def _process(code: str, *args: str) -> float:
    """Seconds from launching ``code`` to its first paint; its CPU seconds go to CPU[-1]."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    lines = out.stdout.strip().splitlines()
    if code is FAST:  # ends with the real board's seconds, then the preview's
        REAL.append(float(lines[-2]))
    return float(lines[-1])


def _startup(code: str, repeat: int, *args: str) -> tuple[float, float]:
    """Median (wall ms, CPU ms) of ``repeat`` whole-process start-ups."""
    walls, cpus = [], []
    for _ in range(repeat):
        walls.append(_process(code, *args) * 1000)
        cpus.append(CPU[-1])
    return statistics.median(walls), statistics.median(cpus)


REAL: list[float] = []  # FAST: seconds to the real MainWindow's painted board
CPU: list[float] = []  # CPU time of the last _median_ms (ms): what a busy machine hides


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` in ms; its median CPU time goes to ``CPU[-1]``."""
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    CPU.append(statistics.median(cpu) * 1000)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="start-up runs (median)")
    parser.add_argument("--subtasks", type=int, default=2000)
    args = parser.parse_args(argv)
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        sample = str(Path(tmp) / "sample.sqlite")
        _process(APP, sample)  # creates the workspace with the sample plan (not timed)
        bare, bare_cpu = _startup(BARE, args.repeat)
        app, app_cpu = _startup(APP, args.repeat, sample)
        rows += [
            (
                "bare PySide6 window: process start to first paint",
                bare,
                f"CPU {bare_cpu:.0f} (whole process); reference",
            ),
            (
                "PlanDesk, sample plan: process start to painted board",
                app,
                f"CPU {app_cpu:.0f}; {app / bare:.1f}x bare (target <= 2x)",
            ),
        ]
        fast, fast_cpu = _startup(FAST, args.repeat, sample)
        real = statistics.median(REAL[-args.repeat :]) * 1000
        loaded = _sqlalchemy_before_preview(sample)
        rows += [
            (
                "PlanDesk via run_gui, sample plan: process start to painted preview board",
                fast,
                f"{fast / bare:.1f}x bare (target <= 2x); SQLAlchemy loaded before "
                f"the first paint: {'yes' if loaded else 'no'}",
            ),
            (
                "PlanDesk via run_gui, sample plan: process start to real window's board",
                real,
                f"CPU {fast_cpu:.0f} (whole run); replaces the preview, editable",
            ),
        ]
        rows += _large(Path(tmp) / "large.sqlite", args.subtasks, args.repeat)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'ms':>8}  note")
    for name, ms, note in rows:
        print(f"{name:<{width}}  {ms:8.1f}  {note}")
    return 0


def _sqlalchemy_before_preview(sample: str) -> bool:
    """Whether SQLAlchemy is imported by the time the preview has been painted."""
    code = FAST.replace(
        "shown.append(time.time() - t0)",
        "shown.append(time.time() - t0); print('SA', 'sqlalchemy' in sys.modules)",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), sample],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    return "SA True" in out.stdout


def _large(path: Path, subtasks: int, repeat: int) -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from benchmarks.large_plan import create_large_workspace

    app = QApplication.instance() or QApplication([])
    create_large_workspace(str(path), subtasks=subtasks)
    whole, whole_cpu = _startup(APP, repeat, str(path))
    out = [
        (
            f"PlanDesk, {subtasks} subtasks: process start to painted board",
            whole,
            f"CPU {whole_cpu:.0f}; whole app: imports, migration check, window, checks",
        )
    ]
    from desktop.store import open_workspace
    from desktop.views.board.task_board import TaskBoardScreen
    from desktop.views.shared.context import AppContext

    t0, c0 = time.perf_counter(), time.process_time()
    ws = open_workspace(path)
    ctx = AppContext(ws)
    board = TaskBoardScreen(ctx)
    board.resize(1600, 1000)
    board.set_zoom("year")
    board.show()
    painted: list[float] = []
    original = board.canvas.paintEvent

    def paint(event: object) -> None:
        original(event)
        painted.append(time.perf_counter())

    board.canvas.paintEvent = paint  # type: ignore[method-assign]
    while not painted:
        app.processEvents()
    out.append(
        (
            f"{subtasks} subtasks: open workspace + board screen to painted board",
            (painted[0] - t0) * 1000,
            f"CPU {(time.process_time() - c0) * 1000:.0f}; target < 600 (modules already imported)",
        )
    )
    canvas, tree = board.canvas, board.tree
    image = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    from desktop.render.board_painter import BoardOptions, paint_board

    rows = board.model.visible_rows()
    base = canvas.base
    for zoom, days in (("year", 365), ("quarter", 91), ("month", 30)):
        first = base.origin if zoom == "year" else base.origin.replace(month=4)
        options = BoardOptions.fit(
            base.year,
            base.convention,
            1600,
            first,
            first + timedelta(days=days - 1),
            lang=base.lang,
            row_height=26,
        )

        def direct(options: BoardOptions = options) -> None:
            painter = QPainter(image)
            paint_board(painter, QRectF(0, 0, 1600, 1000), rows, options)
            painter.end()

        board.set_zoom(zoom)
        canvas.scroll_to(base.origin.replace(month=4))
        app.processEvents()
        wall = _median_ms(direct, 30)
        note = (
            f"CPU {CPU[-1]:.1f}; target <= 8; on screen: timeline {canvas.width()}x"
            f"{canvas.height()} {_median_ms(canvas.repaint, 30):.1f} (CPU {CPU[-1]:.1f})"
        )
        grab = _median_ms(board.grab, 10)
        note += f", whole screen {grab:.1f} (CPU {CPU[-1]:.1f})"
        out.append((f"full repaint 1600x1000 board (paint_board), {zoom} zoom", wall, note))
    board.set_zoom("year")
    bar = tree.verticalScrollBar()

    def scroll() -> None:  # the scroll bar counts rows (the tree scrolls per item)
        bar.setValue((bar.value() + 3) % max(1, bar.maximum()))
        app.processEvents()  # the tree and the timeline move their pixels, paint the new strip

    wall = _median_ms(scroll, 60)
    out.append(
        (
            "scroll 3 rows, tree + timeline painted (year zoom)",
            wall,
            f"CPU {CPU[-1]:.1f}; smooth: < 16 (one frame at 60 Hz)",
        )
    )
    t = time.perf_counter()
    board.reload()
    out.append(
        (
            "reload the board after a structural change",
            (time.perf_counter() - t) * 1000,
            "e.g. add/remove a subtask",
        )
    )
    ws.close()
    return out


if __name__ == "__main__":
    sys.exit(main())
