"""The plan document: cover and approval block, the seven sections, the task board, KPI
charts and the plan checks, laid out for print (QtGui only: QPdfWriter or QPrinter).

    doc = build_document(session, plan, DocumentOptions(paper="A4"))   # inside a session
    doc.write_pdf("plan.pdf")                                         # or doc.paint(printer)

Building reads the plan into plain layout pieces (no ORM objects are kept), so ``paint`` may
run later and repeatedly (print preview). Every page has a header with the plan title and a
footer "第 N 頁 / 共 M 頁" with the revision and the content fingerprint (the first 12 hex
digits of the canonical dump's SHA-256). Text pages are portrait, board pages landscape.
The pieces come from ``document_cover``, ``document_sections``, ``document_board`` and
``document_kpis``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QPdfWriter,
    QPen,
)
from sqlalchemy.orm import Session

from desktop.exchange.document.document_board import PrintedBars, board_pages
from desktop.exchange.document.document_cover import (
    Cover,
    contents_fit_on_cover,
    paint_contents_page,
    paint_cover,
    read_cover,
)
from desktop.exchange.document.document_enums import enum
from desktop.exchange.document.document_intel import pdf_appendices
from desktop.exchange.document.document_kpis import kpi_appendix
from desktop.exchange.document.document_layout import (
    LANDSCAPE,
    PORTRAIT,
    FullPage,
    Page,
    PageBreak,
    Stream,
    contents,
)
from desktop.exchange.document.document_layout import paginate as _paginate
from desktop.exchange.document.document_sections import (
    Context,
    Styles,
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
from desktop.models.serialize import content_hash
from desktop.render import fonts

PAPERS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
MM = 96 / 25.4
MARGIN = 16 * MM
HEADER_H = 26.0
FOOTER_H = 26.0
ProgressFn = Callable[[int, int], bool]


@dataclass
class DocumentOptions:
    paper: str = "A4"
    include_checks: bool = True
    include_board: bool = True
    include_kpi_charts: bool = True
    lang: str | None = None  # default: the plan's language
    today: date | None = None
    root_fingerprint: str | None = None  # the trust root's SHA-256, printed on the cover
    for_signature: bool = False  # empty boxes for digital signatures on the cover


def make_styles(lang: str) -> Styles:
    def font(px: float, bold: bool = False) -> QFont:
        f = fonts.document_font(lang, 10, bold=bold)
        f.setPixelSize(round(px))
        return f

    return Styles(
        title=font(30, True),
        subtitle=font(18),
        h1=font(18, True),
        h2=font(14.5, True),
        body=font(13.5),
        cell=font(12),
        cell_bold=font(12, True),
        small=font(10.5),
        small_bold=font(10.5, True),
    )


def page_size(paper: str, orientation: str) -> QSizeF:
    """The paper size in CSS px for ``orientation``."""
    mm = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Millimeter)
    w, h = mm.width() * MM, mm.height() * MM
    return (
        QSizeF(max(w, h), min(w, h)) if orientation == LANDSCAPE else QSizeF(min(w, h), max(w, h))
    )


def content_rect(paper: str, orientation: str) -> QRectF:
    size = page_size(paper, orientation)
    return QRectF(
        MARGIN,
        MARGIN + HEADER_H,
        size.width() - 2 * MARGIN,
        size.height() - 2 * MARGIN - HEADER_H - FOOTER_H,
    )


def page_layout(paper: str, orientation: str) -> QPageLayout:
    o = (
        QPageLayout.Orientation.Landscape
        if orientation == LANDSCAPE
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(QPageSize(PAPERS[paper]), o, QMarginsF(0, 0, 0, 0))


def turns_pages(device: QPagedPaintDevice) -> bool:
    """Whether ``device`` can change the paper orientation between pages.

    PDF engines can: QPdfWriter, QPrinter writing PDF, and CUPS printers on Linux. The Windows
    (GDI) and macOS print engines and the print preview keep the first page's orientation for
    the whole job, so ``PlanDocument.paint`` rotates the other pages onto that paper."""
    engine = device.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Pdf


@dataclass
class PlanDocument:
    """A laid-out plan document, ready to paint on any paged device."""

    title: str
    header_right: str
    revision: int
    fingerprint: str
    lang: str
    paper: str
    styles: Styles
    pages: list[Page] = field(default_factory=list)
    printed: PrintedBars = field(default_factory=PrintedBars)
    cover: Cover | None = None

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def orientations(self) -> list[str]:
        return [p.orientation for p in self.pages]

    def paint(self, device: QPagedPaintDevice, progress: ProgressFn | None = None) -> bool:
        """Paint every page on ``device`` (a QPdfWriter or a QPrinter); False if cancelled.

        PDF output (QPdfWriter, QPrinter to PDF or CUPS) turns the paper for landscape pages;
        devices that cannot change the layout while printing (print preview, Windows
        printers) get the landscape pages rotated onto the paper instead.
        """
        if hasattr(device, "setFullPage"):
            device.setFullPage(True)  # QPrinter: origin at the paper's corner
        device.setPageLayout(page_layout(self.paper, self.pages[0].orientation))
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("cannot paint on the printer or PDF file")
        turns = turns_pages(device)
        try:
            for index, page in enumerate(self.pages):
                if progress is not None and not progress(index, len(self.pages)):
                    return False
                if index:
                    if turns:
                        device.setPageLayout(page_layout(self.paper, page.orientation))
                    device.newPage()
                painter.save()
                painter.scale(device.logicalDpiX() / 96.0, device.logicalDpiY() / 96.0)
                landscape = device.pageLayout().orientation() == QPageLayout.Orientation.Landscape
                if landscape != (page.orientation == LANDSCAPE):
                    # turned a quarter anticlockwise: the page's top at the binding edge
                    paper = page_size(self.paper, LANDSCAPE if landscape else PORTRAIT)
                    painter.translate(0, paper.height())
                    painter.rotate(-90)
                self.paint_page(painter, index)
                painter.restore()
        finally:
            painter.end()
        if progress is not None:
            progress(len(self.pages), len(self.pages))
        return True

    def paint_page(self, painter: QPainter, index: int) -> None:
        page = self.pages[index]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = content_rect(self.paper, page.orientation)
        self._header_footer(painter, index, page.orientation)
        if page.full is not None:
            painter.save()
            page.full.paint_fn(painter, rect)
            painter.restore()
            return
        for piece, y in page.items:
            painter.save()
            piece.paint(painter, rect.left(), rect.top() + y, rect.width())
            painter.restore()

    def _header_footer(self, painter: QPainter, index: int, orientation: str) -> None:
        size = page_size(self.paper, orientation)
        left, right = MARGIN, size.width() - MARGIN
        small = self.styles.small
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(QColor("#444444"))
        base = MARGIN + metrics.ascent()
        room = right - left - metrics.horizontalAdvance(self.header_right) - 24
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(left, base), title)
        painter.drawText(
            QPointF(right - metrics.horizontalAdvance(self.header_right), base), self.header_right
        )
        painter.setPen(QPen(QColor("#8a939e"), 0.6))
        y = MARGIN + metrics.height() + 4
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        bottom = size.height() - MARGIN
        painter.drawLine(
            QPointF(left, bottom - FOOTER_H + 6), QPointF(right, bottom - FOOTER_H + 6)
        )
        base = bottom - metrics.descent()
        painter.setPen(QColor("#444444"))
        revision = label("rev_short", self.lang).format(self.revision)
        page_text = label("page", self.lang).format(index + 1, self.page_count)
        fp_text = label("fp_short", self.lang).format(self.fingerprint)
        painter.drawText(QPointF(left, base), revision)
        painter.drawText(
            QPointF((left + right - metrics.horizontalAdvance(page_text)) / 2, base), page_text
        )
        painter.drawText(QPointF(right - metrics.horizontalAdvance(fp_text), base), fp_text)

    def write_pdf(self, path: str | Path, progress: ProgressFn | None = None) -> Path:
        path = Path(path)
        writer = QPdfWriter(str(path))
        writer.setTitle(self.title)
        writer.setCreator("PlanDesk")
        writer.setResolution(1200)
        if not self.paint(writer, progress):
            raise InterruptedError("cancelled")
        del writer  # writes the trailer
        from desktop.exchange.pdf.pdf_outline import add_outline  # pyHanko: only for a PDF

        path.write_bytes(add_outline(path.read_bytes(), self.outline(), self.lang))
        return path

    def outline(self) -> list[tuple[str, int]]:
        """The PDF's bookmarks: every section and appendix with its page (from 1)."""
        return list(self.cover.toc) if self.cover is not None else []

    def pdf_bytes(self) -> bytes:
        """The PDF in memory; afterwards ``cover.signature_boxes`` holds the painted boxes."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.title)
        writer.setCreator("PlanDesk")
        writer.setResolution(1200)
        self.paint(writer)
        del writer  # flushes the PDF's trailer into the buffer
        data = bytes(buffer.data().data())
        buffer.close()
        from desktop.exchange.pdf.pdf_outline import add_outline

        return add_outline(data, self.outline(), self.lang)

    def page_size_px(self, index: int) -> tuple[float, float]:
        """Width and height of page ``index`` in CSS px (1/96 inch)."""
        size = page_size(self.paper, self.pages[index].orientation)
        return size.width(), size.height()


def build_document(
    session: Session | None, plan: Plan, options: DocumentOptions | None = None
) -> PlanDocument:
    """Lay out ``plan`` (read inside ``session``, which also gives the sign-offs)."""
    options = options or DocumentOptions()
    if options.paper not in PAPERS:
        raise ValueError(f"unknown paper {options.paper!r} (A4 or A3)")
    lang = norm_lang(options.lang or plan.language)
    styles = make_styles(lang)
    fingerprint = content_hash(plan)[:12]
    portrait = content_rect(options.paper, PORTRAIT)
    landscape = content_rect(options.paper, LANDSCAPE)
    c = Context(lang, styles, portrait.width(), portrait.height())
    cover = read_cover(session, plan, lang, fingerprint)
    cover.root_fingerprint = options.root_fingerprint or cover.root_fingerprint
    cover.for_signature = options.for_signature
    number = 1
    printed = PrintedBars()
    board: list[FullPage] = []
    if options.include_board:
        board = board_pages(
            plan,
            lang,
            styles,
            (landscape.width(), landscape.height()),
            printed,
            appendix(number, "appendix_board", lang),
        )
        number += 1 if board else 0
    kpi_pieces, kpi_rows = (
        kpi_appendix(plan, c, options.today, number) if options.include_kpi_charts else ([], [])
    )
    number += 1 if kpi_pieces else 0
    stream: Stream = [FullPage(PORTRAIT, _cover_painter(cover, styles))]
    for part in (
        section_intro(plan, c),
        section_goals(plan, c),
        section_work(plan, c, board_note=bool(board)),
        section_risks(plan, c),
        section_monitoring(plan, c, kpi_rows),
        section_communication(plan, c),
        section_summary(plan, c),
    ):
        stream += part
    stream += board
    stream += kpi_pieces
    intel_pieces, number = pdf_appendices(session, plan, c, number)
    stream += intel_pieces
    if options.include_checks:
        title = appendix(number, "appendix_checks", lang)
        stream += [
            PageBreak(PORTRAIT),
            *section_checks(checks_rows(plan, c, options.today), c, title),
        ]
    pages = _paginate(stream, lambda o: content_rect(options.paper, o).height())
    cover.toc = contents(pages)
    if not contents_fit_on_cover(cover, styles, portrait):
        # e.g. an approved plan's sign-off record fills the cover: 目錄 gets page 2
        cover.toc_page = True
        stream.insert(1, FullPage(PORTRAIT, lambda p, r: paint_contents_page(p, r, cover, styles)))
        pages = _paginate(stream, lambda o: content_rect(options.paper, o).height())
        cover.toc = contents(pages)
    org = f"{plan.organisation} · " if plan.organisation else ""
    right = org + label("year_plan", lang).format(plan.year)
    right += f" · {enum('status', plan.status, lang)}"
    return PlanDocument(
        plan.title,
        right,
        plan.revision,
        fingerprint,
        lang,
        options.paper,
        styles,
        pages,
        printed,
        cover,
    )


def _cover_painter(cover: Cover, styles: Styles) -> Callable[[QPainter, QRectF], None]:
    return lambda painter, rect: paint_cover(painter, rect, cover, styles)


def write_pdf(
    session: Session | None, plan: Plan, path: str | Path, options: DocumentOptions | None = None
) -> PlanDocument:
    """Build and write the plan's PDF; returns the document (page count, printed board)."""
    doc = build_document(session, plan, options)
    doc.write_pdf(path)
    return doc


def font_warning(lang: str = "zh_TW") -> str | None:
    """How to install a CJK font, when none is available (else None)."""
    return fonts.cjk_font_warning(lang)
