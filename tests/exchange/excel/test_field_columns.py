"""The workbook's columns come from the field table: the task budget (a money field added in
content version 2) is written, read back, refused when bad and absent in older workbooks."""

from __future__ import annotations

import copy
import functools
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange.excel.excel_export import write_workbook
from desktop.exchange.excel.excel_import import preview, read_import
from desktop.exchange.excel.excel_layout import SHEET
from desktop.exchange.excel.import_preview import change_rows
from desktop.models.deserialize import load_plan
from desktop.models.fields import ENTITIES
from desktop.models.sample import sample_data
from desktop.models.serialize import dump_plan
from desktop.operations import find_plan
from desktop.store import open_workspace
from tests.exchange.excel.test_excel_roundtrip import export, import_into

BUDGETS = [12000.0, 1234.5, 0.0, None, 99.99]
TASKS_SHEET = "任務 (Tasks)"


@functools.cache
def _sample_dump() -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory() as folder,
        open_workspace(Path(folder) / "source.sqlite") as ws,
        ws.write() as session,
    ):
        return dump_plan(load_plan(session, sample_data()))


def _plan_with_budgets(budgets: list[float | None] = BUDGETS) -> dict[str, Any]:
    """The sample plan's dump data, its tasks given ``budgets``."""
    data = copy.deepcopy(_sample_dump())
    for task, budget in zip(data["tasks"], budgets, strict=False):
        task["budget"] = budget
    return data


def _column(ws: Any, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def _workbook(tmp_path: Path) -> Path:
    return write_workbook(_plan_with_budgets(), tmp_path / "plan.xlsx")


def _edit_budget(path: Path, out: Path, value: Any) -> Path:
    wb = openpyxl.load_workbook(path)
    ws = wb[TASKS_SHEET]
    ws.cell(row=2, column=_column(ws, "預算 (Budget)")).value = value
    wb.save(out)
    return out


def test_every_sheet_of_an_entity_has_its_workbook_fields_as_columns():
    for entity in ENTITIES:
        sheet = SHEET.get(entity.key)
        if sheet is None:  # the plan: the cover and texts sheets
            continue
        assert [c.key for c in sheet.columns] == [f.key for f in entity.workbook()]
        assert [c.header for c in sheet.columns] == [f.header for f in entity.workbook()]
    assert {c.key: c.header for c in SHEET["tasks"].columns}["budget"] == "預算 (Budget)"


def test_budgets_round_trip_through_the_workbook(tmp_path):
    path = _workbook(tmp_path)
    ws = openpyxl.load_workbook(path)[TASKS_SHEET]
    column = _column(ws, "預算 (Budget)")
    cells = [ws.cell(row=r, column=column) for r in range(2, 2 + len(BUDGETS))]
    assert [c.value for c in cells] == [12000, 1234.5, 0, None, 99.99]
    for cell in cells:
        if cell.value is not None:
            assert cell.data_type == "n" and cell.number_format == "#,##0.00"
    result = read_import(path)
    assert not result.errors, [p.text() for p in result.errors]
    assert [t["budget"] for t in result.data["tasks"]] == BUDGETS


def test_budgets_of_a_workspace_plan_survive_export_and_import(sample_ws, tmp_path):
    ws, uuid = sample_ws
    with ws.write() as session:
        for task, budget in zip(find_plan(session, uuid).tasks, BUDGETS, strict=False):
            task.budget = budget
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    result = read_import(path)
    assert [t["budget"] for t in result.data["tasks"]] == BUDGETS
    import_into(ws, path)
    with ws.session() as session:
        assert [t.budget for t in find_plan(session, uuid).tasks] == BUDGETS


def test_an_amount_typed_as_text_is_read_as_the_editor_reads_it(tmp_path):
    path = _edit_budget(_workbook(tmp_path), tmp_path / "typed.xlsx", "HK$1,200.5")
    result = read_import(path)
    assert not result.errors, [p.text() for p in result.errors]
    assert result.data["tasks"][0]["budget"] == 1200.5


def test_an_older_workbook_without_the_budget_column_imports_with_no_budget(cli, tmp_path):
    path = _workbook(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb[TASKS_SHEET]
    ws.delete_cols(_column(ws, "預算 (Budget)"))
    wb.save(tmp_path / "old.xlsx")
    result = read_import(tmp_path / "old.xlsx")
    assert not result.errors, [p.text() for p in result.errors]
    assert [t["budget"] for t in result.data["tasks"]] == [None] * len(result.data["tasks"])
    db = tmp_path / "w.sqlite"
    imported = cli("import", "--db", str(db), "--xlsx", str(tmp_path / "old.xlsx"))
    assert imported.returncode == 0, imported.stderr


@pytest.mark.parametrize(
    ("value", "problem"), [("abc", "'abc' is not a number"), (-5, "-5 is outside 0–")]
)
def test_a_bad_budget_is_refused_naming_sheet_row_and_column(cli, tmp_path, value, problem):
    path = _edit_budget(_workbook(tmp_path), tmp_path / "bad.xlsx", value)
    result = read_import(path)
    texts = [p.text() for p in result.errors]
    assert texts and result.data is None
    assert texts[0].startswith(f"{TASKS_SHEET} row 2, 預算 (Budget): {problem}"), texts
    # the task's row is not read, so its subtasks name an unknown task: nothing else is wrong
    assert all("unknown task 'T1'" in t for t in texts[1:]), texts
    db = tmp_path / "w.sqlite"
    cli("sample", "--db", str(db))
    before = cli("dump", "--db", str(db)).stdout
    refused = cli("import", "--db", str(db), "--xlsx", str(path))
    assert refused.returncode != 0
    assert "預算 (Budget)" in refused.stderr and "row 2" in refused.stderr
    assert cli("dump", "--db", str(db)).stdout == before
    assert len(cli("list", "--db", str(db)).stdout.strip().splitlines()) == 1


def test_the_import_preview_shows_a_changed_budget_as_an_amount(tmp_path):
    old = _plan_with_budgets()
    new = copy.deepcopy(old)
    new["tasks"][0]["budget"] = 15000.0
    new["tasks"][3]["budget"] = 250.5
    rows = [(r.item.split()[0], r.details) for r in change_rows(preview(old, new), "zh_TW")]
    assert ("T1", "預算 HK$12,000 → HK$15,000") in rows
    assert ("T4", "預算 （空） → HK$250.50") in rows
    en = [r.details for r in change_rows(preview(old, new), "en")]
    assert "Budget HK$12,000 → HK$15,000" in en


_amounts = st.one_of(
    st.none(),
    st.decimals(min_value=0, max_value=10_000_000_000, places=2).map(float),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(budgets=st.lists(_amounts, min_size=5, max_size=5))
def test_any_amount_comes_back_from_the_workbook_as_it_went(budgets):
    with tempfile.TemporaryDirectory() as folder:
        result = read_import(write_workbook(_plan_with_budgets(budgets), Path(folder) / "p.xlsx"))
    assert not result.errors, [p.text() for p in result.errors]
    assert [t["budget"] for t in result.data["tasks"]] == budgets
