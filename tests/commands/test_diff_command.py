"""``plandesk diff``: what changed between two revisions, in the plan's words, for every
section of the signed content; on the sample plan and on a big plan."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from benchmarks.large_plan import large_plan
from desktop.cli import main
from desktop.exchange.excel.import_preview import section_name
from desktop.models.deserialize import load_plan
from desktop.models.plan import new_uuid
from desktop.models.serialize import dump_plan
from desktop.store import Workspace

pytestmark = pytest.mark.sqlite_only

SECTIONS = (
    "plan",
    "teams",
    "goals",
    "kpis",
    "tasks",
    "subtasks",
    "milestones",
    "resources",
    "risks",
    "monitoring",
    "evaluation",
    "communication",
    "collaboration",
)


def make_revision(ws: Workspace, uuid: str, edit: Callable[[dict[str, Any]], None]) -> str:
    """Revision 2 of plan ``uuid`` as an import of a changed workbook makes it: the same
    lineage, a new uuid, revision + 1; revision 1 approved."""
    from desktop.models import Plan

    with ws.write() as session:
        old = session.query(Plan).filter_by(uuid=uuid).one()
        data = dump_plan(old)
        old.status = "approved"
        edit(data)
        data["plan"] |= {"uuid": new_uuid(), "revision": old.revision + 1}
        return load_plan(session, data).uuid


def change_every_section(data: dict[str, Any]) -> None:
    data["plan"]["title"] = "新標題"
    data["teams"][0]["color"] = "#000000"
    data["goals"][0]["title"] = "新目標"
    data["goals"][0]["kpis"][0]["target"] = 85.0
    data["tasks"][0]["title"] = "新任務"
    data["tasks"][1]["budget"] = 12000.0  # a field of content version 2
    data["tasks"][0]["subtasks"][0]["resources"] = "新資源"
    data["tasks"][0]["subtasks"][0]["schedule"] = {"kind": "monthly_week", "week": 2}
    data["milestones"][0]["title"] = "新里程碑"
    data["resources"][0]["source"] = "外部"
    data["risks"][0]["likelihood"] = 1
    data["monitoring"][0]["title"] = "新會議"
    data["evaluation"][0]["description"] = "新方法"
    data["communication"][0]["title"] = "新溝通"
    data["collaboration"].pop()  # removed
    data["risks"].append(data["risks"][0] | {"code": "R9", "title": "新風險"})  # added


def run_diff(capsys, db, *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["diff", "--db", str(db), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_sample_diff_covers_every_section(sample_ws, db_path, capsys, cli):
    ws, uuid = sample_ws
    new = make_revision(ws, uuid, change_every_section)
    got = run_diff(capsys, db_path, "--plan", new)
    assert (got["from"], got["to"]) == (1, 2)
    sections = {c["section"] for c in got["changes"]}
    assert sections == {section_name(s, "en") for s in SECTIONS}
    by_field = {(c["code"], c["field"]): c for c in got["changes"]}
    assert by_field[("R1", "Likelihood")]["old"] == 3 and by_field[("R1", "Likelihood")]["new"] == 1
    assert by_field[("", "Title")]["new"] == "新標題"
    assert {c["change"] for c in got["changes"] if c["code"] == "R9"} == {"added"}
    assert {c["change"] for c in got["changes"] if c["code"] == "CO12"} == {"removed"}
    text = cli("diff", "--db", str(db_path), "--plan", new, "--lang", "zh_TW")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == f"revision 1 → 2: {len(got['changes'])} changes"
    assert "風險\tR1 內容質量不達標\t可能性: 3 → 1" in lines
    assert "子任務\tT1.1 內容選題\t完成時間: 每月第一周 → 每月第二周" in lines
    budget = [line for line in lines if line.startswith("任務\tT2 ")]
    assert budget == ["任務\tT2 社交媒體平臺管理\t預算: （空） → HK$12,000"], budget


def test_same_content_has_no_changes_and_one_revision_is_refused(sample_ws, db_path, capsys, cli):
    ws, uuid = sample_ws
    alone = cli("diff", "--db", str(db_path))
    assert alone.returncode == 1 and "has one revision only" in alone.stderr
    new = make_revision(ws, uuid, lambda data: None)
    assert run_diff(capsys, db_path, "--plan", new)["changes"] == []
    missing = cli("diff", "--db", str(db_path), "--plan", new, "--from", "7")
    assert missing.returncode == 1 and "has no revision 7" in missing.stderr


def test_big_plan_diff(ws, db_path, capsys):
    data = large_plan(subtasks=400, risks=100, actuals=120, teams=8, tasks=40)
    with ws.write() as session:
        uuid = load_plan(session, data, fresh_identity=True).uuid

    def edit(d: dict[str, Any]) -> None:
        for task in d["tasks"][:10]:
            task["subtasks"][0]["title"] += "（改）"
        d["risks"] = d["risks"][1:]

    new = make_revision(ws, uuid, edit)
    got = run_diff(capsys, db_path, "--plan", new, "--from", "1", "--to", "2")
    changed = [c for c in got["changes"] if c["change"] == "changed"]
    assert len(changed) == 10 and {c["field"] for c in changed} == {"Title"}
    assert [c["code"] for c in got["changes"] if c["change"] == "removed"] == ["R0"]
    # actuals are tracking data: not part of what a revision changes
    assert not any(c["section"] == section_name("actuals", "en") for c in got["changes"])


def test_diff_after_plandesk_revise(tmp_path, cli):
    """The default comparison after ``plandesk revise``: the approved revision 1 and the new
    draft revision 2, which the author then changed."""
    from desktop.operations import run_change
    from desktop.store import open_workspace
    from tests.commands.test_revise_command import approved_workspace

    db = str(tmp_path / "w.sqlite")
    approved_workspace(db)
    revised = cli("revise", "--db", db)
    assert revised.returncode == 0 and revised.stdout == "2\n", revised.stderr
    new = [line.split("\t") for line in cli("list", "--db", db).stdout.splitlines()][1][0]

    def apply(_session, plan):
        next(r for r in plan.risks if r.code == "R3").impact = 2

    ws = open_workspace(db)
    try:
        run_change(ws, new, "edit R3", apply, tables=("risk",))
    finally:
        ws.close()
    result = cli("diff", "--db", db, "--plan", new)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "revision 1 → 2: 1 changes",
        "Risks\tR3 廣告投放效果不佳\tImpact: 3 → 2",
    ]
