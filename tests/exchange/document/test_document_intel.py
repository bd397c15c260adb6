"""The printed plan's look-ahead parts: the team-load appendix (PDF and Word), the forecast
under each KPI chart, and "changes since revision N" for a reviewer of revision 2."""

from __future__ import annotations

import pytest
from docx import Document

from desktop.cli import main
from desktop.models import Kpi, KpiActual, Team
from desktop.models.team_load import plan_load
from desktop.operations import find_plan
from tests.commands.test_diff_command import make_revision
from tests.exchange.document.test_document import flat, pdftotext

pytestmark = pytest.mark.sqlite_only


def test_pdf_appendices_for_a_reviewer_of_revision_2(sample_ws, db_path, tmp_path):
    ws, uuid = sample_ws
    with ws.write() as session:
        kpi = session.query(Kpi).filter_by(code="a1").one()
        for month, value in enumerate([50, 52, 53, 55], start=1):
            session.add(KpiActual(kpi=kpi, month=month, value=value))

    def edit(data):
        data["risks"][0]["likelihood"] = 1
        for team in data["teams"]:
            team["color"] = team["color"]

    new = make_revision(ws, uuid, edit)
    with ws.write() as session:
        session.query(Team).filter(Team.name == "內容策劃團隊").filter(
            Team.plan_id == find_plan(session, new).id
        ).one().weekly_limit = 1
    out = tmp_path / "r2.pdf"
    assert main(["print", "--db", str(db_path), "--plan", new, "--pdf", str(out)]) == 0
    text = flat(pdftotext(out, "-layout"))
    assert flat("附錄二 指標圖表") in text
    assert flat("12 月預測：67.7 %（80 % 區間 65.1–70.3）；達到 80 % 的機會為 5 %") in flat(
        pdftotext(out).replace("‒", "–")
    )
    assert flat("附錄三 團隊負荷") in text
    with ws.session() as session:
        weeks = [w for w in plan_load(find_plan(session, new)) if w.team == "內容策劃團隊"]
    over = sum(w.count > 1 for w in weeks)
    assert flat("內容策劃團隊 1 2: 2026-W53、2027-W05") in text
    assert flat(f"{len(weeks)} {over}: 2026-W53 (2)") in text
    assert flat("附錄四 自修訂 1 以來的變更") in text
    assert flat("風險 R1 內容質量不達標 可能性: 3 → 1") in text
    assert flat("附錄五 計劃檢查") in text


def test_first_revision_has_no_changes_appendix_and_word_has_the_load(sample_ws, db_path, tmp_path):
    _ws, uuid = sample_ws
    out = tmp_path / "r1.pdf"
    assert (
        main(["print", "--db", str(db_path), "--plan", uuid, "--pdf", str(out), "--paper", "A4"])
        == 0
    )
    assert "以來的變更" not in pdftotext(out)
    docx = tmp_path / "r1.docx"
    assert main(["export", "--db", str(db_path), "--plan", uuid, "--docx", str(docx)]) == 0
    document = Document(str(docx))
    load = next(t for t in document.tables if t.rows[0].cells[0].text == "團隊")
    teams = [r.cells[0].text for r in load.rows[1:]]
    assert teams[0] == "內容策劃團隊" and len(teams) == 9
