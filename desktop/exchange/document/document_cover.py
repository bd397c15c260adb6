"""The cover: title, organisation, year, status and revision, and the approval block
(編制人 / 審核人 / 批準人 / 編制日期) with signature lines or the recorded sign-offs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from sqlalchemy.orm import Session

from desktop.exchange.document.document_enums import enum
from desktop.exchange.document.document_layout import GRID, HEAD_FILL, INK, line_height, wrap
from desktop.exchange.document.document_sections import Styles
from desktop.exchange.document.document_text import label
from desktop.models import PLACEHOLDER_NAME, Plan

ROLES = ("compiler", "reviewer", "approver")
VOID_RED = QColor("#b3261e")


@dataclass
class Cover:
    """Plain data of the cover page."""

    lang: str
    title: str
    organisation: str
    year: int
    status: str
    revision: int
    fingerprint: str
    names: dict[str, str]
    compiled_on: str
    signoffs: list[dict[str, Any]] = field(default_factory=list)
    audit_head: str = ""
    toc: list[tuple[str, int]] = field(default_factory=list)  # filled after pagination
    root_fingerprint: str = ""  # the workspace's trust root, printed under the approval block
    for_signature: bool = False  # empty boxes for digital signatures (no lines, no sign-offs)
    # where each role's signature box was painted: (x, y, width, height) in CSS px on the page
    signature_boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    toc_page: bool = False  # the contents have a page of their own (no room on the cover)

    def t(self, key: str) -> str:
        return label(key, self.lang)


def _name(value: str | None) -> str:
    value = (value or "").strip()
    return "" if value in ("", PLACEHOLDER_NAME) else value


def _date_text(plan: Plan, lang: str) -> str:
    day = plan.compiled_on
    if day is None:
        return ""
    return day.isoformat() if lang == "en" else f"{day.year}年{day.month}月{day.day}日"


def read_cover(session: Session | None, plan: Plan, lang: str, fingerprint: str) -> Cover:
    """The cover's data: header, approval names, sign-offs, audit head and trust root."""
    cover = Cover(
        lang=lang,
        title=plan.title,
        organisation=plan.organisation or "",
        year=plan.year,
        status=enum("status", plan.status, lang),
        revision=plan.revision,
        fingerprint=fingerprint,
        names={r: _name(getattr(plan, r)) for r in ROLES},
        compiled_on=_date_text(plan, lang),
    )
    if session is None:
        return cover
    from desktop.signoff.records import audit_head, signoff_rows, trust_root_fingerprint

    cover.signoffs = [dict(r) for r in signoff_rows(session, plan, lang)]
    head = audit_head(session, plan) or ""
    cover.audit_head = head if head.strip("0") else ""  # the genesis: nothing recorded

    cover.root_fingerprint = trust_root_fingerprint(session)
    return cover


def _centered(
    painter: QPainter, rect: QRectF, y: float, text: str, font: QFont, color: QColor = INK
) -> float:
    painter.setFont(font)
    painter.setPen(color)
    metrics = QFontMetricsF(font)
    lh = line_height(font)
    for line in wrap(text, font, rect.width() * 0.86):
        x = rect.left() + (rect.width() - metrics.horizontalAdvance(line)) / 2
        painter.drawText(QPointF(x, y + metrics.ascent()), line)
        y += lh
    return y


def _cell(
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


def paint_cover(painter: QPainter, rect: QRectF, cover: Cover, styles: Styles) -> None:
    t = cover.t
    y = rect.top() + rect.height() * 0.08
    if cover.organisation:
        y = _centered(painter, rect, y, cover.organisation, styles.subtitle)
    y = rect.top() + rect.height() * 0.17
    y = _centered(painter, rect, y, cover.title, styles.title)
    y = _centered(painter, rect, y + 10, t("year_plan").format(cover.year), styles.subtitle)
    meta = f"{t('status')}：{cover.status}　　{t('revision')}：{cover.revision}"
    y = _centered(painter, rect, y + 14, meta, styles.body, QColor("#333333"))
    y = _centered(
        painter,
        rect,
        y + 2,
        f"{t('fingerprint')}：{cover.fingerprint}",
        styles.small,
        QColor("#555555"),
    )
    y = rect.top() + rect.height() * 0.40
    y = _approval_block(painter, rect, y, cover, styles)
    if cover.root_fingerprint:
        y = _root_line(painter, rect, y + 4, cover, styles)
    y = _signoff_block(painter, rect, y + 22, cover, styles)
    if not cover.toc_page:
        _contents(painter, rect, y + 16, cover, styles)


def _toc_height(cover: Cover, styles: Styles) -> float:
    rows = (len(cover.toc) + 1) // 2
    return line_height(styles.h2) + 4 + rows * (line_height(styles.cell) + 2)


def contents_fit_on_cover(cover: Cover, styles: Styles, rect: QRectF) -> bool:
    """Whether the table of contents fits under the approval and sign-off blocks."""
    y = rect.top() + rect.height() * 0.40 + 28.0 + 4 * 52.0  # the approval block
    y += 22 + _signoff_height(cover, styles, rect.width() * 0.9)
    return y + 16 + _toc_height(cover, styles) <= rect.bottom()


def paint_contents_page(painter: QPainter, rect: QRectF, cover: Cover, styles: Styles) -> None:
    """The table of contents on a page of its own, one entry a line with dotted leaders."""
    painter.setFont(styles.h1)
    painter.setPen(INK)
    y = rect.top() + QFontMetricsF(styles.h1).ascent()
    painter.drawText(QPointF(rect.left(), y), cover.t("contents"))
    y += line_height(styles.h1) + 12
    font = styles.body
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    lh = line_height(font) * 1.5
    for text, page in cover.toc:
        base = y + metrics.ascent()
        number = str(page)
        painter.setPen(INK)
        painter.drawText(QPointF(rect.left(), base), text)
        right = rect.right() - metrics.horizontalAdvance(number)
        painter.drawText(QPointF(right, base), number)
        painter.setPen(QPen(QColor("#9aa3ad"), 0.6, Qt.PenStyle.DotLine))
        start = rect.left() + metrics.horizontalAdvance(text) + 8
        if right - 8 > start:
            painter.drawLine(QPointF(start, base - 2), QPointF(right - 8, base - 2))
        y += lh


def _contents(painter: QPainter, rect: QRectF, y: float, cover: Cover, styles: Styles) -> None:
    """The table of contents in two columns at the foot of the cover, when there is room."""
    if not cover.toc:
        return
    font = styles.cell
    lh = line_height(font) + 2
    rows = (len(cover.toc) + 1) // 2
    height = line_height(styles.h2) + 4 + rows * lh
    if y + height > rect.bottom():
        return
    width = rect.width() * 0.9
    left = rect.left() + (rect.width() - width) / 2
    top = rect.bottom() - height
    painter.setFont(styles.h2)
    painter.setPen(INK)
    painter.drawText(QPointF(left, top + QFontMetricsF(styles.h2).ascent()), cover.t("contents"))
    top += line_height(styles.h2) + 4
    metrics = QFontMetricsF(font)
    column = (width - 24) / 2
    painter.setFont(font)
    for n, (text, page) in enumerate(cover.toc):
        x = left + (n // rows) * (column + 24)
        base = top + (n % rows) * lh + metrics.ascent()
        number = str(page)
        title = metrics.elidedText(text, Qt.TextElideMode.ElideRight, column - 40)
        painter.setPen(INK)
        painter.drawText(QPointF(x, base), title)
        painter.drawText(QPointF(x + column - metrics.horizontalAdvance(number), base), number)
        painter.setPen(QPen(QColor("#9aa3ad"), 0.6, Qt.PenStyle.DotLine))
        start = x + metrics.horizontalAdvance(title) + 6
        end = x + column - metrics.horizontalAdvance(number) - 6
        if end > start:
            painter.drawLine(QPointF(start, base - 2), QPointF(end, base - 2))


def _approval_block(
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
    heads = ("role", "name", "signature", "date")
    if cover.for_signature:  # one box per role for the signature, its date inside
        heads, xs = heads[:3], [*xs[:3], xs[4]]
    for i, key in enumerate(heads):
        _cell(
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
        _cell(painter, QRectF(xs[0], top, xs[1] - xs[0], row_h), t(role), styles.body, center=True)
        name = cover.names.get(role) or ""
        if name:
            _cell(painter, QRectF(xs[1], top, xs[2] - xs[1], row_h), name, styles.body, center=True)
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
            _cell(
                painter,
                text_rect,
                text,
                styles.small_bold if void else styles.small,
                color=VOID_RED if void else INK,
                center=True,
            )
            _cell(painter, date_rect, str(sig.get("signed_at", ""))[:10], styles.small, center=True)
            if void:
                _stamp(painter, sig_rect, t("void"), styles.h1)
        else:
            _signature_line(painter, sig_rect)
            _signature_line(painter, date_rect)
    top = rows_top + 3 * row_h
    _cell(
        painter,
        QRectF(xs[0], top, xs[1] - xs[0], row_h),
        t("compiled_on"),
        styles.body,
        center=True,
    )
    if cover.compiled_on:
        _cell(painter, QRectF(xs[1], top, xs[4] - xs[1], row_h), cover.compiled_on, styles.body)
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


def _root_line(painter: QPainter, rect: QRectF, y: float, cover: Cover, styles: Styles) -> float:
    """The trust root's fingerprint in groups of four, small, under the approval block."""
    digits = cover.root_fingerprint.replace(":", "").lower()
    grouped = " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    width = rect.width() * 0.9
    left = rect.left() + (rect.width() - width) / 2
    text = cover.t("trust_root").format(grouped)
    lines = wrap(text, styles.small, width - 10)
    height = len(lines) * line_height(styles.small) + 6
    _cell(painter, QRectF(left, y, width, height), text, styles.small, color=QColor("#555555"))
    return y + height


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


def _signoff_height(cover: Cover, styles: Styles, width: float) -> float:
    """How tall ``_signoff_block`` paints (heading, table or note, audit head line)."""
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


def _signoff_block(
    painter: QPainter, rect: QRectF, y: float, cover: Cover, styles: Styles
) -> float:
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
        _cell(painter, QRectF(left, y, width, 24), note, styles.small, color=QColor("#555555"))
        y += 28
    else:
        keys = ("role", "signer", "time", "meaning", "fingerprint", "verdict")
        xs = _signoff_columns(left, width)
        head_h = 24.0
        painter.fillRect(QRectF(left, y, width, head_h), HEAD_FILL)
        for i, key in enumerate(keys):
            _cell(
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
                _cell(
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
        _cell(
            painter,
            QRectF(left, y, width, 22),
            f"{t('audit_head')}：{cover.audit_head}",
            styles.small,
            color=QColor("#555555"),
        )
        y += 24
    return y
