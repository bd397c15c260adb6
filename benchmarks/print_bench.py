"""Time the plan document: the sample plan to PDF (target < 2 s), and a larger plan.

    python -m benchmarks.print_bench [--large SUBTASKS] [--out DIR]

Prints one line per phase (fonts, layout, PDF) and the total (wall clock, and the CPU time,
which is what counts on a busy machine), for the sample plan and, with
``--large``, for a generated plan of that many subtasks (see ``benchmarks/large_plan.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 2.0


def _app() -> object:
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["print_bench"])


def bench(label: str, db: Path, out: Path) -> float:
    from sqlalchemy import select

    from desktop.exchange.document.plan_document import build_document
    from desktop.models import Plan
    from desktop.render import fonts
    from desktop.store import open_workspace

    c0 = time.process_time()
    t0 = time.perf_counter()
    fonts.document_family("zh_TW")
    t1 = time.perf_counter()
    with open_workspace(db, read_only=True) as ws, ws.session() as session:
        plan = session.scalars(select(Plan)).first()
        doc = build_document(session, plan)
    t2 = time.perf_counter()
    doc.write_pdf(out)
    t3 = time.perf_counter()
    total = t3 - t0
    cpu = time.process_time() - c0
    print(
        f"{label}: fonts {t1 - t0:.2f} s, layout {t2 - t1:.2f} s, PDF {t3 - t2:.2f} s, "
        f"total {total:.2f} s wall ({cpu:.2f} s CPU), {doc.page_count} pages, "
        f"{out.stat().st_size // 1024} KiB"
    )
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=int, default=0, metavar="SUBTASKS")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    app = _app()  # noqa: F841
    from desktop.models.sample import add_sample_plan
    from desktop.store import open_workspace

    out = args.out or Path(tempfile.mkdtemp(prefix="print_bench_"))
    out.mkdir(parents=True, exist_ok=True)
    db = out / "sample.sqlite"
    db.unlink(missing_ok=True)
    with open_workspace(db) as ws, ws.write() as session:
        add_sample_plan(session)
    total = bench("sample plan", db, out / "sample.pdf")
    ok = total < TARGET_S
    print(f"target < {TARGET_S:.0f} s: {'met' if ok else 'MISSED'}")
    if args.large:
        from benchmarks.large_plan import create_large_workspace

        big = out / "large.sqlite"
        big.unlink(missing_ok=True)
        create_large_workspace(
            str(big),
            subtasks=args.large,
            risks=args.large // 4,
            actuals=120,
            tasks=max(1, args.large // 10),
        )
        bench(f"large plan ({args.large} subtasks)", big, out / "large.pdf")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
