"""File ▸ Start revision N+1…: enabled for an approved or rejected plan, asks first, undoable,
and says in the UI language why a draft cannot be revised."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.models import Plan
from desktop.views.files import revise_actions
from desktop.views.main_window import MainWindow
from tests.approved import make_approved_plan


def open_window(ws, qtbot, lang: str = "en") -> MainWindow:
    win = MainWindow(ws, lang=lang)
    qtbot.addWidget(win)
    win.show()
    return win


def revisions(ws) -> list[int]:
    with ws.session() as session:
        return list(session.scalars(select(Plan.revision).order_by(Plan.id)))


def show_file_menu(window: MainWindow) -> None:
    window.file_menu.aboutToShow.emit()  # what opening the menu does


def test_start_revision_of_an_approved_plan_is_undoable(sample_ws, qtbot, monkeypatch):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    window = open_window(ws, qtbot)
    asked = []
    monkeypatch.setattr(
        revise_actions, "confirm", lambda _w, title, rev: asked.append((title, rev)) or True
    )
    show_file_menu(window)
    assert window.revise_action.isEnabled()
    assert window.revise_action.text().replace("&", "") == "Start revision N+1…"
    window.revise_action.trigger()
    assert asked == [("社交媒體運用的年度目標計劃", 1)]
    assert revisions(ws) == [1, 2] and window.plan_box.count() == 2
    with ws.session() as session:
        new = session.get(Plan, window.ctx.plan_id)
        assert (new.revision, new.status) == (2, "draft")
    assert "Draft" in window.status_plan.text() and "revision 2" in window.status_plan.text()
    show_file_menu(window)
    assert not window.revise_action.isEnabled()  # revision 2 is a draft
    window.ctx.ops.undo_stack.undo()
    assert revisions(ws) == [1]
    window.ctx.ops.undo_stack.redo()
    assert revisions(ws) == [1, 2]


def test_declining_the_confirmation_changes_nothing(sample_ws, qtbot, monkeypatch):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    window = open_window(ws, qtbot)
    monkeypatch.setattr(revise_actions, "confirm", lambda *_a: False)
    assert revise_actions.start_revision(window) is None
    assert revisions(ws) == [1] and not window.ctx.ops.undo_stack.canUndo()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "revision 1 is still a draft: change it directly"),
        ("zh_TW", "第 1 版仍是草稿：請直接修改"),
    ],
)
def test_a_draft_is_refused_with_the_reason(sample_ws, qtbot, monkeypatch, lang, said):
    from PySide6.QtWidgets import QMessageBox

    ws, _uuid = sample_ws
    window = open_window(ws, qtbot, lang)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, title, text: shown.append(text))
    )
    monkeypatch.setattr(revise_actions, "confirm", lambda *_a: pytest.fail("asked anyway"))
    show_file_menu(window)
    assert not window.revise_action.isEnabled()
    assert revise_actions.start_revision(window) is None
    assert len(shown) == 1 and shown[0].startswith(said) and "\n" not in shown[0]
    with ws.session() as session:
        assert session.scalar(select(func.count(Plan.id))) == 1


def test_the_sign_off_screen_offers_a_new_revision_when_revise_would(sample_ws, qtbot):
    from desktop.signoff.workflow import sign
    from tests.approved import PASSWORDS

    ws, uuid = sample_ws
    make_approved_plan(ws, uuid, upto="compiler")  # in review: not yet
    window = open_window(ws, qtbot)
    screen = window.show_screen("signoff")
    screen.refresh()
    assert not screen.buttons["new_revision"].isEnabled()
    sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"], reject=True, comment="再改")
    screen.refresh()  # rejected: back to draft, and revisable
    assert screen.buttons["new_revision"].isEnabled()
    show_file_menu(window)
    assert window.revise_action.isEnabled()
