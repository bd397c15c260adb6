"""``plandesk report`` (issue 29): notes and done marks travel in the workbook's Progress sheet
and appear in the report; PDF and Word reports in the plan's language; an approved plan's
signatures stay valid; producing a report is recorded and ``check`` counts the months."""

from __future__ import annotations

import json
import subprocess
from datetime import date

import openpyxl
import pytest
from docx import Document
from sqlalchemy import select

from desktop.cli import main
from desktop.exchange.excel.excel_import import preview, read_import
from desktop.models import AuditEvent, Subtask
from desktop.models.sample import add_sample_plan
from desktop.models.serialize import canonical_json, content_dump
from desktop.operations import find_plan, run_change
from desktop.operations.board import toggle_done
from desktop.operations.import_plan import apply_import, plan_target
from desktop.operations.notes import set_note
from desktop.store import open_workspace
from tests.approved import make_approved_plan, verify_ok
from tests.exchange.excel.test_excel_roundtrip import dump_text, export, import_into

pytestmark = pytest.mark.sqlite_only  # the command line on the workspace file

PROGRESS = "進度 (Progress)"


@pytest.fixture(autouse=True)
def _application(qapp):
    """A QApplication before the command's own QGuiApplication, so that widget tests running
    later in the same session still get one."""
    return qapp


def report_json(db, uuid, period: str, capsys) -> dict:
    capsys.readouterr()
    args = ["report", "--db", str(db), "--plan", uuid, "--period", period, "--json"]
    assert main([*args, "--as-of", "2027-04-02"]) == 0
    return json.loads(capsys.readouterr().out)


def sub_id(ws, code: str) -> int:
    with ws.session() as session:
        return session.scalars(select(Subtask.id).where(Subtask.code == code)).one()


def content(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(content_dump(find_plan(session, uuid)))


def test_notes_and_done_marks_round_trip_through_the_workbook(sample_ws, tmp_path):
    ws, uuid = sample_ws
    sub = sub_id(ws, "T3.2")
    run_change(ws, uuid, "done", toggle_done(sub, date(2027, 3, 29)))
    run_change(ws, uuid, "note", set_note(sub, date(2027, 3, 29), "素材遲交", "改期"))
    run_change(ws, uuid, "note", set_note(sub, date(2027, 5, 24), "場地未定", ""))
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    sheet = openpyxl.load_workbook(path)[PROGRESS]
    assert [c.value for c in sheet[1]][2:] == [
        "完成情況 (Progress)",
        "問題 (Problem)",
        "解決方案 (Solution)",
    ]
    assert [c.value for c in sheet[3]][2:] == ["未完成", "場地未定", None]
    other = open_workspace(tmp_path / "other.db")
    try:
        new = import_into(other, path)
        assert dump_text(other, new) == dump_text(ws, uuid)
    finally:
        other.close()


def test_workbook_progress_of_an_approved_plan_shows_in_the_report(
    sample_ws, db_path, tmp_path, capsys
):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid)
    signed = content(ws, uuid)
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    book[PROGRESS].append(["T1.1", date(2027, 3, 1)])  # an older workbook's row: done
    book[PROGRESS].append(["T1.3", date(2027, 3, 15), "未完成", "審核人員請假", "下周補審"])
    book[PROGRESS].append(["T2.1", date(2027, 3, 2), "已完成", "", ""])
    book.save(tmp_path / "tracked.xlsx")
    result = read_import(tmp_path / "tracked.xlsx")
    assert not result.errors, [p.text() for p in result.errors]
    with ws.session() as session:
        target = plan_target(session, result.data)
    assert target.kind == "track"
    progress = {d.section: d for d in preview(target.old, result.data)}["progress"]
    assert "T1.3/2027-03-15/note" in progress.added
    apply_import(ws, result)
    assert content(ws, uuid) == signed
    data = report_json(db_path, uuid, "2027-03", capsys)
    tasks = {t["code"]: t for t in data["tasks"]}
    assert tasks["T1.1"]["done"] == 1 and tasks["T2.1"]["done"] == 1
    assert tasks["T1.3"]["notes"] == [
        {"date": "2027-03-15", "problem": "審核人員請假", "solution": "下周補審"}
    ]
    assert (data["due"], data["done"], data["completion"]) == (100, 2, 0.02)
    out = tmp_path / "march.pdf"
    args = ["report", "--db", str(db_path), "--period", "2027-03", "--as-of", "2027-04-02"]
    assert main([*args, "--pdf", str(out)]) == 0  # the workspace is open: not recorded
    ws.close()
    assert main([*args, "--pdf", str(out)]) == 0
    ws = open_workspace(db_path)
    assert content(ws, uuid) == signed and verify_ok(ws, uuid) == []
    ws.close()
    assert main(["verify", "--db", str(db_path), "--plan", uuid]) == 0  # plandesk verify
    ws = open_workspace(db_path)
    with ws.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "report")).one()
        assert event.changes == {"report": {"period": "2027-03", "format": "pdf"}}
    ws.close()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for words in ("月度進度報告", "2027年3月", "內容選題", "審核人員請假", "下周補審", "審核人"):
        assert words in text


@pytest.mark.parametrize("lang", ["zh_TW", "en"])
def test_word_and_pdf_quarter_reports_in_each_language(sample_ws, db_path, tmp_path, lang):
    ws, uuid = sample_ws
    run_change(ws, uuid, "note", set_note(sub_id(ws, "T1.1"), date(2027, 5, 1), "延誤", "加人"))
    args = ["report", "--db", str(db_path), "--period", "2027-Q2", "--lang", lang]
    assert main([*args, "--docx", str(tmp_path / "q2.docx"), "--as-of", "2027-07-02"]) == 0
    doc = Document(str(tmp_path / "q2.docx"))
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert {"延誤", "加人", "T1.1", "內容選題"} <= cells
    title = "Quarterly summary report" if lang == "en" else "季度工作總結報告"
    assert title in {p.text for p in doc.paragraphs}
    compare = "This quarter" if lang == "en" else "本季度"
    assert compare in cells  # compared with Q1
    assert main([*args, "--pdf", str(tmp_path / "q2.pdf")]) == 0
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "q2.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert title in text and "延誤" in text


def test_check_warns_about_months_over_without_a_report(ws, db_path, tmp_path, capsys):
    today = date.today()
    year = today.year if today.month > 1 else today.year - 1
    with ws.write() as session:
        uuid = add_sample_plan(session, year=year).uuid
    capsys.readouterr()
    main(["check", "--db", str(db_path)])
    over = [m for m in range(1, 13) if date(year, m, 28) < today.replace(day=1)]
    lines = [ln for ln in capsys.readouterr().out.splitlines() if "progress report" in ln]
    assert [ln.split("for ")[-1] for ln in lines] == [f"{year}-{m:02d}" for m in over]
    period = f"{year}-{over[0]:02d}"
    out = tmp_path / "r.docx"
    ws.close()
    assert main(["report", "--db", str(db_path), "--period", period, "--docx", str(out)]) == 0
    main(["check", "--db", str(db_path), "--plan", uuid])
    assert f"produced for {period}\n" not in capsys.readouterr().out
