"""The task board by keyboard and as a screen reader reads it: arrows move between rows and
occurrences (the focused one outlined), Space marks done, Enter opens the editor; the
timeline's accessible interface lists every occurrence with its subtask, dates and done state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from desktop.render.board_painter import FOCUS_COLOUR
from desktop.views.board.board_focus import current_key, occurrence_screen_rect
from desktop.views.board.subtask_editor import SubtaskEditor
from tests.views.board.test_task_board import dump, make_board
from tests.views.settle import settle


@pytest.fixture
def board(qtbot, sample_ws):
    screen = make_board(qtbot, sample_ws[0])
    screen.uuid = sample_ws[1]
    return screen


def keys(qtbot, widget, *pressed) -> None:
    for key in pressed:
        qtbot.keyClick(widget, key)


def focus_outline_colour(board) -> str:
    """The colour drawn just outside the focused occurrence's bar."""
    rect = occurrence_screen_rect(board.canvas, current_key(board.canvas))
    image = board.canvas.grab().toImage()
    left = board.canvas.mapFromGlobal(rect.topLeft()) + QPoint(-3, rect.height() // 2)
    return image.pixelColor(left).name()


def test_arrows_move_between_rows_and_occurrences_and_space_marks_done(board, qtbot):
    ws, uuid = board.ctx.workspace, board.uuid
    canvas = board.canvas
    board.tree.setCurrentIndex(board.model.index(0, 0))  # T1
    canvas.setFocus()
    keys(qtbot, canvas, Qt.Key.Key_Down)  # T1.1, 每月第一周: the focus lands on an occurrence
    assert board.current_row().code == "T1.1"
    assert canvas.focus_start in board.current_row().starts
    keys(qtbot, canvas, Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_Right)
    t11_march = canvas.focus_start
    assert t11_march.month == 3
    keys(qtbot, canvas, Qt.Key.Key_Down)  # T1.2: the nearest occurrence of the new row
    row = board.current_row()
    assert row.code == "T1.2" and canvas.focus_start in row.starts
    assert abs((canvas.focus_start - t11_march).days) <= 14
    before = dump(ws, uuid)
    start = canvas.focus_start
    keys(qtbot, canvas, Qt.Key.Key_Space)
    settle(board)
    assert board.current_row().done == {start}
    assert f'"{start.isoformat()}"' in dump(ws, uuid) and dump(ws, uuid) != before
    keys(qtbot, canvas, Qt.Key.Key_Space)  # again: not done
    settle(board)
    assert board.current_row().done == frozenset() and dump(ws, uuid) == before
    assert focus_outline_colour(board) == FOCUS_COLOUR.name()  # the focused bar is outlined


def test_enter_opens_the_editor_of_the_focused_subtask(board, qtbot):
    canvas = board.canvas
    board.tree.setCurrentIndex(board.model.index(0, 0))
    canvas.setFocus()
    keys(qtbot, canvas, Qt.Key.Key_Down, Qt.Key.Key_Down)  # T1.2
    keys(qtbot, canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SubtaskEditor))
    dialog = QApplication.activeModalWidget()
    assert dialog.title_edit.text() == "內容創作"
    dialog.reject()


def test_the_timeline_exposes_every_occurrence_as_an_accessible_item(board, qtbot):
    canvas = board.canvas
    timeline = QAccessible.queryAccessibleInterface(canvas)
    assert timeline.role() == QAccessible.Role.List
    assert timeline.text(QAccessible.Text.Name)
    assert timeline.text(QAccessible.Text.Description)
    subtask_occurrences = sum(
        len(r.starts) for r in board.model.visible_rows() if r.kind == "subtask"
    )
    assert timeline.childCount() >= subtask_occurrences > 100
    first = timeline.child(0)
    assert first.parent() is timeline and timeline.indexOfChild(first) == 0
    assert first.role() == QAccessible.Role.CheckBox
    name = first.text(QAccessible.Text.Name)
    assert name.startswith("T1.1 內容選題，1月1日") and name.endswith("，not done")
    assert "內容策劃團隊" in first.text(QAccessible.Text.Description)
    assert first.state().checkable and not first.state().checked
    assert not first.rect().isEmpty()  # where its bar is on screen
    board.tree.setCurrentIndex(board.model.index(0, 0))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    qtbot.keyClick(canvas, Qt.Key.Key_Space)  # done: the item says so
    settle(board)
    focused = timeline.focusChild()
    assert focused is not None and focused.state().focused and focused.state().checked
    assert "not done" not in focused.text(QAccessible.Text.Name)
    assert focused.text(QAccessible.Text.Name).startswith("T1.1")
    at = timeline.childAt(focused.rect().center().x(), focused.rect().center().y())
    assert at is not None and at.text(QAccessible.Text.Name) == focused.text(QAccessible.Text.Name)
    assert focused.text(QAccessible.Text.Name) == timeline.child(0).text(QAccessible.Text.Name)
