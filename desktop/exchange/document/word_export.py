"""The plan document as a Word file (.docx): the same content as the PDF, in Word's own terms.

The seven sections come from ``document_sections`` (the PDF's code) through ``WordContext``,
which collects headings, paragraphs and tables as plain blocks instead of painted pieces; the
cover reads the same ``Cover`` data; the board is a table in a landscape section (``word_board``:
weeks as columns, as the workbook's board sheet), the KPI charts are the PDF's own paintings as
pictures; the plan checks close the document. Labels come
from ``document_text`` and ``document_enums``. QtGui is needed for the pictures (a QGuiApplication must exist).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from sqlalchemy.orm import Session

from desktop.exchange.document.document_approval import ROLES
from desktop.exchange.document.document_cover import Cover, read_cover
from desktop.exchange.document.document_enums import enum
from desktop.exchange.document.document_intel import forecast_words, section_load
from desktop.exchange.document.document_kpis import kpi_status
from desktop.exchange.document.document_sections import (
    checks_rows,
    section_checks,
    section_communication,
    section_goals,
    section_intro,
    section_monitoring,
    section_risks,
    section_summary,
    section_work,
)
from desktop.exchange.document.document_text import appendix, label, norm_lang
from desktop.models import Plan
from desktop.models.plan import PLACEHOLDER_NAME
from desktop.models.serialize import content_hash

from . import word_docx as w
from . import word_toc
from .word_board import board_rows, board_table

CHART_PIXELS = 0.75  # the 1,400 px chart layout drawn 1,050 px wide (~170 dpi across 16 cm)


@dataclass
class Heading:
    level: int
    text: str
    numbered: bool = True


@dataclass
class Para:
    text: str
    bullet: bool = False


@dataclass
class Table:
    headers: list[str]
    ratios: list[float]
    rows: list[Any]


Block = Heading | Para | Table  # what WordContext answers with


class WordContext:
    """What ``document_sections`` asks of its context, answered with plain blocks."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def e(self, group: str, value: str | None) -> str:
        return enum(group, value, self.lang)

    def h1(self, key: str) -> list[Block]:
        return [Heading(1, w.unnumbered(self.t(key)))]

    def heading1(self, text: str) -> list[Block]:
        return [Heading(1, text, numbered=False)]

    def h2(self, key: str) -> list[Block]:
        return [Heading(2, w.unnumbered(self.t(key)))]

    def para(self, text: str) -> list[Block]:
        return [Para(text)]

    def bullet(self, text: str) -> list[Block]:
        return [Para(text, bullet=True)]

    def table(self, keys: list[str], ratios: list[float], rows: list[Any]) -> list[Block]:
        return self.table_headed([self.t(k) for k in keys], ratios, rows)

    def table_headed(self, headers: list[str], ratios: list[float], rows: list[Any]) -> list[Block]:
        return [Table(list(headers), list(ratios), rows)]

    def space(self, height: float) -> list[Block]:
        return []  # Word spaces paragraphs by their styles


@dataclass
class WordSummary:
    headings: list[tuple[int, str]] = field(default_factory=list)
    tables: int = 0
    board_rows: int = 0
    charts: int = 0

    def __str__(self) -> str:
        return (
            f"{len(self.headings)} headings\t{self.tables} tables\t"
            f"{self.board_rows} board rows\t{self.charts} charts"
        )


def _write_blocks(
    doc: DocxDocument, blocks: list[Block], summary: WordSummary, *, new_page: bool = False
) -> None:
    for block in blocks:
        if isinstance(block, Heading):
            paragraph = w.heading(doc, block.text, block.level, numbered=block.numbered)
            if new_page:
                w.new_page(paragraph)
                new_page = False
            summary.headings.append((block.level, block.text))
        elif isinstance(block, Para):
            w.para(doc, block.text, bullet=block.bullet)
        elif isinstance(block, Table):
            w.table(doc, block.headers, block.ratios, block.rows)
            summary.tables += 1
        # anything else (the PDF's spacers) has no Word counterpart


def _cover(doc: DocxDocument, cover: Cover, summary: WordSummary) -> None:
    t = cover.t
    for _ in range(3):
        doc.add_paragraph(style="Cover Text")
    if cover.organisation:
        doc.add_paragraph(cover.organisation, style="Subtitle")
    doc.add_paragraph(cover.title, style="Title")
    doc.add_paragraph(t("year_plan").format(cover.year), style="Subtitle")
    doc.add_paragraph(
        f"{t('status')}：{cover.status}　　{t('revision')}：{cover.revision}", style="Cover Text"
    )
    note = doc.add_paragraph(style="Cover Text")
    w.text_into(note, f"{t('fingerprint')}：{cover.fingerprint}", color=w.GREY, size=8.5)
    doc.add_paragraph(style="Cover Text")
    by_role = {r["role"]: r for r in cover.signoffs if not r.get("external")}
    rows: list[list[str]] = []
    void: list[int] = []
    for n, role in enumerate(ROLES):
        sig = by_role.get(role) or {}
        signed = bool(sig.get("signer"))
        if signed and sig.get("verdict") != "valid":
            void.append(n + 1)
        rows.append(
            [
                t(role),
                cover.names.get(role) or "",
                f"{sig['signer']}\n{sig.get('verdict_text', '')}" if signed else "",
                str(sig.get("signed_at", ""))[:10] if signed else "",
            ]
        )
    rows.append([t("compiled_on"), cover.compiled_on, "", ""])
    grid = w.signature_grid(
        doc, [t(k) for k in ("role", "name", "signature", "date")], rows, Mm(13)
    )
    summary.tables += 1
    for row in grid.rows[1:]:
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    last = grid.rows[-1].cells
    w.merge(last[1], last[3])
    for n in void:  # a signature that no longer covers the content, as the PDF stamps it
        cell = grid.rows[n].cells[2]
        w.text_into(cell.add_paragraph(style="Table Heading"), t("void"), color=w.VOID_RED)
    heading = doc.add_paragraph()
    heading.add_run(t("signoffs")).bold = True
    signed_rows = [r for r in cover.signoffs if r.get("signer")]
    if signed_rows:
        keys = ("role", "signer", "time", "meaning", "fingerprint", "verdict")
        w.table(
            doc,
            [t(k) for k in keys],
            [0.10, 0.13, 0.17, 0.20, 0.20, 0.20],
            [
                [
                    r.get("role_label", r.get("role", "")),
                    r["signer"],
                    str(r.get("signed_at", "")).replace("T", " "),
                    r.get("meaning", ""),
                    r.get("fingerprint", ""),
                    r.get("verdict_text", ""),
                ]
                for r in signed_rows
            ],
        )
        summary.tables += 1
    else:
        w.text_into(doc.add_paragraph(), t("unsigned_note"), color=w.GREY, size=9)
    if cover.audit_head:
        w.text_into(
            doc.add_paragraph(), f"{t('audit_head')}：{cover.audit_head}", color=w.GREY, size=8.5
        )


def build_docx(
    session: Session | None, plan: Plan, *, lang: str | None = None, today: date | None = None
) -> tuple[DocxDocument, WordSummary]:
    """The Word document of ``plan`` (read inside ``session``, which gives the sign-offs)."""
    lang = norm_lang(lang or plan.language)
    c = WordContext(lang)
    summary = WordSummary()
    fingerprint = content_hash(plan)[:12]
    doc = w.open_template(lang)
    first_shape_id = doc.part.next_id  # drawing ids: only pictures have them (scanned while small)
    number = 1
    board_title = appendix(number, "appendix_board", lang)
    board = board_rows(plan, lang)
    number += 1 if board else 0
    series, kpi_rows = kpi_status(plan, lang, today)
    kpi_title = appendix(number, "appendix_kpi", lang) if series else ""
    number += 1 if series else 0
    load_title = appendix(number, "appendix_load", lang)
    number += 1
    checks_title = appendix(number, "appendix_checks", lang)

    blocks: list[Block] = []
    for part in (
        section_intro(plan, c),
        section_goals(plan, c),
        section_work(plan, c, board_note=bool(board)),
        section_risks(plan, c),
        section_monitoring(plan, c, kpi_rows),
        section_communication(plan, c),
        section_summary(plan, c),
    ):
        blocks += part
    checks = section_load(plan, c, load_title)  # the team-load appendix (issue 28)
    checks += section_checks(checks_rows(plan, c, today), c, checks_title)

    _cover(doc, read_cover(session, plan, lang, fingerprint), summary)
    toc = [b for b in blocks if isinstance(b, Heading)]
    toc += [
        Heading(1, text, numbered=False)
        for text in (board_title if board else "", kpi_title, load_title, checks_title)
        if text
    ]
    names = [f"_Toc{n + 1:06d}" for n in range(len(toc))]
    numbered = _numbered(toc, lang)
    page_numbers = word_toc.contents(
        doc,
        label("contents", lang),
        [(level, text, name) for (level, text), name in zip(numbered, names, strict=True)],
        w.content_width(doc),
    )
    _write_blocks(doc, blocks, summary, new_page=True)
    if board:
        w.new_section(doc, landscape=True)
        w.heading(doc, board_title, 1, numbered=False)
        summary.headings.append((1, board_title))
        summary.board_rows = board_table(doc, plan, board, lang, w.content_width(doc))
        w.new_section(doc, landscape=False)
    after_break = bool(board)  # a new section starts on a new page already
    if series:
        _kpi_charts(doc, series, kpi_title, lang, summary, first_shape_id, new_page=not after_break)
        after_break = False
    _write_blocks(doc, checks, summary, new_page=not after_break)
    header_right = (
        (f"{plan.organisation} · " if plan.organisation else "")
        + label("year_plan", lang).format(plan.year)
        + f" · {enum('status', plan.status, lang)}"
    )
    footer = (
        label("rev_short", lang).format(plan.revision),
        label("page", lang),
        label("fp_short", lang).format(fingerprint),
    )
    for section in doc.sections:
        w.header_footer(section, plan.title, header_right, footer)
    word_toc.bookmark_headings(doc, [(h.level, h.text) for h in toc], names)
    word_toc.fill_pages(doc, page_numbers, names)
    compiler = (plan.compiler or "").strip()
    w.core_properties(
        doc,
        title=plan.title,
        subject=label("year_plan", lang).format(plan.year),
        language=lang.replace("_", "-"),
        author="" if compiler == PLACEHOLDER_NAME else compiler,
        revision=plan.revision or 1,
    )
    return doc, summary


def _numbered(entries: list[Heading], lang: str) -> list[tuple[int, str]]:
    """Table-of-contents lines with the numbers Word's heading numbering shows."""
    out, h1, h2 = [], 0, 0
    numerals = "一二三四五六七八九十"
    for entry in entries:
        text = entry.text
        if not entry.numbered:
            out.append((entry.level, text))
        elif entry.level == 1:
            h1, h2 = h1 + 1, 0
            out.append((1, f"{h1}. {text}" if lang == "en" else f"{numerals[h1 - 1]}、{text}"))
        else:
            h2 += 1
            out.append((2, f"{h1}.{h2} {text}" if lang == "en" else f"{h2}. {text}"))
    return out


def _kpi_charts(
    doc: DocxDocument,
    series: list[Any],
    title: str,
    lang: str,
    summary: WordSummary,
    first_shape_id: int,
    *,
    new_page: bool,
) -> None:
    heading = w.heading(doc, title, 1, numbered=False)
    if new_page:
        w.new_page(heading)
    summary.headings.append((1, title))
    width = w.content_width(doc)
    px = 700
    for n, s in enumerate(series):
        name = f"{s.spec.code} {s.spec.name}"
        w.heading(doc, name, 2, numbered=False)
        summary.headings.append((2, name))
        image = _chart_image(s, px * 2, px, lang)
        w.picture(doc, image, width, first_shape_id + n).paragraph_format.space_after = Pt(6)
        w.para(doc, forecast_words(s.spec, lang))  # the year-end forecast (issue 28)
        summary.charts += 1


def _chart_image(series: Any, width: int, height: int, lang: str) -> Any:
    """The chart laid out ``width`` x ``height`` and drawn at ``CHART_PIXELS`` of that size
    (a PNG of three quarters the pixels encodes in about half the time)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from desktop.render.kpi_chart import paint_kpi_chart

    image = QImage(
        round(width * CHART_PIXELS), round(height * CHART_PIXELS), QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(CHART_PIXELS, CHART_PIXELS)
        paint_kpi_chart(painter, QRectF(0, 0, width, height), series, lang=lang)
    finally:
        painter.end()
    return image


def write_docx(
    session: Session | None,
    plan: Plan,
    path: str | Path,
    *,
    lang: str | None = None,
    today: date | None = None,
) -> WordSummary:
    """Build and save the Word document; returns what it holds."""
    doc, summary = build_docx(session, plan, lang=lang, today=today)
    doc.save(str(path))
    return summary
