"""Low-level workbook writing for the export: shared styles, safe cells, sheet set-up.

Everything is written through openpyxl's write-only mode. Cells share one style array per
style (cheap), floats are written with ``repr`` (openpyxl's ``%.16g`` would lose the last
digit) and user text is always a string cell, never a formula.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Protocol, cast

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

CJK_FONT = "Noto Sans CJK TC"
FOOTER = "第 &P 頁 / 共 &N 頁"
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
RISKY_START = ("=", "+", "-", "@")
ESCAPED = re.compile(r"_x[0-9A-Fa-f]{4}_")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")  # and \r (lost)
_THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
LINE = Border(bottom=Side(style="thin", color="000000"))


class CellSlots(Protocol):
    """The slots of an openpyxl cell that the writer sets directly: the public setters check
    and copy on every call, which sheets of thousands of cells feel."""

    _style: StyleArray
    _value: object


def slots(cell: Cell) -> CellSlots:
    return cast(CellSlots, cell)


class Styles:
    """One template cell per style; ``cell()`` makes a styled write-only cell from it."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        top = Alignment(vertical="top", wrap_text=True)
        body = {"font": Font(name=CJK_FONT, size=10), "border": BOX, "alignment": top}
        self.body = body
        self.templates: dict[str, StyleArray] = {}
        self.add("body", **body)
        self.add("text", quotePrefix=True, **body)
        self.add("number", **body | {"alignment": Alignment(vertical="top")})
        self.add(
            "date",
            number_format=DATE_FORMAT,
            **body | {"alignment": Alignment(vertical="top", horizontal="left")},
        )
        self.add(
            "header",
            font=Font(name=CJK_FONT, size=10, bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor="305496"),
            border=BOX,
            alignment=Alignment(vertical="center", wrap_text=True),
        )

    def add(self, name: str, **attrs: Any) -> None:
        cell = WriteOnlyCell(self.ws)
        for key, value in attrs.items():
            setattr(cell, key, value)
        self.templates[name] = slots(cell)._style

    def cell(self, value: Any, style: str = "body") -> Cell:
        """A styled cell; text is always a string cell (never a formula), see value_cell."""
        cell = WriteOnlyCell(self.ws)
        if isinstance(value, str):
            if "_x" in value:  # keep literal _xHHHH_ text apart from Excel's escapes
                value = ESCAPED.sub(lambda m: "_x005F" + m.group(0), value)
            if NOT_XML.search(value):  # as Excel does: characters XML cannot carry
                value = NOT_XML.sub(lambda m: f"_x{ord(m.group()):04X}_", value)
            cell.value = value
            cell.data_type = "s"  # whatever the text says, never a formula
        elif value is not None:
            cell.value = value
        slots(cell)._style = self.templates[style]
        return cell

    def money(self, value: float) -> Cell:
        """An amount of money: a number cell shown as ``12,000.00``, every digit kept."""
        if "money" not in self.templates:  # added when first used: other styles keep their ids
            number = self.body | {"alignment": Alignment(vertical="top")}
            self.add("money", number_format=MONEY_FORMAT, **number)
        cell = self.cell(float(value), "money")
        slots(cell)._value = repr(float(value))
        return cell


def value_cell(styles: Styles, value: Any) -> Cell:
    """A body cell for a Python value: text stays text, floats keep every digit."""
    if value is None:
        return styles.cell(None)
    if isinstance(value, str):
        return styles.cell(value, "text" if value.startswith(RISKY_START) else "body")
    if isinstance(value, bool):
        return styles.cell(value)
    if isinstance(value, float):
        cell = styles.cell(value, "number")
        slots(cell)._value = repr(value)  # the shortest text that reads back as the same float
        return cell
    if isinstance(value, int):
        return styles.cell(value, "number")
    if isinstance(value, datetime | date):
        return styles.cell(value, "date")
    return styles.cell(str(value))


LINE_POINTS = 13.5  # one line of 10 pt text in a row
MAX_ROW_POINTS = 409.0  # the tallest row Excel allows
A4_WIDTH_CHARS = 150.0  # widths (in characters) that still print legibly on A4 landscape


def text_width(text: str) -> int:
    """Width in column units: CJK and other wide characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide."""
    usable = max(1.0, width - 1.0)  # cell padding
    # a 10 pt glyph is a little narrower than the width units (a "0" of the default font)
    return sum(max(1, math.ceil(text_width(part) * 0.95 / usable)) for part in text.split("\n"))


def row_height(values: list[Any], widths: Sequence[float]) -> float | None:
    """The height (points) a row of wrapped text needs, or None when one line is enough."""
    lines = max(
        (
            text_lines(v, w)
            for v, w in zip(values, widths, strict=False)
            if isinstance(v, str) and v
        ),
        default=1,
    )
    if lines <= 1:
        return None
    return min(MAX_ROW_POINTS, lines * LINE_POINTS + 4)


def setup_print(
    ws: Worksheet, *, title_rows: str | None = "1:1", landscape: bool = True, width: float = 0.0
) -> None:
    """A4 (A3 for very wide sheets), landscape, fit to width, print titles and the footer."""
    ws.page_setup.paperSize = "8" if width > A4_WIDTH_CHARS else "9"  # A3 / A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    fit = ws.sheet_properties.pageSetUpPr  # openpyxl makes one with every sheet
    if fit is None:
        fit = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    fit.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75  # room for the footer's whole line
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    odd = ws.oddFooter  # openpyxl makes the footer and its parts with every sheet
    if odd is None or odd.center is None:
        raise ValueError(f"sheet {ws.title}: openpyxl made it without a footer")
    odd.center.text = FOOTER
    odd.center.size = 9


def set_dimension(ws: Any, columns: int, rows: int) -> None:
    """Declare the sheet's used range before the first row is written (write-only sheets
    cannot know it); readers then need not scan the whole sheet to find its size."""
    from openpyxl.utils import get_column_letter

    ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    ws.calculate_dimension = lambda: ref


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width


def add_list_validation(ws: Worksheet, column: int, source: str, rows: int) -> None:
    """A drop-down for one column (rows 2..rows) fed by a range of the hidden lists sheet."""
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column)
    dv = DataValidation(
        type="list", formula1=source, allow_blank=True, showErrorMessage=True, errorStyle="warning"
    )
    dv.add(f"{letter}2:{letter}{max(rows, 2) + 500}")
    ws.data_validations.append(dv)
