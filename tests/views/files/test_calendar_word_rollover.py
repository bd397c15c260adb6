"""File ▸ Export calendar…, Export Word… and New plan for next year… in the main window."""

from __future__ import annotations

import docx
import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from desktop.models import Plan
from desktop.views.files import calendar_word_actions, export_actions, rollover_actions
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(sample_ws, qtbot):
    ws, _uuid = sample_ws
    win = MainWindow(ws, lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


def menu_texts(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.file_menu.actions() if not a.isSeparator()]


def test_file_menu_entries(window):
    texts = menu_texts(window)
    for text in ("Export calendar…", "Export Word…", "New plan for next year…"):
        assert text in texts
    assert texts.index("New plan for next year…") == texts.index("New empty plan") + 1
    assert texts.index("Export calendar…") > texts.index("Export to Excel…")


def test_export_calendar_for_one_team(window, tmp_path, monkeypatch):
    asked = {}

    def team(_w, teams):  # noqa: ANN001, ANN202
        asked["teams"] = teams
        return "用戶互動團隊"

    monkeypatch.setattr(export_actions, "ask_team", team)
    monkeypatch.setattr(export_actions, "ask_path", lambda *_a: str(tmp_path / "team"))
    window.calendar_word_actions["calendar"].trigger()
    out = tmp_path / "team.ics"  # the suffix is added
    assert "內容策劃團隊" in asked["teams"]
    cal = Calendar.from_ical(out.read_bytes())
    items = {str(e["X-PLANDESK-ITEM"]) for e in cal.walk("VEVENT")}
    assert items == {"subtask T2.2", "subtask T4.2"}
    assert "team.ics" in window.statusBar().currentMessage()


def test_export_calendar_cancelled_writes_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(export_actions, "ask_team", lambda *_a: False)
    called = []
    monkeypatch.setattr(export_actions, "ask_path", lambda *_a: called.append(1) or "")
    assert calendar_word_actions.export_calendar(window) is None
    assert not called and not list(tmp_path.glob("*.ics"))


def test_export_word(window, tmp_path, monkeypatch):
    monkeypatch.setattr(export_actions, "ask_path", lambda *_a: str(tmp_path / "plan.docx"))
    out = calendar_word_actions.export_word(window)
    assert out == tmp_path / "plan.docx"
    document = docx.Document(str(out))
    heads = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert heads[:2] == ["引言", "工作目標與任務概述"]
    assert "plan.docx" in window.statusBar().currentMessage()


def test_new_plan_for_next_year_is_undoable(window, sample_ws, monkeypatch):
    ws, uuid = sample_ws
    shown = {}
    monkeypatch.setattr(rollover_actions, "ask_year", lambda _w, _t, year: year + 1)
    monkeypatch.setattr(
        rollover_actions,
        "show_findings",
        lambda _w, year, findings: shown.update(year=year, findings=findings),
    )

    def count() -> int:
        with ws.session() as session:
            return session.scalar(select(func.count(Plan.id)))

    window.rollover_action.trigger()
    assert count() == 2 and window.plan_box.count() == 2
    with ws.session() as session:
        new = session.get(Plan, window.ctx.plan_id)
        assert (new.year, new.revision, new.status) == (2028, 1, "draft") and new.uuid != uuid
    assert shown["year"] == 2028
    week6 = next(f for f in shown["findings"] if f.item_code == "T5.2")
    assert "Feb, Mar, Apr, May, Jun, Aug, Sep, Nov, Dec" in week6.message("en")
    assert "2028" in window.windowTitle() or "2028" in window.plan_box.currentText()
    window.ctx.ops.undo_stack.undo()
    assert count() == 1
    window.ctx.ops.undo_stack.redo()
    assert count() == 2


def test_new_plan_for_the_same_year_is_refused(window, sample_ws, monkeypatch):
    ws, _uuid = sample_ws
    monkeypatch.setattr(rollover_actions, "ask_year", lambda _w, _t, year: year)
    refused = []
    monkeypatch.setattr(
        "desktop.views.shared.refusals.QMessageBox.warning", lambda *a: refused.append(a[2])
    )
    assert rollover_actions.new_plan_for_next_year(window) is None
    assert len(refused) == 1 and "already for 2027" in refused[0]
    with ws.session() as session:
        assert session.scalar(select(func.count(Plan.id))) == 1
