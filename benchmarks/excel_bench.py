"""Excel export/import speed on a large plan, against raw openpyxl doing the same cells.

    .venv/bin/python benchmarks/excel_bench.py [--repeat N] [--subtasks N] ...

Export is compared with raw openpyxl (write-only) writing the same cells with the same styles
(each distinct style built once, as the export does); import (safety checks, reading and
validating every sheet) with a raw read-only, data-only load iterating the same sheets' cells.
The database parts (reading the plan, writing the imported plan) are timed separately.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from copy import copy
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.large_plan import create_large_workspace


def best(fn: Callable[[], Any], repeat: int) -> float:
    """The best CPU time of ``repeat`` runs (wall time suffers on a shared machine)."""
    times = []
    for _ in range(repeat):
        start, wall = time.process_time(), time.perf_counter()
        fn()
        times.append(time.process_time() - start)
        WALL.append(time.perf_counter() - wall)
    return min(times)


WALL: list[float] = []


def captured_cells(path: Path) -> list[dict[str, Any]]:
    """Every sheet of a workbook: values, style of each cell, widths, merges, frozen panes."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    sheets = []
    styles: dict[tuple[int, ...], tuple[Any, ...]] = {}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            specs = []
            for c in row:
                if type(c).__name__ == "MergedCell":
                    continue
                if not c.has_style:
                    specs.append((c.value, None))
                    continue
                key = tuple(c._style)
                if key not in styles:
                    styles[key] = (
                        copy(c.font),
                        copy(c.fill),
                        copy(c.border),
                        copy(c.alignment),
                        c.number_format,
                        c.quotePrefix,
                    )
                specs.append((c.value, styles[key]))
            rows.append(specs)
        sheets.append(
            {
                "title": ws.title,
                "rows": rows,
                "merged": [str(r) for r in ws.merged_cells.ranges],
                "freeze": ws.freeze_panes,
                "widths": {k: d.width for k, d in ws.column_dimensions.items()},
            }
        )
    return sheets


def raw_write(sheets: list[dict[str, Any]], out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet["title"])
        width = max((len(r) for r in sheet["rows"]), default=1)
        ref = f"A1:{get_column_letter(max(width, 1))}{max(len(sheet['rows']), 1)}"
        ws.calculate_dimension = lambda ref=ref: ref  # as the export declares it
        for key, width in sheet["widths"].items():
            ws.column_dimensions[key].width = width
        ws.freeze_panes = sheet["freeze"]
        templates: dict[Any, Any] = {}
        for row in sheet["rows"]:
            cells = []
            for spec in row:
                if spec[1] is None:
                    cells.append(spec[0])
                    continue
                key = id(spec[1])
                style = templates.get(key)
                if style is None:
                    template = WriteOnlyCell(ws)
                    (
                        template.font,
                        template.fill,
                        template.border,
                        template.alignment,
                        template.number_format,
                        template.quotePrefix,
                    ) = spec[1]
                    style = templates[key] = template._style
                cell = WriteOnlyCell(ws, spec[0])
                cell._style = style
                cells.append(cell)
            ws.append(cells)
        for ref in sheet["merged"]:
            ws.merged_cells.add(ref)
    wb.save(out)


def raw_read(path: Path, skip: set[str]) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    count = 0
    for ws in wb.worksheets:
        if ws.title in skip:
            continue
        for row in ws.iter_rows(values_only=True):
            count += len(row)
    wb.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--subtasks", type=int, default=2000)
    parser.add_argument("--risks", type=int, default=500)
    parser.add_argument("--actuals", type=int, default=24000)
    args = parser.parse_args()
    from desktop.exchange.excel.excel_export import export_plan, write_workbook
    from desktop.exchange.excel.excel_import import read_import
    from desktop.models.serialize import dump_plan
    from desktop.operations import find_plan
    from desktop.operations.import_plan import apply_import
    from desktop.store import open_workspace

    tmp = Path(tempfile.mkdtemp(prefix="plandesk-excel-bench-"))
    uuid = create_large_workspace(
        str(tmp / "large.sqlite"), subtasks=args.subtasks, risks=args.risks, actuals=args.actuals
    )
    out = tmp / "large.xlsx"
    with open_workspace(tmp / "large.sqlite") as ws, ws.session() as session:
        plan = find_plan(session, uuid)
        full_export = best(lambda: export_plan(session, plan, out), args.repeat)
        data = dump_plan(plan)
    workbook_only = best(lambda: write_workbook(data, out), args.repeat)
    sheets = captured_cells(out)
    cells = sum(len(r) for s in sheets for r in s["rows"])
    raw_export = best(lambda: raw_write(sheets, tmp / "raw.xlsx"), args.repeat)
    board = next(s["title"] for s in sheets if s["title"].startswith("看板"))
    read_cells = raw_read(out, {board})
    raw_import = best(lambda: raw_read(out, {board}), args.repeat)
    import_read = best(lambda: read_import(out), args.repeat)
    result = read_import(out)
    assert not result.errors, result.refusal()

    def import_db() -> None:
        path = tmp / f"in-{time.perf_counter_ns()}.sqlite"
        with open_workspace(path) as target:
            apply_import(target, result)

    import_write = best(import_db, 1)
    size = out.stat().st_size / 2**20
    print("CPU seconds, best of", args.repeat, "runs:")
    print(
        f"plan: {args.subtasks} subtasks, {args.risks} risks, {args.actuals} KPI actuals; "
        f"workbook {size:.1f} MB, {cells} cells written, {read_cells} cells read"
    )
    print(
        f"export (workbook from the plan data): {workbook_only:7.2f} s   raw openpyxl, same "
        f"cells and styles: {raw_export:7.2f} s   ratio {workbook_only / raw_export:.2f}"
    )
    print(
        f"export (incl. reading the plan from the database): {full_export:7.2f} s   ratio "
        f"{full_export / raw_export:.2f}"
    )
    print(
        f"import (checks, read, validate): {import_read:7.2f} s   raw read-only load of the "
        f"same cells: {raw_import:7.2f} s   ratio {import_read / raw_import:.2f}"
    )
    print(f"import (writing the plan into an empty workspace): {import_write:7.2f} s")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
