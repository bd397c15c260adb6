"""Occurrence notes on the board (issue 29): the occurrence's menu, the note dialog, undo, the
marker, and the weeks in which the plan asks for a report."""

from __future__ import annotations

from datetime import date

from desktop.render.board_overlay import REPORT_COLOUR
from tests.views.board.test_task_board import board, dump, point  # noqa: F401
from tests.views.settle import settle


def test_note_from_the_occurrence_menu_is_saved_and_undone(board, qtbot):  # noqa: F811
    ws = board.ctx.workspace
    before = dump(ws, board.uuid)
    menu = board.notes.menu_for(point(board, "T1.1", date(2027, 3, 2)))
    texts = [a.text() for a in menu.actions()]
    assert texts == ["標記完成", "備註…"] or texts == ["Mark done", "Note…"]
    menu.actions()[1].trigger()
    dialog = board.notes.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.problem.setPlainText("選題會延期")
    dialog.solution.setPlainText("改在周二")
    dialog.accept()
    settle(board)
    text = dump(ws, board.uuid)
    assert '"problem": "選題會延期"' in text and '"start": "2027-03-01"' in text
    assert "選題會延期" in board.canvas.tooltip_at(point(board, "T1.1", date(2027, 3, 2)))
    board.ctx.ops.undo_stack.undo()
    settle(board)
    assert dump(ws, board.uuid) == before


def test_notes_and_report_weeks_are_painted(board, qtbot):  # noqa: F811
    board.notes.edit_note(board.model.rows()[1].item_id, "T1.1", date(2027, 3, 1))
    board.notes.dialog.problem.setPlainText("延誤")
    board.notes.dialog.accept()
    settle(board)
    assert (board.model.rows()[1].item_id, date(2027, 3, 1)) in board.notes.notes
    assert ("MON5", date(2027, 3, 29), date(2027, 3, 31)) in board.notes.report_spans
    image = board.canvas.grab().toImage()
    options = board.canvas.options()
    x = int(point(board, "T1.1", date(2027, 3, 30)).x())
    band_y = options.header_height - 2
    assert image.pixelColor(x, band_y).name() == REPORT_COLOUR.name()


def test_the_subtask_editor_lists_and_edits_the_notes(board, qtbot):  # noqa: F811
    row = next(r for r in board.model.rows() if r.code == "T1.1")
    board.tree.setCurrentIndex(board.model.index_of(row.kind, row.item_id))
    editor = board.edit_current()
    assert editor.notes_table.rowCount() == 0
    editor.note_pick.setCurrentIndex(editor.note_pick.findData("2027-03-01"))
    editor.note_button.click()
    board.notes.dialog.problem.setPlainText("缺資料")
    board.notes.dialog.accept()
    settle(board)
    table = editor.notes_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["2027-03-01", "缺資料", ""]
    editor.reject()


def test_the_first_paint_reads_the_same_notes_and_report_weeks(tmp_path):
    from sqlalchemy import select

    from desktop.models import Subtask
    from desktop.models.report.rhythm import report_weeks
    from desktop.models.sample import add_sample_plan
    from desktop.operations import run_change
    from desktop.operations.notes import set_note
    from desktop.store import open_workspace
    from desktop.store.board_read import read_first_board

    ws = open_workspace(tmp_path / "w.db")
    with ws.write() as session:
        uuid = add_sample_plan(session).uuid
    with ws.session() as session:
        sub = session.scalars(select(Subtask.id).where(Subtask.code == "T1.1")).one()
    run_change(ws, uuid, "note", set_note(sub, date(2027, 3, 1), "延誤", ""))
    with ws.session() as session:
        weeks = report_weeks(session.scalars(select(Subtask)).first().plan)
    ws.close()
    records = read_first_board(tmp_path / "w.db").records
    assert records.notes == {(sub, date(2027, 3, 1))}
    assert list(records.report_spans) == weeks
    assert {code for code, _s, _e in weeks} == {"MON5", "MON6"}  # monthly, quarterly reports
