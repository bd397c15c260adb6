"""The load strip under the task board: the same counts as ``plandesk load``, a click lists
the week's items, a right click sets a team's weekly limit (undoable, tracking data)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from desktop.models import Team
from desktop.models.team_load import plan_load, week_label, week_number
from desktop.operations import find_plan
from desktop.views.board.load_strip import HEADER, NAMES, ROW
from tests.views.board.test_task_board import make_board


def cell_point(strip, team: str, week: str) -> QPoint:
    data = strip.data
    row = [t[0] for t in data.teams].index(team)
    year, number = week.split("-W")
    column = week_number(date.fromisocalendar(int(year), int(number), 1)) - data.first_week
    width = (strip.width() - NAMES) / data.weeks
    return QPoint(int(NAMES + (column + 0.5) * width), int(HEADER + row * ROW + ROW / 2))


def test_strip_counts_are_the_load_and_a_click_lists_the_week(qtbot, sample_ws):
    ws, uuid = sample_ws
    board = make_board(qtbot, ws)
    board.load_panel.flush()
    strip = board.load_panel.strip
    with ws.session() as session:
        loads = plan_load(find_plan(session, uuid))
    want = {(w.team, w.week): w.count for w in loads}  # 2026-W53 holds 1-3 January
    got = {(team, week_label(n)): count for (team, n), count in strip.data.counts.items()}
    assert got == want
    qtbot.mouseClick(
        strip, Qt.MouseButton.LeftButton, pos=cell_point(strip, "內容策劃團隊", "2027-W05")
    )
    text = board.load_panel.items.text()
    assert "內容策劃團隊 · 2027-W05: 2 plan items" in text
    assert "T1.1 內容選題" in text and "M1 制定內容計劃" in text


def answer_menu_then_dialog(qtbot, value: int) -> None:
    """While the context menu is open choose its entry; then type ``value`` in the dialog."""

    def dialog() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(20, dialog)
            return
        box.setIntValue(value)
        box.accept()

    def menu() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            QTimer.singleShot(20, menu)
            return
        popup.setActiveAction(popup.actions()[0])
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        QTimer.singleShot(20, dialog)

    QTimer.singleShot(20, menu)


def test_right_click_sets_the_weekly_limit_undoably(qtbot, sample_ws):
    ws, uuid = sample_ws
    board = make_board(qtbot, ws)
    board.load_panel.flush()
    strip = board.load_panel.strip
    answer_menu_then_dialog(qtbot, 1)
    where = QPoint(10, HEADER + ROW // 2)
    qtbot.mouseClick(strip, Qt.MouseButton.RightButton, pos=where)

    def limit() -> int | None:
        with ws.session() as session:
            return session.query(Team).filter_by(name="內容策劃團隊").one().weekly_limit

    assert limit() == 1
    qtbot.waitUntil(lambda: strip.data.teams and strip.data.teams[0][2] == 1)
    board.ctx.ops.undo_stack.undo()
    assert limit() is None
