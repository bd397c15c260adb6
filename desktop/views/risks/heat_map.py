"""A 5×5 likelihood × impact heat map (inherent or residual), with a count in each cell.

Likelihood runs up the side (5 at the top), impact along the bottom. Each cell has its band
colour (score = likelihood × impact) and the number of risks in it. Clicking a cell (or
Space/Enter on the keyboard cursor) selects it and emits ``cell_toggled((mode, l, i))``;
clicking it again clears the selection (``cell_toggled(None)``). ``paint_heat_map`` is the
painter shared with printing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.base import risk_band
from desktop.models.validate import SCORE_HIGH, SCORE_LOW, SCORES
from desktop.views.risks.risk_rows import BAND_COLORS

INHERENT, RESIDUAL = "inherent", "residual"
Cell = tuple[int, int]  # (likelihood, impact)


def grid_rect(rect: QRectF) -> QRectF:
    """The square 5×5 grid inside ``rect`` (room left and below for the axes)."""
    left, top, bottom = 46.0, 8.0, 40.0
    side = max(10.0, min(rect.width() - left - 8, rect.height() - top - bottom))
    return QRectF(rect.left() + left, rect.top() + top, side, side)


def cell_rect(rect: QRectF, cell: Cell) -> QRectF:
    grid = grid_rect(rect)
    step = grid.width() / len(SCORES)
    likelihood, impact = cell
    left = grid.left() + (impact - SCORE_LOW) * step
    return QRectF(left, grid.top() + (SCORE_HIGH - likelihood) * step, step, step)


def cell_at(rect: QRectF, point: QPointF) -> Cell | None:
    grid = grid_rect(rect)
    if not grid.contains(point):
        return None
    step = grid.width() / len(SCORES)
    impact = min(SCORE_HIGH, int((point.x() - grid.left()) / step) + SCORE_LOW)
    likelihood = SCORE_HIGH - min(len(SCORES) - 1, int((point.y() - grid.top()) / step))
    return likelihood, impact


def paint_heat_map(
    painter: QPainter,
    rect: QRectF,
    counts: Counter[Cell] | dict[Cell, int],
    *,
    selected: Cell | None = None,
    cursor: Cell | None = None,
    axis_likelihood: str = "Likelihood",
    axis_impact: str = "Impact",
    font: QFont | None = None,
) -> None:
    """Paint the map into ``rect`` (screen or printer; sizes follow the rect)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = QFont(font) if font is not None else QFont(painter.font())
    grid = grid_rect(rect)
    step = grid.width() / len(SCORES)
    big = QFont(base)
    big.setBold(True)
    big.setPixelSize(max(9, int(step * 0.36)))
    small = QFont(base)
    small.setPixelSize(max(8, int(min(step * 0.22, 15))))
    for likelihood in SCORES:
        for impact in SCORES:
            r = cell_rect(rect, (likelihood, impact))
            count = counts.get((likelihood, impact), 0)
            color = QColor(BAND_COLORS[risk_band(likelihood * impact) or "low"])
            if not count:
                color = color.lighter(125)
            painter.fillRect(r, color)
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.drawRect(r)
            painter.setPen(QColor("#555555"))
            painter.setFont(small)
            painter.drawText(
                r.adjusted(4, 2, -4, -2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                str(likelihood * impact),
            )
            if count:
                painter.setPen(QColor("#1a1a1a"))
                painter.setFont(big)
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter, str(count))
    for cell, color, width in ((cursor, "#1f5fbf", 2), (selected, "#111111", 4)):
        if cell is not None:
            painter.setPen(QPen(QColor(color), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell_rect(rect, cell).adjusted(2, 2, -2, -2))
    painter.setPen(QColor("#333333"))
    painter.setFont(small)
    for n in SCORES:
        left = cell_rect(rect, (n, 1))
        painter.drawText(
            QRectF(grid.left() - 20, left.top(), 16, left.height()),
            Qt.AlignmentFlag.AlignCenter,
            str(n),
        )
        below = cell_rect(rect, (1, n))
        painter.drawText(
            QRectF(below.left(), grid.bottom() + 2, below.width(), 16),
            Qt.AlignmentFlag.AlignCenter,
            str(n),
        )
    painter.drawText(
        QRectF(grid.left(), grid.bottom() + 18, grid.width(), 20),
        Qt.AlignmentFlag.AlignCenter,
        axis_impact + " →",
    )
    painter.translate(grid.left() - 40, grid.bottom())
    painter.rotate(-90)
    painter.drawText(
        QRectF(0, 0, grid.height(), 18), Qt.AlignmentFlag.AlignCenter, axis_likelihood + " →"
    )
    painter.restore()


class HeatMap(QWidget):
    """The 5×5 grid; ``set_cells`` gives the risks' cells, ``selected`` the filter cell."""

    cell_toggled = Signal(object)  # None or (mode, likelihood, impact)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = INHERENT
        self.counts: Counter[Cell] = Counter()
        self.selected: Cell | None = None
        self.cursor: Cell = (3, 3)
        self._focused = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Risk heat map"))
        self.setToolTip(
            self.tr(
                "Click a cell to show only its risks; click it again to "
                "show all. Keyboard: arrows, Space."
            )
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(380, 390)

    def set_cells(self, cells: Iterable[Cell]) -> None:
        self.counts = Counter(tuple(c) for c in cells)  # type: ignore[misc]
        self.update()

    def count(self, likelihood: int, impact: int) -> int:
        return self.counts.get((likelihood, impact), 0)

    def cell_center(self, cell: Cell) -> QPointF:
        return cell_rect(QRectF(self.rect()), cell).center()

    def toggle(self, cell: Cell) -> None:
        """Select ``cell`` (or clear when it is already selected) and say so."""
        self.selected = None if self.selected == cell else cell
        self.cursor = cell
        self.update()
        self.cell_toggled.emit(None if self.selected is None else (self.mode, *self.selected))

    def clear_selection(self, *, notify: bool = True) -> None:
        if self.selected is not None:
            self.selected = None
            self.update()
            if notify:
                self.cell_toggled.emit(None)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        paint_heat_map(
            painter,
            QRectF(self.rect()),
            self.counts,
            selected=self.selected,
            cursor=self.cursor if self.hasFocus() else None,
            axis_likelihood=self.tr("Likelihood"),
            axis_impact=self.tr("Impact"),
            font=self.font(),
        )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = cell_at(QRectF(self.rect()), event.position())
        if event.button() == Qt.MouseButton.LeftButton and cell is not None:
            self.toggle(cell)
        else:
            super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        likelihood, impact = self.cursor
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in moves:
            dl, di = moves[key]
            self.cursor = (
                max(SCORE_LOW, min(SCORE_HIGH, likelihood + dl)),
                max(SCORE_LOW, min(SCORE_HIGH, impact + di)),
            )
            self.update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle(self.cursor)
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.clear_selection()
        else:
            super().keyPressEvent(event)


class HeatMapPanel(QWidget):
    """The heat map with its inherent/residual switch and a line saying what is filtered."""

    cell_toggled = Signal(object)
    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = HeatMap()
        self.cells: dict[str, list[Cell]] = {INHERENT: [], RESIDUAL: []}
        self.buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        switch = QHBoxLayout()
        for mode, text in ((INHERENT, self.tr("Inherent")), (RESIDUAL, self.tr("Residual"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setChecked(mode == INHERENT)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            group.addButton(button)
            self.buttons[mode] = button
            switch.addWidget(button)
        switch.addStretch(1)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight:bold;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addLayout(switch)
        layout.addWidget(self.map)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.map.cell_toggled.connect(self._toggled)
        self._describe()

    @property
    def mode(self) -> str:
        return self.map.mode

    def set_cells(self, inherent: Iterable[Cell], residual: Iterable[Cell]) -> None:
        self.cells = {INHERENT: list(inherent), RESIDUAL: list(residual)}
        self.map.set_cells(self.cells[self.mode])
        self._describe()

    def set_mode(self, mode: str) -> None:
        if mode == self.map.mode:
            return
        self.map.mode = mode
        self.buttons[mode].setChecked(True)
        self.map.clear_selection()
        self.map.set_cells(self.cells[mode])
        self._describe()
        self.mode_changed.emit(mode)

    def _toggled(self, cell: object) -> None:
        self._describe()
        self.cell_toggled.emit(cell)

    def _describe(self) -> None:
        self.title.setText(
            self.tr("Heat map: inherent risk")
            if self.mode == INHERENT
            else self.tr("Heat map: residual risk")
        )
        total = sum(self.map.counts.values())
        if self.map.selected is None:
            self.status.setText(
                self.tr("Risks scored: {0}. Click a cell to filter the table.").format(total)
            )
        else:
            likelihood, impact = self.map.selected
            self.status.setText(
                self.tr(
                    "Showing likelihood {0} × impact {1} ({2} risks). Click it again to show all."
                ).format(likelihood, impact, self.map.count(likelihood, impact))
            )
