"""The Word file's table of contents with page numbers that outside readers show too.

Word fills a TOC field in when it opens the file (``w:updateFields``), but LibreOffice and
viewers show the field's cached result as it is. So the cached result is a real table of
contents: each entry is the heading's text, a dotted tab and a PAGEREF field to a bookmark on
the heading, prefilled with the page the heading is estimated to fall on
(``estimate_pages``: lines of text per page, table rows, page and section breaks); Word and
LibreOffice recompute PAGEREF from the bookmark when they lay the document out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Emu

LINES_PER_PAGE = {False: 48, True: 50}  # portrait text; landscape: the 6 pt board rows
CHARS_PER_LINE = 100  # half-width characters across the portrait text width
HEADING_EXTRA = 2  # lines of space around a heading
LINE_EMU = 190500  # one line of body text (15 pt) in EMU, for pictures
_EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
SAMPLED = 300  # tables longer than this are estimated from a sample of their rows
_W = qn("w:p"), qn("w:tbl"), qn("w:sectPr")


def _el(tag: str, **attrs: str) -> Any:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def bookmark(paragraph: Any, name: str, number: int) -> None:
    """Put bookmark ``name`` around the text of ``paragraph``."""
    _bookmark(paragraph._p, name, number)


def _bookmark(p: BaseOxmlElement, name: str, number: int) -> None:
    """``bookmark`` on the paragraph's ``w:p`` element."""
    start = _el("w:bookmarkStart", id=str(number), name=name)
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(_el("w:bookmarkEnd", id=str(number)))


def _run(text: str = "") -> Any:
    run = OxmlElement("w:r")
    if text:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
    return run


def _field_char(kind: str) -> Any:
    run = _run()
    run.append(_el("w:fldChar", fldCharType=kind))
    return run


def _instr(code: str) -> Any:
    run = _run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run.append(instr)
    return run


def contents(
    doc: DocxDocument, title: str, entries: Sequence[tuple[int, str, str]], width: Emu
) -> list[Any]:
    """A TOC field whose cached result lists ``entries`` (level, text, bookmark name) with a
    PAGEREF each; returns the page-number text elements, to be filled in by ``fill_pages``."""
    heading = doc.add_paragraph(style="Subtitle")
    heading.paragraph_format.page_break_before = True
    heading.add_run(title).bold = True
    numbers = []
    tab_pos = str(Emu(width).twips)
    for n, (level, text, name) in enumerate(entries):
        paragraph = doc.add_paragraph(style=f"toc {level}")
        p = paragraph._p
        tabs = _el("w:tabs")
        tabs.append(_el("w:tab", val="right", leader="dot", pos=tab_pos))
        p.get_or_add_pPr().append(tabs)
        if n == 0:
            p.append(_field_char("begin"))
            p.append(_instr('TOC \\o "1-2" \\h \\z \\u'))
            p.append(_field_char("separate"))
        p.append(_run(text))
        tab = _run()
        tab.append(OxmlElement("w:tab"))
        p.append(tab)
        p.append(_field_char("begin"))
        p.append(_instr(f"PAGEREF {name} \\h"))
        p.append(_field_char("separate"))
        shown = _run("1")
        p.append(shown)
        numbers.append(shown[0])
        p.append(_field_char("end"))
        if n == len(entries) - 1:
            p.append(_field_char("end"))
    return numbers


def _text_of(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _breaks_page(p: Any) -> bool:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        return False
    before = ppr.find(qn("w:pageBreakBefore"))
    return before is not None and before.get(qn("w:val"), "true") not in ("0", "false")


def _lines(text: str, per_line: int) -> int:
    width = sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)
    return max(1, -(-width // per_line))


def estimate_pages(doc: DocxDocument) -> dict[str, int]:
    """Bookmark name -> the page its paragraph probably starts on: body paragraphs and table
    rows counted in lines (wrapped at the text width), page breaks before paragraphs and new
    sections honoured. An estimate: Word and LibreOffice put the real numbers in."""
    pages: dict[str, int] = {}
    page, line = 1, 0
    landscape = False
    per_line = CHARS_PER_LINE
    body = doc.element.body
    for element in body.iterchildren(*_W):
        if element.tag == qn("w:tbl"):
            rows = element.findall(qn("w:tr"))
            if len(rows) > SAMPLED:  # a long table: the average of evenly spaced rows
                sample = rows[:: len(rows) // 100]
                line += round(sum(_row_lines(sample, per_line)) * len(rows) / len(sample))
                while line > LINES_PER_PAGE[landscape]:
                    page, line = page + 1, line - LINES_PER_PAGE[landscape]
            else:
                for tall in _row_lines(rows, per_line):
                    line += tall
                    if line > LINES_PER_PAGE[landscape]:
                        page, line = page + 1, tall
            line += 1
            continue
        if element.tag == qn("w:sectPr"):
            continue
        if _breaks_page(element) and line:
            page, line = page + 1, 0
        for start in element.iter(qn("w:bookmarkStart")):
            pages[start.get(qn("w:name"))] = page
        style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        heading = style is not None and style.get(qn("w:val"), "").startswith("Heading")
        line += _lines(_text_of(element), per_line) + (HEADING_EXTRA if heading else 0)
        for extent in element.iter(_EXTENT):  # a picture: its height in lines
            line += round(int(extent.get("cy", "0")) / LINE_EMU)
        if line > LINES_PER_PAGE[landscape]:
            page, line = page + 1, line - LINES_PER_PAGE[landscape]
        section = element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
        if section is not None:  # this paragraph ends a section: the next starts a page
            page, line = page + 1, 0
            landscape = _next_landscape(element)
            per_line = CHARS_PER_LINE * 3 // 2 if landscape else CHARS_PER_LINE
    return pages


def _row_lines(rows: list[Any], per_line: int) -> Any:
    """Lines each of a table's ``rows`` takes: its tallest cell's text wrapped at the cell's
    share of the line (cell width over the table's width)."""
    if not rows:
        return
    grid = [int(c.get(qn("w:w"), "0")) for c in rows[0].getparent().iter(qn("w:gridCol"))]
    total = sum(grid) or 1
    w_t, w_tc, tc_w = qn("w:t"), qn("w:tc"), f"{qn('w:tcPr')}/{qn('w:tcW')}"
    for row in rows:
        texts: dict[Any, str] = {}  # only the cells with text (most week cells have none)
        for t in row.iter(w_t):
            cell = t.getparent()
            while cell is not None and cell.tag != w_tc:
                cell = cell.getparent()
            texts[cell] = texts.get(cell, "") + (t.text or "")
        tall = 1
        for cell, text in texts.items():
            width = cell.find(tc_w) if cell is not None else None
            share = int(width.get(qn("w:w"), "0")) / total if width is not None else 0.2
            tall = max(tall, _lines(text, max(2, int(per_line * share))))
        yield tall


def _next_landscape(paragraph: Any) -> bool:
    """Whether the section after ``paragraph`` is landscape (its sectPr is the next one)."""
    for following in paragraph.itersiblings():
        found = following.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
        if following.tag == qn("w:sectPr"):
            found = following
        if found is not None:
            size = found.find(qn("w:pgSz"))
            return size is not None and size.get(qn("w:orient")) == "landscape"
    return False


def fill_pages(doc: DocxDocument, numbers: Sequence[Any], names: Sequence[str]) -> None:
    """Write the estimated pages into the TOC entries (``contents``'s text elements)."""
    pages = estimate_pages(doc)
    for text, name in zip(numbers, names, strict=True):
        text.text = str(pages.get(name, 1))


def bookmark_headings(
    doc: DocxDocument, toc: Sequence[tuple[int, str]], names: Sequence[str]
) -> None:
    """Bookmark each heading the table of contents lists ((level, text), in document order)."""
    pending = list(zip(toc, names, strict=True))
    style_ids = {doc.styles[f"Heading {n}"].style_id: n for n in (1, 2)}
    number = 0
    for p in doc.element.body.iterchildren(qn("w:p")):
        if not pending:
            return
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        level = style_ids.get(style.get(qn("w:val"))) if style is not None else None
        (want, text), name = pending[0]
        if level == want and _text_of(p) == text:
            number += 1
            _bookmark(p, name, number)
            pending.pop(0)
