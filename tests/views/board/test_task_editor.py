"""The task editor, as a user reaches it from the board: every field of the field table's task
editable, the budget typed as "12,000", one undoable change worded in the history, a refused
value shown in the hint line with nothing stored, and a signed-off plan shown read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListWidget, QPlainTextEdit
from sqlalchemy import select

from desktop.models import AuditEvent, Plan, Task
from desktop.models.fields import TASKS
from desktop.operations import find_plan
from desktop.operations.audit_text import audit_names, describe_event
from desktop.render.board_painter import TASK
from desktop.views.shared.ui_language import current_language, set_current_language
from tests.views.board.test_task_board import dump, make_board
from tests.views.settle import settle


@pytest.fixture(params=["zh_TW", "en"])
def lang(request):
    before = current_language()
    set_current_language(request.param)
    yield request.param
    set_current_language(before)


@pytest.fixture
def board(qtbot, sample_ws, lang):
    ws, uuid = sample_ws
    screen = make_board(qtbot, ws)
    screen.ctx.lang = lang
    screen.uuid = uuid
    return screen


def open_with_keyboard(board, qtbot, code: str = "T1", key=Qt.Key.Key_Return, modifier=None):
    """Go to the task's row in the tree and press Enter (or ``key``)."""
    row = next(r for r in board.model.rows() if r.kind == TASK and r.code == code)
    board.tree.setCurrentIndex(board.model.index_of(TASK, row.item_id))
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    board.tree.setFocus()
    board.task_editor = None
    qtbot.keyClick(board.tree, key, modifier or Qt.KeyboardModifier.NoModifier)
    dialog = board.task_editor
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as a window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog, row.item_id


def history(ws, uuid, lang: str) -> list:
    with ws.session() as session:
        plan = find_plan(session, uuid)
        names = audit_names(session, plan.id)
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.plan_uuid == uuid).order_by(AuditEvent.id)
        )
        return [describe_event(e, lang, names) for e in events]


def test_every_field_edited_and_saved_with_enter_then_undone(board, qtbot, lang):
    ws, uuid = board.ctx.workspace, board.uuid
    before = dump(ws, uuid)
    dialog, task_id = open_with_keyboard(board, qtbot)
    shown = {f.key for f in TASKS.editable()}
    assert set(dialog.form.controls) == shown and "budget" in shown
    for f in TASKS.editable():
        control = dialog.control(f.key)
        assert control.accessibleName() == f.label(lang)
        label = dialog.form.labelForField(control)
        assert label.text().startswith(f.label(lang)) and label.buddy() is control
    typed = {
        "code": "T9",
        "title": "直播活動",
        "description": "每月一次直播\n回應留言",
        "importance": "提高互動",
        "expected_result": "每場 200 人觀看",
        "budget": "12,000",
    }
    for key, text in typed.items():
        control = dialog.control(key)
        if isinstance(control, QPlainTextEdit):
            control.setPlainText(text)
        else:
            control.setText(text)
    kpis = dialog.control("kpis")
    assert isinstance(kpis, QListWidget) and kpis.count() >= 2
    checked = [kpis.item(r).checkState() == Qt.CheckState.Checked for r in range(kpis.count())]
    first_off = checked.index(False)
    kpis.item(first_off).setCheckState(Qt.CheckState.Checked)
    assert isinstance(dialog.control("title"), QLineEdit)
    dialog.control("title").setFocus()
    qtbot.keyClick(dialog.control("title"), Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible(), dialog.message.text()
    settle(board)
    with ws.session() as session:
        task = session.get(Task, task_id)
        assert (task.code, task.title, task.budget) == ("T9", "直播活動", 12000.0)
        assert task.description == "每月一次直播\n回應留言"
        assert len(task.kpi_links) == sum(checked) + 1
    assert board.current_row().label.startswith("T9") and "直播活動" in board.current_row().label
    assert board.ctx.ops.undo_stack.count() == 1  # one save, one undo step
    line = history(ws, uuid, lang)[-1]
    assert line.action.endswith("T1")  # "Edit task T1" in the UI language
    budget = "預算 （空） → HK$12,000" if lang == "zh_TW" else "budget (empty) → HK$12,000"
    assert budget in line.changes
    board.ctx.ops.undo_stack.undo()
    settle(board)
    assert dump(ws, uuid) == before
    undone = history(ws, uuid, lang)[-1]
    assert undone.action.startswith("已撤銷：" if lang == "zh_TW" else "undone: ")
    back = "預算 HK$12,000 → （空）" if lang == "zh_TW" else "budget HK$12,000 → (empty)"
    assert back in undone.changes
    # reopened, the editor shows the amount as HK$ and Esc closes it without a change
    board.ctx.ops.undo_stack.redo()
    settle(board)
    dialog, _ = open_with_keyboard(board, qtbot, "T9")
    assert dialog.control("budget").text() == "HK$12,000"
    qtbot.keyClick(dialog.control("title"), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and board.ctx.ops.undo_stack.count() == 1


def test_a_negative_budget_is_refused_in_the_hint_line_and_nothing_stored(board, qtbot, lang):
    ws, uuid = board.ctx.workspace, board.uuid
    before = dump(ws, uuid)
    dialog, _ = open_with_keyboard(board, qtbot)
    dialog.control("title").setText("改了名稱")
    dialog.control("budget").setText("-5")
    dialog.accept()
    assert dialog.isVisible()
    hint = dialog.message.text()
    assert hint.startswith("預算：" if lang == "zh_TW" else "Budget: ") and "-5" in hint
    assert dialog.control("budget").hasFocus()
    assert dump(ws, uuid) == before and board.ctx.ops.undo_stack.count() == 0
    dialog.control("budget").setText("HK$1,234.50")  # corrected, Ctrl+Enter in a text saves
    dialog.control("description").setFocus()
    qtbot.keyClick(
        dialog.control("description"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert not dialog.isVisible(), dialog.message.text()
    with ws.session() as session:
        assert session.scalars(select(Task.budget).where(Task.title == "改了名稱")).one() == 1234.5


def test_ctrl_e_on_a_subtask_edits_its_task_and_the_context_menu_offers_it(board, qtbot):
    parent = next(r for r in board.model.rows() if r.kind == TASK and r.code == "T2")
    sub = next(r for r in board.model.rows() if r.parent_id == parent.item_id)
    board.tree.setCurrentIndex(board.model.index_of(sub.kind, sub.item_id))
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = board.task_editor
    assert dialog.isVisible() and dialog.task_id == parent.item_id
    dialog.reject()
    assert board.edit_task_action in board.tree.actions()
    assert board.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_a_signed_off_plan_shows_the_task_read_only_saying_why(board, qtbot, lang):
    ws, uuid = board.ctx.workspace, board.uuid
    with ws.write() as session:
        session.scalars(select(Plan).where(Plan.uuid == uuid)).one().status = "approved"
    board.reload()
    before = dump(ws, uuid)
    assert board.edit_task_action.isEnabled()  # it opens, to be read
    ctrl_e = (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog, _ = open_with_keyboard(board, qtbot, "T1", *ctrl_e)
    title = dialog.control("title")
    assert title.isReadOnly() and title.toolTip() == dialog.lock_text
    assert "revision 1" in dialog.lock_text
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == dialog.lock_text
    title.setText("不應儲存")
    dialog.accept()
    assert dump(ws, uuid) == before


def test_the_task_kpi_matrix_opens_its_row_in_the_task_editor(qtbot, sample_ws, lang):
    from desktop.views.goals.goals_screen import GoalsScreen
    from desktop.views.shared.context import AppContext

    ws, uuid = sample_ws
    screen = GoalsScreen(AppContext(ws))
    qtbot.addWidget(screen)
    screen.show()
    row = 1
    task_id = screen.links.tasks[row]["id"]
    screen.links_view.verticalHeader().sectionDoubleClicked.emit(row)
    dialog = next(d for d in screen.findChildren(QDialog) if d.isVisible())
    assert dialog.task_id == task_id
    dialog.control("budget").setText("800")
    dialog.accept()
    with ws.session() as session:
        assert session.get(Task, task_id).budget == 800.0
    screen.links_view.setCurrentIndex(screen.links.index(0, 0))
    screen.links_view.setFocus()
    assert screen.edit_task_action in screen.links_view.actions()
    screen.edit_task_action.trigger()
    assert any(
        d.isVisible() and d.task_id == screen.links.tasks[0]["id"]
        for d in screen.findChildren(QDialog)
    )
