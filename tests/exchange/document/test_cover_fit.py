"""A long title or organisation stays above the cover's approval block: the font shrinks to
fit a few lines, and what still does not fit is elided (found by tests/matrix)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from desktop.exchange.document.document_cover import fitted
from desktop.exchange.document.plan_document import make_styles

LONG_TITLE = ("社交媒體運用的年度目標計劃（長標題）" * 20)[:200]


def test_a_long_title_shrinks_then_is_elided(qapp):
    title = make_styles("zh_TW").title
    font, lines = fitted(LONG_TITLE, title, 600.0, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert title.pixelSize() * 0.6 <= font.pixelSize() < title.pixelSize()
    assert all(QFontMetricsF(font).horizontalAdvance(line) <= 600.0 for line in lines)


def test_a_title_that_fits_keeps_its_font(qapp):
    title = make_styles("zh_TW").title
    font, lines = fitted("社交媒體運用的年度目標計劃", title, 600.0, 3)
    assert lines == ["社交媒體運用的年度目標計劃"] and font.pixelSize() == title.pixelSize()
    shrunk, lines = fitted("社交媒體運用的年度目標計劃" * 4, title, 600.0, 2)
    assert len(lines) <= 2 and "…" not in "".join(lines)
    assert "".join(lines) == "社交媒體運用的年度目標計劃" * 4
