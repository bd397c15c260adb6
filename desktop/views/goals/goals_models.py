"""Qt models of the Goals & KPIs screen: goal and KPI columns (``RecordModel``) and the monthly
actuals grid (rows = KPIs, 12 month columns, multi-cell paste); the task ↔ KPI matrix is in
``task_kpi_model.py``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.models import Direction, Frequency, Goal, Kpi, Plan, TargetKind
from desktop.models.checks import MONTH_NAMES
from desktop.models.kpi_figures import RATE_KINDS, entered_unit, kind_figures
from desktop.models.kpi_math import KpiSpec
from desktop.models.validate import format_number, parse_number
from desktop.views.shared.editor_widgets import parse_tsv
from desktop.views.shared.record_models import (
    CHOICE,
    ID_ROLE,
    LONG,
    NUMBER,
    Column,
    _t,
    with_limits,
)
from desktop.views.shared.refusals import ReportsRefusals, refusal_text

Index = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int, float | None]


def goal_columns() -> tuple[Column, ...]:
    return with_limits(
        Goal,
        Column("code", _t("Code"), required=True, width=60),
        Column("title", _t("Goal"), required=True, width=150),
        Column("description", _t("Description"), LONG, width=360),
    )


def kpi_columns() -> tuple[Column, ...]:
    kinds = (
        (TargetKind.LEVEL.value, _t("Level")),
        (TargetKind.GROWTH.value, _t("Growth per period")),
        (TargetKind.COUNT.value, _t("Count per period")),
        (TargetKind.CEILING.value, _t("Ceiling")),
        (TargetKind.IMPROVEMENT.value, _t("Improvement over baseline")),
    )
    directions = (
        (Direction.UP.value, _t("Higher is better")),
        (Direction.DOWN.value, _t("Lower is better")),
    )
    freqs = (
        (Frequency.DAILY.value, _t("Daily")),
        (Frequency.WEEKLY.value, _t("Weekly")),
        (Frequency.MONTHLY.value, _t("Monthly")),
        (Frequency.QUARTERLY.value, _t("Quarterly")),
        (Frequency.YEARLY.value, _t("Yearly")),
    )
    return with_limits(
        Kpi,
        Column("code", _t("Code"), required=True, width=55),
        Column("name", _t("KPI"), required=True, width=150),
        Column("unit", _t("Unit"), required=True, width=55),
        Column("baseline", _t("Baseline"), NUMBER, width=70),
        Column("target_kind", _t("Target kind"), CHOICE, True, kinds, width=135),
        Column("target", _t("Target"), NUMBER, width=70),
        Column("direction", _t("Direction"), CHOICE, True, directions, width=115),
        Column("frequency", _t("Frequency"), CHOICE, True, freqs, width=80),
        Column("tolerance", _t("Tolerance (0–1)"), NUMBER, True, width=100, low=0, high=1),
    )


def read_goals(plan: Plan) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """Goal rows, and the KPI rows of each goal (with their actuals by month)."""
    goals, kpis = [], {}
    for goal in plan.goals:
        goals.append(
            {"id": goal.id, "code": goal.code, "title": goal.title, "description": goal.description}
        )
        kpis[goal.id] = [
            {
                "id": k.id,
                "goal_id": goal.id,
                "code": k.code,
                "name": k.name,
                "unit": k.unit,
                "baseline": k.baseline,
                "target_kind": k.target_kind,
                "target": k.target,
                "direction": k.direction,
                "frequency": k.frequency,
                "tolerance": k.tolerance,
                "actuals": {a.month: (a.value, a.source, a.note, a.demo) for a in k.actuals},
            }
            for k in goal.kpis
        ]
    return goals, kpis


def read_links(plan: Plan) -> list[dict[str, Any]]:
    return [
        {
            "id": t.id,
            "code": t.code,
            "title": t.title,
            "kpis": {link.kpi_id for link in t.kpi_links},
        }
        for t in plan.tasks
    ]


def _percent(figure: float) -> str:
    """A growth / improvement figure: ``+10%``, ``-2.5%`` (at most one decimal)."""
    text = f"{figure:+.1f}".rstrip("0").rstrip(".")
    return f"{text}%"


class ActualsModel(ReportsRefusals, QAbstractTableModel):
    """Rows = KPIs, columns = the 12 months. Typing a value, pasting a block of
    tab-separated text or clearing cells each make one change through ``commit_cells``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kpis: list[dict[str, Any]] = []
        self.lang = "zh_TW"
        self.read_only = False
        self.figures: list[dict[int, float | None]] = []
        self.commit_cells: Callable[[list[Cell]], bool] = lambda _cells: False

    def set_kpis(self, kpis: list[dict[str, Any]]) -> None:
        """Show ``kpis``; the same KPIs again update in place (an open editor survives)."""
        same = bool(kpis) and [k["id"] for k in kpis] == [k["id"] for k in self.kpis]
        if not same:
            self.beginResetModel()
        self.kpis = list(kpis)
        self.figures = [self._figures(k) for k in self.kpis]
        if same:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.kpis) - 1, 11))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.kpis) - 1)
        else:
            self.endResetModel()

    @staticmethod
    def _figures(k: dict[str, Any]) -> dict[int, float | None]:
        """Growth / improvement KPIs: the % figure of each month (what the target means)."""
        if k["target_kind"] not in RATE_KINDS:
            return {}
        spec = KpiSpec(
            k["code"],
            k["name"],
            k["unit"],
            k["target_kind"],
            k["target"],
            k["baseline"],
            k["direction"],
            actuals={m: a[0] for m, a in k["actuals"].items()},
        )
        return kind_figures(spec)

    def _unit(self, k: dict[str, Any]) -> str:
        return entered_unit(KpiSpec(k["code"], k["name"], k["unit"], k["target_kind"], None))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kpis)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 12

    def row_label(self, row: int) -> str:
        k = self.kpis[row]
        target = "" if k["target"] is None else format_number(k["target"])
        if k["target_kind"] == TargetKind.GROWTH.value:  # the entered values are the volume
            unit = self._unit(k)
            return (
                f"{k['code']} {k['name']}（"
                + _t("enter the month's total{0}; growth target +{1}% a period").format(
                    f" ({unit})" if unit else "", target
                )
                + "）"
            )
        if k["target_kind"] == TargetKind.IMPROVEMENT.value:
            return (
                f"{k['code']} {k['name']}（{k['unit']}; "
                + _t("improvement target +{0}% over baseline").format(target)
                + "）"
            )
        return f"{k['code']} {k['name']}（{k['unit']}）"

    def month_label(self, column: int) -> str:
        return MONTH_NAMES.get(self.lang, MONTH_NAMES["en"])[column]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 12:
            return self.month_label(section)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.kpis):
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.row_tip(section)
            return self.row_label(section)
        return None

    def row_tip(self, row: int) -> str:
        """What to type in a row, where the label is not enough (growth KPIs)."""
        k = self.kpis[row]
        if k["target_kind"] != TargetKind.GROWTH.value:
            return self.row_label(row)
        return _t(
            "Type each month's total (e.g. the interactions counted that month), not the growth "
            "rate: PlanDesk works out the growth on the previous month, shows it under the "
            "value and compares it with the +{0}% target."
        ).format("" if k["target"] is None else format_number(k["target"]))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def value(self, row: int, column: int) -> float | None:
        actual = self.kpis[row]["actuals"].get(column + 1)
        return actual[0] if actual else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.kpis):
            return None
        row, column = index.row(), index.column()
        actual = self.kpis[row]["actuals"].get(column + 1)
        figure = self.figures[row].get(column + 1) if row < len(self.figures) else None
        if role == Qt.ItemDataRole.EditRole:
            return format_number(self.value(row, column))
        if role == Qt.ItemDataRole.DisplayRole:
            text = format_number(self.value(row, column))
            if figure is not None:  # growth / improvement: the % the target speaks about
                text += f"\n{_percent(figure)}"
            return text + (" ◆" if actual and actual[3] else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and actual and actual[3]:
            return QColor("#fff3cd")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if actual and actual[3]:
                lines.append(_t("◆ 示範數據 / demo data: generated, not measured"))
            if figure is not None:
                shown = _percent(figure)
                lines.append(
                    _t("Growth on the previous value: {0}").format(shown)
                    if self.kpis[row]["target_kind"] == TargetKind.GROWTH.value
                    else _t("Improvement over the baseline: {0}").format(shown)
                )
            if actual:
                lines += [
                    t
                    for t in actual[1:3]
                    if t and not (actual[3] and t in ("demo", "generated demo data, not measured"))
                ]
            return "\n".join(lines) or None
        if role == ID_ROLE:
            return self.kpis[row]["id"]
        return None

    def _parse(self, row: int, column: int, raw: Any) -> float | None:
        label = f"{self.row_label(row)} {self.month_label(column)}"
        return parse_number(raw, label)

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        try:
            number = self._parse(index.row(), index.column(), value)
        except ValueError as exc:
            self.refusals.report(exc)
            return False
        if number == self.value(index.row(), index.column()):
            return True
        return self.commit_cells([(self.kpis[index.row()]["id"], index.column() + 1, number)])

    def paste_block(self, row: int, column: int, text: str) -> bool:
        """Paste tab-separated text with its top-left cell at (row, column), all or nothing."""
        if self.read_only:
            return False
        block = parse_tsv(text)
        if not block:
            return False
        height, width = len(block), max(len(line) for line in block)
        if row + height > len(self.kpis) or column + width > 12:
            self.refusals.report(
                _t(
                    "The pasted block ({0} rows × {1} columns) does not fit from {2}, {3}: "
                    "nothing was pasted"
                ).format(height, width, self.row_label(row), self.month_label(column))
            )
            return False
        cells: list[Cell] = []
        try:
            for dr, line in enumerate(block):
                for dc, raw in enumerate(line):
                    number = self._parse(row + dr, column + dc, raw)
                    cells.append((self.kpis[row + dr]["id"], column + dc + 1, number))
        except ValueError as exc:
            self.refusals.report(_t("{0} — nothing was pasted").format(refusal_text(exc)))
            return False
        return self.commit_cells(cells)

    def clear_block(self, cells: list[tuple[int, int]]) -> bool:
        """Clear the actuals of the given (row, column) cells in one change."""
        todo = [
            (self.kpis[r]["id"], c + 1, None)
            for r, c in cells
            if 0 <= r < len(self.kpis) and self.value(r, c) is not None
        ]
        return bool(todo) and not self.read_only and self.commit_cells(todo)
