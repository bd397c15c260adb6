"""``operations.import_plan``: the one import operation of the command line and the GUI.

A workbook read by exchange (which never writes) becomes one change: a new plan, an updated
draft, or tracking data updated in place in an approved plan; a target that no longer holds
when the change is made is refused and nothing is written; in the GUI it is one undoable
command whose undo gives back the very same dump and whose redo makes the import again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.exchange.excel.excel_import import ImportResult, read_import
from desktop.models import AuditEvent, Signature
from desktop.models.serialize import canonical_json, content_dump
from desktop.operations import find_plan
from desktop.operations.import_plan import (
    DirectRunner,
    Target,
    apply_import,
    import_plan,
    plan_target,
)
from desktop.store import Workspace, open_workspace
from tests.approved import make_approved_plan, verify_ok
from tests.exchange.excel.test_excel_roundtrip import all_dumps, dump_text, export


def read_ok(path: Path) -> ImportResult:
    result = read_import(path)
    assert not result.errors, [p.text() for p in result.errors]
    return result


def edited(path: Path, out: Path, **cells: object) -> Path:
    """The workbook at ``path`` with cells set: ``sheet__cell=value`` ("Risks__E2")."""
    book = openpyxl.load_workbook(path)
    for key, value in cells.items():
        sheet, cell = key.split("__")
        name = next(n for n in book.sheetnames if n.endswith(f"({sheet})"))
        book[name][cell] = value
    book.save(out)
    return out


def tracking_workbook(path: Path, out: Path) -> Path:
    """An actual for c2 in March and a risk status: tracking data only."""
    book = openpyxl.load_workbook(path)
    book["指標實績 (KPI actuals)"].append(["c2", 3, 1.2, "GA4", "三月", "實測"])
    risks = book["風險 (Risks)"]
    status = next(c.column for c in risks[1] if str(c.value).startswith("狀態"))
    risks.cell(2, status).value = "處理中"
    book.save(out)
    return out


def state(ws: Workspace) -> tuple[str, int, int]:
    """Everything an import may write: the plans' dumps, audit events and sign-off rows."""
    with ws.session() as session:
        events = session.scalar(select(func.count(AuditEvent.id)))
        signatures = session.scalar(select(func.count(Signature.id)))
    return all_dumps(ws), events, signatures


def content(ws: Workspace, uuid: str) -> str:
    with ws.session() as session:
        return canonical_json(content_dump(find_plan(session, uuid)))


def target_of(ws: Workspace, result: ImportResult) -> Target:
    with ws.session() as session:
        return plan_target(session, result.data)


# ---- the command line's runner (run_change / create_plan) -------------------------------------
def test_create_into_an_empty_workspace_dumps_the_same(sample_ws, tmp_path):
    ws, uuid = sample_ws
    result = read_ok(export(ws, uuid, tmp_path / "plan.xlsx"))
    other = open_workspace(tmp_path / "other.sqlite")
    try:
        imported = import_plan(DirectRunner(other, "tester"), result)
        assert imported.target.kind == "create" and imported.target.uuid == uuid
        assert all_dumps(other) == dump_text(ws, uuid)
        with other.session() as session:
            assert find_plan(session, uuid).id == imported.plan_id
            actions = list(session.scalars(select(AuditEvent.action)))
            actors = set(session.scalars(select(AuditEvent.actor)))
        assert actions == ["import new plan from plan.xlsx"] and actors == {"tester"}
    finally:
        other.close()


def test_update_of_a_draft_changes_what_the_workbook_changes(sample_ws, tmp_path):
    ws, uuid = sample_ws
    path = edited(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "e.xlsx", Risks__E2=1)
    before = dump_text(ws, uuid)
    imported = import_plan(DirectRunner(ws), read_ok(path))
    assert imported.target.kind == "update" and imported.target.uuid == uuid
    after = dump_text(ws, uuid)
    assert after != before
    assert after == before.replace('"likelihood": 3', '"likelihood": 1', 1)
    with ws.session() as session:
        assert find_plan(session, uuid).id == imported.plan_id


def test_tracking_only_update_of_an_approved_plan_keeps_it_signed(sample_ws, tmp_path):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    signed = content(ws, uuid)
    path = tracking_workbook(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "t.xlsx")
    target, imported = apply_import(ws, read_ok(path))
    assert (target.kind, imported) == ("track", uuid)
    assert content(ws, uuid) == signed and verify_ok(ws, uuid) == []
    with ws.session() as session:
        plan = find_plan(session, uuid)
        assert plan.status == "approved" and plan.risks[0].status == "mitigating"
        c2 = next(k for g in plan.goals for k in g.kpis if k.code == "c2")
        assert [(a.month, a.value, a.source) for a in c2.actuals] == [(3, 1.2, "GA4")]


def test_signed_content_change_previewed_as_an_update_is_refused_once_approved(sample_ws, tmp_path):
    """The preview said "update the draft"; the plan was approved before the import was
    confirmed: nothing is written (no content, no sign-off rows, no audit event)."""
    ws, uuid = sample_ws
    path = edited(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "e.xlsx", Risks__E2=1)
    result = read_ok(path)
    previewed = target_of(ws, result)
    assert previewed.kind == "update"
    make_approved_plan(ws, uuid)
    before = state(ws)
    with pytest.raises(ValueError, match="is approved: import it again"):
        import_plan(DirectRunner(ws), result, previewed)
    assert state(ws) == before and verify_ok(ws, uuid) == []


def test_tracking_target_with_a_signed_content_change_is_refused(sample_ws, tmp_path):
    """Told "tracking data only" for a workbook that also changes signed content (a stale or
    wrong target), the import refuses instead of dropping the content change silently."""
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    path = tracking_workbook(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "t.xlsx")
    tracked = target_of(ws, read_ok(path))
    assert tracked.kind == "track"
    changed = read_ok(edited(path, tmp_path / "c.xlsx", Risks__E2=5))
    assert target_of(ws, changed).kind == "revision"  # what it is really
    before = state(ws)
    with pytest.raises(ValueError, match="changes more than its tracking data"):
        import_plan(DirectRunner(ws), changed, tracked)
    assert state(ws) == before and verify_ok(ws, uuid) == []


def test_stale_create_and_revision_targets_are_refused(sample_ws, tmp_path):
    ws, uuid = sample_ws
    result = read_ok(export(ws, uuid, tmp_path / "plan.xlsx"))
    other = open_workspace(tmp_path / "other.sqlite")
    try:
        previewed = target_of(other, result)
        assert previewed.kind == "create"
        apply_import(other, result)  # someone imported it meanwhile
        before = state(other)
        with pytest.raises(ValueError, match="was added meanwhile"):
            import_plan(DirectRunner(other), result, previewed)
        assert state(other) == before
    finally:
        other.close()
    make_approved_plan(ws, uuid)
    revised = read_ok(edited(tmp_path / "plan.xlsx", tmp_path / "r.xlsx", Risks__E2=5))
    previewed = target_of(ws, revised)
    assert (previewed.kind, previewed.revision) == ("revision", 2)
    apply_import(ws, revised)  # revision 2 was made meanwhile
    before = state(ws)
    with pytest.raises(ValueError, match="revision 2 of .* was made meanwhile"):
        import_plan(DirectRunner(ws), revised, previewed)
    assert state(ws) == before


def test_a_workbook_with_errors_is_refused(sample_ws, tmp_path):
    from desktop.exchange.excel.excel_safety import ExcelRefused

    ws, uuid = sample_ws
    path = edited(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "e.xlsx", Risks__E2="x")
    result = read_import(path)
    assert result.data is None
    before = state(ws)
    with pytest.raises(ExcelRefused, match=r"^e\.xlsx: .*Risks.*row 2"):
        import_plan(DirectRunner(ws), result)
    assert state(ws) == before


# ---- the GUI's runner: PlanOperations and its QUndoStack --------------------------------------
def _workbook(kind: str, ws: Workspace, uuid: str, tmp_path: Path) -> Path:
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    if kind == "update":
        return edited(path, tmp_path / "e.xlsx", Risks__E2=1, Risks__F2=2)
    if kind == "track":
        make_approved_plan(ws, uuid)
        return tracking_workbook(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "t.xlsx")
    if kind == "revision":
        make_approved_plan(ws, uuid)
        return edited(export(ws, uuid, path), tmp_path / "r.xlsx", Risks__E2=5)
    book = openpyxl.load_workbook(path)  # "create": a plan the workspace does not hold
    meta = book["_meta"]
    for row in meta.iter_rows():
        if row[0].value == "uuid":
            row[1].value = "0f0e0d0c-0b0a-4908-8706-050403020100"
    book.save(tmp_path / "n.xlsx")
    return tmp_path / "n.xlsx"


@pytest.mark.parametrize("kind", ["update", "track", "create", "revision"])
def test_gui_import_is_one_undoable_change(sample_ws, tmp_path, qtbot, kind):
    from desktop.operations.undo import PlanOperations

    ws, uuid = sample_ws
    result = read_ok(_workbook(kind, ws, uuid, tmp_path))
    ops = PlanOperations(ws)
    before = all_dumps(ws)
    target = target_of(ws, result)
    assert target.kind == kind
    with qtbot.waitSignal(ops.changed):
        imported = import_plan(ops, result, target)
    after = all_dumps(ws)
    assert after != before and ops.undo_stack.count() == 1
    if kind == "track":
        assert verify_ok(ws, uuid) == []
    ops.undo_stack.undo()
    assert all_dumps(ws) == before
    ops.undo_stack.redo()
    assert all_dumps(ws) == after
    with ws.session() as session:
        assert find_plan(session, imported.target.uuid).id == imported.plan_id


def test_sign_offs_on_the_cover_are_recorded_when_a_draft_is_updated(sample_ws, tmp_path, qtbot):
    """A draft updated from a workbook of the plan signed elsewhere: the cover's sign-offs
    become "recorded elsewhere" rows in the same change (records: undo leaves them, as it
    leaves the audit trail) and undo gives back the very same dump."""
    from desktop.operations.undo import PlanOperations

    ws, uuid = sample_ws
    draft = read_ok(export(ws, uuid, tmp_path / "draft.xlsx"))
    make_approved_plan(ws, uuid)
    signed = read_ok(export(ws, uuid, tmp_path / "signed.xlsx"))
    assert len(signed.data["signoffs"]) == 3
    other = open_workspace(tmp_path / "other.sqlite")
    try:
        apply_import(other, draft)
        ops = PlanOperations(other)
        before = all_dumps(other)
        imported = import_plan(ops, signed)
        assert imported.target.kind == "update"
        with other.session() as session:
            rows = list(session.scalars(select(Signature).where(Signature.plan_uuid == uuid)))
        assert sorted(r.role for r in rows) == ["approver", "compiler", "reviewer"]
        assert all(r.external for r in rows)
        ops.undo_stack.undo()
        assert all_dumps(other) == before
    finally:
        other.close()


def test_gui_refusal_goes_through_the_operations_layer(sample_ws, tmp_path, qtbot):
    from desktop.operations.undo import OperationRefused, PlanOperations

    ws, uuid = sample_ws
    path = edited(export(ws, uuid, tmp_path / "plan.xlsx"), tmp_path / "e.xlsx", Risks__E2=1)
    result = read_ok(path)
    previewed = target_of(ws, result)
    make_approved_plan(ws, uuid)
    ops = PlanOperations(ws)
    before = state(ws)
    with pytest.raises(OperationRefused) as refused:
        import_plan(ops, result, previewed)
    assert "is approved" in str(refused.value)
    assert state(ws) == before and ops.undo_stack.count() == 0


def test_round_trip_through_the_command_line_dumps_the_same(sample_ws, tmp_path, capsys):
    from desktop.cli import main

    ws, uuid = sample_ws
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    db = tmp_path / "empty.sqlite"
    assert main(["import", "--db", str(db), "--xlsx", str(path)]) == 0
    assert capsys.readouterr().out.strip() == uuid
    assert main(["dump", "--db", str(db)]) == 0
    imported = capsys.readouterr().out
    source = str(ws.path or ws.url.render_as_string(hide_password=False))
    assert main(["dump", "--db", source]) == 0
    assert imported == capsys.readouterr().out  # byte for byte


def test_dates_of_tracking_data_survive(sample_ws, tmp_path):
    """A review date set by the workbook lands as a date (the tracking apply converts it)."""
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    risks = book["風險 (Risks)"]
    column = next(c.column for c in risks[1] if str(c.value).startswith("複核日期"))
    risks.cell(2, column).value = date(2027, 4, 30)
    book.save(tmp_path / "d.xlsx")
    target, _ = apply_import(ws, read_ok(tmp_path / "d.xlsx"))
    assert target.kind == "track"
    with ws.session() as session:
        assert find_plan(session, uuid).risks[0].review_on == date(2027, 4, 30)
