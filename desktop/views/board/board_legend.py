"""The board's legend (team colours and symbols), shared by the task board and the fast
first-paint preview; QtWidgets + the render painter only, so it loads without SQLAlchemy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from desktop.render.board_painter import paint_legend


class LegendBar(QWidget):
    """Team colours and what the symbols mean, painted by ``paint_legend``."""

    def __init__(
        self,
        teams: list[tuple[str, str]] | None = None,
        lang: str = "zh_TW",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.teams: list[tuple[str, str]] = list(teams or [])
        self.lang = lang
        self.setFixedHeight(26)

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        used = paint_legend(
            painter,
            QRectF(self.rect()).adjusted(6, 2, -6, 0),
            self.teams,
            self.lang,
            overlay=True,
        )
        painter.end()
        if int(used) + 4 != self.height():
            self.setFixedHeight(int(used) + 4)
