"""Export a plan to an Excel workbook (``plandesk export``, File ▸ Export to Excel…).

The workbook is written from the plan's canonical dump, so whatever the dump holds comes
back on import: a cover sheet, one sheet per section, the board, a hidden meta sheet and a
hidden lists sheet feeding the drop-downs. See ``excel_layout`` for the sheets and columns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname

from desktop import __version__
from desktop.exchange.excel.excel_cover import write_cover, write_meta, write_texts
from desktop.exchange.excel.excel_enums import ENUMS, enum_label
from desktop.exchange.excel.excel_layout import (
    EXACT_SHEET,
    LIST_SEPARATOR,
    LISTS_SHEET,
    SHEET,
    Column,
    Sheet,
)
from desktop.exchange.excel.excel_write import (
    Styles,
    add_list_validation,
    row_height,
    set_dimension,
    set_widths,
    setup_print,
    value_cell,
)
from desktop.exchange.export.atomic import save_atomically
from desktop.models.schedule import ScheduleRule
from desktop.models.serialize import dump_plan

Progress = Callable[[int, str], None]  # percent, what is being done
TABLES = (
    "teams",
    "goals",
    "kpis",
    "actuals",
    "tasks",
    "subtasks",
    "progress",
    "milestones",
    "resources",
    "risks",
    "monitoring",
    "evaluation",
    "communication",
    "collaboration",
)
SECTIONS = ("monitoring", "evaluation", "communication", "collaboration")


def _schedule_text(rule: dict[str, Any] | None, lang: str) -> str | None:
    return ScheduleRule.from_dict(rule).text(lang) if rule else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _progress_rows(sub: dict[str, Any], lang: str) -> list[list[Any]]:
    """One row per occurrence with a done mark or a note, in date order."""
    notes = {n["start"]: n for n in sub.get("notes", [])}
    done = set(sub["done"])
    return [
        [
            sub["code"],
            _date(day),
            enum_label("progress", "done" if day in done else "open", lang),
            notes.get(day, {}).get("problem", ""),
            notes.get(day, {}).get("solution", ""),
        ]
        for day in sorted(done | set(notes))
    ]


def cell_value(column: Column, value: Any, lang: str) -> Any:
    """The Python value written in ``column``'s cell for the dump's ``value``, by kind."""
    kind = column.kind
    if kind == "codes":
        return LIST_SEPARATOR.join(value or [])
    if kind == "schedule":
        return _schedule_text(value, lang)
    if kind == "date":
        return _date(value) if isinstance(value, str) else value
    if kind.startswith("enum:"):
        return None if value in (None, "") else enum_label(kind[5:], value, lang)
    return value


def item_row(sheet: Sheet, item: dict[str, Any], lang: str, **given: Any) -> list[Any]:
    """The cells of one item of dump data, a column per field of the sheet's entity;
    ``given`` holds what the item itself does not (the parent's code, a computed score)."""
    return [
        cell_value(c, given[c.key] if c.key in given else item.get(c.key), lang)
        for c in sheet.columns
    ]


def table_rows(data: dict[str, Any], lang: str) -> dict[str, list[list[Any]]]:
    """The rows (Python values, in column order) of every table sheet, from dump data."""
    rows: dict[str, list[list[Any]]] = {k: [] for k in TABLES}

    def add(key: str, item: dict[str, Any], **given: Any) -> None:
        rows[key].append(item_row(SHEET[key], item, lang, **given))

    for team in data["teams"]:
        add("teams", team)
    for g in data["goals"]:
        add("goals", g)
        for k in g["kpis"]:
            add("kpis", k, goal=g["code"])
            for a in k["actuals"]:
                add("actuals", a, kpi=k["code"], demo="demo" if a.get("demo") else "measured")
    for t in data["tasks"]:
        add("tasks", t)
        for s in t["subtasks"]:
            add("subtasks", s, task=t["code"])
            rows["progress"].extend(_progress_rows(s, lang))
    for key in ("milestones", "resources", *SECTIONS):
        for item in data[key]:
            add(key, item)
    for r in data["risks"]:
        score = r["likelihood"] * r["impact"] if r["likelihood"] and r["impact"] else None
        add("risks", r, score=score)
    return rows


def _list_name(kind: str, high: int) -> str:
    if kind.startswith("enum:"):
        return kind[5:]
    return "scale" if kind == "int" and high == 5 else kind


def _write_table(
    wb: Workbook, sheet: Sheet, rows: list[list[Any]], lists: dict[str, str], exact: list[list[Any]]
) -> None:
    ws = wb.create_sheet(sheet.title)
    set_dimension(ws, len(sheet.columns), len(rows) + 1)
    styles = Styles(ws)
    set_widths(ws, [c.width for c in sheet.columns])
    ws.freeze_panes = "A2"
    last = get_column_letter(len(sheet.columns))
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    widths = [c.width for c in sheet.columns]
    setup_print(ws, width=sum(widths))
    for index, column in enumerate(sheet.columns, 1):
        source = lists.get(_list_name(column.kind, column.high))
        if source:
            add_list_validation(ws, index, source, len(rows) + 1)
    headers = [c.header for c in sheet.columns]
    ws.row_dimensions[1].height = max(30.0, row_height(headers, widths) or 0.0)
    ws.append([styles.cell(h, "header") for h in headers])
    cell = value_cell
    float_columns = [i for i, c in enumerate(sheet.columns) if c.kind == "float"]
    money_columns = [i for i, c in enumerate(sheet.columns) if c.kind == "money"]
    for number, row in enumerate(rows, 2):
        height = row_height(row, widths)  # wrapped text shows whole, in Excel and LibreOffice
        if height is not None:
            ws.row_dimensions[number].height = height
        cells = [cell(styles, v) for v in row]
        for i in money_columns:
            if row[i] is not None:
                cells[i] = styles.money(row[i])
        ws.append(cells)
        for i in float_columns:
            v = row[i]
            if v is not None and float(f"{v:.15g}") != v:
                exact.append([sheet.key, number, sheet.columns[i].key, repr(v)])


def _lists(data: dict[str, Any], lang: str) -> tuple[dict[str, list[Any]], dict[str, str]]:
    """The hidden lists' columns and, per list name, the range formula for data validation."""
    columns: dict[str, list[Any]] = {
        name: [enum_label(name, key, lang) for key in ENUMS[name]] for name in ENUMS
    }
    columns["team"] = [t["name"] for t in data["teams"]]
    columns["scale"] = [1, 2, 3, 4, 5]
    sheet = quote_sheetname(LISTS_SHEET)
    ranges = {}
    for i, (name, values) in enumerate(columns.items(), 1):
        if values:
            letter = get_column_letter(i)
            ranges[name] = f"{sheet}!${letter}$2:${letter}${len(values) + 1}"
    return columns, ranges


def _write_lists(wb: Workbook, columns: dict[str, list[Any]]) -> None:
    ws = wb.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    set_dimension(ws, len(columns), 1 + max(len(v) for v in columns.values()))
    styles = Styles(ws)
    names = list(columns)
    ws.append(names)
    for i in range(max(len(v) for v in columns.values())):
        ws.append(
            [value_cell(styles, columns[n][i]) if i < len(columns[n]) else None for n in names]
        )


def _write_exact(wb: Workbook, exact: list[list[Any]]) -> None:
    """Floats with more than 15 significant digits as text: LibreOffice keeps only 15."""
    ws = wb.create_sheet(EXACT_SHEET)
    ws.sheet_state = "hidden"
    set_dimension(ws, 4, len(exact) + 1)
    styles = Styles(ws)
    ws.append(["sheet", "row", "column", "value"])
    for entry in exact:
        ws.append([*entry[:3], styles.cell(entry[3])])


def write_workbook(
    data: dict[str, Any],
    path: str | Path,
    *,
    status: str = "draft",
    signoffs: list[dict[str, Any]] | None = None,
    now: datetime | None = None,
    trust_root: str = "",
    progress: Progress | None = None,
) -> Path:
    """Write dump ``data`` as a workbook at ``path`` (atomically: a temp file, then rename)."""
    report = progress or (lambda _p, _s: None)
    lang = data["plan"].get("language") or "zh_TW"
    now = now or datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    target = Path(path)
    save_atomically(  # the temp file first: an unwritable folder fails before any sheet is built
        target,
        lambda tmp: _build_and_save(
            data, str(tmp), lang, now, status, signoffs, report, trust_root
        ),
    )
    report(100, "done")
    return target


def _build_and_save(
    data: dict[str, Any],
    tmp: str,
    lang: str,
    now: datetime,
    status: str,
    signoffs: list[dict[str, Any]] | None,
    report: Progress,
    trust_root: str = "",
) -> None:
    from desktop.exchange.excel.excel_board import write_board

    wb = Workbook(write_only=True)
    report(5, "cover")
    write_cover(wb, data, status=status, signoffs=signoffs, trust_root=trust_root)
    write_texts(wb, data)
    report(10, "tables")
    rows = table_rows(data, lang)
    list_columns, lists = _lists(data, lang)
    total = sum(len(r) for r in rows.values()) or 1
    exact: list[list[Any]] = []
    done = 0
    for key in TABLES:
        sheet = SHEET[key]
        _write_table(wb, sheet, rows[key], lists, exact)
        done += len(rows[key])
        report(10 + 60 * done // total, sheet.title)
    report(75, "board")
    write_board(wb, data)
    write_meta(wb, data, now=now, generator=f"PlanDesk {__version__}")
    _write_lists(wb, list_columns)
    _write_exact(wb, exact)
    report(85, "saving")
    wb.save(tmp)


def signoff_rows_for(session: Any, plan: Any, lang: str) -> list[dict[str, Any]]:
    """The sign-off rows for the cover."""
    from desktop.signoff.records import signoff_rows

    return signoff_rows(session, plan, lang)


def export_plan(
    session: Any,
    plan: Any,
    path: str | Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Export ``plan`` (read in ``session``) to ``path``."""
    data = dump_plan(plan)
    rows = signoff_rows_for(session, plan, data["plan"].get("language") or "zh_TW")
    from desktop.signoff.records import trust_root_fingerprint

    return write_workbook(
        data,
        path,
        status=plan.status,
        signoffs=rows,
        now=now,
        trust_root=trust_root_fingerprint(session),
        progress=progress,
    )
