"""The risk register's editing: refusals at the editor, undo / redo, add / remove / reorder,
the dump after a GUI edit and a read-only plan."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt

from desktop.views.risks import risk_columns as rc
from desktop.views.risks import risk_model as rm
from tests.views.risks.risk_helpers import (
    cell,
    codes,
    commit,
    dump,
    open_editor,
    risk_id,
    risks,
    type_text,
    visible_codes,
)


def test_invalid_values_are_refused_at_the_editor_and_nothing_is_stored(qtbot, screen, ctx):
    before = dump(ctx)
    index, editor = open_editor(qtbot, screen, "R2", rc.COL_LIKELIHOOD)
    editor.selectAll()
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "1–5" in screen.hint.text() and "7" in screen.hint.text()
    assert screen.table.indexWidget(index) is editor  # the editor stays open
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    index, editor = open_editor(qtbot, screen, "R2", rc.COL_TITLE)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "must not be empty" in screen.hint.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    index, editor = open_editor(qtbot, screen, "R2", rc.COL_CODE)
    editor.selectAll()
    qtbot.keyClicks(editor, "R1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "already used" in screen.hint.text() and screen.table.indexWidget(index) is editor
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    model = screen.model
    for col, value in (
        (rc.COL_LIKELIHOOD, 7),
        (rc.COL_RES_IMPACT, 0),
        (rc.COL_TITLE, "  "),
        (rc.COL_SCHEDULE, "每月第九周"),
        (rc.COL_THRESHOLD, "about 85"),
        (rc.COL_CODE, "R1"),
        (rc.COL_STATUS, "done"),
        (rc.COL_REVIEW, "31/02/2027"),
    ):
        with qtbot.waitSignal(model.refusals.shown):
            assert not model.setData(cell(model, "R2", col), value)
    assert not model.setData(cell(model, "R2", rc.COL_SCORE), 5)  # computed, not editable
    assert dump(ctx) == before
    assert ctx.ops.undo_stack.count() == 0


def test_undo_and_redo_restore_the_dump_exactly(ctx):
    model = rm.RiskTableModel(ctx)
    stack = ctx.ops.undo_stack
    before = dump(ctx)
    team = next(i for i, name in model.teams if name == "數據分析團隊")
    kpi = next(i for i, name in model.kpis if name and name.startswith("c2"))
    edits = [
        (rc.COL_LIKELIHOOD, 5),
        (rc.COL_SCHEDULE, "每月底"),
        (rc.COL_OWNER, team),
        (rc.COL_REVIEW, date(2027, 3, 31)),
        (rc.COL_KPI, kpi),
        (rc.COL_THRESHOLD, "< 1.2"),
        (rc.COL_STATUS, "mitigating"),
        (rc.COL_RES_LIKELIHOOD, 2),
        (rc.COL_TITLE, "新標題"),
        (rc.COL_MEASURE, "第一行\n第二行"),
    ]
    for col, value in edits:
        assert model.setData(cell(model, "R2", col), value)
    after = dump(ctx)
    model.reload()
    r2 = risks(ctx)["R2"]
    assert (
        r2["likelihood"],
        r2["owner"],
        r2["review_on"],
        r2["warning_kpi"],
        r2["warning_op"],
        r2["warning_threshold"],
        r2["status"],
        r2["title"],
    ) == (5, "數據分析團隊", "2027-03-31", "c2", "<", 1.2, "mitigating", "新標題")
    assert r2["schedule"]["kind"] == "monthly_period" and r2["measure"] == "第一行\n第二行"
    assert cell(model, "R2", rc.COL_SCORE).data() == "15"  # the model reloaded
    assert stack.count() == len(edits)
    while stack.canUndo():
        stack.undo()
    assert dump(ctx) == before
    model.reload()
    assert cell(model, "R2", rc.COL_SCORE).data() == "9"
    while stack.canRedo():
        stack.redo()
    assert dump(ctx) == after


def test_add_remove_and_reorder(qtbot, screen, ctx):
    stack = ctx.ops.undo_stack
    before = dump(ctx)
    screen.select_risk(risk_id(ctx, "R2"))
    new_id = screen.add_risk()
    assert codes(ctx) == ["R1", "R2", "R6", "R3", "R4", "R5"]
    editor = screen.table.indexWidget(screen.table.currentIndex())
    assert editor is not None and editor.text() == "新風險"  # the new title, in the plan’s language
    editor.clear()
    type_text(editor, "新增風險")
    commit(qtbot, screen, screen.table.currentIndex(), editor)
    assert risks(ctx)["R6"]["title"] == "新增風險"
    assert screen.current_risk_id() == new_id
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert codes(ctx) == ["R1", "R6", "R2", "R3", "R4", "R5"]
    screen.move_risk(-1)
    screen.move_risk(-1)  # clamped at the top
    assert codes(ctx) == ["R6", "R1", "R2", "R3", "R4", "R5"]
    assert screen.current_risk_id() == new_id
    screen.table.sortByColumn(rc.COL_SCORE, Qt.SortOrder.DescendingOrder)
    assert visible_codes(screen)[0] == "R1"
    screen.move_risk(1)  # moving goes back to the plan's order
    assert codes(ctx) == ["R1", "R6", "R2", "R3", "R4", "R5"] == visible_codes(screen)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert codes(ctx) == ["R1", "R2", "R3", "R4", "R5"]
    assert screen.current_risk_id() == risk_id(ctx, "R2")
    while stack.canUndo():
        stack.undo()
    assert dump(ctx) == before


def test_a_gui_edit_shows_in_plandesk_dump(qtbot, screen, ctx, cli):
    index, editor = open_editor(qtbot, screen, "R3", rc.COL_ASSURANCE)
    editor.selectAll()
    type_text(editor, "廣告點擊率達到2%")
    commit(qtbot, screen, index, editor, Qt.KeyboardModifier.ControlModifier)
    index, editor = open_editor(qtbot, screen, "R3", rc.COL_IMPACT)
    editor.selectAll()
    qtbot.keyClicks(editor, "5")
    commit(qtbot, screen, index, editor)
    result = cli("dump", "--db", str(ctx.workspace.path))
    assert result.returncode == 0, result.stderr
    r3 = {r["code"]: r for r in json.loads(result.stdout)["risks"]}["R3"]
    assert r3["assurance"] == "廣告點擊率達到2%" and r3["impact"] == 5
    assert cell(screen.model, "R3", rc.COL_BAND).data() == "High"


def test_read_only_plan_is_not_editable(ctx, sample_ws):
    ws, uuid = sample_ws
    with ws.write() as session:
        from desktop.operations import find_plan

        find_plan(session, uuid).status = "approved"
    model = rm.RiskTableModel(ctx)
    assert model.locked and not model.read_only
    assert not model.flags(model.index(0, rc.COL_TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, rc.COL_TITLE), "x")
    assert model.index(0, rc.COL_TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None
    # tracking data stays editable: status and review date
    for col in (rc.COL_STATUS, rc.COL_REVIEW):
        assert model.flags(model.index(0, col)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, rc.COL_STATUS), "closed")
    assert model.setData(model.index(0, rc.COL_REVIEW), "2027-05-31")
    model.reload()
    assert (model.rows[0].status, str(model.rows[0].review_on)) == ("closed", "2027-05-31")
    assert "revision 1" in model.lock_text and "approved" in model.lock_text


# ----- printing and the screenshot ----------------------------------------------------------
