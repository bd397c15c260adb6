"""The workbook as a printout: rows as tall as their wrapped text, every visible sheet fits
its columns on the page (issue 16)."""

from __future__ import annotations

import openpyxl

from desktop.exchange.excel.excel_export import export_plan
from desktop.exchange.excel.excel_write import LINE_POINTS, row_height, text_lines, text_width
from desktop.operations import find_plan


def test_text_width_counts_cjk_double_and_lines_wrap():
    assert text_width("abc") == 3 and text_width("引言") == 4 and text_width("ａ") == 2
    assert text_lines("引言" * 30, 31.5) == 4  # 120 units, 30 usable columns a line
    assert text_lines("一行\n二行\n三行", 40) == 3
    assert row_height(["short", 12, None], [10, 10, 10]) is None
    assert row_height(["字" * 100], [21.5]) == 10 * LINE_POINTS + 4  # 200 units / 20


def test_long_texts_get_tall_rows_and_every_visible_sheet_fits_its_columns(sample_ws, tmp_path):
    ws, uuid = sample_ws
    path = tmp_path / "plan.xlsx"
    with ws.session() as session:
        export_plan(session, find_plan(session, uuid), path)
    book = openpyxl.load_workbook(path)
    texts = book["文字 (Texts)"]
    summary = texts["B3"].value
    assert texts["A3"].value.startswith("總結")
    width = texts.column_dimensions["B"].width
    assert texts.row_dimensions[3].height >= text_lines(summary, width) * LINE_POINTS > LINE_POINTS
    tasks = book["任務 (Tasks)"]
    for row in range(2, tasks.max_row + 1):
        description = tasks.cell(row, 3).value or ""
        lines = text_lines(description, tasks.column_dimensions["C"].width)
        if lines > 1:
            assert tasks.row_dimensions[row].height >= lines * LINE_POINTS
    risks = book["風險 (Risks)"]
    assert risks.row_dimensions[1].height > 30  # headers that wrap to three lines show whole
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        setup = sheet.page_setup
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert setup.paperSize in (8, 9, "8", "9"), sheet.title
        margins = sheet.page_margins  # LibreOffice cut the footer's line in half at 0.6 / 0.3
        assert margins.bottom - margins.footer >= 0.45, sheet.title
    assert str(risks.page_setup.paperSize) == "8"  # A3 for the widest tables
    assert str(book["目標 (Goals)"].page_setup.paperSize) == "9"
