"""``plandesk export --docx``: python-docx reads back every heading and table of the plan
document; LibreOffice turns it into a PDF with the headings' numbers, CJK text and the board
on landscape pages (needs soffice: make test installs libreoffice-writer-nogui)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from sqlalchemy import select

from desktop.cli import main
from desktop.exchange.document.document_text import label
from desktop.models import KpiActual, Plan
from desktop.models.sample import sample_data
from desktop.operations import run_change
from tests.exchange.document.test_document import APPROVAL, flat, page_sizes, pdftotext
from tests.exchange.excel.test_excel_libreoffice import soffice_convert

pytestmark = pytest.mark.sqlite_only  # the document does not depend on the database
SECTIONS = ("s1", "s2", "s3", "s4", "s5", "s6", "s7")
SUBSECTIONS = (
    "goals",
    "tasks",
    "breakdown",
    "timetable",
    "resources",
    "risk_id",
    "measures",
    "monitoring",
    "evaluation",
    "kpi_status",
    "communication",
    "collaboration",
    "summary",
    "outlook",
)


def export_docx(db: Path, out: Path) -> Any:
    assert main(["export", "--db", str(db), "--docx", str(out)]) == 0
    return docx.Document(str(out))


def headings(document: Any) -> list[tuple[str, str, str | None]]:
    """(style, text, numId of the paragraph itself) of every heading paragraph."""
    out = []
    for p in document.paragraphs:
        if p.style.name.startswith("Heading"):
            num = p._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            out.append((p.style.name, p.text, None if num is None else num.get(qn("w:val"))))
    return out


def header_texts(table: Any) -> list[str]:
    return [c.text for c in table.rows[0].cells]


@pytest.fixture
def tracked(sample_ws):
    """The sample plan with a compiler, a date and KPI actuals (for the charts appendix)."""
    ws, uuid = sample_ws

    def apply(session, plan):
        from datetime import date

        plan.compiler, plan.compiled_on = "王小明", date(2027, 1, 5)
        kpi = next(k for g in plan.goals for k in g.kpis if k.code == "c2")
        for month, value in ((1, 1.1), (2, 1.3), (3, 1.6)):
            session.add(KpiActual(kpi=kpi, month=month, value=value, source="test"))

    run_change(ws, uuid, "names and actuals", apply)
    return ws, uuid


def test_word_document_reads_back_every_heading_and_table(tracked, db_path, tmp_path):
    document = export_docx(db_path, tmp_path / "plan.docx")
    zh = "zh_TW"
    strip = {"s1": "引言", "goals": "主要目標"}
    got = headings(document)
    level1 = [text for style, text, _ in got if style == "Heading 1"]
    sections = [label(k, zh).split("、", 1)[1] for k in SECTIONS]
    assert sections[0] == strip["s1"]
    assert level1 == [
        *sections,
        "附錄一 任務看板",
        "附錄二 指標圖表",
        "附錄三 團隊負荷",
        "附錄四 計劃檢查",
    ]
    level2 = [text for style, text, num in got if style == "Heading 2" and num is None]
    assert level2 == [label(k, zh).split(". ", 1)[1] for k in SUBSECTIONS]
    assert level2[0] == strip["goals"]
    # numbered by the heading styles' list (一、 / 1.), appendices switched off
    for name, level in (("Heading 1", "0"), ("Heading 2", "1")):
        ppr = document.styles[name].element.pPr
        assert ppr.find(f"{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val")) == "90"
        assert ppr.find(qn("w:outlineLvl")).get(qn("w:val")) == level
    assert {num for _s, text, num in got if text.startswith("附錄")} == {"0"}
    assert ("Heading 2", "c2 廣告點擊率", "0") in got
    toc = [
        (p.style.name, p.text.rsplit("\t", 1)[0])
        for p in document.paragraphs
        if p.style.name.startswith("toc")
    ]
    assert toc[:3] == [
        ("toc 1", "一、引言"),
        ("toc 1", "二、工作目標與任務概述"),
        ("toc 2", "1. 主要目標"),
    ]
    assert toc[-1] == ("toc 1", "附錄四 計劃檢查") and len(toc) == len(got) - 1  # not the chart
    # every table: the approval block, the sections' tables and the checks appendix
    tables = [header_texts(t) for t in document.tables]
    assert tables[0] == ["職責", "姓名", "簽名", "日期"]
    assert [r.cells[0].text for r in document.tables[0].rows[1:]] == list(APPROVAL)
    assert document.tables[0].rows[1].cells[1].text == "王小明"
    assert document.tables[0].rows[4].cells[1].text == "2027年1月5日"
    expected = [
        ["編號", "目標", "說明", "關鍵指標與目標值"],
        ["編號", "任務", "說明", "重要性", "預期成果"],
        ["編號", "子任務", "責任人", "完成時間", "所需資源"],
        ["編號", "里程碑", "責任人", "完成時間", "依賴的子任務"],
        ["類別", "項目", "說明", "數量/金額", "來源"],
        ["編號", "風險", "類別", "影響程度", "可能性", "影響", "分數（等級）"],
        ["編號", "風險", "具體措施", "責任人", "執行時間", "確保措施"],
        ["編號", "項目", "說明", "時間", "責任人"],
        ["編號", "項目", "說明", "時間"],
        ["編號", "指標", "目標", "最新實際值", "狀態"],
        ["編號", "項目", "說明"],
        ["編號", "項目", "說明"],
        ["團隊", "每周上限", "最忙的周（項目數）", "有安排的周數", "超過上限的周"],
        ["嚴重程度", "位置", "問題"],
    ]
    board = next(t for t in document.tables if len(header_texts(t)) > 40)  # weeks as columns
    assert [h for h in tables[1:] if len(h) <= 40] == expected  # and the board table
    assert header_texts(board)[:5] == ["編號", "子任務", "責任人", "時間", "1月"]
    assert [c.text for c in board.rows[1].cells[4:9]] == ["1", "2", "3", "4", "5"]  # weeks
    first = next(r for r in board.rows if r.cells[0].text == "T1.1")
    assert [c.text for c in first.cells[1:4]] == ["內容選題", "內容策劃團隊", "每月第一周"]
    shaded = first._tr.findall(f".//{qn('w:shd')}")
    assert len(shaded) == 12  # week 1 of every month, in the team's colour
    breakdown = document.tables[3]
    codes = [r.cells[0].text for r in breakdown.rows[1:]]
    data = sample_data()
    for task in data["tasks"]:
        assert f"{task['code']} {task['title']}" in codes  # the group rows
        for sub in task["subtasks"]:
            row = next(r for r in breakdown.rows if r.cells[0].text == sub["code"])
            assert [c.text for c in row.cells[1:3]] == [sub["title"], sub["owner"]]
    checks = document.tables[-1]
    assert any("T5.2" in r.cells[1].text and "5月" not in r.cells[2].text for r in checks.rows)
    # the board: a landscape section of pictures, then portrait again
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    assert len(document.inline_shapes) == 1  # the KPI chart (the board is a table)
    # CJK in the East Asian slot, for the plan's language
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts.get(qn("w:eastAsia")) == "Noto Sans CJK TC"
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:eastAsia")) == "zh-TW"
    assert document.core_properties.title == "社交媒體運用的年度目標計劃"


def test_simplified_chinese_plan_uses_the_sc_font(sample_ws, db_path, tmp_path):
    ws, uuid = sample_ws

    def apply(_session, plan):
        plan.language = "zh_CN"

    run_change(ws, uuid, "language", apply, tables=("plan",))
    document = export_docx(db_path, tmp_path / "cn.docx")
    fonts = document.styles.element.find(qn("w:docDefaults")).find(
        f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}"
    )
    assert fonts.get(qn("w:eastAsia")) == "Noto Sans CJK SC"
    assert [t for s, t, _ in headings(document) if s == "Heading 1"][1] == "工作目标与任务概述"
    assert header_texts(document.tables[0]) == ["职责", "姓名", "签名", "日期"]


def test_signed_cover_lists_the_signoffs(sample_ws, db_path, tmp_path, monkeypatch):
    import desktop.signoff.records as records

    ws, uuid = sample_ws
    with ws.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        real_rows = records.signoff_rows(session, plan, "zh_TW")
    void = dict(
        real_rows[0],
        signer="王小明",
        signed_at="2027-01-05T09:30:00Z",
        meaning="編制並提交審核",
        fingerprint="abcd 1234",
        verdict="void",
        verdict_text="失效：簽署後內容已更改 (goals)",
    )
    monkeypatch.setattr(records, "signoff_rows", lambda *_a, **_k: [void, *real_rows[1:]])
    document = export_docx(db_path, tmp_path / "signed.docx")
    approval, record = document.tables[0], document.tables[1]
    assert "王小明" in approval.rows[1].cells[2].text and "作廢" in approval.rows[1].cells[2].text
    assert header_texts(record) == ["職責", "簽署人", "時間", "含義", "內容指紋", "狀態"]
    assert [c.text for c in record.rows[1].cells][1:] == [
        "王小明",
        "2027-01-05 09:30:00Z",
        "編制並提交審核",
        "abcd 1234",
        "失效：簽署後內容已更改 (goals)",
    ]


def test_libreoffice_pdf_of_the_word_file(tracked, db_path, tmp_path):
    out = tmp_path / "plan.docx"
    export_docx(db_path, out)
    pdf = soffice_convert(out, tmp_path / "lo", "pdf", tmp_path / "lo-profile")
    text = flat(pdftotext(pdf))
    for key in SECTIONS:  # the numbers come from Word numbering, not from the text
        assert flat(label(key, "zh_TW")) in text, key
    for word in (
        "1.主要目標",
        "2.關鍵任務",
        "3.資源分配",
        *APPROVAL,
        "王小明",
        "T5.2策略調整與優化",
        "附錄四計劃檢查",
        "第1頁/共",
    ):
        assert word in text, word
    assert "□" not in text and "\ufffd" not in text
    sizes = page_sizes(pdf)
    landscape = [i for i, (w, h) in enumerate(sizes, 1) if w > h]
    assert len(landscape) >= 1 and sizes[0][1] > sizes[0][0]
    # no empty page: every page has body text or a picture
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    with_images = {int(line.split()[0]) for line in listing}
    for page in range(1, len(sizes) + 1):
        lines = [
            ln for ln in pdftotext(pdf, "-f", str(page), "-l", str(page)).splitlines() if ln.strip()
        ]
        assert len(lines) > 5 or page in with_images, f"page {page} is empty"
