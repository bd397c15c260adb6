"""The progress report in Word, on the plan document's template (``exchange/document/
word_docx``): Word numbers the headings, the cover carries the period, the plan, revision and
status, and a table for the author's and the reviewer's signatures.

Tables are built from XML: the header row with ``word_docx.table`` (its widths, shading and
repeat flag), then every body row as text, parsed once and appended (python-docx's ``add_row``
copies the whole grid per row and is slow on a big plan's month of daily occurrences).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.shared import Mm

from desktop.exchange.document import word_docx as w
from desktop.exchange.document.document_text import norm_lang
from desktop.models.report import Report

from .report_blocks import Heading, Para, Table, report_blocks
from .report_pdf import colon, cover_meta
from .report_text import rt

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text: str, bold: bool) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    lines = escape(text).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)
    return f"<w:r>{props}{body}</w:r>"


def _cell(text: str, width: int, style: str, *, span: int = 1, fill: str = "") -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    para_props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{para_props}{_run(text, bool(fill))}</w:p></w:tc>"


def fast_table(doc: DocxDocument, block: Table) -> Any:
    """A table like ``word_docx.table`` with all body rows added in one XML parse."""
    grid = w.table(doc, block.headers, block.ratios, [])
    widths = [int(c.width.twips) if c.width is not None else 1000 for c in grid.columns]
    style = doc.styles["Table Text"].style_id
    rows = []
    for row in block.rows:
        if isinstance(row, str):
            cells = _cell(row, sum(widths), style, span=len(widths), fill=w.GROUP_FILL)
        else:
            cells = "".join(
                _cell(str(text), width, style) for text, width in zip(row, widths, strict=True)
            )
        rows.append(f'<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>{cells}</w:tr>')
    if rows:
        parsed = parse_xml(f'<w:tbl xmlns:w="{_W}">{"".join(rows)}</w:tbl>')
        for tr in list(parsed):
            grid._tbl.append(tr)
    return grid


def _cover(doc: DocxDocument, report: Report, lang: str) -> None:
    plan = report.plan

    def t(key: str) -> str:
        return rt(key, lang)

    for _ in range(3):
        doc.add_paragraph(style="Cover Text")
    if plan.get("organisation"):
        doc.add_paragraph(plan["organisation"], style="Subtitle")
    doc.add_paragraph(report.period.title(lang), style="Title")
    doc.add_paragraph(report.period.label(lang), style="Subtitle")
    doc.add_paragraph(plan["title"], style="Subtitle")
    doc.add_paragraph(cover_meta(report, lang), style="Cover Text")
    produced = f"{t('produced')}{colon(lang)}{report.today.isoformat()}"
    doc.add_paragraph(produced, style="Cover Text")
    doc.add_paragraph(style="Cover Text")
    names = [plan.get("compiler") or "", plan.get("reviewer") or ""]
    rows = [
        [t("author"), names[0] if names[0].strip("X") else "", "", ""],
        [t("reviewer"), names[1] if names[1].strip("X") else "", "", ""],
    ]
    w.signature_grid(doc, [t(k) for k in ("role", "name", "signature", "date")], rows, Mm(15))


def build_report_docx(report: Report, lang: str) -> DocxDocument:
    lang = norm_lang(lang)
    doc = w.open_template(lang)
    doc.core_properties.title = f"{report.period.title(lang)} {report.period.label(lang)}"
    doc.core_properties.subject = report.plan["title"]
    doc.core_properties.language = lang.replace("_", "-")
    _cover(doc, report, lang)
    first = True
    for block in report_blocks(report, lang):
        if isinstance(block, Heading):
            paragraph = w.heading(doc, w.unnumbered(block.text), block.level)
            if first:
                w.new_page(paragraph)
                first = False
        elif isinstance(block, Para):
            w.para(doc, block.text, bullet=block.bullet)
        elif isinstance(block, Table):
            fast_table(doc, block)
    footer = (
        rt("revision", lang) + f" {report.plan['revision']}",
        _page_label(lang),
        report.plan.get("fingerprint", ""),
    )
    right = f"{report.period.title(lang)} · {report.period.label(lang)}"
    for section in doc.sections:
        w.header_footer(section, report.plan["title"], right, footer)
    return doc


def _page_label(lang: str) -> str:
    from desktop.exchange.document.document_text import label

    return label("page", lang)


def write_report_docx(report: Report, out: str | Path, lang: str) -> str:
    """Write the Word report; returns "N tables"."""
    doc = build_report_docx(report, lang)
    doc.save(str(out))
    return f"{len(doc.tables)} tables"
