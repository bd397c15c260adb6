"""Goals & KPIs screen: goals, KPIs, the actuals grid (typed, pasted, cleared), task ↔ KPI
links, refusals, add/remove/reorder, undo/redo restoring the dump exactly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from desktop.models import Plan
from desktop.models.serialize import canonical_json, dump_plan
from desktop.views.goals.goals_screen import GoalsScreen
from desktop.views.shared.context import AppContext


def dump(ws: Any) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(session.scalars(select(Plan)).one()))


def kpi(data: dict[str, Any], code: str) -> dict[str, Any]:
    return next(k for g in data["goals"] for k in g["kpis"] if k["code"] == code)


def set_cell(model: Any, row: int, key: str, value: Any) -> bool:
    return model.setData(model.index(row, model.column_index(key)), value)


@pytest.fixture
def screen(qtbot: Any, sample_ws: Any) -> GoalsScreen:
    widget = GoalsScreen(AppContext(sample_ws[0]))
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    return widget


def test_models_pass_qtmodeltester(qtmodeltester: Any, screen: GoalsScreen) -> None:
    screen.actuals.paste_block(0, 0, "1\t2\n3\t4")
    screen.refresh()
    for model in (screen.goals.model, screen.kpis.model, screen.actuals, screen.links):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_every_kind_edited_and_undo_redo(qtbot: Any, sample_ws: Any, screen: GoalsScreen) -> None:
    ws, _ = sample_ws
    original = dump(ws)
    goals, kpis = screen.goals.model, screen.kpis.model
    assert set_cell(goals, 1, "title", "增強用戶互動與參與")
    assert set_cell(goals, 1, "description", "每月互動量增長10%。")
    qtbot.wait(5)
    assert screen.focus_item("kpi", "b1")
    assert set_cell(kpis, 0, "unit", "個百分點")
    assert set_cell(kpis, 0, "target", "12")
    assert set_cell(kpis, 0, "baseline", "3.5")
    assert set_cell(kpis, 0, "direction", "down")
    assert set_cell(kpis, 0, "target_kind", "count")
    assert set_cell(kpis, 0, "frequency", "weekly")
    assert set_cell(kpis, 0, "tolerance", "0.2")
    assert set_cell(kpis, 0, "name", "互動量增長")
    qtbot.wait(5)
    actuals = screen.actuals
    row_b1 = next(i for i, k in enumerate(actuals.kpis) if k["code"] == "b1")
    assert actuals.setData(actuals.index(row_b1, 2), "8.5")
    links = screen.links
    t1 = next(i for i, t in enumerate(links.tasks) if t["code"] == "T1")
    col_b1 = next(i for i, k in enumerate(links.kpis) if k["code"] == "b1")
    assert links.setData(
        links.index(t1, col_b1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.wait(5)
    data = json.loads(dump(ws))
    goal_b = data["goals"][1]
    assert (goal_b["title"], goal_b["description"]) == ("增強用戶互動與參與", "每月互動量增長10%。")
    b1 = kpi(data, "b1")
    assert b1["unit"] == "個百分點" and b1["target"] == 12.0 and b1["baseline"] == 3.5
    assert (b1["direction"], b1["target_kind"], b1["frequency"]) == ("down", "count", "weekly")
    assert (b1["tolerance"], b1["name"]) == (0.2, "互動量增長")
    assert b1["actuals"] == [{"month": 3, "value": 8.5, "source": "", "note": "", "demo": False}]
    assert data["tasks"][0]["kpis"] == ["d1", "d2", "b1"]
    assert links.index(t1, col_b1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    edited = dump(ws)
    stack = screen.ctx.ops.undo_stack
    assert stack.count() == 12
    while stack.canUndo():
        stack.undo()
    assert dump(ws) == original
    while stack.canRedo():
        stack.redo()
    assert dump(ws) == edited


def test_multi_cell_paste_is_one_change(qtbot: Any, sample_ws: Any, screen: GoalsScreen) -> None:
    ws, _ = sample_ws
    original = dump(ws)
    view = screen.actuals_view
    screen.show()
    view.setCurrentIndex(screen.actuals.index(1, 3))  # a2, April
    QGuiApplication.clipboard().setText("510\t\t 1,020 \r\n490\t75%\t80\r\n")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(5)
    data = json.loads(dump(ws))
    assert [(a["month"], a["value"]) for a in kpi(data, "a2")["actuals"]] == [
        (4, 510.0),
        (6, 1020.0),
    ]
    assert [(a["month"], a["value"]) for a in kpi(data, "b1")["actuals"]] == [
        (4, 490.0),
        (5, 75.0),
        (6, 80.0),
    ]
    assert screen.actuals.index(1, 5).data() == "1,020"
    assert screen.ctx.ops.undo_stack.count() == 1
    # an empty pasted cell clears an actual; Delete clears the selection
    screen.actuals.paste_block(1, 3, "\t7")
    qtbot.wait(5)
    data = json.loads(dump(ws))
    assert [(a["month"], a["value"]) for a in kpi(data, "a2")["actuals"]] == [(5, 7.0), (6, 1020.0)]
    view.selectionModel().clearSelection()
    view.setCurrentIndex(screen.actuals.index(2, 3))
    view.selectionModel().select(
        screen.actuals.index(2, 4), view.selectionModel().SelectionFlag.Select
    )
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.wait(5)
    assert [a["month"] for a in kpi(json.loads(dump(ws)), "b1")["actuals"]] == [6]
    stack = screen.ctx.ops.undo_stack
    assert stack.count() == 3
    while stack.canUndo():
        stack.undo()
    assert dump(ws) == original


@pytest.mark.parametrize("text", ["1\t2\nabc\t4", "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13"])
def test_bad_paste_changes_nothing(sample_ws: Any, screen: GoalsScreen, text: str) -> None:
    ws, _ = sample_ws
    before = dump(ws)
    assert not screen.actuals.paste_block(0, 1, text)
    assert dump(ws) == before
    assert "nothing was pasted" in screen.actuals_message.text()


@pytest.mark.parametrize(
    ("panel", "row", "key", "value"),
    [
        ("goals", 0, "title", " "),
        ("goals", 0, "code", "b"),
        ("kpis", 0, "unit", ""),
        ("kpis", 0, "name", ""),
        ("kpis", 0, "target", "八十"),
        ("kpis", 0, "tolerance", "5"),
    ],
)
def test_invalid_values_are_refused(
    sample_ws: Any, screen: GoalsScreen, panel: str, row: int, key: str, value: str
) -> None:
    ws, _ = sample_ws
    before = dump(ws)
    target = getattr(screen, panel)
    assert not set_cell(target.model, row, key, value)
    assert dump(ws) == before
    assert target.message.text()
    assert not screen.actuals.setData(screen.actuals.index(0, 0), "n/a")
    assert "not a number" in screen.actuals_message.text()
    assert dump(ws) == before


def test_editor_refuses_non_numeric_actual(qtbot: Any, sample_ws: Any, screen: GoalsScreen) -> None:
    ws, _ = sample_ws
    before = dump(ws)
    screen.show()
    view = screen.actuals_view
    view.setCurrentIndex(screen.actuals.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.state() == view.State.EditingState  # kept open with a hint
    assert "not a number" in screen.actuals_message.text()
    assert dump(ws) == before


def test_add_remove_reorder(qtbot: Any, sample_ws: Any, screen: GoalsScreen) -> None:
    ws, _ = sample_ws
    original = dump(ws)
    goal_id = screen.add_goal()
    assert goal_id is not None
    assert screen.goals.current_id() == goal_id
    editor = screen.goals.view.indexWidget(screen.goals.view.currentIndex())
    assert editor is not None and editor.text() == "新目標"  # plan's language, editing
    assert [g["code"] for g in screen.goals.model.rows][1] == "f"
    kpi_id = screen.add_kpi()
    assert kpi_id is not None and screen.kpis.model.rows[0]["code"] == "f1"
    screen.kpis.buttons["add"].click()
    qtbot.wait(5)
    assert [k["code"] for k in screen.kpis.model.rows] == ["f1", "f2"]
    screen.kpis.buttons["up"].click()
    qtbot.wait(5)
    assert [k["code"] for k in screen.kpis.model.rows] == ["f2", "f1"]
    screen.goals.select_id(goal_id)
    screen.goals.buttons["down"].click()
    qtbot.wait(5)
    assert [g["code"] for g in screen.goals.model.rows][:3] == ["a", "b", "f"]
    screen.goals.buttons["remove"].click()
    qtbot.wait(5)
    assert dump(ws) == original
    stack = screen.ctx.ops.undo_stack
    stack.undo()
    assert '"f2"' in dump(ws)
    while stack.canUndo():
        stack.undo()
    assert dump(ws) == original


def test_locked_plan_keeps_actuals_editable_and_the_rest_read_only(
    sample_ws: Any, screen: GoalsScreen
) -> None:
    ws, _ = sample_ws
    with ws.write() as session:
        session.scalars(select(Plan)).one().status = "in_review"
    screen.refresh()
    before = dump(ws)
    assert not screen.links.flags(screen.links.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not screen.kpis.model.flags(screen.kpis.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    add = screen.goals.buttons["add"]
    assert not add.isEnabled() and "社交媒體運用的年度目標計劃" in add.toolTip()
    assert "revision 1 is in review" in add.toolTip()
    assert not screen.goals.lock_note.isHidden()
    # actuals are tracking data: typed and pasted into the signed-off plan
    actuals = screen.actuals
    assert actuals.flags(actuals.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert actuals.setData(actuals.index(0, 0), "61.5")
    assert actuals.paste_block(1, 0, "480\t510")
    after = json.loads(dump(ws))
    a1, a2 = (k for k in after["goals"][0]["kpis"][:2])
    assert [(a["month"], a["value"]) for a in a1["actuals"]] == [(1, 61.5)]
    assert [(a["month"], a["value"]) for a in a2["actuals"]] == [(1, 480.0), (2, 510.0)]
    stack = screen.ctx.ops.undo_stack
    stack.undo()
    stack.undo()
    assert dump(ws) == before


def test_space_toggles_a_task_kpi_link(qtbot: Any, sample_ws: Any, screen: GoalsScreen) -> None:
    ws, _ = sample_ws
    screen.show()
    screen.tabs.setCurrentIndex(1)
    view, links = screen.links_view, screen.links
    col = next(i for i, k in enumerate(links.kpis) if k["code"] == "e1")
    view.setCurrentIndex(links.index(0, col))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.wait(5)
    assert json.loads(dump(ws))["tasks"][0]["kpis"] == ["d1", "d2", "e1"]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.wait(5)
    assert json.loads(dump(ws))["tasks"][0]["kpis"] == ["d1", "d2"]
