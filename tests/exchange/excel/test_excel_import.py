"""Where an import goes: update a draft, a new revision of a signed plan, a new plan; preview."""

from __future__ import annotations

import json
from typing import Any

import openpyxl
from sqlalchemy import select

from desktop.exchange.excel.excel_import import preview, read_import
from desktop.models import Plan
from desktop.operations import find_plan
from desktop.operations.import_plan import apply_import, plan_target
from tests.exchange.excel.test_excel_roundtrip import all_dumps, dump_text, export


def _edit(path: Any, out: Any) -> Any:
    wb = openpyxl.load_workbook(path)
    risks = wb["風險 (Risks)"]
    risks["E2"] = 5  # R1 likelihood 3 -> 5
    wb["任務 (Tasks)"].append(["T6", "新任務", "", "", "", ""])
    wb["溝通 (Communication)"].delete_rows(2)  # C1 removed
    wb.save(out)
    return out


def test_update_of_a_draft_shows_a_preview_and_changes_it(sample_ws, tmp_path):
    ws, uuid = sample_ws
    path = _edit(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "edited.xlsx")
    result = read_import(path)
    assert not result.errors
    with ws.session() as session:
        target = plan_target(session, result.data)
    assert target.kind == "update" and target.uuid == uuid
    diffs = {d.section: d for d in preview(target.old, result.data)}
    assert diffs["risks"].changed == ["R1"]
    assert diffs["tasks"].added == ["T6"]
    assert diffs["communication"].removed == ["C1"]
    assert not diffs["goals"].added and not diffs["goals"].changed
    apply_import(ws, result)
    data = json.loads(dump_text(ws, uuid))
    assert data["risks"][0]["likelihood"] == 5
    assert data["tasks"][-1]["code"] == "T6"
    assert "C1" not in [c["code"] for c in data["communication"]]
    with ws.session() as session:
        assert len(list(session.scalars(select(Plan)))) == 1


def test_signed_plan_is_never_changed_a_new_revision_is_made(sample_ws, tmp_path):
    ws, uuid = sample_ws
    path = _edit(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "edited.xlsx")
    with ws.write() as session:
        find_plan(session, uuid).status = "approved"
    before = dump_text(ws, uuid)
    result = read_import(path)
    target, new_uuid = apply_import(ws, result)
    assert target.kind == "revision" and new_uuid != uuid
    assert dump_text(ws, uuid) == before
    with ws.session() as session:
        old, new = find_plan(session, uuid), find_plan(session, new_uuid)
        assert new.lineage == old.lineage and new.revision == old.revision + 1
        assert new.status == "draft" and new.risks[0].likelihood == 5


def test_dry_run_prints_the_preview_and_changes_nothing(cli, tmp_path):
    db, xlsx = str(tmp_path / "w.sqlite"), tmp_path / "plan.xlsx"
    uuid = cli("sample", "--db", db).stdout.strip()
    assert cli("export", "--db", db, "--xlsx", str(xlsx)).returncode == 0
    _edit(xlsx, xlsx)
    before = cli("dump", "--db", db).stdout
    result = cli("import", "--db", db, "--xlsx", str(xlsx), "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"would update plan {uuid} (社交媒體運用的年度目標計劃, revision 1)"
    assert "風險 (Risks): 0 added, 1 changed, 0 removed; changed: R1" in lines
    assert "任務 (Tasks): 1 added, 0 changed, 0 removed; added: T6" in lines
    assert "溝通 (Communication): 0 added, 0 changed, 1 removed; removed: C1" in lines
    assert cli("dump", "--db", db).stdout == before


def test_hand_made_workbook_with_cover_and_tasks(ws, tmp_path):
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    cover.append(["社媒年度计划"])
    cover.append(["计划名称", "社媒年度计划"])
    cover.append(["年度", 2028, "机构", "示例公司"])
    cover.append(["编制人", "XXX", "审核人", "李四"])
    tasks = wb.create_sheet("任务")
    tasks.append(["说明：手工制作的任务表"])
    tasks.append(["Extra", "Title", "编号", "描述"])  # any order, any language, extra column
    tasks.append(["x", "內容策劃與創作", "T1", "每月20篇"])
    tasks.append([None, None, None, None])
    tasks.append(["y", "平臺管理", "T2", ""])
    subs = wb.create_sheet("Subtasks")
    subs.append(["Task", "Code", "Title", "Owner team", "Schedule"])
    subs.append(["T1", "T1.1", "選題", "內容策劃團隊", "every month, week 1"])
    subs.append(["T2", "T2.1", "發布", "平臺運營團隊", "每日"])
    path = tmp_path / "hand.xlsx"
    wb.save(path)
    result = read_import(path)
    assert not result.errors, [p.text() for p in result.errors]
    assert [p.text() for p in result.warnings] == [
        "封面 row 4: 編制人 (Compiler): placeholder 'XXX' read as empty"
    ]
    _target, uuid = apply_import(ws, result)
    data = json.loads(dump_text(ws, uuid))
    assert data["plan"]["title"] == "社媒年度计划" and data["plan"]["year"] == 2028
    assert data["plan"]["reviewer"] == "李四" and data["plan"]["compiler"] == ""
    assert [t["code"] for t in data["tasks"]] == ["T1", "T2"]
    assert data["tasks"][0]["subtasks"][0]["schedule"] == {"kind": "monthly_week", "week": 1}
    assert [t["name"] for t in data["teams"]] == ["內容策劃團隊", "平臺運營團隊"]
    assert data["plan"]["lineage"] == uuid and data["plan"]["revision"] == 1


def test_reimporting_the_same_workbook_changes_nothing(sample_ws, tmp_path):
    ws, uuid = sample_ws
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    before = all_dumps(ws)
    result = read_import(path)
    with ws.session() as session:
        target = plan_target(session, result.data)
    diffs = preview(target.old, result.data)
    assert not any(d.added or d.changed or d.removed for d in diffs)
    apply_import(ws, result)
    assert all_dumps(ws) == before
