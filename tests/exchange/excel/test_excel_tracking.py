"""Excel import into a signed-off plan: tracking data only -> updated in place (signatures stay
valid); signed content changed -> a new revision, as before. Demo actuals round-trip flagged."""

from __future__ import annotations

from datetime import date

import openpyxl

from desktop.cli import main
from desktop.exchange.excel.excel_import import preview, read_import
from desktop.models.schedule import WeekConvention
from desktop.models.schedule_expand import expand
from desktop.models.serialize import canonical_json, content_dump
from desktop.models.warnings import early_warnings
from desktop.operations import find_plan, run_change
from desktop.operations.import_plan import apply_import, plan_target
from desktop.operations.kpi_demo import fill_demo_actuals
from desktop.store import open_workspace
from tests.approved import make_approved_plan, verify_ok
from tests.exchange.excel.test_excel_roundtrip import all_dumps, dump_text, export


def _column(sheet, header_start: str) -> int:
    return next(c.column for c in sheet[1] if str(c.value or "").startswith(header_start))


def _track(path, out, occurrence: tuple[str, date]):
    wb = openpyxl.load_workbook(path)
    wb["指標實績 (KPI actuals)"].append(["c2", 3, 1.2, "GA4", "三月", "實測"])
    wb["進度 (Progress)"].append([occurrence[0], occurrence[1]])
    risks = wb["風險 (Risks)"]
    risks.cell(2, _column(risks, "狀態")).value = "處理中"
    risks.cell(2, _column(risks, "複核日期")).value = date(2027, 4, 30)
    wb.save(out)
    return out


def content(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(content_dump(find_plan(session, uuid)))


def test_tracking_only_workbook_updates_the_approved_plan_in_place(sample_ws, tmp_path):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    with ws.session() as session:
        plan = find_plan(session, uuid)
        sub = plan.tasks[0].subtasks[0]
        first = expand(sub.rule, plan.year, WeekConvention(plan.week_convention))[0].start
        occurrence = (sub.code, first)
    signed = content(ws, uuid)
    path = _track(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "tracked.xlsx", occurrence)
    result = read_import(path)
    assert not result.errors, [p.text() for p in result.errors]
    with ws.session() as session:
        target = plan_target(session, result.data)
    assert target.kind == "track" and target.uuid == uuid
    assert "in place" in target.describe("x") and "signatures stay valid" in target.describe("x")
    diffs = {d.section: d for d in preview(target.old, result.data)}
    assert diffs["actuals"].added == ["c2/3"] and diffs["risks"].changed == ["R1"]
    assert diffs["progress"].added == [f"{occurrence[0]}/{occurrence[1].isoformat()}"]
    _target, imported = apply_import(ws, result)
    assert imported == uuid
    assert content(ws, uuid) == signed and verify_ok(ws, uuid) == []
    with ws.session() as session:
        plan = find_plan(session, uuid)
        assert plan.status == "approved"
        risk = plan.risks[0]
        assert (risk.status, risk.review_on) == ("mitigating", date(2027, 4, 30))
        assert [w.risk_code for w in early_warnings(plan)] == ["R3"]  # c2 1.2 < 1.5
        assert [p.start for p in plan.tasks[0].subtasks[0].progress] == [first]


def test_changed_signed_content_still_makes_a_new_revision(sample_ws, tmp_path, capsys):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["風險 (Risks)"]["E2"] = 5  # a likelihood: signed content
    wb.save(tmp_path / "edited.xlsx")
    db = str(ws.path or ws.url.render_as_string(hide_password=False))
    assert main(["import", "--db", db, "--xlsx", str(tmp_path / "edited.xlsx"), "--dry-run"]) == 0
    assert "would create revision 2" in capsys.readouterr().out
    result = read_import(tmp_path / "edited.xlsx")
    target, new_uuid = apply_import(ws, result)
    assert target.kind == "revision" and new_uuid != uuid
    assert verify_ok(ws, uuid) == []


def test_demo_actuals_round_trip_flagged(sample_ws, tmp_path):
    ws, uuid = sample_ws
    run_change(ws, uuid, "demo", fill_demo_actuals())
    path = export(ws, uuid, tmp_path / "demo.xlsx")
    sheet = openpyxl.load_workbook(path)["指標實績 (KPI actuals)"]
    kinds = {row[_column(sheet, "數據性質") - 1].value for row in sheet.iter_rows(min_row=2)}
    assert kinds == {"示範數據"}
    other = open_workspace(tmp_path / "other.sqlite")
    try:
        apply_import(other, read_import(path))
        assert all_dumps(other) == dump_text(ws, uuid)
        assert '"demo": true' in all_dumps(other)
    finally:
        other.close()
