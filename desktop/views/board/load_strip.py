"""The load strip under the task board: one line per owner team, one cell per ISO week of the
plan year, shaded by the number of distinct plan items the team carries that week
(``models.team_load``; subtasks and milestones from the board's rows, monitoring items read
with the teams). A cell above the team's weekly limit is outlined red. A click on a cell lists
that week's items below the strip; a right click on a team sets its weekly limit (an undoable
operation; tracking data, so allowed in a signed plan).

The load is computed once per board reload, after the event loop's next pass (never inside
the board's first paint); painting reads the cells computed then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QVBoxLayout, QWidget

from desktop.models.team_load import (
    MILESTONE,
    MONITORING,
    SUBTASK,
    LoadItem,
    week_counts,
    week_label,
    week_number,
    weeks_of,
)
from desktop.views.shared.first_paint import after_first_paint

ROW = 16
HEADER = 16
NAMES = 130
MAX_ROWS_SHOWN = 10


@dataclass
class StripData:
    """What the strip paints: teams in plan order, the weeks of the year, the counts."""

    teams: list[tuple[str, str, int | None]]  # (name, colour, weekly limit)
    first_week: int  # week_number of the first column
    weeks: int
    counts: dict[tuple[str, int], int]  # (team, week number) -> distinct plan items
    peak: int
    items: list[LoadItem] = field(default_factory=list)  # in plan order, for a clicked cell

    def items_in(self, team: str, week: int) -> list[str]:
        """ "code title" of the items ``team`` carries in ``week`` (plan order)."""
        seen: dict[tuple[str, str], str] = {}
        for item in self.items:
            if item.team == team and week in weeks_of(item.occurrences):
                seen.setdefault((item.kind, item.code), f"{item.code} {item.title}".strip())
        return list(seen.values())


def strip_data(
    rows: list[Any], monitoring: list[LoadItem], teams: list[tuple[str, str, int | None]], year: int
) -> StripData:
    """The strip's cells from the board's rows, the monitoring items and the plan's teams."""
    kinds = {"subtask": SUBTASK, "milestone": MILESTONE}
    items = [
        LoadItem(kinds[r.kind], r.code, r.team, r.occurrences, r.title)
        for r in rows
        if r.kind in kinds and r.team
    ]
    items += monitoring
    first = week_number(date(year, 1, 1))
    last = week_number(date(year, 12, 31))
    counts = {k: v for k, v in week_counts(items).items() if first <= k[1] <= last}
    peak = max(counts.values(), default=0)
    return StripData(teams, first, last - first + 1, counts, peak, items)


class LoadStrip(QWidget):
    """Heat per team per ISO week; ``week_clicked(team, week label, items)`` on a click."""

    week_clicked = Signal(str, str, list)
    limit_requested = Signal(str, object)  # team, new limit (None: no limit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = StripData([], 0, 0, {}, 0)
        self.selected: tuple[str, int] | None = None
        self._picture: QPixmap | None = None
        self.setMouseTracking(False)
        self.setObjectName("loadStrip")
        self.setToolTip(self.tr("Plan items per team per ISO week; click a week to list them"))

    def set_data(self, data: StripData) -> None:
        self.data = data
        self._picture = None
        self.reserve(len(data.teams))
        self.update()

    def reserve(self, teams: int) -> None:
        """Take the height of ``teams`` lines now (the board and the start-up preview lay out
        alike before the load is computed, and nothing moves when it is)."""
        self.setFixedHeight(HEADER + max(1, min(teams, MAX_ROWS_SHOWN)) * ROW + 2)

    def resizeEvent(self, event: Any) -> None:
        self._picture = None
        super().resizeEvent(event)

    # ----- geometry ----------------------------------------------------------------------
    def _cell_width(self) -> float:
        return max(1.0, (self.width() - NAMES) / max(1, self.data.weeks))

    def cell_at(self, pos: QPoint) -> tuple[str, int] | None:
        row = (pos.y() - HEADER) // ROW
        if pos.x() < NAMES or row < 0 or row >= min(len(self.data.teams), MAX_ROWS_SHOWN):
            return None
        column = int((pos.x() - NAMES) / self._cell_width())
        if column >= self.data.weeks:
            return None
        return self.data.teams[row][0], self.data.first_week + column

    def team_at(self, pos: QPoint) -> str | None:
        row = (pos.y() - HEADER) // ROW
        teams = self.data.teams[:MAX_ROWS_SHOWN]
        return teams[row][0] if 0 <= row < len(teams) else None

    # ----- painting ----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        """The cells are painted once into a picture (per data and size); a repaint copies
        it and draws the selected cell."""
        if self._picture is None or self._picture.size() != self.size() * self.devicePixelRatioF():
            self._picture = self._paint_cells()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        data = self.data
        width = self._cell_width()
        if self.selected is not None:
            team_rows = [t[0] for t in data.teams[:MAX_ROWS_SHOWN]]
            if self.selected[0] in team_rows:
                row = team_rows.index(self.selected[0])
                n = self.selected[1] - data.first_week
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.drawRect(QRectF(NAMES + n * width, HEADER + row * ROW, width, ROW))
        painter.end()

    def _paint_cells(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        picture = QPixmap(self.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        data = self.data
        painter = QPainter(picture)
        painter.fillRect(self.rect(), self.palette().base())
        width = self._cell_width()
        text_pen = self.palette().text().color()
        painter.setPen(text_pen)
        for n in range(0, data.weeks, 4 if width < 18 else 1):
            label = week_label(data.first_week + n).split("-W")[1]
            rect = QRectF(NAMES + n * width, 0, width * (4 if width < 18 else 1), HEADER)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
        over_pen = QPen(QColor("#c0392b"), 2)
        for row, (team, color, limit) in enumerate(data.teams[:MAX_ROWS_SHOWN]):
            top = HEADER + row * ROW
            painter.setPen(text_pen)
            name = team if limit is None else f"{team} ≤{limit}"
            painter.drawText(QRectF(2, top, NAMES - 4, ROW), Qt.AlignmentFlag.AlignVCenter, name)
            base = QColor(color)
            for n in range(data.weeks):
                count = data.counts.get((team, data.first_week + n), 0)
                if not count:
                    continue
                heat = QColor(base)
                heat.setAlphaF(0.2 + 0.8 * count / max(1, data.peak))
                cell = QRectF(NAMES + n * width + 0.5, top + 1, width - 1, ROW - 2)
                painter.fillRect(cell, heat)
                if limit is not None and count > limit:
                    painter.setPen(over_pen)
                    painter.drawRect(cell.adjusted(1, 1, -1, -1))
                if width >= 14:
                    painter.setPen(text_pen)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.end()
        return picture

    # ----- input -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.RightButton:
            team = self.team_at(pos)
            if team is not None:
                self.ask_limit(team, event.globalPosition().toPoint())
            return
        cell = self.cell_at(pos)
        if cell is None:
            return
        self.selected = cell
        self.update()
        self.week_clicked.emit(cell[0], week_label(cell[1]), self.data.items_in(*cell))

    def ask_limit(self, team: str, where: QPoint | None = None) -> None:
        menu = QMenu(self)
        action = menu.addAction(self.tr("Set weekly limit of {0}…").format(team))
        chosen = menu.exec(where) if where is not None else action
        if chosen is not action:
            return
        current = next((t[2] for t in self.data.teams if t[0] == team), None)
        value, ok = QInputDialog.getInt(
            self,
            self.tr("Weekly limit"),
            self.tr("Most plan items a week for {0} (0: no limit):").format(team),
            current or 0,
            0,
            999,
        )
        if ok:
            self.limit_requested.emit(team, value or None)


class LoadPanel(QWidget):
    """The strip and the line listing the clicked week's items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = LoadStrip()
        self.items = QLabel()
        self.items.setObjectName("loadItems")
        self.items.setWordWrap(True)
        self.items.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        title = QLabel(
            self.tr("Team load (plan items per ISO week; right-click a team to set its limit)")
        )
        title.setStyleSheet("font-weight:bold;padding:2px 4px;")
        layout.addWidget(title)
        layout.addWidget(self.strip)
        layout.addWidget(self.items)
        self.strip.week_clicked.connect(self.show_week)
        self._pending: tuple[Any, ...] | None = None
        self._painted = self._waiting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._compute)

    def show_week(self, team: str, week: str, items: list[str]) -> None:
        if not items:
            self.items.setText(self.tr("{0} · {1}: no plan items").format(team, week))
            return
        self.items.setText(
            self.tr("{0} · {1}: {2} plan items — {3}").format(
                team, week, len(items), "、".join(items)
            )
        )

    def schedule(self, rows: list[Any], read: Any, year: int) -> None:
        """Compute the load on the next event-loop pass (the first time: after the board's
        first paint, so start-up never waits for it); ``read()`` gives (monitoring, teams)."""
        self._pending = (rows, read, year)
        if self._painted:
            self._timer.start(0)
        elif not self._waiting:
            self._waiting = True
            after_first_paint(self.strip, self._first_painted)

    def _first_painted(self) -> None:
        self._painted = True
        self._timer.start(0)

    def _compute(self) -> None:
        if self._pending is None:
            return
        rows, read, year = self._pending
        self._pending = None
        monitoring, teams = read()
        self.strip.set_data(strip_data(rows, monitoring, teams, year))
        if self.strip.selected is not None:
            team, number = self.strip.selected
            self.show_week(team, week_label(number), self.strip.data.items_in(team, number))

    def flush(self) -> None:
        """Compute now if pending (tests, benchmarks)."""
        self._painted = True
        self._timer.stop()
        self._compute()


def read_strip_inputs(
    session: Any, plan: Any
) -> tuple[list[LoadItem], list[tuple[str, str, int | None]]]:
    """The monitoring items' load items and the teams (name, colour, limit) of ``plan``."""
    from desktop.models.schedule import ScheduleRule, WeekConvention
    from desktop.models.schedule_expand import expand

    if plan is None:
        return [], []
    convention = WeekConvention(plan.week_convention)
    monitoring = []
    for m in plan.monitoring:
        if not m.schedule or m.owner_team is None:
            continue
        try:
            rule = ScheduleRule.from_dict(m.schedule)
        except (TypeError, ValueError, KeyError):
            continue
        spans = tuple((o.start, o.end) for o in expand(rule, plan.year, convention))
        monitoring.append(LoadItem(MONITORING, m.code, m.owner_team.name, spans, m.title))
    teams = [
        (t.name, t.color, t.weekly_limit) for t in sorted(plan.teams, key=lambda t: t.position)
    ]
    return monitoring, teams
