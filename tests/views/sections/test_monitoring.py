"""Monitoring & communication screen: every section editable through its model, refusals,
add/remove/reorder, undo/redo restoring the dump exactly, keyboard editing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Plan
from desktop.models.serialize import canonical_json, dump_plan
from desktop.views.sections.monitoring import MonitoringScreen
from desktop.views.sections.section_models import sections
from desktop.views.shared.context import AppContext
from desktop.views.shared.record_models import RecordModel


def dump(ws: Any) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(session.scalars(select(Plan)).one()))


def edit(screen: MonitoringScreen, key: str, code: str, field: str, value: Any) -> bool:
    model = screen.panels[key].model
    row = next(i for i, r in enumerate(model.rows) if r["code"] == code)
    return model.setData(model.index(row, model.column_index(field)), value)


@pytest.fixture
def screen(qtbot: Any, sample_ws: Any) -> MonitoringScreen:
    ws, _uuid = sample_ws
    ctx = AppContext(ws)
    widget = MonitoringScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    return widget


def test_models_pass_qtmodeltester(qtmodeltester: Any, screen: MonitoringScreen) -> None:
    for panel in screen.panels.values():
        assert panel.model.rowCount() > 0
        qtmodeltester.check(panel.model, force_py=True)
    qtmodeltester.check(RecordModel(sections()[0].columns), force_py=True)


def test_every_section_edited_and_undo_redo(
    qtbot: Any, sample_ws: Any, screen: MonitoringScreen
) -> None:
    ws, _ = sample_ws
    original = dump(ws)
    teams = screen.panels["monitoring"].model.columns[5].choices
    team_id, team_name = teams[2]
    assert edit(screen, "monitoring", "MON1", "title", "月度啟動會議")
    assert edit(screen, "monitoring", "MON1", "schedule", "每月第二周")
    assert edit(screen, "monitoring", "MON1", "owner_team_id", team_id)
    assert edit(screen, "monitoring", "MON2", "kind", "report")
    assert edit(screen, "evaluation", "EV1", "description", "通過搜索指數衡量。\n每月一次。")
    assert edit(screen, "communication", "C1", "title", "內部溝通（全員）")
    assert edit(screen, "collaboration", "CO1", "kind", "cross_team")
    assert edit(screen, "resources", "FR1", "amount", "120,000")
    assert edit(screen, "resources", "FR1", "unit", "元")
    qtbot.wait(5)
    data = json.loads(dump(ws))
    mon1 = data["monitoring"][0]
    assert mon1["title"] == "月度啟動會議"
    assert mon1["schedule"] == {"kind": "monthly_week", "week": 2}
    assert mon1["owner"] == team_name
    assert data["monitoring"][1]["kind"] == "report"
    assert data["evaluation"][0]["description"] == "通過搜索指數衡量。\n每月一次。"
    assert data["communication"][0]["title"] == "內部溝通（全員）"
    assert data["collaboration"][0]["kind"] == "cross_team"
    fr1 = next(r for r in data["resources"] if r["code"] == "FR1")
    assert (fr1["amount"], fr1["unit"]) == (120000.0, "元")
    assert "120,000 元" in screen.total.text()
    # the screen shows what is stored
    model = screen.panels["monitoring"].model
    assert model.index(0, model.column_index("schedule")).data() == "每月第二周"
    assert model.index(0, model.column_index("owner_team_id")).data() == team_name

    edited = dump(ws)
    stack = screen.ctx.ops.undo_stack
    assert stack.count() == 9
    while stack.canUndo():
        stack.undo()
    assert dump(ws) == original
    while stack.canRedo():
        stack.redo()
    assert dump(ws) == edited
    qtbot.wait(5)
    assert screen.panels["communication"].model.rows[0]["title"] == "內部溝通（全員）"


@pytest.mark.parametrize(
    ("key", "code", "field", "value"),
    [
        ("monitoring", "MON1", "title", "   "),
        ("monitoring", "MON1", "schedule", "每月第九周"),
        ("monitoring", "MON1", "code", "MON2"),
        ("evaluation", "EV1", "title", ""),
        ("communication", "C1", "title", "a\nb"),
        ("resources", "FR1", "amount", "很多"),
        ("resources", "FR1", "item", ""),
        ("collaboration", "CO1", "kind", "nonsense"),
    ],
)
def test_invalid_values_are_refused(
    sample_ws: Any, screen: MonitoringScreen, key: str, code: str, field: str, value: str
) -> None:
    ws, _ = sample_ws
    before = dump(ws)
    assert not edit(screen, key, code, field, value)
    assert dump(ws) == before
    assert screen.panels[key].message.text()
    assert screen.ctx.ops.undo_stack.count() == 0


def test_add_remove_reorder(qtbot: Any, sample_ws: Any, screen: MonitoringScreen) -> None:
    ws, _ = sample_ws
    original = dump(ws)
    panel = screen.panels["collaboration"]
    panel.select_id(panel.model.row_id(0))
    new_id = screen.add_row("collaboration")
    assert new_id is not None
    editor = panel.view.indexWidget(panel.view.currentIndex())
    assert editor is not None and "新項目" in (
        editor.text() if hasattr(editor, "text") else editor.toPlainText()
    )
    codes = [r["code"] for r in panel.model.rows]
    assert codes[1] == "CO13" and len(codes) == 13
    panel.buttons["down"].click()
    qtbot.wait(5)
    assert [r["code"] for r in panel.model.rows][2] == "CO13"
    panel.select_id(new_id)
    panel.buttons["remove"].click()
    qtbot.wait(5)
    assert len(panel.model.rows) == 12
    assert dump(ws) == original
    stack = screen.ctx.ops.undo_stack
    stack.undo()
    assert "CO13" in dump(ws)
    while stack.canUndo():
        stack.undo()
    assert dump(ws) == original


def test_keyboard_editing_and_focus(qtbot: Any, sample_ws: Any, screen: MonitoringScreen) -> None:
    ws, _ = sample_ws
    screen.show()
    assert screen.focus_item("monitoring", "MON3")
    panel = screen.panels["monitoring"]
    view = panel.view
    view.setCurrentIndex(panel.model.index(2, panel.model.column_index("title")))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    editor.selectAll()
    editor.insert("周會")  # as an input method does (keyClicks takes ASCII only)
    qtbot.keyClicks(editor, " 1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(5)
    assert json.loads(dump(ws))["monitoring"][2]["title"] == "周會 1"
    assert screen.focus_item("resources", "FR2")
    assert screen.tabs.currentIndex() == 4
    assert not screen.focus_item("risk", "R1")


def test_locked_plan_is_read_only(qtbot: Any, sample_ws: Any, screen: MonitoringScreen) -> None:
    ws, _ = sample_ws
    with ws.write() as session:
        session.scalars(select(Plan)).one().status = "approved"
    screen.refresh()
    panel = screen.panels["evaluation"]
    assert not panel.buttons["add"].isEnabled()
    assert not panel.model.flags(panel.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_screenshots(qtbot: Any, screen: MonitoringScreen, tmp_path: Any) -> None:
    screen.show()
    for i in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(i)
        qtbot.wait(5)
        assert not screen.grab().isNull()


def test_ctrl_c_copies_rows_as_tsv(qtbot: Any, screen: MonitoringScreen) -> None:
    from PySide6.QtGui import QGuiApplication

    screen.show()
    screen.tabs.setCurrentIndex(2)
    view = screen.panels["communication"].view
    view.selectRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("C1\tAudience\t內部溝通\t")
