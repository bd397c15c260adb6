"""Refusals are data to the edge (issue 26): a key and parameters, worded in the UI language
where they are shown; a refusal a hint line showed gets no dialog, one nobody showed gets
exactly one (each time it happens), a refused undo gets its dialog and keeps the history, and
``PlanOperations.run`` raises a refusal without signalling it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy
from sqlalchemy import select

from desktop.models import Goal, Plan, Risk
from desktop.models.refusal import Invalid
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations import PlanLocked, run_change
from desktop.operations.edits import add_item, update_item
from desktop.operations.plan_edits import update_fields
from desktop.operations.undo import OperationRefused, PlanOperations
from desktop.store import open_workspace
from desktop.views.files import rollover_actions
from desktop.views.main_window import MainWindow
from desktop.views.menus import entry
from desktop.views.shared.refusals import Refusals, show_refusal
from tests.views.test_translations import compiled_qm, translators  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "zh_TW"])
def lang(request: Any, translators: Any) -> str:  # noqa: F811
    translators(request.param)
    return request.param


@pytest.fixture
def dialogs(monkeypatch: Any) -> list[tuple[str, str]]:
    """Every warning dialog shown: (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "desktop.views.shared.refusals.QMessageBox.warning",
        lambda _parent, title, text, *a: shown.append((title, text)),
    )
    return shown


def make_window(qtbot: Any, ws: Any, lang: str) -> MainWindow:
    window = MainWindow(ws, lang=lang)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def dump(ws: Any) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(session.scalars(select(Plan)).one()))


def set_status(ws: Any, status: str) -> None:
    """Another PlanDesk (or the command line) moved the plan on behind the window's back."""
    with ws.write() as session:
        session.scalars(select(Plan)).one().status = status


def first_risk_id(ws: Any) -> int:
    with ws.session() as session:
        return session.scalars(select(Risk.id).order_by(Risk.code)).first()


def rename_goal(title: str) -> Any:
    def apply(session: Any, plan: Plan) -> None:
        goal = session.scalars(select(Goal).where(Goal.plan_id == plan.id).order_by(Goal.code))
        goal.first().title = title

    return apply


# ----- (a) a table edit refused by the operation: the hint line, no dialog ------------------
def test_a_table_edit_refused_shows_in_the_hint_line_and_no_dialog(
    qtbot: Any, sample_ws: Any, lang: str, dialogs: list[tuple[str, str]]
) -> None:
    from desktop.views.risks import risk_columns as rc

    ws, _uuid = sample_ws
    window = make_window(qtbot, ws, lang)
    screen = window.show_screen("risks")
    set_status(ws, "in_review")  # the screen still offers the edit: the operation refuses it
    before = dump(ws)
    index = screen.proxy.index(0, rc.COL_LIKELIHOOD)
    screen.table.setFocus()
    screen.table.setCurrentIndex(index)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    editor = screen.table.indexWidget(index)
    editor.selectAll()
    qtbot.keyClicks(editor, "1" if index.data() != 1 else "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(screen.hint.text()))  # the editor commits on the next pass
    with ws.session() as session:
        plan = session.scalars(select(Plan)).one()
        expected = PlanLocked.of(plan, ["risk.likelihood"]).message(lang)
    assert screen.hint.text() == expected
    assert ("審核中" if lang == "zh_TW" else "is in review") in expected
    qtbot.wait(20)  # the window's turns pass: still no dialog
    assert dialogs == []
    assert dump(ws) == before and window.ctx.ops.undo_stack.count() == 0


# ----- (b) a menu action refused: exactly one dialog, worded at the edge ----------------------
def test_a_refused_menu_action_shows_one_dialog_in_the_ui_language(
    qtbot: Any, sample_ws: Any, lang: str, dialogs: list[tuple[str, str]], monkeypatch: Any
) -> None:
    ws, _uuid = sample_ws
    window = make_window(qtbot, ws, lang)
    monkeypatch.setattr(rollover_actions, "ask_year", lambda _w, _t, year: year)
    before = dump(ws)
    window.rollover_action.trigger()  # File ▸ New plan for next year… with the plan's own year
    qtbot.wait(20)
    reason = Invalid("year", "same_year", year=2027)
    assert dialogs == [("未做變更" if lang == "zh_TW" else "Change not made", reason.message(lang))]
    if lang == "zh_TW":
        assert dialogs[0][1] == "年度：計劃已經是 2027 年度的；請選擇其他年度"
    assert dump(ws) == before and window.ctx.ops.undo_stack.count() == 0


def test_a_refusal_a_menu_entry_lets_through_gets_the_dialog(
    qtbot: Any, sample_ws: Any, dialogs: list[tuple[str, str]]
) -> None:
    """The menu entry is the edge: a feature that does not catch the refusal still gets it
    shown (the read-only refusal, as data)."""
    ws, _uuid = sample_ws
    reader = open_workspace(ws.path, read_only=True)  # views tests run on SQLite files
    try:
        window = make_window(qtbot, reader, "en")
        caught: list[OperationRefused] = []

        def feature() -> None:
            try:
                window.ctx.ops.run(window.ctx.plan_id, "rename", rename_goal("x"))
            except OperationRefused as refusal:
                caught.append(refusal)
                raise

        entry(window, "Rename", feature).trigger()
        assert caught and caught[0].key == "workspace_read_only"
        assert dialogs == [("Change not made", caught[0].message("en"))]
        window.close()
    finally:
        reader.close()


# ----- (c) a refused undo: its dialog, and the history kept -------------------------------
def test_a_refused_undo_shows_its_dialog_and_keeps_the_stack(
    qtbot: Any, sample_ws: Any, lang: str, dialogs: list[tuple[str, str]]
) -> None:
    ws, _uuid = sample_ws
    window = make_window(qtbot, ws, lang)
    stack = window.ctx.ops.undo_stack
    window.ctx.ops.run(window.ctx.plan_id, "rename", rename_goal("X"))
    set_status(ws, "approved")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs))
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert len(dialogs) == 1
    what, _, why = dialogs[0][1].partition("\n\n")
    assert what.startswith("復原" if lang == "zh_TW" else "Undo: ")
    assert ("已批準" if lang == "zh_TW" else "is approved") in why
    assert stack.count() == 1 and stack.canUndo()
    qtbot.wait(20)
    assert len(dialogs) == 1  # one dialog, nothing else said it again


# ----- (d) the same refusal twice in a row: two dialogs ------------------------------------
def test_the_same_refusal_twice_from_a_menu_shows_two_dialogs(
    qtbot: Any, sample_ws: Any, dialogs: list[tuple[str, str]], monkeypatch: Any
) -> None:
    ws, _uuid = sample_ws
    window = make_window(qtbot, ws, "en")
    monkeypatch.setattr(rollover_actions, "ask_year", lambda _w, _t, year: year)
    window.rollover_action.trigger()
    window.rollover_action.trigger()
    qtbot.wait(20)
    assert len(dialogs) == 2 and dialogs[0] == dialogs[1]
    assert "already for 2027" in dialogs[0][1]


def test_a_refusal_shown_in_a_hint_line_gets_no_dialog_the_next_one_does(
    qtbot: Any, dialogs: list[tuple[str, str]]
) -> None:
    """Handled is a mark on the refusal object, not its text."""
    from PySide6.QtWidgets import QLabel, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    hint = QLabel(parent)
    first, second = (OperationRefused(Invalid("", "workspace_read_only")) for _ in range(2))
    Refusals(hint).report(first)
    assert first.handled and not second.handled
    assert not show_refusal(parent, first)
    assert show_refusal(parent, second)
    assert not show_refusal(parent, second)  # shown once
    assert len(dialogs) == 1 and dialogs[0][1] == hint.text()


# ----- (e) run's contract: a refusal is raised, never signalled ------------------------------
CASES = ("read_only", "locked", "score", "code")


@pytest.mark.parametrize("case", CASES)
def test_run_raises_a_refusal_and_signals_nothing(
    qtbot: Any, sample_ws: Any, case: str, tmp_path: Any
) -> None:
    ws, uuid = sample_ws
    if case == "read_only":
        ws = open_workspace(ws.path, read_only=True)  # views tests run on SQLite files
    if case == "locked":
        set_status(ws, "approved")
    ops = PlanOperations(ws)
    signals = [
        ops.metaObject().method(i)
        for i in range(ops.metaObject().methodCount())
        if ops.metaObject().method(i).methodType() == ops.metaObject().method(i).MethodType.Signal
    ]
    spies = [QSignalSpy(ops, signal) for signal in signals if signal.name() != b"destroyed"]
    assert not hasattr(ops, "refused")
    risk_id = first_risk_id(ws)
    with ws.session() as session:
        other = session.scalars(select(Risk.code).order_by(Risk.code)).all()[1]
    apply = {
        "read_only": rename_goal("x"),
        "locked": rename_goal("x"),
        "score": update_item(Risk, risk_id, {"impact": 0}),
        "code": update_fields(Risk, risk_id, {"code": other}),
    }[case]
    before = dump(ws)
    with pytest.raises(OperationRefused) as refused:
        ops.run(uuid, case, apply, tables=None if case != "score" else ("risk",))
    assert (
        refused.value.key
        in {
            "read_only": {"workspace_read_only"},
            "locked": {"plan_locked", "plan_locked_fields"},
            "score": {"whole_range"},
            "code": {"code_used"},
        }[case]
    )
    assert all(spy.count() == 0 for spy in spies)  # raised, not signalled
    assert dump(ws) == before and ops.undo_stack.count() == 0
    if case == "read_only":
        ws.close()


def test_run_made_signals_once_and_returns(qtbot: Any, sample_ws: Any) -> None:
    ws, uuid = sample_ws
    ops = PlanOperations(ws)
    spy = QSignalSpy(ops.changed)
    assert ops.run(uuid, "impact", update_item(Risk, first_risk_id(ws), {"impact": 5})) > 0
    assert spy.count() == 1 and ops.undo_stack.count() == 1


# ----- (f) the score range is the operation's, whoever calls it -----------------------------
@pytest.mark.parametrize("field", ["likelihood", "impact", "residual_likelihood"])
def test_the_score_range_is_refused_at_the_operation_level(sample_ws: Any, field: str) -> None:
    ws, uuid = sample_ws
    ops = PlanOperations(ws)
    risk_id = first_risk_id(ws)
    before = dump(ws)
    with pytest.raises(OperationRefused) as refused:
        ops.run(uuid, "edit", update_item(Risk, risk_id, {field: 7}), tables=("risk",))
    assert (refused.value.key, refused.value.params) == (
        "whole_range",
        {"value": 7, "low": 1, "high": 5},
    )
    assert str(refused.value) == f"{field}: 7 is not a whole number 1–5"
    assert refused.value.message("zh_TW").endswith("7 不是 1–5 的整數")
    with pytest.raises(Invalid, match="not a whole number 1–5"):  # the command line's path
        run_change(ws, uuid, "edit", update_item(Risk, risk_id, {field: 0}), tables=("risk",))
    with pytest.raises(Invalid):
        run_change(ws, uuid, "add", add_item(Risk, {"code": "R99", "title": "x", field: 6}))
    assert dump(ws) == before and ops.undo_stack.count() == 0
