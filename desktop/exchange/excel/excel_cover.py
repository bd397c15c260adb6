"""The cover (title, approval form, status, sign-off area), texts and meta sheets of the export."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from desktop.exchange.excel.excel_enums import enum_label
from desktop.exchange.excel.excel_layout import (
    FORMAT_VERSION,
    META_SHEET,
    SHEET,
    TEXT_COLUMNS,
    TEXT_FIELDS,
    label,
)
from desktop.exchange.excel.excel_write import (
    BOX,
    CJK_FONT,
    LINE,
    Styles,
    row_height,
    set_dimension,
    set_widths,
    setup_print,
    slots,
    value_cell,
)

SIGNOFF_MARK = ("簽署記錄", "签署记录", "Sign-offs")
SIGNOFF_HEADERS = (
    ("角色", "Role"),
    ("指定人", "Named"),
    ("簽署人", "Signer"),
    ("簽署時間", "Signed at"),
    ("核實", "Verdict"),
    ("內容指紋", "Fingerprint"),
    ("簽署含義", "Meaning"),
)
# the keys of ``signoff_rows`` written under SIGNOFF_HEADERS (import reads them back by header)
SIGNOFF_KEYS = (
    "role_label",
    "named",
    "signer",
    "signed_at",
    "verdict_text",
    "fingerprint",
    "meaning",
)
# 132 characters: A4 landscape at about full size (LibreOffice shrank the 156-character
# portrait cover to ~5 pt); the bilingual labels still fit on one line
WIDTHS = [19, 20, 19, 20, 19, 20, 15]


def _cover_styles(ws: Any) -> Styles:
    styles = Styles(ws)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    styles.add("title", font=Font(name=CJK_FONT, size=20, bold=True), alignment=center)
    styles.add("subtitle", font=Font(name=CJK_FONT, size=12, color="404040"), alignment=center)
    styles.add(
        "section",
        font=Font(name=CJK_FONT, size=12, bold=True, color="FFFFFF"),
        fill=PatternFill("solid", fgColor="305496"),
        alignment=Alignment(vertical="center"),
    )
    styles.add(
        "label",
        font=Font(name=CJK_FONT, size=11, bold=True),
        border=BOX,
        fill=PatternFill("solid", fgColor="D9E1F2"),
        alignment=Alignment(vertical="center", wrap_text=True),
    )
    styles.add(
        "field",
        font=Font(name=CJK_FONT, size=11),
        border=BOX,
        alignment=Alignment(horizontal="left", vertical="center", wrap_text=True),
    )
    styles.add(
        "fielddate",
        font=Font(name=CJK_FONT, size=11),
        border=BOX,
        number_format="yyyy-mm-dd",
        alignment=Alignment(horizontal="left", vertical="center"),
    )
    styles.add(
        "sign",
        font=Font(name=CJK_FONT, size=11),
        border=Border(
            left=BOX.left, right=BOX.right, top=BOX.top, bottom=Side(style="medium", color="000000")
        ),
    )
    styles.add(
        "note",
        font=Font(name=CJK_FONT, size=9, italic=True, color="7F7F7F"),
        border=LINE,
        alignment=Alignment(wrap_text=True, vertical="top"),
    )
    return styles


def _field(styles: Styles, value: Any) -> Any:
    if isinstance(value, date):
        return styles.cell(value, "fielddate")
    cell = value_cell(styles, value)
    slots(cell)._style = styles.templates["field"]
    return cell


def write_cover(
    wb: Workbook,
    data: dict[str, Any],
    *,
    status: str,
    signoffs: list[dict[str, Any]] | None,
    trust_root: str = "",
) -> None:
    head = data["plan"]
    lang = head.get("language") or "zh_TW"
    ws = wb.create_sheet(SHEET["cover"].title)
    styles = _cover_styles(ws)
    set_widths(ws, WIDTHS)
    setup_print(ws, title_rows=None, width=sum(WIDTHS))
    ws.print_options.horizontalCentered = True
    merges: list[str] = []
    rows: list[list[Any]] = []

    def add(row: list[Any], *, height: float | None = None, merge: str | None = None) -> None:
        rows.append(row)
        n = len(rows)
        if height:
            ws.row_dimensions[n].height = height
        if merge:
            merges.append(merge.format(n=n))

    def lab(zh: str, en: str) -> Any:
        return styles.cell(label(zh, en), "label")

    compiled = date.fromisoformat(head["compiled_on"]) if head.get("compiled_on") else None
    add([_field_title(styles, head["title"])], height=48, merge="A{n}:F{n}")
    sub = (
        f"{head['organisation']}　{head['year']} 年度"
        if head["organisation"]
        else (f"{head['year']} 年度")
    )
    add([styles.cell(sub, "subtitle")], height=24, merge="A{n}:F{n}")
    add([])
    add([styles.cell(label("計劃資料", "Plan"), "section")], height=22, merge="A{n}:F{n}")
    add([lab("計劃名稱", "Title"), _field(styles, head["title"])], height=36, merge="B{n}:F{n}")
    add(
        [
            lab("年度", "Year"),
            _field(styles, head["year"]),
            lab("機構", "Organisation"),
            _field(styles, head["organisation"]),
        ],
        height=24,
        merge="D{n}:F{n}",
    )
    add(
        [
            lab("狀態", "Status"),
            _field(styles, enum_label("status", status, lang)),
            lab("修訂版本", "Revision"),
            _field(styles, head["revision"]),
        ],
        height=24,
    )
    add([])
    add([styles.cell(label("審批", "Approval"), "section")], height=22, merge="A{n}:F{n}")
    add(
        [
            lab("編制人", "Compiler"),
            _field(styles, head["compiler"]),
            lab("審核人", "Reviewer"),
            _field(styles, head["reviewer"]),
            lab("批準人", "Approver"),
            _field(styles, head["approver"]),
        ],
        height=28,
    )
    sign = [lab("簽名", "Signature"), styles.cell(None, "sign")]
    add(sign * 3, height=48)
    add([lab("編制日期", "Date"), _field(styles, compiled)], height=28)
    if trust_root:
        digits = " ".join(trust_root[i : i + 4] for i in range(0, 64, 4))
        add([lab("信任根指紋", "Trust root"), _field(styles, digits)], height=28, merge="B{n}:F{n}")
    add([])
    add(
        [styles.cell(label(SIGNOFF_MARK[0], SIGNOFF_MARK[2]), "section")],
        height=22,
        merge="A{n}:G{n}",
    )
    add([styles.cell(label(zh, en), "label") for zh, en in SIGNOFF_HEADERS], height=24)
    for row in signoffs or []:
        values = [row.get(key, "") for key in SIGNOFF_KEYS]
        height = row_height([str(v) for v in values], WIDTHS) or 22
        add([_field(styles, v) for v in values], height=max(22, height))
    add(
        [
            styles.cell(
                "（此區由 PlanDesk 填寫簽署記錄；匯入時只記為「外部記錄，未經驗證」，不會成為"
                "簽署 — sign-off records are filled in by PlanDesk; an import records them "
                "as 'recorded elsewhere, not verified', never as signatures）",
                "note",
            )
        ],
        height=30,
        merge="A{n}:G{n}",
    )
    set_dimension(ws, 7, len(rows))
    for cells in rows:
        ws.append(cells)
    for ref in merges:
        ws.merged_cells.add(ref)


def _field_title(styles: Styles, title: str) -> Any:
    cell = value_cell(styles, title)
    slots(cell)._style = styles.templates["title"]
    return cell


def write_texts(wb: Workbook, data: dict[str, Any]) -> None:
    """The introduction, summary and outlook, one row each."""
    ws = wb.create_sheet(SHEET["texts"].title)
    set_dimension(ws, 2, 1 + len(TEXT_FIELDS))
    styles = Styles(ws)
    widths = [c.width for c in TEXT_COLUMNS]
    set_widths(ws, widths)
    setup_print(ws, width=sum(widths))
    ws.freeze_panes = "A2"
    ws.append([styles.cell(c.header, "header") for c in TEXT_COLUMNS])
    for row, (key, zh, _cn, en) in enumerate(TEXT_FIELDS, 2):
        text = data["plan"][key]
        height = row_height([label(zh, en), text], widths)
        if height is not None:
            ws.row_dimensions[row].height = height
        ws.append([styles.cell(label(zh, en), "body"), value_cell(styles, text)])


def write_meta(wb: Workbook, data: dict[str, Any], *, now: datetime, generator: str) -> None:
    """The hidden meta sheet: format version, identity and settings of the plan, export time."""
    head = data["plan"]
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    set_dimension(ws, 2, 9)
    styles = Styles(ws)
    for key, value in (
        ("format", FORMAT_VERSION),
        ("uuid", head["uuid"]),
        ("lineage", head["lineage"]),
        ("revision", head["revision"]),
        ("language", head["language"]),
        ("week_convention", head["week_convention"]),
        ("allow_dual_roles", bool(head["allow_dual_roles"])),
        ("exported_at", now.isoformat()),
        ("generator", generator),
    ):
        ws.append([key, value_cell(styles, value)])
