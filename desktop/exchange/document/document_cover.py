"""The cover: title, organisation, year, status and revision, the approval block and sign-off
table (``document_approval``), and the contents (on the cover or a page of their own)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from sqlalchemy.orm import Session

from desktop.exchange.document.document_approval import (
    ROLES,
    approval_block,
    signoff_block,
    signoff_height,
    text_cell,
)
from desktop.exchange.document.document_enums import enum
from desktop.exchange.document.document_layout import INK, line_height, wrap
from desktop.exchange.document.document_sections import Styles
from desktop.exchange.document.document_text import label
from desktop.models import PLACEHOLDER_NAME, Plan


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


def fitted(text: str, font: QFont, width: float, max_lines: int) -> tuple[QFont, list[str]]:
    """``text`` wrapped to ``width`` in at most ``max_lines`` lines: the font shrinks (down to
    60 %) until it fits, and what still does not fit is elided, so that a long title or
    organisation never runs into the approval block."""
    font = QFont(font)
    size = font.pixelSize()  # the document's fonts are sized in CSS px
    lines = wrap(text, font, width)
    while len(lines) > max_lines and font.pixelSize() > size * 0.6:
        font.setPixelSize(max(1, round(font.pixelSize() * 0.9)))
        lines = wrap(text, font, width)
    if len(lines) > max_lines:
        rest = "".join(lines[max_lines - 1 :])
        elide = Qt.TextElideMode.ElideRight
        lines = [*lines[: max_lines - 1], QFontMetricsF(font).elidedText(rest, elide, width)]
    return font, lines


def _centered(
    painter: QPainter,
    rect: QRectF,
    y: float,
    text: str,
    font: QFont,
    color: QColor = INK,
    max_lines: int = 0,
) -> float:
    width = rect.width() * 0.86
    font, lines = (
        fitted(text, font, width, max_lines) if max_lines else (font, wrap(text, font, width))
    )
    painter.setFont(font)
    painter.setPen(color)
    metrics = QFontMetricsF(font)
    lh = line_height(font)
    for line in lines:
        x = rect.left() + (rect.width() - metrics.horizontalAdvance(line)) / 2
        painter.drawText(QPointF(x, y + metrics.ascent()), line)
        y += lh
    return y


def paint_cover(painter: QPainter, rect: QRectF, cover: Cover, styles: Styles) -> None:
    t = cover.t
    y = rect.top() + rect.height() * 0.08
    if cover.organisation:
        y = _centered(painter, rect, y, cover.organisation, styles.subtitle, max_lines=2)
    y = rect.top() + rect.height() * 0.17
    y = _centered(painter, rect, y, cover.title, styles.title, max_lines=3)
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
    y = approval_block(painter, rect, y, cover, styles)
    if cover.root_fingerprint:
        y = _root_line(painter, rect, y + 4, cover, styles)
    y = signoff_block(painter, rect, y + 22, cover, styles)
    if not cover.toc_page:
        _contents(painter, rect, y + 16, cover, styles)


def _toc_height(cover: Cover, styles: Styles) -> float:
    rows = (len(cover.toc) + 1) // 2
    return line_height(styles.h2) + 4 + rows * (line_height(styles.cell) + 2)


def contents_fit_on_cover(cover: Cover, styles: Styles, rect: QRectF) -> bool:
    """Whether the table of contents fits under the approval and sign-off blocks."""
    y = rect.top() + rect.height() * 0.40 + 28.0 + 4 * 52.0  # the approval block
    y += 22 + signoff_height(cover, styles, rect.width() * 0.9)
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


def _root_line(painter: QPainter, rect: QRectF, y: float, cover: Cover, styles: Styles) -> float:
    """The trust root's fingerprint in groups of four, small, under the approval block."""
    digits = cover.root_fingerprint.replace(":", "").lower()
    grouped = " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    width = rect.width() * 0.9
    left = rect.left() + (rect.width() - width) / 2
    text = cover.t("trust_root").format(grouped)
    lines = wrap(text, styles.small, width - 10)
    height = len(lines) * line_height(styles.small) + 6
    text_cell(painter, QRectF(left, y, width, height), text, styles.small, color=QColor("#555555"))
    return y + height
