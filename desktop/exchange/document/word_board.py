"""The task board in the Word file as a Word table, the way the workbook's board sheet draws
the year: one row per subtask and milestone under its task, months × weeks as columns (weeks as
the plan counts them), a week shaded in the owner team's colour when an occurrence falls in it
and ticked when an occurrence starting in it is done.

A table, not pictures of the printed board: a 2,000-subtask board is 220 landscape pages, and
painting and compressing those as images took most of a minute. The table is text (searchable,
editable, small) and is written as XML in one go; consecutive weeks in the same state share one
cell (``gridSpan``), which keeps even a daily rule to a single cell.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu, Pt
from sqlalchemy.orm import object_session

from desktop.models.schedule_expand import week_columns
from desktop.render.board_geometry import GROUP, TASK, board_rows_from
from desktop.store.board_read import read_board

from .word_tables import W_NS

HEAD_FILL, MONTH_FILL, TASK_FILL, NO_TEAM = "E8EDF3", "D9E1F2", "EDEDED", "A6A6A6"
LABEL_SHARE = (0.06, 0.16, 0.08, 0.08)  # code, title, owner, schedule: share of the width
SIZE = 6  # points: the board table's text
STYLE_NAME, STYLE_ID = "Board Text", "BoardText"  # its paragraph style, added to the document
TEXT = {
    "code": {"zh_TW": "編號", "zh_CN": "编号", "en": "Code"},
    "title": {"zh_TW": "子任務", "zh_CN": "子任务", "en": "Subtask"},
    "owner": {"zh_TW": "責任人", "zh_CN": "责任人", "en": "Owner"},
    "when": {"zh_TW": "時間", "zh_CN": "时间", "en": "Schedule"},
    "month": {"zh_TW": "{0}月", "zh_CN": "{0}月", "en": "{0}"},
}


def _t(key: str, lang: str) -> str:
    return TEXT[key].get(lang, TEXT[key]["en"])


def _color(value: str | None) -> str:
    text = (value or "").lstrip("#")
    return text[:6].upper() if len(text) >= 6 else NO_TEAM


def _cell(
    width: int,
    text: str = "",
    *,
    span: int = 1,
    fill: str = "",
    bold: bool = False,
    white: bool = False,
    center: bool = False,
    vmerge: str = "",
) -> str:
    props = f'<w:tcW w:type="dxa" w:w="{width}"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        props += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>"
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    run_props = ("<w:b/>" if bold else "") + ('<w:color w:val="FFFFFF"/>' if white else "")
    if run_props:
        run_props = f"<w:rPr>{run_props}</w:rPr>"
    jc = '<w:jc w:val="center"/>' if center else ""
    run = f'<w:r>{run_props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return (
        f'<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:pPr><w:pStyle w:val="{STYLE_ID}"/>{jc}</w:pPr>'
        f"{run}</w:p></w:tc>"
    )


def _week_cells(
    row: Any, day_col: dict[date, int], count: int, widths: list[int], fill: str
) -> str:
    """The row's week cells: runs of weeks in the same state (empty, planned, done) merged."""
    state = [0] * count  # 0 empty, 1 planned, 2 done
    year_start, year_end = min(day_col), max(day_col)
    for start, end in row.occurrences:
        if end < year_start or start > year_end:
            continue
        first, last = day_col[max(start, year_start)], day_col[min(end, year_end)]
        for i in range(first, last + 1):
            state[i] = max(state[i], 1)
    for day in row.done:
        if (col := day_col.get(day)) is not None and state[col]:
            state[col] = 2
    cells, i = [], 0
    while i < count:
        j = i
        while j + 1 < count and state[j + 1] == state[i] and state[i] != 2:
            j += 1
        width = sum(widths[i : j + 1])
        if state[i] == 0:
            cells.append(_cell(width, span=j - i + 1))
        else:
            text = "✓" if state[i] == 2 else ""
            cells.append(_cell(width, text, span=j - i + 1, fill=fill, white=True, center=True))
        i = j + 1
    return "".join(cells)


def _add_style(doc: DocxDocument) -> None:
    """The board's paragraph style: "Table Text" at 6 pt without space around paragraphs."""
    if STYLE_NAME in [s.name for s in doc.styles]:
        return
    style = doc.styles.add_style(STYLE_NAME, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), STYLE_ID)
    style.base_style = doc.styles["Table Text"]
    style.font.size = Pt(SIZE)
    fmt = style.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0


def board_rows(plan: Any, lang: str) -> list[Any]:
    """The board's rows, as the task board shows them (empty: no board appendix)."""
    return board_rows_from(read_board(object_session(plan), plan.id), lang)


def board_table(doc: DocxDocument, plan: Any, rows: list[Any], lang: str, width: Emu) -> int:
    """Append the board table of ``rows`` (``board_rows``), ``width`` wide, to ``doc``;
    returns its number of item rows."""
    _add_style(doc)
    columns, day_col = week_columns(plan.year, plan.week_convention or "calendar")
    total = Emu(width).twips
    labels = [int(total * share) for share in LABEL_SHARE]
    week = (total - sum(labels)) // len(columns)
    widths = [week] * len(columns)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in labels + widths)
    head = '<w:trPr><w:tblHeader w:val="true"/><w:cantSplit w:val="true"/></w:trPr>'
    top = [
        _cell(w, _t(k, lang), fill=HEAD_FILL, bold=True, vmerge="restart")
        for w, k in zip(labels, ("code", "title", "owner", "when"), strict=True)
    ]
    second = [_cell(w, fill=HEAD_FILL, vmerge="continue") for w in labels]
    for month in range(1, 13):
        span = sum(1 for m, _n in columns if m == month)
        text = _t("month", lang).format(month)
        top.append(_cell(week * span, text, span=span, fill=MONTH_FILL, bold=True, center=True))
    second += [_cell(week, str(n), fill=MONTH_FILL, center=True) for _m, n in columns]
    parts = [
        f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblStyle w:val="'
        f'{doc.styles["Table Grid"].style_id}"/><w:tblW w:type="dxa" w:w="{total}"/>'
        '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="28" w:type="dxa"/><w:right w:w="28" w:type="dxa"/>'
        f"</w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
        f"<w:tr>{head}{''.join(top)}</w:tr>",
        f"<w:tr>{head}{''.join(second)}</w:tr>",
    ]
    split = '<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>'
    items = 0
    weeks: dict[tuple[Any, ...], str] = {}  # many rows share a rule: their cells are the same
    for row in rows:
        if row.kind in (TASK, GROUP):
            cell = _cell(total, row.label, span=4 + len(columns), fill=TASK_FILL, bold=True)
            parts.append(f"{split}{cell}</w:tr>")
            continue
        items += 1
        fill = _color(row.color) if row.team else NO_TEAM
        key = (row.occurrences, row.done, fill)
        weeks_xml = weeks.get(key)
        if weeks_xml is None:
            weeks_xml = weeks[key] = _week_cells(row, day_col, len(columns), widths, fill)
        parts.append(
            split
            + _cell(labels[0], row.code)
            + _cell(labels[1], row.title)
            + _cell(labels[2], row.team)
            + _cell(labels[3], row.rule_text)
            + weeks_xml
            + "</w:tr>"
        )
    parts.append("</w:tbl>")
    body = doc.element.body
    section = body.find(f"{{{W_NS}}}sectPr")
    table = parse_xml("".join(parts))
    if section is not None:
        section.addprevious(table)
    else:
        body.append(table)
    return items
