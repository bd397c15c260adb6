"""File ▸ Export to Excel… and Import from Excel… in the main window (offscreen)."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.store import open_workspace
from desktop.views.files import excel_actions
from tests.exchange.excel.test_excel_roundtrip import all_dumps

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db_path):
    from desktop.models.sample import add_sample_plan
    from desktop.views.main_window import MainWindow

    ws = open_workspace(db_path)
    with ws.write() as session:
        add_sample_plan(session)
    win = MainWindow(ws)
    qtbot.addWidget(win)
    yield win
    ws.close()


def test_menu_entries_sit_before_the_exchange_separator(window):
    actions = window.file_menu.actions()
    texts = [a.text() for a in actions]
    i, e = texts.index("&Import from Excel…"), texts.index("Export to Exce&l…")
    assert e == i + 1
    separator = getattr(window, "file_menu_exchange", None)
    if separator is not None:
        assert actions.index(separator) == e + 1


def test_export_edit_preview_import_and_undo(window, tmp_path, monkeypatch):
    ws = window.ctx.workspace
    before = all_dumps(ws)
    path = tmp_path / "plan.xlsx"
    assert excel_actions.export_to(window, path)
    wb = openpyxl.load_workbook(path)
    wb["風險 (Risks)"]["E2"] = 1
    wb.save(path)
    seen = {}

    def confirm(_window, result, target, diffs):
        seen["target"] = target.kind
        seen["changed"] = {d.section: d.changed for d in diffs if d.changed}
        dialog = excel_actions.preview_dialog(window, result, target, diffs)
        seen["rows"] = dialog.table.rowCount()
        seen["changes"] = [
            [dialog.changes.item(r, c).text() for c in range(4)]
            for r in range(dialog.changes.rowCount())
        ]
        seen["sections"] = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        return True

    monkeypatch.setattr(excel_actions, "confirm_import", confirm)
    plan_id = excel_actions.import_from(window, path)
    assert plan_id == window.ctx.plan_id
    assert seen["target"] == "update" and seen["changed"] == {"risks": ["R1"]}
    # the sections that change, by their full names, and old -> new per item (issue 16)
    assert seen["sections"] == ["Risks"]
    assert seen["changes"] == [["Risks", "R1 內容質量不達標", "changed", "Likelihood 3 → 1"]]
    assert window.statusBar().currentMessage() == (
        "Imported plan.xlsx: 0 added, 1 changed, 0 removed (Ctrl+Z undoes)"
    )
    assert all_dumps(ws) != before
    window.ctx.ops.undo_stack.undo()  # import and its confirmation are one undoable change
    assert all_dumps(ws) == before
    window.ctx.ops.undo_stack.redo()
    assert '"likelihood": 1' in all_dumps(ws)


def test_problems_are_listed_and_nothing_changes(window, tmp_path, monkeypatch):
    ws = window.ctx.workspace
    before = all_dumps(ws)
    path = tmp_path / "plan.xlsx"
    assert excel_actions.export_to(window, path)
    wb = openpyxl.load_workbook(path)
    wb["風險 (Risks)"]["E2"] = "high"
    wb["任務 (Tasks)"]["A3"] = "T1"
    wb.save(path)
    shown = {}

    def show(_window, result):
        dialog = excel_actions.problems_dialog(window, result)
        shown["rows"] = [
            [dialog.table.item(r, c).text() for c in range(6)]
            for r in range(dialog.table.rowCount())
        ]

    monkeypatch.setattr(excel_actions, "show_problems", show)
    monkeypatch.setattr(excel_actions, "confirm_import", lambda *a: pytest.fail("no preview"))
    assert excel_actions.import_from(window, path) is None
    assert [
        "error",
        "任務 (Tasks)",
        "3",
        "A3",
        "編號 (Code)",
        "duplicate code 'T1' (also on row 2)",
    ] in shown["rows"]
    assert [
        "error",
        "風險 (Risks)",
        "2",
        "E2",
        "可能性 (Likelihood)",
        "'high' is not a whole number 1–5",
    ] in shown["rows"]
    assert all_dumps(ws) == before


def test_hostile_file_gets_a_message_box(window, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr(
        excel_actions.QMessageBox, "critical", lambda _p, title, text: messages.append(text)
    )
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    before = all_dumps(window.ctx.workspace)
    assert excel_actions.import_from(window, path) is None
    assert messages and "Excel 97–2003 (.xls)" in messages[0]
    assert all_dumps(window.ctx.workspace) == before


def test_tracking_workbook_updates_an_approved_plan_in_place(window, tmp_path, monkeypatch):
    from desktop.models.serialize import canonical_json, content_dump
    from desktop.operations import find_plan
    from tests.approved import make_approved_plan, verify_ok

    ws = window.ctx.workspace
    with ws.session() as session:
        uuid = find_plan(session, window.ctx.plan_id).uuid
    make_approved_plan(ws, uuid)
    with ws.session() as session:
        signed = canonical_json(content_dump(find_plan(session, uuid)))
    path = tmp_path / "plan.xlsx"
    assert excel_actions.export_to(window, path)
    wb = openpyxl.load_workbook(path)
    wb["指標實績 (KPI actuals)"].append(["c2", 3, 1.2, "GA4", "", "實測"])
    wb.save(path)
    seen = {}

    def confirm(_window, result, target, diffs):
        dialog = excel_actions.preview_dialog(window, result, target, diffs)
        seen["text"] = dialog.findChildren(excel_actions.QLabel)[0].text()
        seen["kind"] = target.kind
        return True

    monkeypatch.setattr(excel_actions, "confirm_import", confirm)
    before = all_dumps(ws)
    assert excel_actions.import_from(window, path) == window.ctx.plan_id
    assert seen["kind"] == "track" and "updated in place" in seen["text"]
    assert "signatures stay valid" in seen["text"]
    with ws.session() as session:
        assert canonical_json(content_dump(find_plan(session, uuid))) == signed
    assert verify_ok(ws, uuid) == [] and '"GA4"' in all_dumps(ws)
    window.ctx.ops.undo_stack.undo()
    assert all_dumps(ws) == before


def test_export_suggests_plan_file_name_in_last_folder_with_normal_permissions(
    window, tmp_path, monkeypatch
):
    """ "<title> <year> r<revision>.xlsx" in the last-used folder; mode 0666 & ~umask."""
    import os

    from desktop.views.files.file_names import remember_folder

    folder = tmp_path / "exports"
    folder.mkdir()
    remember_folder(window.ctx, folder / "earlier.pdf")
    offered = {}

    def save_name(_parent, _title, suggested, _filter):
        offered["path"] = suggested
        return suggested, ""

    monkeypatch.setattr(excel_actions.QFileDialog, "getSaveFileName", save_name)
    old_umask = os.umask(0o022)
    try:
        excel_actions._choose_export(window)
    finally:
        os.umask(old_umask)
    expected = folder / "社交媒體運用的年度目標計劃 2027 r1.xlsx"
    assert offered["path"] == str(expected)
    assert expected.exists() and (expected.stat().st_mode & 0o777) == 0o644
