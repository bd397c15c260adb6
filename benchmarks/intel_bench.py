"""What the load strip and the KPI forecasts cost, through the real code paths (issue 28).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.intel_bench [--repeat N]``.
On a 2,000-subtask plan (``large_plan``: 20 teams, 2,000 KPIs with 12 actuals each):

* the board screen's repaint (``grab()`` of the timeline canvas) against the strip's;
* a board reload against the strip's load computation (run after it, on the next pass);
* whole-process start-up to the painted board, with the strip and with it switched off;
* the KPI pane's chart of one KPI with and without its forecast, and the plan checks with and
  without the look-ahead findings (forecasts of every KPI, silent risks, overloaded weeks).

Prints medians (ms) and the strip's / forecasts' share; the target is under 10 %.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.board_bench import APP, CPU, _startup

NO_STRIP = APP.replace(
    "from desktop.views.main_window import MainWindow",
    "from desktop.views.board import load_strip\n"
    "load_strip.LoadPanel.schedule = lambda *a, **k: None\n"
    "from desktop.views.main_window import MainWindow",
)


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--subtasks", type=int, default=2000)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from benchmarks.large_plan import create_large_workspace

    app = QApplication.instance() or QApplication([])
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.sqlite"
        create_large_workspace(str(path), subtasks=args.subtasks)
        rows += _board(app, path, args.repeat)
        rows += _forecasts(app, path, args.repeat)
        plain, plain_cpu, strip, strip_cpu = _interleaved(args.repeat, str(path))
        rows += [
            ("start-up to painted board, strip switched off", plain, f"CPU {plain_cpu:.0f}"),
            (
                "start-up to painted board, with the strip",
                strip,
                f"CPU {strip_cpu:.0f}; {_share(strip - plain, plain)} (CPU "
                f"{_share(strip_cpu - plain_cpu, plain_cpu)}); the load is computed after "
                "the first paint",
            ),
        ]
        del CPU[:]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'ms':>8}  note")
    for name, ms, note in rows:
        print(f"{name:<{width}}  {ms:8.1f}  {note}")
    return 0


def _interleaved(repeat: int, path: str) -> tuple[float, float, float, float]:
    """Start-up without and with the strip, run in turns (a busy machine slows both alike)."""
    walls: dict[str, list[float]] = {"plain": [], "strip": []}
    cpus: dict[str, list[float]] = {"plain": [], "strip": []}
    _startup(APP, 1, path)  # warm the file cache (not counted)
    for _ in range(repeat):
        for name, code in (("plain", NO_STRIP), ("strip", APP)):
            wall, cpu = _startup(code, 1, path)
            walls[name].append(wall)
            cpus[name].append(cpu)
    med = statistics.median
    return med(walls["plain"]), med(cpus["plain"]), med(walls["strip"]), med(cpus["strip"])


def _share(extra: float, base: float) -> str:
    return f"{extra / base * 100:+.1f} %" if base else "n/a"


def _board(app: object, path: Path, repeat: int) -> list[tuple[str, float, str]]:
    from desktop.store import open_workspace
    from desktop.views.board.task_board import TaskBoardScreen
    from desktop.views.shared.context import AppContext

    ws = open_workspace(path)
    board = TaskBoardScreen(AppContext(ws))
    board.resize(1600, 1000)
    board.set_zoom("year")
    board.show()
    board.load_panel.flush()
    app.processEvents()  # type: ignore[attr-defined]
    canvas = median_ms(board.canvas.grab, repeat * 4)
    strip = median_ms(board.load_panel.strip.grab, repeat * 4)
    reload = median_ms(board.reload, repeat)
    panel = board.load_panel

    def compute() -> None:
        panel.schedule(board.model._all, board._read_strip_inputs, 2027)  # as reload() does
        panel.flush()

    load = median_ms(compute, repeat)
    board.close()
    ws.close()
    return [
        ("board repaint (timeline canvas, 1600x1000, year)", canvas, ""),
        ("load strip repaint", strip, f"{_share(strip, canvas)} of the board's repaint"),
        ("board reload (read + rows + model)", reload, ""),
        ("load strip: load computed after a reload", load, f"{_share(load, reload)} of a reload"),
    ]


def _forecasts(app: object, path: Path, repeat: int) -> list[tuple[str, float, str]]:
    from desktop.models import checks
    from desktop.models.forecast import plan_forecasts
    from desktop.models.kpi_math import plan_series
    from desktop.operations import find_plan
    from desktop.store import open_workspace
    from desktop.views.kpi import kpi_main_chart
    from desktop.views.kpi.kpi_main_chart import KpiMainChart

    ws = open_workspace(path)
    with ws.session() as session:
        plan = find_plan(session, "11111111")
        checks.check_plan(plan)  # loads every relationship once
        with_intel = median_ms(lambda: checks.check_plan(plan), repeat)
        original = checks.intel_findings
        checks.intel_findings = lambda _plan: []  # type: ignore[assignment]
        without = median_ms(lambda: checks.check_plan(plan), repeat)
        checks.intel_findings = original
        every = median_ms(lambda: plan_forecasts(plan), repeat)
        series = plan_series(plan)[0]
    chart = KpiMainChart("zh_TW")
    chart.resize(1000, 600)
    chart.show()
    kept = KpiMainChart._draw_forecast

    def bare_draw(self: KpiMainChart, item: object) -> None:
        return None

    drawn_times, bare_times = [], []
    for _ in range(repeat * 3):  # in turns, after one warm-up each
        for method, times in ((kept, drawn_times), (bare_draw, bare_times)):
            KpiMainChart._draw_forecast = method  # type: ignore[method-assign]
            times.append(median_ms(lambda: (chart.show_series(series), chart.grab()), 1))
    KpiMainChart._draw_forecast = kept  # type: ignore[method-assign]
    drawn = statistics.median(drawn_times[1:])
    bare = statistics.median(bare_times[1:])
    del kpi_main_chart
    ws.close()
    return [
        ("KPI chart drawn and painted, no forecast", bare, ""),
        ("KPI chart drawn and painted, with its forecast", drawn, _share(drawn - bare, bare)),
        ("plan checks without the look-ahead findings", without, "after the first paint"),
        (
            "plan checks with them (forecasts, silent risks, load)",
            with_intel,
            f"{_share(with_intel - without, without)}; forecasts of all 2,000 KPIs: {every:.0f} ms",
        ),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
