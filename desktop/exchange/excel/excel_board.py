"""The board sheet: the year as the task board draws it (for reading and printing only).

One row per subtask under its task's row; months × weeks as columns (weeks as the plan counts
them); a cell is filled with the owner team's colour when an occurrence falls in that week
and ticked when an occurrence starting in it is done. Import ignores this sheet.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.exchange.excel.excel_layout import SHEET, label
from desktop.exchange.excel.excel_write import (
    CJK_FONT,
    Styles,
    set_dimension,
    set_widths,
    setup_print,
)
from desktop.models.schedule import ScheduleRule, WeekConvention
from desktop.models.schedule_expand import expand, week_columns

FIRST = 5  # first week column (E)
_HAIR = Side(style="hair", color="BFBFBF")
GRID = Border(left=_HAIR, right=_HAIR, top=_HAIR, bottom=_HAIR)


def _color(value: str | None) -> str:
    text = (value or "#4e79a7").lstrip("#")
    return text[:6].upper() if len(text) >= 6 else "4E79A7"


def write_board(wb: Workbook, data: dict[str, Any]) -> None:
    head = data["plan"]
    year, conv = head["year"], head.get("week_convention") or "calendar"
    columns, day_col = week_columns(year, conv)
    ws = wb.create_sheet(SHEET["board"].title)
    height = 2 + sum(1 + len(t["subtasks"]) for t in data["tasks"])
    set_dimension(ws, 4 + len(columns), height)
    styles = Styles(ws)
    font = Font(name=CJK_FONT, size=9)
    styles.add("grid", border=GRID, font=font, alignment=Alignment(horizontal="center"))
    styles.add(
        "month",
        font=Font(name=CJK_FONT, size=9, bold=True),
        border=GRID,
        fill=PatternFill("solid", fgColor="D9E1F2"),
        alignment=Alignment(horizontal="center"),
    )
    styles.add(
        "task",
        font=Font(name=CJK_FONT, size=10, bold=True),
        fill=PatternFill("solid", fgColor="EDEDED"),
    )
    styles.add("info", font=font, border=GRID, alignment=Alignment(vertical="center"))
    for team in data["teams"]:
        styles.add(
            "team:" + team["name"],
            border=GRID,
            font=Font(name=CJK_FONT, size=9, color="FFFFFF", bold=True),
            alignment=Alignment(horizontal="center"),
            fill=PatternFill("solid", fgColor=_color(team["color"])),
        )
    styles.add(
        "team:",
        border=GRID,
        font=font,
        alignment=Alignment(horizontal="center"),
        fill=PatternFill("solid", fgColor="A6A6A6"),
    )
    set_widths(ws, [9, 24, 14, 14] + [3.2] * len(columns))
    ws.freeze_panes = f"{get_column_letter(FIRST)}3"
    setup_print(ws, title_rows="1:2", width=9 + 24 + 14 + 14 + 3.2 * len(columns))
    ws.print_title_cols = "A:D"
    heads = [("編號", "Code"), ("子任務", "Subtask"), ("責任人", "Owner"), ("時間", "Schedule")]
    top = [styles.cell(label(zh, en), "header") for zh, en in heads]
    second = [styles.cell(None, "header") for _ in heads]
    for i, (month, n) in enumerate(columns):
        top.append(styles.cell(f"{month}月" if n == 1 else None, "month"))
        second.append(styles.cell(n, "month"))
        if n == 1:
            span = sum(1 for m, _ in columns if m == month)
            start = get_column_letter(FIRST + i)
            ws.merged_cells.add(f"{start}1:{get_column_letter(FIRST + i + span - 1)}1")
    for i in range(len(heads)):
        letter = get_column_letter(i + 1)
        ws.merged_cells.add(f"{letter}1:{letter}2")
    ws.append(top)
    ws.append(second)
    lang = head.get("language") or "zh_TW"
    cache: dict[tuple[Any, ...], tuple[frozenset[int], str]] = {}
    width = len(columns)
    for task in data["tasks"]:
        ws.append([styles.cell(task["code"], "task"), styles.cell(task["title"], "task")])
        for sub in task["subtasks"]:
            cols, text = _rule_columns(sub["schedule"], year, conv, lang, day_col, cache)
            done = {day_col.get(date.fromisoformat(d)) for d in sub["done"]}
            style = "team:" + (sub["owner"] or "")
            if style not in styles.templates:
                style = "team:"
            row = [
                styles.cell(sub["code"], "info"),
                styles.cell(sub["title"], "info"),
                styles.cell(sub["owner"], "info"),
                styles.cell(text, "info"),
            ]
            cell = styles.cell
            row.extend(
                cell("✓" if i in done else None, style) if i in cols else cell(None, "grid")
                for i in range(width)
            )
            ws.append(row)


def _rule_columns(
    schedule: dict[str, Any] | None,
    year: int,
    conv: str,
    lang: str,
    day_col: dict[date, int],
    cache: dict[tuple[Any, ...], tuple[frozenset[int], str]],
) -> tuple[frozenset[int], str]:
    if not schedule:
        return frozenset(), ""
    key = tuple(sorted((k, str(v)) for k, v in schedule.items()))
    if key not in cache:
        rule = ScheduleRule.from_dict(schedule)
        cols: set[int] = set()
        for occ in expand(rule, year, WeekConvention(conv)):
            day = occ.start
            while day <= occ.end:
                cols.add(day_col[day])
                day += timedelta(days=1)
        cache[key] = (frozenset(cols), rule.text(lang))
    return cache[key]
