"""A small page-layout engine for the printed plan (QtGui only, no widgets).

Content is a stream of *pieces*: atomic vertical chunks (a heading, one line of a paragraph,
one table row, an image) that know their height and paint themselves at a given x, y and
width. ``paginate`` pours the stream into pages: a piece that does not fit goes to the next
page, a table's header row is repeated on every page the table continues on, a heading keeps
with what follows it, and spacing at the top of a page is dropped. ``FullPage`` items (cover,
board pages) take a page of their own, in their own orientation.

All lengths are CSS pixels (1/96 inch); fonts use pixel sizes, so the layout is the same on
the screen, in the print preview, on a printer and in the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

PORTRAIT, LANDSCAPE = "portrait", "landscape"
GRID = QColor("#9aa3ad")
HEAD_FILL = QColor("#e8edf3")
GROUP_FILL = QColor("#f4f6f8")
INK = QColor("#1a1a1a")
PAD_X, PAD_Y = 8.0, 3.5
LEADING = 1.0


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing() * LEADING


def wrap(text: str, font: QFont, width: float) -> list[str]:
    """``text`` broken into lines that fit ``width`` (CJK may break between any ideographs)."""
    out: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for para in (text or "").split("\n"):
        if not para:
            out.append("")
            continue
        layout = QTextLayout(para, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            out.append(para[line.textStart() : line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
    return out


class Piece:
    """An atomic vertical chunk of content."""

    height: float = 0.0
    keep_with_next: bool = False
    discardable: bool = False  # dropped at the top of a page (spacing)
    repeat: Piece | None = None  # painted first when this piece opens a new page

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        raise NotImplementedError


@dataclass
class Spacer(Piece):
    height: float = 8.0
    discardable: bool = True

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        pass


@dataclass
class TextLine(Piece):
    """One line of text (a paragraph is a run of these)."""

    text: str
    font: QFont
    height: float = 0.0
    indent: float = 0.0
    color: QColor = field(default_factory=lambda: QColor(INK))
    keep_with_next: bool = False
    rule: bool = False  # a line under the text (section headings)
    toc: bool = False  # listed in the table of contents

    def __post_init__(self) -> None:
        self.height = self.height or line_height(self.font)

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setFont(self.font)
        painter.setPen(self.color)
        metrics = QFontMetricsF(self.font)
        baseline = y + (self.height - metrics.height()) / 2 + metrics.ascent()
        painter.drawText(QPointF(x + self.indent, baseline), self.text)
        if self.rule:
            painter.setPen(QPen(QColor("#5b6b7f"), 0.8))
            painter.drawLine(
                QPointF(x, y + self.height - 1), QPointF(x + width, y + self.height - 1)
            )


def paragraph(
    text: str,
    font: QFont,
    width: float,
    *,
    indent: float = 0.0,
    first_indent: float = 0.0,
    space_after: float = 6.0,
) -> list[Piece]:
    """A paragraph as lines; ``first_indent`` indents the first line (and narrows it)."""
    pieces: list[Piece] = []
    for block in (text or "").split("\n"):
        lines = wrap(block, font, width - indent - first_indent)
        if len(lines) > 1:  # re-wrap the rest at full width
            head = lines[0]
            rest = wrap(block[len(head) :].lstrip(), font, width - indent)
            lines = [head, *rest]
        for i, line in enumerate(lines):
            pieces.append(TextLine(line, font, indent=indent + (first_indent if i == 0 else 0)))
    if space_after:
        pieces.append(Spacer(space_after))
    return pieces


def heading(
    text: str,
    font: QFont,
    *,
    before: float = 10.0,
    after: float = 4.0,
    rule: bool = False,
    toc: bool = False,
) -> list[Piece]:
    head = TextLine(text, font, keep_with_next=True, rule=rule, toc=toc)
    head.height = line_height(font) + (4 if rule else 0)
    out: list[Piece] = []
    if before:
        space = Spacer(before)
        space.keep_with_next = True
        out.append(space)
    out.append(head)
    if after:
        spacer = Spacer(after)
        spacer.keep_with_next = True
        out.append(spacer)
    return out


@dataclass
class Row(Piece):
    """One table row (or the header row, or a full-width group row)."""

    cells: list[list[str]]
    widths: list[float]
    font: QFont
    height: float = 0.0
    fill: QColor | None = None
    keep_with_next: bool = False
    span: bool = False  # a group row: one cell across the table
    align_center: bool = False

    def __post_init__(self) -> None:
        lines = max((len(c) for c in self.cells), default=1)
        self.height = self.height or max(1, lines) * line_height(self.font) + 2 * PAD_Y

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        total = sum(self.widths)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.fill is not None:
            painter.fillRect(QRectF(x, y, total, self.height), self.fill)
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        lh = line_height(self.font)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawRect(QRectF(x, y, total, self.height))
        cx = x
        for i, (lines, w) in enumerate(zip(self.cells, self.widths, strict=True)):
            if i and not self.span:
                painter.setPen(QPen(GRID, 0.6))
                painter.drawLine(QPointF(cx, y), QPointF(cx, y + self.height))
            painter.setPen(INK)
            for n, text in enumerate(lines):
                top = y + PAD_Y + n * lh
                baseline = top + (lh - metrics.height()) / 2 + metrics.ascent()
                tx = cx + PAD_X
                if self.align_center:
                    tx = cx + (w - metrics.horizontalAdvance(text)) / 2
                painter.drawText(QPointF(tx, baseline), text)
            cx += w


def table(
    headers: list[str],
    ratios: list[float],
    rows: list[list[str] | str],
    width: float,
    font: QFont,
    head_font: QFont,
    *,
    max_height: float = 10_000.0,
    space_after: float = 10.0,
) -> list[Piece]:
    """A table as pieces: the header row (repeated on every page it continues on), then the
    rows. A ``str`` row is a group heading across the table. A row taller than
    ``max_height`` is cut between lines."""
    scale = width / sum(ratios)
    widths = [r * scale for r in ratios]
    # the first column holds codes (T1.1, MON10): never break them, take the room elsewhere
    codes = [row[0] for row in rows if not isinstance(row, str)]
    metrics = QFontMetricsF(font)
    need = (
        max(
            [metrics.horizontalAdvance(str(c)) for c in codes]
            + [QFontMetricsF(head_font).horizontalAdvance(headers[0])]
        )
        + 2 * PAD_X
        + 2
    )
    if len(widths) > 1 and widths[0] < need <= width * 0.25:
        widest = max(range(1, len(widths)), key=lambda i: widths[i])
        widths[widest] -= need - widths[0]
        widths[0] = need
    inner = [w - 2 * PAD_X for w in widths]
    head = Row(
        [wrap(h, head_font, w) for h, w in zip(headers, inner, strict=True)],
        widths,
        head_font,
        fill=HEAD_FILL,
        keep_with_next=True,
        align_center=True,
    )
    pieces: list[Piece] = [head]
    lh = line_height(font)
    per_page = max(1, int((max_height - head.height - 2 * PAD_Y) // lh))
    for row in rows:
        if isinstance(row, str):
            group = Row(
                [wrap(row, head_font, width - 2 * PAD_X)],
                [width],
                head_font,
                fill=GROUP_FILL,
                keep_with_next=True,
                span=True,
            )
            group.repeat = head
            pieces.append(group)
            continue
        cells = [wrap(str(c), font, w) for c, w in zip(row, inner, strict=True)]
        tallest = max(len(c) for c in cells)
        for start in range(0, max(tallest, 1), per_page):
            part = Row([c[start : start + per_page] for c in cells], widths, font)
            part.repeat = head
            pieces.append(part)
    if space_after:
        pieces.append(Spacer(space_after))
    return pieces


@dataclass
class Block(Piece):
    """A fixed-height piece painted by a callback ``paint_fn(painter, QRectF)``."""

    paint_fn: Callable[[QPainter, QRectF], None]
    height: float = 0.0
    keep_with_next: bool = False

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.save()
        self.paint_fn(painter, QRectF(x, y, width, self.height))
        painter.restore()


@dataclass
class PageBreak:
    orientation: str = PORTRAIT


@dataclass
class FullPage:
    """A page of its own: ``paint_fn(painter, content_rect)`` in ``orientation``."""

    orientation: str
    paint_fn: Callable[[QPainter, QRectF], None]
    toc: str = ""  # listed in the table of contents


@dataclass
class Page:
    orientation: str
    items: list[tuple[Piece, float]] = field(default_factory=list)
    full: FullPage | None = None


Stream = list[Piece | PageBreak | FullPage]


def _need(stream: Stream, i: int) -> float:
    """Height of piece ``i`` plus what it must keep with (a heading and the next row)."""
    need = 0.0
    while i < len(stream):
        item = stream[i]
        if not isinstance(item, Piece):
            break
        need += item.height
        if not item.keep_with_next:
            break
        i += 1
    return need


def paginate(stream: Stream, content_height: Callable[[str], float]) -> list[Page]:
    """Pour ``stream`` into pages; ``content_height(orientation)`` is a page's usable height."""
    pages: list[Page] = []
    page: Page | None = None
    y = 0.0
    orientation = PORTRAIT
    for i, item in enumerate(stream):
        if isinstance(item, FullPage):
            pages.append(Page(item.orientation, full=item))
            page = None
            continue
        if isinstance(item, PageBreak):
            orientation = item.orientation
            page = None
            continue
        if page is None:
            page, y = Page(orientation), 0.0
            pages.append(page)
        if item.discardable and not page.items:
            continue
        limit = content_height(page.orientation)
        if page.items and y + min(_need(stream, i), limit) > limit:
            page, y = Page(orientation), 0.0
            pages.append(page)
            if item.discardable:
                continue
            if item.repeat is not None and item.repeat is not item:
                page.items.append((item.repeat, y))
                y += item.repeat.height
        page.items.append((item, y))
        y += item.height
    return [p for p in pages if p.items or p.full is not None]


def contents(pages: list[Page]) -> list[tuple[str, int]]:
    """(heading, page number) of every table-of-contents entry, in page order."""
    out: list[tuple[str, int]] = []
    for number, page in enumerate(pages, start=1):
        if page.full is not None and page.full.toc:
            out.append((page.full.toc, number))
        for piece, _y in page.items:
            if isinstance(piece, TextLine) and piece.toc:
                out.append((piece.text, number))
    return out
