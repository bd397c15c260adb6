"""python-docx building blocks of the Word plan document, on resources/plan_template.docx.

The template (made by scripts/make_word_template.py) holds the page, the styles and the two
heading numberings; ``open_template(lang)`` picks the East Asian font, language tag and
numbering of the plan's language. Headings are Word's "Heading 1/2" (outline levels, so the
navigation pane shows them); their numbers come from the list numbering, not from the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.shared import Emu, Length, Pt, RGBColor
from docx.text.paragraph import Paragraph

from desktop.resources import resource_path

from .word_tables import xml_table

TEMPLATE = "plan_template.docx"
PNG_QUALITY = (
    80  # Qt's PNG "quality": light zlib compression, several times faster than the default
)
EAST_ASIAN = {
    "zh_TW": ("Noto Sans CJK TC", "zh-TW"),
    "zh_CN": ("Noto Sans CJK SC", "zh-CN"),
    "en": ("Noto Sans CJK TC", "zh-TW"),
}
HEADING_NUMBERING = {"zh_TW": "90", "zh_CN": "90", "en": "91"}
HEAD_FILL, GROUP_FILL = "E8EDF3", "F3F5F8"
VOID_RED = RGBColor(0xB3, 0x26, 0x1E)
GREY = RGBColor(0x55, 0x55, 0x55)
_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+(?:\.\d+)*\.?\s+)")


def unnumbered(label_text: str) -> str:
    """A section label without its written number (``一、引言`` -> ``引言``)."""
    return _NUMBER.sub("", label_text, count=1)


def _el(tag: str, **attrs: str) -> Any:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def open_template(lang: str) -> DocxDocument:
    """The template with the plan language's East Asian font, language tag and numbering."""
    doc = Document(str(resource_path(TEMPLATE)))
    font, tag = EAST_ASIAN.get(lang, EAST_ASIAN["zh_TW"])
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:rFonts")).set(qn("w:eastAsia"), font)
    rpr.find(qn("w:lang")).set(qn("w:eastAsia"), tag)
    for name in ("Heading 1", "Heading 2"):
        num_id = doc.styles[name].element.pPr.find(qn("w:numPr")).find(qn("w:numId"))
        num_id.set(qn("w:val"), HEADING_NUMBERING.get(lang, "90"))
    return doc


def content_width(doc: DocxDocument) -> Emu:
    section = doc.sections[-1]
    return Emu(
        given(section.page_width, "page width")
        - given(section.left_margin, "left margin")
        - given(section.right_margin, "right margin")
    )


def given(value: Length | None, what: str) -> Length:
    """A section's measure the template sets (python-docx reads a missing one as None)."""
    if value is None:
        raise ValueError(f"the Word template's section has no {what}")
    return value


def heading(doc: DocxDocument, text: str, level: int, *, numbered: bool = True) -> Paragraph:
    """A Word heading; ``numbered=False`` (appendices) switches the list number off."""
    paragraph = doc.add_paragraph(text, style=f"Heading {level}")
    if not numbered:
        numpr = _el("w:numPr")
        numpr.append(_el("w:numId", val="0"))
        paragraph._p.get_or_add_pPr().insert_element_before(
            numpr,
            "w:suppressLineNumbers",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:spacing",
            "w:ind",
            "w:jc",
            "w:outlineLvl",
            "w:rPr",
        )
    return paragraph


def text_into(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    color: RGBColor | None = None,
    size: float | None = None,
) -> None:
    """``text`` as runs of ``paragraph``, with a line break for each newline."""
    for i, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if i:
            run.add_break()
        run.add_text(line)
        run.bold = bold or None
        if color is not None:
            run.font.color.rgb = color
        if size is not None:
            run.font.size = Pt(size)


def para(
    doc: DocxDocument,
    text: str,
    *,
    style: str | None = None,
    indent: bool = True,
    bullet: bool = False,
) -> Paragraph:
    paragraph = doc.add_paragraph(style=style)
    fmt = paragraph.paragraph_format
    if bullet:
        fmt.left_indent, fmt.first_line_indent = Pt(21), Pt(-10.5)
        text = f"• {text}"
    elif indent and style is None:
        fmt.first_line_indent = Pt(21)  # two characters, as Chinese paragraphs begin
    text_into(paragraph, text)
    return paragraph


def shade(cell: Any, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(_el("w:shd", val="clear", color="auto", fill=fill))


def merge(first: Any, last: Any) -> Any:
    """Merge cells ``first``..``last``, dropping the empty paragraphs the merge brings in."""
    cell = first.merge(last)
    for paragraph in cell.paragraphs[1:]:
        if not paragraph.text:
            paragraph._p.getparent().remove(paragraph._p)
    return cell


def text_width(text: str, size: float = 9) -> int:
    """About how wide ``text`` is at ``size`` pt (EMU): CJK a full em, capitals and digits
    0.72, other characters 0.6 (a generous guess: a code must not break)."""
    ems = sum(
        1.0 if ord(ch) >= 0x2E80 else 0.72 if ch.isupper() or ch.isdigit() else 0.6 for ch in text
    )
    return int(Pt(size) * ems)


def table(
    doc: DocxDocument,
    headers: Sequence[str],
    ratios: Sequence[float],
    rows: Sequence[Sequence[str] | str],
    *,
    width: Emu | None = None,
) -> Any:
    """A grid table: a shaded header row repeated on every page, then the rows; a ``str`` row
    is a group heading across the table (as in the PDF)."""
    width = width or content_width(doc)
    total = sum(ratios)
    widths = [int(width * r / total) for r in ratios]
    # as in the PDF: the first column holds codes (T1.1, MON10), never broken
    need = max(
        text_width(str(row[0] if not isinstance(row, str) else "")) for row in [[headers[0]], *rows]
    ) + Pt(16)
    if len(widths) > 1 and widths[0] < need <= width * 0.25:
        widest = max(range(1, len(widths)), key=lambda i: widths[i])
        widths[widest] -= need - widths[0]
        widths[0] = need
    grid = xml_table(
        doc,
        headers,
        [Emu(x) for x in widths],
        rows,
        head_fill=HEAD_FILL,
        group_fill=GROUP_FILL,
    )
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return grid


def signature_grid(
    doc: DocxDocument, headers: Sequence[str], rows: Sequence[Sequence[str]], row_height: Length
) -> Any:
    """The cover's grid for handwritten signatures (role, name, signature, date), nine tenths
    of the page wide, each signing row ``row_height`` tall: the plan's and the report's."""
    grid = table(
        doc, headers, [0.18, 0.24, 0.38, 0.20], rows, width=Emu(int(content_width(doc) * 0.9))
    )
    for row in grid.rows[1:]:
        row.height = row_height
    return grid


def picture(
    doc: DocxDocument, image: Any, width: Emu, shape_id: int, *, center: bool = True
) -> Paragraph:
    """A QImage as a PNG picture ``width`` wide in a paragraph of its own; ``shape_id`` is a
    drawing id not yet used in ``doc`` (``doc.part.next_id`` before the first picture)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", PNG_QUALITY)
    buffer.close()
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # python-docx's run.add_picture looks for a free shape id by scanning every id in the
    # document and compares the image with every earlier one: both grow with the document
    part = doc.part
    r_id, picture_image = part.get_or_add_image(BytesIO(data.data()))
    cx, cy = picture_image.scaled_dimensions(width, None)
    inline = CT_Inline.new_pic_inline(shape_id, r_id, picture_image.filename, cx, cy)
    paragraph.add_run()._r.add_drawing(inline)
    return paragraph


def new_page(paragraph: Paragraph) -> Paragraph:
    """Start ``paragraph`` on a new page (no empty paragraph that could spill onto a page)."""
    paragraph.paragraph_format.page_break_before = True
    return paragraph


def new_section(doc: DocxDocument, *, landscape: bool) -> Any:
    """A new section on a new page, turned for ``landscape``, same margins and paper."""
    last = doc.sections[-1]
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    short, long = sorted(
        (given(last.page_width, "page width"), given(last.page_height, "page height"))
    )
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    return section


def _field(paragraph: Paragraph, code: str, shown: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES, TOC …) with ``shown`` as its cached result."""
    run = paragraph.add_run()
    run._r.append(_el("w:fldChar", fldCharType="begin"))
    instr = _el("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(_el("w:fldChar", fldCharType="separate"))
    paragraph.add_run(shown)
    paragraph.add_run()._r.append(_el("w:fldChar", fldCharType="end"))


def header_footer(section: Any, left: str, right: str, footer: tuple[str, str, str]) -> None:
    """Header: ``left`` and ``right``; footer: left, the page text with ``{0}``/``{1}`` for
    the page number and count (fields), right. Tab stops follow the section's width."""
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    width = section.page_width - section.left_margin - section.right_margin
    head = section.header.paragraphs[0]
    head.text = ""
    head.paragraph_format.tab_stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)
    head.add_run(f"{left}\t{right}")
    foot = section.footer.paragraphs[0]
    foot.text = ""
    stops = foot.paragraph_format.tab_stops
    stops.add_tab_stop(Emu(width // 2), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)
    foot.add_run(f"{footer[0]}\t")
    page_text = footer[1]
    before, _, rest = page_text.partition("{0}")
    middle, _, after = rest.partition("{1}")
    foot.add_run(before)
    _field(foot, "PAGE")
    foot.add_run(middle)
    _field(foot, "NUMPAGES")
    foot.add_run(f"{after}\t{footer[2]}")


def core_properties(
    doc: DocxDocument, *, title: str, subject: str, language: str, author: str, revision: int
) -> None:
    """The file's properties: title, subject, language, ``author`` (the compiler) as author
    and last editor, created and modified now, no template leftovers (python-docx's author
    and comment, its 2013 dates, its blank thumbnail)."""
    props = doc.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.title, props.subject, props.language = title, subject, language
    props.author = props.last_modified_by = author
    props.comments = props.keywords = props.category = ""
    props.revision = max(1, revision)
    props.created = props.modified = now
    package = doc.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(r_id)
