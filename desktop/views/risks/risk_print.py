"""Printing the risk register: both heat maps, then the (filtered, sorted) table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from desktop.views.risks import risk_columns as rc
from desktop.views.risks.heat_map import INHERENT, paint_heat_map

if TYPE_CHECKING:
    from desktop.views.risks.risk_register import RiskRegisterScreen

PRINT_COLUMNS = (
    (rc.COL_CODE, 5),
    (rc.COL_TITLE, 14),
    (rc.COL_LIKELIHOOD, 8),
    (rc.COL_IMPACT, 7),
    (rc.COL_SCORE, 5),
    (rc.COL_BAND, 6),
    (rc.COL_OWNER, 11),
    (rc.COL_MEASURE, 22),
    (rc.COL_SCHEDULE, 9),
    (rc.COL_STATUS, 6),
    (rc.COL_REVIEW, 9),
    (rc.COL_RES_SCORE, 6),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("RiskRegisterScreen", text)


def print_register(screen: RiskRegisterScreen, printer: Any) -> None:
    """Paint both heat maps and the (filtered, sorted) table onto ``printer``."""
    from desktop.render.fonts import document_font

    painter = QPainter(printer)
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        scale = printer.resolution() / 96.0
        font = document_font(screen.ctx.lang, 8.5)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(document_font(screen.ctx.lang, 13, bold=True))
        with screen.ctx.session() as session:
            plan = screen.ctx.plan(session)
            title = f"{plan.title} ({plan.year})" if plan is not None else ""
        painter.drawText(
            QRectF(0, 0, page.width(), 40 * scale),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _t("Risk register — {0}").format(title),
        )
        y = 44 * scale
        side = min(page.height() * 0.32, page.width() / 2.2)
        for i, (mode, title) in enumerate(
            ((INHERENT, _t("Inherent risk")), ("residual", _t("Residual risk")))
        ):
            cells = screen.heat.cells[mode]
            x = i * (side + 30 * scale)
            painter.setFont(bold)
            painter.drawText(QRectF(x, y, side, 20 * scale), title)
            painter.save()
            painter.translate(x, y + 22 * scale)
            painter.scale(side / 380, side / 380)
            counts: dict[tuple[int, int], int] = {}
            for cell in cells:
                counts[cell] = counts.get(cell, 0) + 1
            paint_heat_map(
                painter,
                QRectF(0, 0, 380, 380),
                counts,
                axis_likelihood=_t("Likelihood"),
                axis_impact=_t("Impact"),
                font=font,
            )
            painter.restore()
        y += side + 40 * scale
        _print_table(screen, painter, printer, page, y, font, bold)
    finally:
        painter.end()


def _print_table(
    screen: RiskRegisterScreen,
    painter: QPainter,
    printer: Any,
    page: QRectF,
    y: float,
    font: QFont,
    bold: QFont,
) -> None:
    total = sum(w for _c, w in PRINT_COLUMNS)
    widths = [page.width() * w / total for _c, w in PRINT_COLUMNS]
    pad = 4 * printer.resolution() / 96.0
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)

    def row_height(texts: list[str], row_font: QFont) -> float:
        painter.setFont(row_font)
        metrics = painter.fontMetrics()
        return (
            max(
                metrics.boundingRect(0, 0, int(w - 2 * pad), 100000, flags, t).height()
                for t, w in zip(texts, widths, strict=True)
            )
            + 2 * pad
        )

    def draw_row(
        texts: list[str], row_font: QFont, top: float, height: float, fills: list[Any]
    ) -> None:
        painter.setFont(row_font)
        x = 0.0
        for text, width, fill in zip(texts, widths, fills, strict=True):
            cell = QRectF(x, top, width, height)
            if fill is not None:
                painter.fillRect(cell, fill)
            painter.drawRect(cell)
            painter.drawText(cell.adjusted(pad, pad, -pad, -pad), flags, text)
            x += width

    heads = [screen.model.headers[c].replace("\n", " ") for c, _w in PRINT_COLUMNS]
    head_h = row_height(heads, bold)
    draw_row(heads, bold, y, head_h, [Qt.GlobalColor.lightGray] * len(heads))
    y += head_h
    for prow in range(screen.proxy.rowCount()):
        texts = [screen.proxy.index(prow, c).data() or "" for c, _w in PRINT_COLUMNS]
        fills = [
            screen.proxy.index(prow, c).data(Qt.ItemDataRole.BackgroundRole)
            for c, _w in PRINT_COLUMNS
        ]
        height = row_height(texts, font)
        if y + height > page.height():
            printer.newPage()
            y = 0.0
            draw_row(heads, bold, y, head_h, [Qt.GlobalColor.lightGray] * len(heads))
            y += head_h
        draw_row(texts, font, y, height, fills)
        y += height
