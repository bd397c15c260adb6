"""What readers other than Word see in the Word file (issue 27): its properties (title, the
compiler as author, dates of the export, no python-docx leftovers, no blank thumbnail) and a
table of contents whose entries carry page numbers — prefilled PAGEREF fields to bookmarks on
the headings, which LibreOffice shows as they are."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from docx.oxml.ns import qn

from tests.exchange.document.test_document import flat, pdftotext
from tests.exchange.document.test_word_export import export_docx, tracked  # noqa: F401
from tests.exchange.excel.test_excel_libreoffice import soffice_convert

pytestmark = pytest.mark.sqlite_only


def test_core_properties_name_the_plan_and_its_compiler(tracked, db_path, tmp_path):  # noqa: F811
    out = tmp_path / "plan.docx"
    document = export_docx(db_path, out)
    props = document.core_properties
    assert props.title == "社交媒體運用的年度目標計劃"
    assert props.author == "王小明" and props.last_modified_by == "王小明"
    assert props.comments == "" and "python-docx" not in (props.author + props.comments)
    now = datetime.now(UTC)
    for stamp in (props.created.replace(tzinfo=UTC), props.modified.replace(tzinfo=UTC)):
        assert now - timedelta(minutes=10) < stamp <= now + timedelta(seconds=5)
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        rels = package.read("_rels/.rels").decode()
    assert "thumbnail" not in rels and not any("thumbnail" in n for n in names)


def test_contents_entries_carry_page_numbers_outside_word(tracked, db_path, tmp_path):  # noqa: F811
    out = tmp_path / "plan.docx"
    document = export_docx(db_path, out)
    entries = [p for p in document.paragraphs if p.style.name.startswith("toc")]
    bookmarks = {
        b.get(qn("w:name")): p.text
        for p in document.paragraphs
        if p.style.name.startswith("Heading")
        for b in p._p.iter(qn("w:bookmarkStart"))
    }
    pages = []
    for entry in entries:
        text, _tab, page = entry.text.rpartition("\t")
        assert text and page.isdigit(), entry.text
        pages.append(int(page))
        instr = " ".join(i.text for i in entry._p.iter(qn("w:instrText")))
        target = instr.split("PAGEREF", 1)[1].split()[0]
        assert target in bookmarks and bookmarks[target] in text  # the entry's own heading
    assert pages == sorted(pages) and pages[0] >= 2  # after the cover
    assert len(bookmarks) == len(entries)
    # LibreOffice prints the entries with their numbers
    pdf = soffice_convert(out, tmp_path / "lo", "pdf", tmp_path / "lo-profile")
    contents = flat(pdftotext(pdf, "-f", "2", "-l", "2"))
    for entry in (entries[0], entries[-1]):
        text, _tab, page = entry.text.rpartition("\t")
        assert re.search(re.escape(flat(text)) + r"\.{3,}" + page, contents), entry.text
