"""`make bench`: run the start-up, task-board, Excel, print and export benchmarks; print one
table.

Each figure stands next to its baseline measured in the same run: a bare PySide6 window for
start-up (offscreen, and under a real X server for the ``plandesk`` command itself), GNOME
Planner for a 2,000-task plan, raw openpyxl for export and import, the Excel export of the
same plan for Word and calendar export (``benchmarks/export_bench.py``). Every benchmark runs
in its own process.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
Row = tuple[str, str, str, str]  # measure, figure, baseline / target, note


def _run(module: str, *args: str) -> str:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(REPO),
    )
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{module} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def board_rows(out: str) -> list[Row]:
    rows: list[Row] = []
    bare = None
    for line in out.splitlines():
        match = re.match(r"(.+?)\s{2,}(\d+(?:\.\d+)?)\s{2}(.*)$", line)
        if not match or line.startswith("measure"):
            continue
        name, ms, note = match.group(1).strip(), float(match.group(2)), match.group(3)
        if name.startswith("bare PySide6"):
            bare = ms
        target = re.search(r"target ([^;,(]+)", note)
        base = f"bare window {bare:.0f} ms" if bare and "x bare" in note else ""
        planner = re.match(r"GNOME Planner \d+ ms", note)
        base = planner.group(0) + " (target: no slower)" if planner else base
        rows.append((name, f"{ms:.1f} ms", base or (target.group(1) if target else ""), note))
    return rows


def excel_rows(out: str) -> list[Row]:
    rows: list[Row] = []
    for line in out.splitlines():
        match = re.match(r"(export|import) \(([^)]+)\):\s+([\d.]+) s(.*)$", line)
        if not match:
            continue
        kind, what, secs, rest = match.groups()
        raw = re.search(r"raw [^:]+:\s+([\d.]+) s\s+ratio ([\d.]+)", rest)
        ratio = re.search(r"ratio ([\d.]+)", rest)
        base = f"raw openpyxl {raw.group(1)} s (target ratio ≤ 1.3)" if raw else ""
        note = f"ratio {ratio.group(1)}" if ratio else ""
        rows.append((f"Excel {kind}: {what}", f"{float(secs):.2f} s", base, note))
    return rows


def print_rows(out: str) -> list[Row]:
    rows: list[Row] = []
    for line in out.splitlines():
        match = re.match(r"(.+?): .*total ([\d.]+) s", line)
        if match:
            rows.append(
                (
                    f"PDF of the {match.group(1)}",
                    f"{float(match.group(2)):.2f} s",
                    "target < 2 s",
                    line.split(":", 1)[1].strip(),
                )
            )
    return rows


def export_rows(out: str) -> list[Row]:
    rows: list[Row] = []
    for line in out.splitlines():
        ratio = re.match(
            r"(Word|calendar) export \(([^)]+)\): ([\d.]+) s CPU, ([\d.]+) s wall; "
            r"Excel ([\d.]+) s; ratio ([\d.]+) \(target ([^)]+)\): (\w+)",
            line,
        )
        if ratio:
            name, what, cpu, wall, excel, value, target, verdict = ratio.groups()
            rows.append(
                (
                    f"{name} export / Excel export ({what})",
                    f"{float(value):.2f}x",
                    f"Excel export {excel} s CPU (target {target})",
                    f"{name} {cpu} s CPU, {wall} s wall; {verdict}",
                )
            )
            continue
        dump = re.match(r"dump \(([^)]+)\): ([\d.]+) s CPU, ([\d.]+) s wall .*: (\w+)", line)
        if dump:
            what, cpu, wall, verdict = dump.groups()
            rows.append(
                (
                    f"plandesk dump ({what})",
                    f"{cpu} s",
                    "target < 1 s",
                    f"CPU; {wall} s wall; {verdict}",
                )
            )
            continue
        memory = re.match(r"PDF peak memory \(([^)]+)\): (\d+) MB \(([^;]+); .*: (\w+)", line)
        if memory:
            what, peak, note, verdict = memory.groups()
            rows.append(
                (f"PDF peak memory ({what})", f"{peak} MB", "target ≤ 400 MB", f"{note}; {verdict}")
            )
    return rows


def main() -> int:
    quick = "--quick" in sys.argv
    rows: list[Row] = []
    print("running benchmarks/startup_bench.py (plandesk under Xvfb) …", file=sys.stderr)
    try:
        rows += board_rows(_run("benchmarks.startup_bench", "--repeat", "3" if quick else "5"))
    except (RuntimeError, OSError) as exc:  # no Xvfb and not root to install it
        rows.append(("plandesk start-up under Xvfb", "not run", "", str(exc)[-200:]))
    print("running benchmarks/board_bench.py …", file=sys.stderr)
    rows += board_rows(_run("benchmarks.board_bench", "--repeat", "3" if quick else "5"))
    print("running benchmarks/excel_bench.py …", file=sys.stderr)
    rows += excel_rows(_run("benchmarks.excel_bench", "--repeat", "1" if quick else "3"))
    print("running benchmarks/print_bench.py …", file=sys.stderr)
    rows += print_rows(_run("benchmarks.print_bench"))
    print("running benchmarks/export_bench.py …", file=sys.stderr)
    rows += export_rows(_run("benchmarks.export_bench", "--repeat", "1" if quick else "3"))
    widths = [
        max(len(r[i]) for r in rows + [("measure", "figure", "baseline / target", "")])
        for i in range(3)
    ]
    header = ("measure", "figure", "baseline / target", "note")
    for row in [header, tuple("-" * w for w in widths) + ("----",), *rows]:
        print("  ".join(cell.ljust(widths[i]) if i < 3 else cell for i, cell in enumerate(row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
