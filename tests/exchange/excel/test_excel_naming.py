"""One naming across the screens, the workbook and the history (issue 25): the risk sheet says
影響程度 for the impact description and 影響 for the 1–5 score, as the plan document does, and
待處理 for an open risk, as the risk register does; workbooks written with the former words
still import to the same plan."""

from __future__ import annotations

import openpyxl

from desktop.exchange.excel.excel_layout import SHEETS
from desktop.store import open_workspace
from tests.exchange.excel.test_excel_roundtrip import dump_text, export, import_into

FORMER_HEADERS = {
    "影響程度 (Impact description)": "影響 (Effect)",
    "影響 (Impact)": "影響程度 (Impact)",
    "剩餘影響 (Residual impact)": "剩餘影響程度 (Residual impact)",
}


def risk_sheet(book: openpyxl.Workbook) -> openpyxl.worksheet.worksheet.Worksheet:
    risks = next(s for s in SHEETS if s.key == "risks")
    return book[risks.title]


def test_the_risk_sheet_uses_the_plans_words(sample_ws, tmp_path):
    ws, uuid = sample_ws
    book = openpyxl.load_workbook(export(ws, uuid, tmp_path / "plan.xlsx"))
    values = [c for row in risk_sheet(book).iter_rows(values_only=True) for c in row]
    for header in FORMER_HEADERS:
        assert header in values
    assert "待處理" in values and "未處理" not in values
    for former in FORMER_HEADERS.values():
        assert former not in values


def test_a_workbook_with_the_former_words_imports_the_same(sample_ws, tmp_path):
    ws, uuid = sample_ws
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = risk_sheet(book)
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value in FORMER_HEADERS:
                cell.value = FORMER_HEADERS[cell.value]
            elif cell.value == "待處理":
                cell.value = "未處理"
    old = tmp_path / "old.xlsx"
    book.save(old)
    other = open_workspace(tmp_path / "b.sqlite")
    try:
        assert dump_text(other, import_into(other, old)) == dump_text(ws, uuid)
    finally:
        other.close()
