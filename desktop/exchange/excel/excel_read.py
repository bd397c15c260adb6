"""Read a workbook into plain rows, finding sheets and columns by their names.

Result: per layout sheet, a list of ``Row`` (row number and converted values by column key),
plus every problem found. Formula cells are read as their cached values; one without a cached
value is an error. Nothing here writes anything.
"""

from __future__ import annotations

import contextlib
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from desktop.exchange.excel.excel_cells import Placeholder, converter
from desktop.exchange.excel.excel_layout import EXACT_SHEET, META_SHEET, SHEETS, Column, Sheet, norm
from desktop.exchange.excel.excel_safety import ExcelRefused

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """One finding in the workbook: where (sheet, row, column, cell) and why."""

    severity: str
    sheet: str
    message: str
    row: int | None = None
    column: str = ""
    cell: str = ""

    def text(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            where += f", {self.column}"
        return f"{where}: {self.message}" if where else self.message


@dataclass
class Row:
    number: int
    values: dict[str, Any]
    ok: bool = True  # every cell read (else a problem was reported)


@dataclass
class RawBook:
    """What the workbook holds, sheet key -> rows; raw cells of the cover, texts and meta."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    cells: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # sheet key -> title in the workbook
    exact: dict[str, dict[tuple[int, str], float]] = field(default_factory=dict)
    column_index: dict[str, dict[str, int]] = field(default_factory=dict)  # title -> key -> i
    problems: list[Problem] = field(default_factory=list)

    def add(
        self,
        severity: str,
        sheet: str,
        message: str,
        row: int | None = None,
        column: Column | None = None,
        index: int | None = None,
    ) -> None:
        if index is None and column is not None:
            index = self.column_index.get(sheet, {}).get(column.key)
        cell = f"{get_column_letter(index + 1)}{row}" if index is not None and row else ""
        self.problems.append(
            Problem(severity, sheet, message, row, column.header if column else "", cell)
        )


def same_float(exact: float, shown: float) -> float:
    """The exact float when the cell still shows it (rounded to 15 digits, as spreadsheets
    keep numbers), else what the cell holds (someone changed it)."""
    return exact if float(f"{exact:.15g}") == float(f"{shown:.15g}") else shown


FORMULA_TAGS = (b"<f>", b"<f ", b":f>", b":f ", b"<f/")


def _formula_parts(path: Path, parts: set[str]) -> set[str]:
    """Which of the worksheet ``parts`` contain formulas (read in chunks, never all at once)."""
    found = set()
    with zipfile.ZipFile(path) as zf:
        for name in parts:
            tail = b""
            with zf.open(name) as fh:
                while chunk := fh.read(1 << 20):
                    data = tail + chunk
                    if any(tag in data for tag in FORMULA_TAGS):
                        found.add(name)
                        break
                    tail = chunk[-8:]
    return found


def _uncached_formulas(path: Path, titles: set[str]) -> dict[str, set[tuple[int, int]]]:
    """(row, column) of formula cells in the sheets ``titles``, read as formulas."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    try:
        out: dict[str, set[tuple[int, int]]] = {}
        for title in titles:
            cells = out.setdefault(title, set())
            for r, row in enumerate(wb[title].iter_rows(values_only=True), 1):
                for c, value in enumerate(row):
                    if isinstance(value, str) and value.startswith("="):
                        cells.add((r, c))
        return out
    finally:
        wb.close()


def _find_header(rows: list[tuple[Any, ...]], sheet: Sheet) -> tuple[int, dict[int, Column]]:
    aliases = {a: c for c in sheet.columns for a in c.aliases()}
    for index, row in enumerate(rows[:10]):
        mapping: dict[int, Column] = {}
        for col, value in enumerate(row):
            if isinstance(value, str):
                column = aliases.get(norm(value))
                if column is not None and column not in mapping.values():
                    mapping[col] = column
        if mapping:
            return index, mapping
    return -1, {}


def read_book(path: str | Path, progress: Callable[[int, str], None] | None = None) -> RawBook:
    """Read every sheet the layout knows (the board excepted); see module doc."""
    from openpyxl import load_workbook

    path = Path(path)
    report = progress or (lambda _p, _s: None)
    book = RawBook()
    try:
        wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except ExcelRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError) as exc:
        raise ExcelRefused(f"{path.name}: the workbook is damaged or unreadable ({exc})") from None
    except Exception as exc:  # openpyxl/defusedxml raise many kinds for broken parts
        raise ExcelRefused(
            f"{path.name}: the workbook is damaged or unreadable ({type(exc).__name__}: {exc})"
        ) from None
    try:
        _read(wb, path, book, report)
    except ExcelRefused:
        raise
    except Exception as exc:
        raise ExcelRefused(
            f"{path.name}: the workbook is damaged or unreadable ({type(exc).__name__}: {exc})"
        ) from None
    finally:
        wb.close()
    return book


def _read(wb: Any, path: Path, book: RawBook, report: Callable[[int, str], None]) -> None:
    by_alias = {a: s for s in SHEETS for a in s.aliases()}
    found: dict[str, Any] = {}
    for ws in wb.worksheets:
        if norm(ws.title) == norm(META_SHEET):
            found["meta"] = ws
            continue
        if norm(ws.title) == norm(EXACT_SHEET):
            _read_exact(book, ws)
            continue
        sheet = by_alias.get(norm(ws.title))
        if sheet is not None and sheet.key not in found:
            found[sheet.key] = ws
    # A PlanDesk workbook (it has the meta sheet) names the plan it updates: a section sheet
    # missing there would silently remove all its items, so it is refused. A hand-made
    # workbook creates a new plan, and needs only the required sheets.
    exported = "meta" in found
    for sheet in SHEETS:
        if sheet.key not in found and sheet.key != "board" and (exported or sheet.required):
            book.add(ERROR, "", missing_sheet(sheet))
    parts = {_part_of(wb, ws.title): ws.title for k, ws in found.items() if k != "board"}
    formula_titles = {parts[p] for p in _formula_parts(path, set(parts))}
    formulas = _uncached_formulas(path, formula_titles) if formula_titles else {}
    keys = [k for k in found if k != "board"]
    for n, key in enumerate(keys):
        ws = found[key]
        book.titles[key] = ws.title
        report(5 + 80 * n // max(len(keys), 1), ws.title)
        rows = list(ws.iter_rows(values_only=True))
        uncached = formulas.get(ws.title, set())
        if uncached:
            for r, c in sorted(uncached):
                if r <= len(rows) and c < len(rows[r - 1]) and rows[r - 1][c] is None:
                    book.problems.append(
                        Problem(
                            ERROR,
                            ws.title,
                            "a formula without a cached value (open and save it in Excel first)",
                            r,
                            cell=f"{get_column_letter(c + 1)}{r}",
                        )
                    )
        if key in ("cover", "texts", "meta"):
            book.cells[key] = rows
            continue
        sheet = next(s for s in SHEETS if s.key == key)
        book.rows[key] = _table(book, ws.title, sheet, rows)


def missing_sheet(sheet: Sheet) -> str:
    """Why a workbook without ``sheet`` is refused: an absent sheet never means "remove all"."""
    if sheet.key == "cover":
        return f"the {sheet.title} sheet is missing"
    what = (
        "the texts"
        if sheet.key == "texts"
        else (sheet.en if sheet.en[:2].isupper() else sheet.en.lower())
    )
    return (
        f"the {sheet.title} sheet is missing; to remove all {what}, keep the sheet with "
        "its header row"
    )


def _read_exact(book: RawBook, ws: Any) -> None:
    """The hidden sheet of floats that need more than 15 significant digits."""
    for row in ws.iter_rows(min_row=2, values_only=True):
        if len(row) >= 4 and isinstance(row[1], int) and isinstance(row[3], str):
            try:
                value = float(row[3])
            except ValueError:
                continue
            book.exact.setdefault(str(row[0]), {})[row[1], str(row[2])] = value


def _part_of(wb: Any, title: str) -> str:
    """The zip part name of a worksheet (``xl/worksheets/sheetN.xml``)."""
    ws = wb[title]
    part = getattr(ws, "_worksheet_path", None) or getattr(ws, "path", "")
    return str(part).lstrip("/")


def _table(book: RawBook, title: str, sheet: Sheet, rows: list[tuple[Any, ...]]) -> list[Row]:
    header, mapping = _find_header(rows, sheet)
    if header < 0:
        book.add(
            ERROR,
            title,
            "no header row with the expected column names (e.g. "
            f"{', '.join(c.header for c in sheet.columns[:3])})",
        )
        return []
    present = set(mapping.values())
    book.column_index[title] = {c.key: i for i, c in mapping.items()}
    complete = True  # rows of a sheet missing a required column are never used
    for column in sheet.columns:
        if column.required and column not in present:
            book.add(ERROR, title, f"the column {column.header} is missing", header + 1)
            complete = False
    convert = [(i, c, c.key, converter(c)) for i, c in mapping.items()]
    absent: dict[str, Any] = {}  # optional columns left out: their empty value
    for column in sheet.columns:
        if column not in present and not column.required:
            with contextlib.suppress(ValueError):
                absent[column.key] = converter(column)(None)
    exact = book.exact.get(sheet.key, {})
    floats = {c.key for c in sheet.columns if c.kind == "float"}
    out: list[Row] = []
    for number, row in enumerate(rows[header + 1 :], header + 2):
        if not any(row) and all(v is None or v == "" for v in row):
            continue
        values: dict[str, Any] = dict(absent)
        ok = complete
        width = len(row)
        for i, column, key, read in convert:
            raw = row[i] if i < width else None
            try:
                value = read(raw)
            except Placeholder as exc:
                book.add(WARNING, title, str(exc), number, column, i)
                value = None if column.nullable else ""
            except ValueError as exc:
                book.add(ERROR, title, str(exc), number, column, i)
                ok = False
                continue
            if column.required and (value is None or value == ""):
                book.add(ERROR, title, "is empty", number, column, i)
                ok = False
                continue
            if key in floats and value is not None and (number, key) in exact:
                value = same_float(exact[number, key], value)
            values[key] = value
        out.append(Row(number, values, ok))
    return out
