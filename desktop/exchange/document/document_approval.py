"""The cover's approval block (編制人 / 審核人 / 批準人 / 編制日期 with signature lines, boxes for
digital signatures, or the recorded sign-offs) and the sign-off table under it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.exchange.document.document_layout import GRID, HEAD_FILL, INK, line_height, wrap
from desktop.exchange.document.document_sections import Styles

if TYPE_CHECKING:
    from desktop.exchange.document.document_cover import Cover


ROLES = ("compiler", "reviewer", "approver")
VOID_RED = QColor("#b3261e")


def text_cell(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    *,
    color: QColor = INK,
    center: bool = False,
) -> None:
    painter.setFont(font)
    painter.setPen(color)
    lines = wrap(text, font, rect.width() - 10)
    lh = line_height(font)
    metrics = QFontMetricsF(font)
    y = rect.top() + (rect.height() - lh * len(lines)) / 2
    for line in lines:
        x = rect.left() + 5
        if center:
            x = rect.left() + (rect.width() - metrics.horizontalAdvance(line)) / 2
        painter.drawText(QPointF(x, y + (lh - metrics.height()) / 2 + metrics.ascent()), line)
        y += lh


def _signature_line(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(QPen(QColor("#555555"), 0.8))
    y = rect.bottom() - rect.height() * 0.28
    painter.drawLine(QPointF(rect.left() + 10, y), QPointF(rect.right() - 10, y))


def approval_block(
    painter: QPainter, rect: QRectF, y: float, cover: Cover, styles: Styles
) -> float:
    t = cover.t
    width = rect.width() * 0.9
    left = rect.left() + (rect.width() - width) / 2
    cols = [0.18, 0.24, 0.38, 0.20]
    xs = [left]
    for c in cols:
        xs.append(xs[-1] + c * width)
    head_h, row_h = 28.0, 52.0
    painter.fillRect(QRectF(left, y, width, head_h), HEAD_FILL)
    heads: tuple[str, ...] = ("role", "name", "signature", "date")
    if cover.for_signature:  # one box per role for the signature, its date inside
        heads, xs = heads[:3], [*xs[:3], xs[4]]
    for i, key in enumerate(heads):
        text_cell(
            painter,
            QRectF(xs[i], y, xs[i + 1] - xs[i], head_h),
            t(key),
            styles.cell_bold,
            center=True,
        )
    by_role = {r["role"]: r for r in cover.signoffs if not r.get("external")}
    if cover.for_signature:
        by_role = {}
    rows_top = y + head_h
    for n, role in enumerate(ROLES):
        top = rows_top + n * row_h
        text_cell(
            painter, QRectF(xs[0], top, xs[1] - xs[0], row_h), t(role), styles.body, center=True
        )
        name = cover.names.get(role) or ""
        if name:
            text_cell(
                painter, QRectF(xs[1], top, xs[2] - xs[1], row_h), name, styles.body, center=True
            )
        else:
            _signature_line(painter, QRectF(xs[1], top, xs[2] - xs[1], row_h))
        sig = by_role.get(role)
        sig_rect = QRectF(xs[2], top, xs[3] - xs[2], row_h)
        if cover.for_signature:
            cover.signature_boxes[role] = _page_box(
                painter, QRectF(xs[2], top, xs[-1] - xs[2], row_h)
            )
            continue
        date_rect = QRectF(xs[3], top, xs[4] - xs[3], row_h)
        if sig and sig.get("signer"):
            void = sig.get("verdict") != "valid"
            text = f"{sig['signer']}\n{sig.get('verdict_text', '')}"
            text_rect = sig_rect.adjusted(0, 0, -62, 0) if void else sig_rect
            text_cell(
                painter,
                text_rect,
                text,
                styles.small_bold if void else styles.small,
                color=VOID_RED if void else INK,
                center=True,
            )
            text_cell(
                painter, date_rect, str(sig.get("signed_at", ""))[:10], styles.small, center=True
            )
            if void:
                _stamp(painter, sig_rect, t("void"), styles.h1)
        else:
            _signature_line(painter, sig_rect)
            _signature_line(painter, date_rect)
    top = rows_top + 3 * row_h
    text_cell(
        painter,
        QRectF(xs[0], top, xs[1] - xs[0], row_h),
        t("compiled_on"),
        styles.body,
        center=True,
    )
    if cover.compiled_on:
        text_cell(
            painter, QRectF(xs[1], top, xs[-1] - xs[1], row_h), cover.compiled_on, styles.body
        )
    else:
        _signature_line(painter, QRectF(xs[1], top, xs[2] - xs[1], row_h))
    bottom = top + row_h
    painter.setPen(QPen(GRID, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(left, y, width, bottom - y))
    for yy in [rows_top + k * row_h for k in range(4)]:
        painter.drawLine(QPointF(left, yy), QPointF(left + width, yy))
    for x in xs[1:-1]:
        painter.drawLine(QPointF(x, y), QPointF(x, top))
    painter.drawLine(QPointF(xs[1], top), QPointF(xs[1], bottom))
    return bottom


def _page_box(painter: QPainter, rect: QRectF) -> tuple[float, float, float, float]:
    """``rect`` in CSS px on the page (the painter may be translated to the content area)."""
    mapped = painter.transform().mapRect(rect)
    scale = painter.device().logicalDpiX() / 96.0 if painter.device() else 1.0
    return (mapped.x() / scale, mapped.y() / scale, mapped.width() / scale, mapped.height() / scale)


def _stamp(painter: QPainter, rect: QRectF, text: str, font: QFont) -> None:
    painter.save()
    painter.setPen(QPen(VOID_RED, 1.6))
    painter.setFont(font)
    box = QRectF(rect.right() - 58, rect.top() + 6, 52, rect.height() - 12)
    painter.drawRect(box)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _signoff_columns(left: float, width: float) -> list[float]:
    xs = [left]
    for c in (0.10, 0.13, 0.17, 0.20, 0.20, 0.20):
        xs.append(xs[-1] + c * width)
    return xs


def _signoff_values(r: dict[str, Any]) -> list[str]:
    return [
        r.get("role_label", r.get("role", "")),
        r["signer"],
        str(r.get("signed_at", "")).replace("T", " "),
        r.get("meaning", ""),
        r.get("fingerprint", ""),
        r.get("verdict_text", ""),
    ]


def _signoff_row_height(values: list[str], xs: list[float], styles: Styles) -> float:
    heights = [len(wrap(v, styles.small, xs[i + 1] - xs[i] - 10)) for i, v in enumerate(values)]
    return max(heights) * line_height(styles.small) + 8


def signoff_height(cover: Cover, styles: Styles, width: float) -> float:
    """How tall ``signoff_block`` paints (heading, table or note, audit head line)."""
    height = line_height(styles.h2) + 4
    signed = [r for r in cover.signoffs if r.get("signer")]
    if not signed:
        height += 28
    else:
        xs = _signoff_columns(0.0, width)
        height += (
            24.0 + sum(_signoff_row_height(_signoff_values(r), xs, styles) for r in signed) + 8
        )
    return height + (24 if cover.audit_head else 0)


def signoff_block(painter: QPainter, rect: QRectF, y: float, cover: Cover, styles: Styles) -> float:
    t = cover.t
    width = rect.width() * 0.9
    left = rect.left() + (rect.width() - width) / 2
    painter.setFont(styles.h2)
    painter.setPen(INK)
    painter.drawText(QPointF(left, y + QFontMetricsF(styles.h2).ascent()), t("signoffs"))
    y += line_height(styles.h2) + 4
    signed = [r for r in cover.signoffs if r.get("signer")]
    if not signed:
        note = t("esign_note" if cover.for_signature else "unsigned_note")
        text_cell(painter, QRectF(left, y, width, 24), note, styles.small, color=QColor("#555555"))
        y += 28
    else:
        keys = ("role", "signer", "time", "meaning", "fingerprint", "verdict")
        xs = _signoff_columns(left, width)
        head_h = 24.0
        painter.fillRect(QRectF(left, y, width, head_h), HEAD_FILL)
        for i, key in enumerate(keys):
            text_cell(
                painter,
                QRectF(xs[i], y, xs[i + 1] - xs[i], head_h),
                t(key),
                styles.cell_bold,
                center=True,
            )
        top = y + head_h
        for r in signed:
            values = _signoff_values(r)
            row_h = _signoff_row_height(values, xs, styles)
            void = r.get("verdict") != "valid"
            for i, v in enumerate(values):
                color = VOID_RED if void and i == len(values) - 1 else INK
                text_cell(
                    painter,
                    QRectF(xs[i], top, xs[i + 1] - xs[i], row_h),
                    v,
                    styles.small,
                    color=color,
                )
            painter.setPen(QPen(GRID, 0.6))
            painter.drawLine(QPointF(left, top), QPointF(left + width, top))
            top += row_h
        painter.setPen(QPen(GRID, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(left, y, width, top - y))
        for x in xs[1:-1]:
            painter.drawLine(QPointF(x, y), QPointF(x, top))
        y = top + 8
    if cover.audit_head:
        text_cell(
            painter,
            QRectF(left, y, width, 22),
            f"{t('audit_head')}：{cover.audit_head}",
            styles.small,
            color=QColor("#555555"),
        )
        y += 24
    return y
