"""Word, calendar and Excel export, ``dump`` and the PDF's peak memory on large plans, each
through the real ``plandesk`` command in a process of its own (issue 27).

    python -m benchmarks.export_bench [--repeat N] [--subtasks N] [--kpis N] [--out DIR]

Baselines come from the same run: Word and calendar export are compared with the Excel export
of the same plan (2,000 subtasks, 20 KPIs by default; targets: Word ≤ 1×, calendar ≤ 0.25×),
``dump`` with its one-second target, and the PDF of a plan with 500 KPI charts with the
400 MB peak-memory target. Times are the best CPU time (user + system) of ``--repeat`` runs,
after one warm-up run (Python's byte-code cache written); wall time is shown too, but on a
machine shared with other work it measures the other work as well.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.large_plan import create_large_workspace  # noqa: E402


def run(*args: str) -> tuple[float, float, int]:
    """Run ``python -m desktop ARGS``: (CPU seconds, wall seconds, peak RSS in MB)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte code cached
    wall = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - wall
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"plandesk {' '.join(args)} failed: {err[-2000:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss // 1024


def best(repeat: int, *args: str) -> tuple[float, float, int]:
    run(*args)  # warm-up: byte code, font caches
    runs = [run(*args) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--subtasks", type=int, default=2000)
    parser.add_argument("--kpis", type=int, default=500, help="KPI charts in the PDF plan")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="export_bench_"))
    out.mkdir(parents=True, exist_ok=True)
    big = out / "large.sqlite"
    kpis = out / "kpis.sqlite"
    for path in (big, kpis):
        path.unlink(missing_ok=True)
    create_large_workspace(str(big), subtasks=args.subtasks, actuals=20 * 12)
    create_large_workspace(str(kpis), subtasks=500, actuals=args.kpis * 12, tasks=50, risks=125)
    db = ("--db", str(big))
    label = f"{args.subtasks} subtasks, 20 KPIs"
    xlsx = best(args.repeat, "export", *db, "--xlsx", str(out / "plan.xlsx"))
    docx = best(args.repeat, "export", *db, "--docx", str(out / "plan.docx"))
    ics = best(args.repeat, "export", *db, "--ics", str(out / "plan.ics"))
    dump = best(args.repeat, "dump", *db)
    print(f"Excel export ({label}): {xlsx[0]:.2f} s CPU, {xlsx[1]:.2f} s wall")
    for name, figure, target in (("Word", docx, 1.0), ("calendar", ics, 0.25)):
        ratio = figure[0] / xlsx[0]
        print(
            f"{name} export ({label}): {figure[0]:.2f} s CPU, {figure[1]:.2f} s wall; "
            f"Excel {xlsx[0]:.2f} s; ratio {ratio:.2f} (target ≤ {target:g}): "
            + ("met" if ratio <= target else "MISSED")
        )
    print(
        f"dump ({label}): {dump[0]:.2f} s CPU, {dump[1]:.2f} s wall (target < 1 s): "
        + ("met" if dump[0] < 1.0 else "MISSED")
    )
    pdf = out / "kpis.pdf"
    cpu, wall, peak = run("print", "--db", str(kpis), "--pdf", str(pdf))
    size = pdf.stat().st_size / 1e6
    print(
        f"PDF peak memory (500 subtasks, {args.kpis} KPI charts): {peak} MB "
        f"({cpu:.1f} s CPU, {size:.1f} MB file; target ≤ 400 MB): "
        + ("met" if peak <= 400 else "MISSED")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
