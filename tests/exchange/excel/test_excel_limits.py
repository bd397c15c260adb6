"""The workbook's text limits are the database's: read from the column types, not written twice."""

from __future__ import annotations

import pytest

from desktop.exchange.excel.excel_layout import SHEET
from desktop.exchange.excel.excel_limits import REFERS_TO, SHEET_ENTITIES
from tests.exchange.excel.test_excel_hostile import base, edited, refused  # noqa: F401 - fixture

TEXT_KINDS = ("text", "code")


def stored_length(entity: type, field: str) -> int | None:
    return entity.__table__.c[field].type.length  # type: ignore[attr-defined]


@pytest.mark.parametrize("sheet_key", sorted(SHEET_ENTITIES))
def test_each_text_column_allows_what_its_database_column_holds(sheet_key):
    entity = SHEET_ENTITIES[sheet_key]
    checked = 0
    for column in SHEET[sheet_key].columns:
        if column.kind in TEXT_KINDS and column.key in entity.__table__.c:
            length = stored_length(entity, column.key)
            assert column.limit == (length or 10_000), (sheet_key, column.key)
            checked += 1
    assert checked >= 1


def test_codes_that_refer_to_another_sheet_take_that_sheets_limit():
    for (sheet_key, key), entity in REFERS_TO.items():
        column = next(c for c in SHEET[sheet_key].columns if c.key == key)
        assert column.limit == stored_length(entity, "code")


def column_letter(sheet, header_start: str) -> str:
    cell = next(c for c in sheet[1] if str(c.value or "").startswith(header_start))
    return cell.column_letter


def test_a_risk_category_longer_than_its_column_is_refused(base, capsys):  # noqa: F811
    limit = stored_length(SHEET_ENTITIES["risks"], "category")
    assert limit == 100

    def lengthen(wb):
        sheet = wb["風險 (Risks)"]
        sheet[f"{column_letter(sheet, '類別')}2"] = "類" * (limit + 1)

    line = refused(base, edited(base, "category.xlsx", lengthen), capsys)
    assert f"is {limit + 1} characters long; at most {limit} allowed" in line
    assert "風險 (Risks) row 2" in line
