"""The progress report as a PDF, laid out like the plan document (``exchange/document``): the
same page header and footer, fonts (derived CJK fonts, so the text layer extracts to the same
characters), headings and tables; a cover with the period, the plan, its revision and status,
the author and a place for the reviewer's signature."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from desktop.exchange.document.document_approval import text_cell
from desktop.exchange.document.document_cover import _centered
from desktop.exchange.document.document_enums import enum
from desktop.exchange.document.document_layout import (
    GRID,
    HEAD_FILL,
    PORTRAIT,
    FullPage,
    Stream,
    heading,
    paginate,
    table,
)
from desktop.exchange.document.document_sections import Context, Styles
from desktop.exchange.document.document_text import norm_lang
from desktop.exchange.document.plan_document import (
    PlanDocument,
    content_rect,
    make_styles,
)
from desktop.models.report import Report

from .report_blocks import Heading, Para, Table, report_blocks
from .report_text import rt


def _cover(report: Report, lang: str, styles: Styles) -> Any:
    plan = report.plan

    def paint(painter: QPainter, rect: QRectF) -> None:
        def t(key: str) -> str:
            return rt(key, lang)

        y = rect.top() + rect.height() * 0.08
        if plan.get("organisation"):
            y = _centered(painter, rect, y, plan["organisation"], styles.subtitle)
        y = rect.top() + rect.height() * 0.2
        y = _centered(painter, rect, y, report.period.title(lang), styles.title)
        y = _centered(painter, rect, y + 10, report.period.label(lang), styles.subtitle)
        y = _centered(painter, rect, y + 24, plan["title"], styles.h2)
        y = _centered(painter, rect, y + 10, cover_meta(report, lang), styles.body, GREY)
        when = report.today.isoformat() if lang == "en" else _long_date(report.today)
        produced = f"{t('produced')}{colon(lang)}{when}"
        _centered(painter, rect, y + 4, produced, styles.body, GREY)
        _signatures(painter, rect, rect.top() + rect.height() * 0.52, report, lang, styles)

    return paint


GREY = QColor("#333333")


def colon(lang: str) -> str:
    return ": " if lang == "en" else "："


def cover_meta(report: Report, lang: str) -> str:
    """Plan status and revision, as the cover shows them."""
    status = enum("status", report.plan["status"], lang)
    c, gap = colon(lang), "    " if lang == "en" else "　　"
    return f"{rt('status', lang)}{c}{status}{gap}{rt('revision', lang)}{c}{report.plan['revision']}"


def _long_date(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def _signatures(
    painter: QPainter, rect: QRectF, y: float, report: Report, lang: str, styles: Styles
) -> None:
    """Author and reviewer: name, a signature box, a date line (the reviewer's left blank)."""
    width = rect.width() * 0.9
    left = rect.left() + (rect.width() - width) / 2
    xs = [left]
    for ratio in (0.18, 0.24, 0.38, 0.20):
        xs.append(xs[-1] + ratio * width)
    head_h, row_h = 28.0, 56.0
    painter.fillRect(QRectF(left, y, width, head_h), HEAD_FILL)
    for i, key in enumerate(("role", "name", "signature", "date")):
        rect_i = QRectF(xs[i], y, xs[i + 1] - xs[i], head_h)
        text_cell(painter, rect_i, rt(key, lang), styles.cell_bold, center=True)
    names = (report.plan.get("compiler") or "", report.plan.get("reviewer") or "")
    for n, (key, name) in enumerate(zip(("author", "reviewer"), names, strict=True)):
        top = y + head_h + n * row_h
        cell = QRectF(xs[0], top, xs[1] - xs[0], row_h)
        text_cell(painter, cell, rt(key, lang), styles.body, center=True)
        if name and name.strip("X"):
            cell = QRectF(xs[1], top, xs[2] - xs[1], row_h)
            text_cell(painter, cell, name, styles.body, center=True)
    painter.setPen(QPen(GRID, 0.8))
    bottom = y + head_h + 2 * row_h
    painter.drawRect(QRectF(left, y, width, bottom - y))
    for x in xs[1:-1]:
        painter.drawLine(QPointF(x, y), QPointF(x, bottom))
    for n in range(3):
        line_y = y + head_h + n * row_h
        painter.drawLine(QPointF(left, line_y), QPointF(left + width, line_y))


def _pieces(blocks: list[Any], c: Context) -> Stream:
    styles = c.styles
    out: Stream = []
    for block in blocks:
        if isinstance(block, Heading):
            out += (
                c.heading1(block.text)
                if block.level == 1
                else heading(block.text, styles.h2, before=6, after=4)
            )
        elif isinstance(block, Para):
            out += c.bullet(block.text) if block.bullet else c.para(block.text)
        elif isinstance(block, Table):
            out += table(
                block.headers,
                block.ratios,
                block.rows,
                c.width,
                styles.cell,
                styles.cell_bold,
                max_height=c.max_height,
            )
    return out


def build_report_document(report: Report, lang: str, paper: str = "A4") -> PlanDocument:
    """The report laid out on pages (paint it on a QPdfWriter or a QPrinter)."""
    lang = norm_lang(lang)
    styles = make_styles(lang)
    portrait = content_rect(paper, PORTRAIT)
    c = Context(lang, styles, portrait.width(), portrait.height())
    stream: Stream = [FullPage(PORTRAIT, _cover(report, lang, styles))]
    stream += _pieces(report_blocks(report, lang), c)
    pages = paginate(stream, lambda o: content_rect(paper, o).height())
    right = f"{report.period.title(lang)} · {report.period.label(lang)}"
    return PlanDocument(
        report.plan["title"],
        right,
        report.plan["revision"],
        report.plan.get("fingerprint", ""),
        lang,
        paper,
        styles,
        pages,
    )


def write_report_pdf(report: Report, out: str | Path, lang: str) -> str:
    """Write the PDF; returns "N pages"."""
    doc = build_report_document(report, lang)
    doc.write_pdf(out)
    return f"{doc.page_count} pages"
