"""The import preview shows a removal loudly and warns when the workbook is older than the
plan (issue 25)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from desktop.views.files import excel_actions
from desktop.views.files.import_warnings import REMOVED_COLOR
from tests.exchange.excel.test_excel_gui import window  # noqa: F401  (the fixture)

pytestmark = pytest.mark.gui


def preview_of(window, path, monkeypatch):  # noqa: F811
    seen = {}

    def confirm(_window, result, target, diffs):
        seen["dialog"] = excel_actions.preview_dialog(window, result, target, diffs)
        return False  # Cancel: nothing imported

    monkeypatch.setattr(excel_actions, "confirm_import", confirm)
    excel_actions.import_from(window, path)
    return seen["dialog"]


def test_a_removal_is_shown_in_red_and_an_older_workbook_is_warned_about(
    window,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    path = tmp_path / "plan.xlsx"
    assert excel_actions.export_to(window, path)
    book = openpyxl.load_workbook(path)
    sheet = book["風險 (Risks)"]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "R5")
    sheet.delete_rows(row)
    book.save(path)
    dialog = preview_of(window, path, monkeypatch)
    note = dialog.findChild(QLabel, "importRemovals")
    assert note is not None and "removes 1 item(s)" in note.text()
    assert dialog.findChild(QLabel, "importStale") is None  # nothing changed since the export
    removed = next(
        r for r in range(dialog.changes.rowCount()) if dialog.changes.item(r, 2).text() == "removed"
    )
    item = dialog.changes.item(removed, 1)
    assert item.text().startswith("R5") and item.font().bold()
    assert item.foreground().color() == QColor(REMOVED_COLOR)

    # the plan changes after the export: the workbook is older than the plan
    window.ctx.ops.run(
        window.ctx.plan_id, "rename", lambda _s, plan: setattr(plan, "organisation", "別處")
    )
    dialog = preview_of(window, path, monkeypatch)
    stale = dialog.findChild(QLabel, "importStale")
    assert stale is not None and "older than the plan" in stale.text()
