#!/usr/bin/env python3
"""Make resources/plan_template.docx, the Word template of the plan document (run once; the
result is committed). ``desktop/exchange/document/word_docx.py`` opens it and fills it.

What the template holds (built on python-docx's own default template):

* A4 portrait, 18 mm margins; the header and footer styles;
* document defaults: Arial for Latin text, a CJK font in the East Asian slot
  (``w:rFonts w:eastAsia``: Noto Sans CJK TC; the exporter sets the one of the plan's
  language) and the East Asian language tag; the font table names Microsoft JhengHei/YaHei
  as their stand-ins (``w:altName``, with the Big5/GB2312 character sets) for Word on Windows;
* Title, Subtitle, Heading 1 and Heading 2 without theme fonts or colours; Heading 1/2 are
  outline levels 1/2 (Word's navigation pane) and numbered through a multi-level list:
  numbering 90 ``一、`` / ``1.`` (Chinese documents), numbering 91 ``1.`` / ``1.1`` (English);
  the headings' own text carries no number;
* paragraph styles "Table Text", "Table Heading", "Cover Text", "toc 1" and "toc 2";
* ``w:updateFields`` so that Word fills in the table of contents' page numbers on opening.

Usage: .venv/bin/python scripts/make_word_template.py [OUT.docx]
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "plan_template.docx"
INK = RGBColor(0x1A, 0x1A, 0x1A)
CJK_FONTS = (
    ("Noto Sans CJK TC", "Microsoft JhengHei", "88"),
    ("Noto Sans CJK SC", "Microsoft YaHei", "86"),
)
NUMBERING = {
    90: (("chineseCounting", "%1、"), ("decimal", "%2.")),
    91: (("decimal", "%1."), ("decimal", "%1.%2")),
}


def el(tag: str, **attrs: str) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
SETTINGS_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
)


def put(parent: OxmlElement, element: OxmlElement, order: tuple[str, ...]) -> OxmlElement:
    """Insert ``element`` where the schema's sequence ``order`` wants it (Word is strict)."""
    name = element.tag.split("}")[1]
    old = parent.find(element.tag)
    if old is not None:
        parent.remove(old)
    later = order[order.index(name) + 1 :] if name in order else ()
    for sibling in parent:
        if sibling.tag.split("}")[1] in later:
            sibling.addprevious(element)
            return element
    parent.append(element)
    return element


def child(parent: OxmlElement, tag: str) -> OxmlElement:
    """The first ``tag`` child of ``parent``, created (at the end) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = el(tag)
        parent.append(found)
    return found


def set_fonts(rpr: OxmlElement, latin: str, east_asian: str) -> None:
    fonts = child(rpr, "w:rFonts")
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for slot in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{slot}"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def doc_defaults(doc: Document) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = child(child(defaults, "w:rPrDefault"), "w:rPr")
    set_fonts(rpr, "Arial", "Noto Sans CJK TC")
    child(rpr, "w:sz").set(qn("w:val"), "21")
    child(rpr, "w:szCs").set(qn("w:val"), "21")
    lang = child(rpr, "w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-TW")


def font_table(doc: Document) -> None:
    """Declare the CJK fonts with their character set and a Windows stand-in (``altName``), so
    that Word without Noto picks a Traditional/Simplified Chinese font in their place."""
    part = next(
        p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"
    )
    entries = "".join(
        f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="{charset}"/>'
        f'<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
        for name, alt, charset in CJK_FONTS
    )
    blob = part.blob.decode("utf-8")
    part._blob = blob.replace("</w:fonts>", entries + "</w:fonts>").encode("utf-8")


def plain(style) -> None:  # a python-docx style
    """No theme fonts (they would win over the document defaults), no colour, no border."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        rpr.remove(fonts)
    style.font.color.rgb = INK
    ppr = style.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def bottom_rule(style) -> None:
    ppr = style.element.get_or_add_pPr()
    border = el("w:pBdr")
    border.append(el("w:bottom", val="single", sz="6", space="2", color="9AA3AD"))
    put(ppr, border, PPR_ORDER)


def numbering(doc: Document) -> None:
    part = doc.part.numbering_part.element
    for num_id, levels in NUMBERING.items():
        abstract = el("w:abstractNum", abstractNumId=str(num_id))
        abstract.append(el("w:multiLevelType", val="multilevel"))
        for ilvl, (fmt, text) in enumerate(levels):
            lvl = el("w:lvl", ilvl=str(ilvl))
            lvl.append(el("w:start", val="1"))
            lvl.append(el("w:numFmt", val=fmt))
            if ilvl:
                lvl.append(el("w:lvlRestart", val="1"))
            lvl.append(el("w:pStyle", val=f"Heading{ilvl + 1}"))
            lvl.append(el("w:suff", val="space"))
            lvl.append(el("w:lvlText", val=text))
            lvl.append(el("w:lvlJc", val="left"))
            ppr = el("w:pPr")
            ppr.append(el("w:ind", left="0", firstLine="0"))
            lvl.append(ppr)
            abstract.append(lvl)
        first_num = part.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            part.append(abstract)
        num = el("w:num", numId=str(num_id))
        num.append(el("w:abstractNumId", val=str(num_id)))
        part.append(num)


def heading(doc: Document, level: int, size: float, before: float, after: float) -> None:
    style = doc.styles[f"Heading {level}"]
    plain(style)
    style.font.size = Pt(size)
    style.font.bold = True
    style.font.italic = False
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.keep_with_next = True
    ppr = style.element.get_or_add_pPr()
    numpr = el("w:numPr")
    numpr.append(el("w:ilvl", val=str(level - 1)))
    numpr.append(el("w:numId", val="90"))
    put(ppr, numpr, PPR_ORDER)
    put(ppr, el("w:outlineLvl", val=str(level - 1)), PPR_ORDER)
    if level == 1:
        bottom_rule(style)


def paragraph_style(
    doc: Document,
    name: str,
    *,
    size: float,
    bold: bool = False,
    center: bool = False,
    after: float = 0,
    indent: float = 0,
) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size = Pt(size)
    style.font.bold = bold
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(after)
    fmt.line_spacing = 1.1
    if indent:
        fmt.left_indent = Mm(indent)
    if center:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build() -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left", "right", "top", "bottom"):
        setattr(section, f"{side}_margin", Mm(18))
    section.header_distance = section.footer_distance = Mm(8)
    doc_defaults(doc)
    normal = doc.styles["Normal"].paragraph_format
    normal.space_after, normal.line_spacing = Pt(4), 1.2
    for name, size in (("Title", 24), ("Subtitle", 14)):
        style = doc.styles[name]
        plain(style)
        style.font.size = Pt(size)
        style.font.bold = name == "Title"
        style.font.italic = False
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style.paragraph_format.space_after = Pt(8)
    heading(doc, 1, 16, 18, 6)
    heading(doc, 2, 13, 10, 4)
    numbering(doc)
    paragraph_style(doc, "Table Text", size=9)
    paragraph_style(doc, "Table Heading", size=9, bold=True, center=True)
    paragraph_style(doc, "Cover Text", size=10.5, center=True, after=4)
    paragraph_style(doc, "toc 1", size=10.5, after=2)
    paragraph_style(doc, "toc 2", size=10, after=1, indent=6)
    font_table(doc)
    for name in ("Header", "Footer"):
        tabs = doc.styles[name].element.pPr.find(qn("w:tabs"))
        if tabs is not None:  # letter-size tab stops; the exporter sets its own
            doc.styles[name].element.pPr.remove(tabs)
        doc.styles[name].font.size = Pt(8)
        doc.styles[name].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    put(
        doc.settings.element,
        el("w:updateFields", val="true"),
        ("updateFields", *SETTINGS_AFTER_UPDATE_FIELDS),
    )
    body = doc.element.body
    for p in body.findall(qn("w:p")):
        body.remove(p)
    return doc


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    build().save(out)
    print(out)
