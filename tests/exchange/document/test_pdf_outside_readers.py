"""What PDF readers get from the plan PDF (issue 27): KPI charts as vector graphics (their
text in the text layer, no image XObjects), an outline entry for every section and appendix
that opens its page, the document language, and the same bytes for the same content."""

from __future__ import annotations

import re
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.exchange.document.document_text import label
from desktop.models import KpiActual
from desktop.operations import run_change
from tests.exchange.document.test_document import flat, pdftotext

pytestmark = pytest.mark.sqlite_only  # the document does not depend on the database


@pytest.fixture
def charted(sample_ws):
    """The sample plan with actuals for two KPIs (two charts)."""
    ws, uuid = sample_ws

    def apply(session, plan):
        for code in ("a1", "c2"):
            kpi = next(k for g in plan.goals for k in g.kpis if k.code == code)
            for month, value in ((1, 11.0), (2, 13.0), (3, 16.0)):
                session.add(KpiActual(kpi=kpi, month=month, value=value, source="test"))

    run_change(ws, uuid, "actuals", apply)
    return ws, uuid


def print_pdf(cli, db: Path, out: Path, *extra: str) -> bytes:
    done = cli("print", "--db", str(db), "--pdf", str(out), *extra)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def image_count(path: Path) -> int:
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return len(listing) - 2


def test_kpi_charts_are_vectors_with_searchable_text(charted, db_path, tmp_path, cli):
    out = tmp_path / "plan.pdf"
    print_pdf(cli, db_path, out)
    assert image_count(out) == 0  # the charts are drawn, not pictures
    text = flat(pdftotext(out))
    for word in ("a1目標用戶品牌認知度（%）", "c2廣告點擊率（%）", "12月", "未達標", "3月應達"):
        assert word in text, word
    assert "⽤" not in text and "⽬" not in text  # no Kangxi look-alikes


def test_outline_lists_every_section_and_appendix_and_the_language_is_set(
    charted, db_path, tmp_path, cli
):
    out = tmp_path / "plan.pdf"
    data = print_pdf(cli, db_path, out)
    reader = PdfFileReader(BytesIO(data))
    assert str(reader.root["/Lang"]) == "zh-TW"
    items = []
    item = reader.root["/Outlines"]["/First"]
    while True:
        page = item["/Dest"].raw_get(0)
        number = next(
            n
            for n in range(reader.root["/Pages"]["/Count"])
            if reader.find_page_for_modification(n)[0].idnum == page.idnum
        )
        items.append((str(item["/Title"]), number + 1))
        if "/Next" not in item:
            break
        item = item["/Next"]
    titles = [t for t, _ in items]
    sections = [label(f"s{n}", "zh_TW") for n in range(1, 8)]
    assert titles[:7] == sections and all(t.startswith("附錄") for t in titles[7:])
    assert titles[7:9] == ["附錄一 任務看板", "附錄二 指標圖表"] and titles[-1].endswith("計劃檢查")
    for title, page in items:  # each entry opens the page its heading is on
        assert flat(title) in flat(pdftotext(out, "-f", str(page), "-l", str(page))), title
    xml = subprocess.run(
        ["pdftohtml", "-q", "-xml", "-i", "-stdout", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.findall(r'<item page="\d+">([^<]+)</item>', xml) == titles  # poppler reads it


def test_pdf_for_signature_keeps_the_outline(charted, db_path, tmp_path, cli):
    signed = tmp_path / "sig.pdf"
    data = print_pdf(cli, db_path, signed, "--for-signature")
    reader = PdfFileReader(BytesIO(data))
    assert "/Outlines" in reader.root and str(reader.root["/Lang"]) == "zh-TW"
    assert "/AcroForm" in reader.root  # the signature fields came on top
    outline = reader.root["/Outlines"]
    assert str(outline["/First"]["/Title"]) == "一、引言" and outline["/Count"] >= 9


def test_outline_update_is_deterministic():
    from desktop.exchange.pdf.pdf_outline import add_outline

    pdf = _minimal_pdf()
    first = add_outline(pdf, [("一、引言", 1)], "zh_CN")
    assert first == add_outline(pdf, [("一、引言", 1)], "zh_CN")
    reader = PdfFileReader(BytesIO(first))
    assert reader.xrefs.total_revisions == 1
    assert str(reader.root["/Lang"]) == "zh-CN"
    assert str(reader.root["/Outlines"]["/First"]["/Title"]) == "一、引言"


def _minimal_pdf() -> bytes:
    """A one-page PDF with a classic cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(objects) + 1))
    for at in offsets:
        out.write(b"%010d 00000 n\r\n" % at)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()
