"""Word tables written as XML in one go.

python-docx adds a table row by row and looks every paragraph style up by name in the
styles part; a 2,000-row table took most of a minute. ``xml_table`` writes the same table
(shaded header row repeated on each page, rows that do not split, group rows across the table)
as one string of WordprocessingML, parsed once with lxml.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.shared import Emu
from docx.table import Table

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
    'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
)


def _runs(text: str, bold: bool = False) -> str:
    """``text`` as runs, a line break before each line after the first (as ``text_into``)."""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return "".join(
        f'<w:r>{props}{"<w:br/>" if i else ""}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
        for i, line in enumerate(text.split("\n"))
    )


def _cell(width: int, style: str, text: str, *, fill: str = "", span: int = 1, bold=False) -> str:
    props = f'<w:tcW w:type="dxa" w:w="{width}"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    keep = "<w:keepNext/>" if span > 1 else ""
    return (
        f'<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}</w:pPr>'
        f"{_runs(text, bold)}</w:p></w:tc>"
    )


def xml_table(
    doc: DocxDocument,
    headers: Sequence[str],
    widths: Sequence[Emu],
    rows: Sequence[Sequence[str] | str],
    *,
    head_fill: str,
    group_fill: str,
) -> Table:
    """Append a grid table (centred, fixed column ``widths``) to the end of ``doc``'s body and
    return it; a ``str`` row is a bold, shaded group heading across the table."""
    styles = doc.styles
    grid_style = styles["Table Grid"].style_id
    head_style = styles["Table Heading"].style_id
    text_style = styles["Table Text"].style_id
    twips = [Emu(w).twips for w in widths]
    parts = [
        f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblStyle w:val="{grid_style}"/>'
        '<w:tblW w:type="auto" w:w="0"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        f"{_LOOK}</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{t}"/>' for t in twips),
        '</w:tblGrid><w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>',
        *(_cell(t, head_style, h, fill=head_fill) for t, h in zip(twips, headers, strict=True)),
        "</w:tr>",
    ]
    split = '<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>'
    total = sum(twips)
    for row in rows:
        if isinstance(row, str):
            cell = _cell(total, text_style, row, fill=group_fill, span=len(twips), bold=True)
            parts.append(f"{split}{cell}</w:tr>")
            continue
        cells = (_cell(t, text_style, str(v)) for t, v in zip(twips, row, strict=True))
        parts.append(split + "".join(cells) + "</w:tr>")
    parts.append("</w:tbl>")
    tbl = parse_xml("".join(parts))
    body = doc.element.body
    section = body.find(f"{{{W_NS}}}sectPr")
    if section is not None:
        section.addprevious(tbl)
    else:
        body.append(tbl)
    return Table(tbl, doc._body)
