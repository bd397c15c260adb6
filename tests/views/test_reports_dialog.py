"""The Reports dialog (issue 29): period picker, preview, exports on the background runner,
the record of a report produced, and next year's plan from the year's findings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Plan
from desktop.models.report.period import MONTH, QUARTER, YEAR, Period
from desktop.operations import run_change
from desktop.operations.notes import set_note
from desktop.views.reports import reports_dialog
from desktop.views.reports.reports_dialog import ReportsDialog, default_period
from desktop.views.shared.context import AppContext


@pytest.fixture
def dialog(qtbot, sample_ws):
    ws, uuid = sample_ws
    with ws.session() as session:
        sub = session.scalars(select(Plan)).one().tasks[0].subtasks[0].id
    run_change(ws, uuid, "note", set_note(sub, date(2027, 3, 1), "選題延誤", "提前準備"))
    ctx = AppContext(ws)
    ctx.lang = "en"
    shown = ReportsDialog(ctx)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not shown.runner.busy and bool(shown.html))
    return shown


def wait(qtbot, dialog: ReportsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.runner.busy and dialog._pending is None)


def test_the_preview_follows_the_period_and_language(dialog, qtbot):
    dialog.set_period(Period(2027, MONTH, 3))
    wait(qtbot, dialog)
    assert "月度進度報告" in dialog.html and "選題延誤" in dialog.html  # the plan's language
    dialog.lang_box.setCurrentIndex(3)  # English
    dialog.lang_box.activated.emit(3)
    wait(qtbot, dialog)
    assert "Monthly progress report" in dialog.html and "提前準備" in dialog.html
    dialog.set_period(Period(2027, QUARTER, 2))
    wait(qtbot, dialog)
    assert "Compared with the previous quarter" in dialog.html
    assert not dialog.rollover_button.isVisible()
    dialog.set_period(Period(2027, YEAR))
    wait(qtbot, dialog)
    assert "Annual evaluation" in dialog.html and dialog.rollover_button.isVisible()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_export_writes_the_file_and_records_the_report(
    dialog, qtbot, tmp_path, monkeypatch, fmt
):
    out = tmp_path / f"march.{fmt}"
    monkeypatch.setattr(reports_dialog, "ask_path", lambda *_a: str(out))
    dialog.set_period(Period(2027, MONTH, 3))
    wait(qtbot, dialog)
    dialog.export(fmt)
    wait(qtbot, dialog)
    assert dialog.last_export == out and out.stat().st_size > 5000
    with dialog.ctx.session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "report")).all()
        assert [e.changes["report"] for e in events] == [{"period": "2027-03", "format": fmt}]


def test_next_years_plan_starts_from_the_findings(dialog, qtbot, monkeypatch):
    monkeypatch.setattr(reports_dialog, "ask_year", lambda *_a: 2028)
    dialog.set_period(Period(2027, YEAR))
    wait(qtbot, dialog)
    new_id = dialog.roll_over()
    with dialog.ctx.session() as session:
        plan = session.get(Plan, new_id)
        assert plan.year == 2028
        assert plan.introduction.startswith("EV1 品牌知名度")
    dialog.ctx.ops.undo_stack.undo()
    with dialog.ctx.session() as session:
        assert session.get(Plan, new_id) is None


def test_the_default_period_is_the_last_month_over():
    assert default_period(2027, date(2027, 4, 2)) == Period(2027, MONTH, 3)
    assert default_period(2027, date(2026, 12, 7)) == Period(2027, MONTH, 1)
    assert default_period(2027, date(2028, 2, 1)) == Period(2027, MONTH, 12)
