"""Overview & approval screen: header and approval fields, the three texts (one change when
editing finishes), refusals, the lock while in review, and the clickable plan checks."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from sqlalchemy import select

from desktop.models import Plan
from desktop.models.serialize import canonical_json, dump_plan
from desktop.views.overview.overview_screen import (
    CODE_ROLE,
    KIND_ROLE,
    OverviewScreen,
    normalise_date,
)
from desktop.views.shared.context import AppContext


def dump(ws: Any) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(session.scalars(select(Plan)).one()))


def type_field(screen: OverviewScreen, name: str, text: str) -> None:
    edit = screen.fields[name]
    edit.setText(text)
    edit.setModified(True)
    edit.editingFinished.emit()


@pytest.fixture
def screen(qtbot: Any, sample_ws: Any) -> OverviewScreen:
    widget = OverviewScreen(AppContext(sample_ws[0]))
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    return widget


def test_header_and_texts_edited_undo_redo(
    qtbot: Any, sample_ws: Any, cli: Any, db_path: Any, screen: OverviewScreen
) -> None:
    ws, _ = sample_ws
    original = dump(ws)
    type_field(screen, "title", "社交媒體年度計劃 2027")
    type_field(screen, "organisation", "市場部")
    type_field(screen, "compiler", "王小明")
    type_field(screen, "reviewer", "XXX")  # the placeholder means empty
    type_field(screen, "compiled_on", "2027年1月5日")
    type_field(screen, "year", "2028")
    screen.show()
    intro = screen.texts["introduction"]
    intro.setFocus()
    qtbot.waitUntil(intro.hasFocus)
    intro.setPlainText("新的引言。\n第二段。")
    intro.moveCursor(QTextCursor.MoveOperation.End)
    intro.insertPlainText("補充")
    assert screen.ctx.ops.undo_stack.count() == 5  # nothing saved while typing
    screen.fields["title"].setFocus()  # focus leaves: one change
    qtbot.waitUntil(lambda: screen.ctx.ops.undo_stack.count() == 6)
    qtbot.wait(5)
    data = json.loads(dump(ws))["plan"]
    assert data["title"] == "社交媒體年度計劃 2027"
    assert (data["organisation"], data["compiler"], data["reviewer"]) == ("市場部", "王小明", "")
    assert (data["compiled_on"], data["year"]) == ("2027-01-05", 2028)
    assert data["introduction"] == "新的引言。\n第二段。補充"
    assert screen.fields["compiled_on"].text() == "2027-01-05"
    result = cli("dump", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["plan"]["organisation"] == "市場部"

    edited = dump(ws)
    stack = screen.ctx.ops.undo_stack
    while stack.canUndo():
        stack.undo()
    assert dump(ws) == original
    qtbot.wait(5)
    assert screen.fields["title"].text() == "社交媒體運用的年度目標計劃"
    assert screen.texts["introduction"].toPlainText().startswith("隨著互聯網")
    while stack.canRedo():
        stack.redo()
    assert dump(ws) == edited


def test_summary_and_outlook(qtbot: Any, sample_ws: Any, screen: OverviewScreen) -> None:
    ws, _ = sample_ws
    for name in ("summary", "outlook"):
        edit = screen.texts[name]
        edit.setPlainText(f"{name} 文字")
        edit.editingFinished.emit()
    data = json.loads(dump(ws))["plan"]
    assert (data["summary"], data["outlook"]) == ("summary 文字", "outlook 文字")
    assert not screen.commit_text("summary")  # unchanged: no second change
    assert screen.ctx.ops.undo_stack.count() == 2


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("title", "   ", "empty"),
        ("year", "明年", "not a year"),
        ("year", "1999", "outside"),
        ("compiled_on", "2027-13-40", "not a date"),
        ("compiled_on", "下個月", "not a date"),
        ("organisation", "a\x07b", "control"),
    ],
)
def test_invalid_header_values_refused(
    sample_ws: Any, screen: OverviewScreen, name: str, text: str, words: str
) -> None:
    ws, _ = sample_ws
    before = dump(ws)
    stored = screen.fields[name].text()
    type_field(screen, name, text)
    assert dump(ws) == before
    assert words in screen.header_message.text()
    assert screen.fields[name].text() == stored
    assert screen.ctx.ops.undo_stack.count() == 0


def test_locked_plan_is_read_only_with_a_note(sample_ws: Any, screen: OverviewScreen) -> None:
    ws, _ = sample_ws
    with ws.write() as session:
        session.scalars(select(Plan)).one().status = "in_review"
    screen.refresh()
    assert all(edit.isReadOnly() for edit in screen.fields.values())
    assert all(edit.isReadOnly() for edit in screen.texts.values())
    assert not screen.lock_note.isHidden()
    assert "read-only" in screen.lock_note.text()
    type_field(screen, "title", "changed")
    assert "changed" not in dump(ws)


def test_checks_listed_in_ui_language_and_jump(qtbot: Any, sample_ws: Any) -> None:
    from desktop.views.main_window import MainWindow

    window = MainWindow(sample_ws[0])
    qtbot.addWidget(window)
    window.ctx.lang = "zh_TW"
    screen = window.show_screen("overview")
    screen.refresh()
    texts = [screen.checks.item(i).text() for i in range(screen.checks.count())]
    assert any("沒有這一周" in t for t in texts)
    monitoring = next(
        i
        for i in range(screen.checks.count())
        if screen.checks.item(i).data(KIND_ROLE) == "monitoring"
    )
    item = screen.checks.item(monitoring)
    assert item.data(CODE_ROLE) == "MON5"
    window.show()
    qtbot.waitExposed(window)
    screen.checks.scrollToItem(item)
    rect = screen.checks.visualItemRect(item)
    qtbot.mouseClick(screen.checks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_screen_key() == "monitoring"
    mon = window.screens["monitoring"]
    assert mon.panels["monitoring"].current_id() == mon.panels["monitoring"].model.rows[4]["id"]
    window.show_screen("overview")
    subtask = next(
        screen.checks.item(i)
        for i in range(screen.checks.count())
        if screen.checks.item(i).data(KIND_ROLE) == "subtask"
    )
    assert screen.jump_to(subtask)
    assert window.current_screen_key() == "board"


def test_normalise_date() -> None:
    assert normalise_date("2027年1月5日") == "2027-01-05"
    assert normalise_date("2027-01-05") == "2027-01-05"


def test_verdict_line_follows_sign_off_and_tampering(
    qtbot: Any, sample_ws: Any, screen: OverviewScreen, tmp_path: Any, monkeypatch: Any
) -> None:
    from sqlalchemy import text

    from desktop.signoff.workflow import sign
    from tests.signoff.conftest import PASSWORDS, add_people, name_signers

    ws, uuid = sample_ws
    ctx = screen.ctx
    assert screen.verdict_kind == "unsigned" and screen.verdict.text() == "尚未簽署"
    assert "#343a40" in screen.verdict.styleSheet()  # grey
    add_people(ws)
    name_signers(ws, uuid)
    for role, name in (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準")):
        sign(ws, uuid, role, name, PASSWORDS[name])
    ctx.ops.notify(ctx.plan_id)  # as the Sign-off screen does after signing
    qtbot.waitUntil(lambda: screen.verdict_kind == "ok")
    assert screen.verdict.text() == "所有簽署有效"
    assert "#1b5e20" in screen.verdict.styleSheet()  # green
    with ws.engine.begin() as conn:  # behind PlanDesk's back
        conn.execute(text("UPDATE task SET title = 'changed' WHERE code = 'T1'"))
    ctx.lang = "en"
    ctx.ops.notify(ctx.plan_id)
    qtbot.waitUntil(lambda: screen.verdict_kind == "failed")
    assert "void: content changed since signing" in screen.verdict.text()
    assert "approver signature by 張批準" in screen.verdict.text()
    assert "#8a1c1c" in screen.verdict.styleSheet()  # red
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-user"))  # root not pinned
    ctx.ops.notify(ctx.plan_id)
    qtbot.waitUntil(lambda: "not anchored" in screen.verdict.text())
    assert screen.verdict_kind == "failed"
    plan_id = ctx.plan_id
    ctx.select_plan(None)  # no plan: no verdict
    assert screen.verdict.isHidden() and screen.verdict_kind == ""
    ctx.select_plan(plan_id)
    assert screen.verdict_kind == "failed"


def test_undo_labels_name_fields_as_the_form_does(screen: OverviewScreen) -> None:
    """ "Undo Edit Compile date", not "Undo Edit compiled_on" (issue 16)."""
    stack = screen.ctx.ops.undo_stack
    type_field(screen, "compiled_on", "2027-01-05")
    assert stack.undoText() == "Edit Compile date"
    screen.texts["summary"].setPlainText("新的總結。")
    screen.commit_text("summary")
    assert stack.undoText() == "Edit Summary"


def test_a_risk_no_kpi_warns_of_is_a_finding_that_opens_the_risk(
    qtbot: Any, sample_ws: Any
) -> None:
    from desktop.views.main_window import MainWindow

    window = MainWindow(sample_ws[0], lang="en")
    qtbot.addWidget(window)
    screen = window.show_screen("overview")
    screen.refresh()
    silent = [
        screen.checks.item(i)
        for i in range(screen.checks.count())
        if "no KPI warns of this risk" in screen.checks.item(i).text()
    ]
    assert [item.data(CODE_ROLE) for item in silent] == ["R2", "R5"]
    assert screen.jump_to(silent[1])
    assert window.current_screen_key() == "risks"
    register = window.screens["risks"]
    assert (
        register.model.rows[register.proxy.mapToSource(register.table.currentIndex()).row()].code
        == "R5"
    )
