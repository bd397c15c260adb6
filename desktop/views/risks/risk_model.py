"""The risk register's table model (plain rows, edits through ``ctx.ops``); the filter proxy is
in ``risk_filter.py``.

Rows are ``RiskRow`` copies of the plan's risks; no ORM object is kept. ``setData`` with the
edit role validates the value (``models.validate``), then runs one undoable operation
(``update_item``); an invalid value is refused through ``refusals`` and nothing is stored.
The model reloads itself when the operations report a change of the risks, teams or KPIs.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.models import Risk
from desktop.models.schedule import ScheduleRule
from desktop.models.validate import (
    SCORE_HIGH,
    SCORE_LOW,
    Invalid,
    entity_text,
    parse_choice,
    parse_date,
    parse_schedule,
    parse_score,
    parse_threshold,
)
from desktop.operations.edits import update_item
from desktop.operations.undo import OperationRefused
from desktop.views.risks import risk_columns as rc
from desktop.views.risks.risk_rows import (
    BAND_COLORS,
    RegisterData,
    RiskRow,
    band_label,
    read_register,
    status_labels,
)
from desktop.views.shared.context import AppContext
from desktop.views.shared.lock import lock_reason
from desktop.views.shared.refusals import ReportsRefusals

Index = QModelIndex | QPersistentModelIndex

_OVERDUE_BG, _OVERDUE_FG = QColor("#fdecea"), QColor("#a61b1b")
_LOCKED_BG = QColor("#eef0f3")


def _warning_icon() -> QIcon | None:
    if not isinstance(QApplication.instance(), QApplication):
        return None
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class RiskTableModel(ReportsRefusals, QAbstractTableModel):
    """The risks of the current plan, one row each, in plan order."""

    reloaded = Signal()

    def __init__(self, ctx: AppContext | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang if ctx is not None else "zh_TW"
        self.today = date.today()
        self.rows: list[RiskRow] = []
        self.teams: list[tuple[int | None, str]] = [(None, "—")]
        self.kpis: list[tuple[int | None, str]] = [(None, "—")]
        self.read_only = False
        self.locked = False  # signed off: only the tracking columns can change
        self.lock_text = ""  # why (for tooltips and the note above the table)
        self._bold = QFont()
        self._bold.setBold(True)
        impact = self.tr("Impact")
        self.headers = (
            self.tr("Code"),
            self.tr("Risk"),
            self.tr("Category"),
            self.tr("Impact description"),
            self.tr("Likelihood"),
            f"{impact} {SCORE_LOW}–{SCORE_HIGH}",  # the score range, typed once
            self.tr("Score"),
            self.tr("Band"),
            self.tr("Owner team"),
            self.tr("Measure"),
            self.tr("Timing"),
            self.tr("Assurance target"),
            self.tr("Linked KPI"),
            self.tr("Threshold"),
            self.tr("Status"),
            self.tr("Review date"),
            self.tr("Residual likelihood"),
            self.tr("Residual impact"),
            self.tr("Residual score"),
        )
        if ctx is not None:  # the register screen reloads it after changes (DeferredRefresh)
            self.reload()

    # ----- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx is None:
            return
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            data = read_register(plan, self.lang) if plan is not None else RegisterData([], [], [])
            self.lock_text = lock_reason(plan, self.ctx.read_only)
        self.set_data(data, read_only=self.ctx.read_only or plan is None)

    def set_data(self, data: RegisterData, *, read_only: bool = False) -> None:
        """Show ``data``; a same-shaped reload updates in place (open editors survive).
        ``data.read_only`` (a signed-off plan) leaves the tracking columns editable."""
        self.teams, self.kpis = data.teams or [(None, "—")], data.kpis or [(None, "—")]
        self.read_only = read_only
        self.locked = data.read_only
        if [r.id for r in data.rows] == [r.id for r in self.rows] and self.rows:
            self.rows = list(data.rows)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, rc.COLUMN_COUNT - 1)
            )
        else:
            self.beginResetModel()
            self.rows = list(data.rows)
            self.endResetModel()
        self.reloaded.emit()

    def row_of(self, risk_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == risk_id), -1)

    # ----- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else rc.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < rc.COLUMN_COUNT else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def editable(self, col: int) -> bool:
        """Can ``col`` change? A signed-off plan keeps only status and review date open."""
        if self.read_only or col in rc.READ_ONLY_COLUMNS:
            return False
        return not self.locked or col in rc.TRACKING_COLUMNS

    def display(self, row: RiskRow, col: int) -> str:
        values: dict[int, Any] = {
            rc.COL_CODE: row.code,
            rc.COL_TITLE: row.title,
            rc.COL_CATEGORY: row.category,
            rc.COL_IMPACT_TEXT: row.impact_text,
            rc.COL_LIKELIHOOD: row.likelihood,
            rc.COL_IMPACT: row.impact,
            rc.COL_SCORE: row.score,
            rc.COL_BAND: band_label(row.band),
            rc.COL_OWNER: row.owner,
            rc.COL_MEASURE: row.measure,
            rc.COL_SCHEDULE: self.rule_text(row),
            rc.COL_ASSURANCE: row.assurance,
            rc.COL_KPI: row.kpi,
            rc.COL_THRESHOLD: row.threshold_text(),
            rc.COL_STATUS: status_labels().get(row.status, row.status),
            rc.COL_REVIEW: row.review_on.isoformat() if row.review_on else "",
            rc.COL_RES_LIKELIHOOD: row.residual_likelihood,
            rc.COL_RES_IMPACT: row.residual_impact,
            rc.COL_RES_SCORE: row.residual_score,
        }
        value = values[col]
        return "" if value is None else str(value)

    def rule_text(self, row: RiskRow) -> str:
        if not row.schedule:
            return ""
        try:
            return ScheduleRule.from_dict(row.schedule).text(self.lang)
        except ValueError:
            return str(row.schedule)

    def edit_value(self, row: RiskRow, col: int) -> Any:
        if col == rc.COL_OWNER:
            return row.owner_id
        if col == rc.COL_KPI:
            return row.kpi_id
        if col == rc.COL_STATUS:
            return row.status
        if col == rc.COL_THRESHOLD:  # without the unit, so that it reads back
            return "" if row.op is None or row.threshold is None else f"{row.op} {row.threshold:g}"
        if col == rc.COL_REVIEW:
            return row.review_on
        if col in (rc.COL_LIKELIHOOD, rc.COL_IMPACT):
            return row.likelihood if col == rc.COL_LIKELIHOOD else row.impact
        if col in (rc.COL_RES_LIKELIHOOD, rc.COL_RES_IMPACT):
            return row.residual_likelihood if col == rc.COL_RES_LIKELIHOOD else row.residual_impact
        return self.display(row, col)

    def sort_value(self, row: RiskRow, col: int) -> Any:
        if col in rc.NUMBER_COLUMNS:
            value = (
                self.edit_value(row, col)
                if col not in (rc.COL_SCORE, rc.COL_RES_SCORE)
                else (row.score if col == rc.COL_SCORE else row.residual_score)
            )
            return -1 if value is None else int(value)
        if col == rc.COL_BAND:
            return -1 if row.score is None else row.score
        if col == rc.COL_CODE:
            digits = re.sub(r"\D", "", row.code)
            return f"{row.code.rstrip('0123456789')}{int(digits or 0):06d}"
        return self.display(row, col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        overdue = row.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col, overdue)
        if role == Qt.ItemDataRole.DecorationRole:
            return _warning_icon() if col == rc.COL_CODE and row.warnings else None
        if role == Qt.ItemDataRole.BackgroundRole:
            band = (
                row.band
                if col in (rc.COL_BAND, rc.COL_SCORE)
                else (row.residual_band if col == rc.COL_RES_SCORE else None)
            )
            if band is not None:
                return QColor(BAND_COLORS[band])
            if col == rc.COL_REVIEW and overdue:
                return _OVERDUE_BG
            if self.locked and not self.editable(col) and col not in rc.READ_ONLY_COLUMNS:
                return _LOCKED_BG  # signed content: read-only until a new revision
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if (col == rc.COL_REVIEW and overdue) or (col == rc.COL_CODE and row.warnings):
                return _OVERDUE_FG
            return None
        if role == Qt.ItemDataRole.FontRole:
            flagged = (col == rc.COL_REVIEW and overdue) or (col == rc.COL_CODE and row.warnings)
            return self._bold if flagged or col == rc.COL_BAND else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in rc.NUMBER_COLUMNS or col == rc.COL_BAND:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return self.custom(row, col, role, overdue)

    def custom(self, row: RiskRow, col: int, role: int, overdue: bool) -> Any:
        if role == rc.ID_ROLE:
            return row.id
        if role == rc.BAND_ROLE:
            return row.band
        if role == rc.RESIDUAL_BAND_ROLE:
            return row.residual_band
        if role == rc.OVERDUE_ROLE:
            return overdue
        if role == rc.WARNING_ROLE:
            return row.warnings
        if role == rc.SORT_ROLE:
            return self.sort_value(row, col)
        if role == rc.CELL_ROLE:
            return None if row.score is None else (row.likelihood, row.impact)
        if role == rc.RESIDUAL_CELL_ROLE:
            return (
                None
                if row.residual_score is None
                else (row.residual_likelihood, row.residual_impact)
            )
        if role == rc.CHOICES_ROLE:
            return {
                rc.COL_OWNER: self.teams,
                rc.COL_KPI: self.kpis,
                rc.COL_STATUS: list(status_labels().items()),
            }.get(col)
        if role == rc.OWNER_ROLE:
            return row.owner_id
        if role == rc.STATUS_ROLE:
            return row.status
        if role == rc.SEARCH_ROLE:
            return " ".join(self.display(row, c) for c in range(rc.COLUMN_COUNT)).lower()
        return None

    def tooltip(self, row: RiskRow, col: int, overdue: bool) -> str | None:
        if col == rc.COL_CODE and row.warnings:
            return self.tr("Early warning:") + "\n" + "\n".join(row.warnings)
        if col == rc.COL_REVIEW and overdue:
            return self.tr("Review overdue: it was due on {0}").format(row.review_on)
        if col in rc.LONG_COLUMNS or col == rc.COL_TITLE:
            return self.display(row, col) or None
        return None

    # ----- editing -----------------------------------------------------------------------
    def parse(self, row: RiskRow, col: int, value: Any) -> dict[str, Any]:
        """The stored fields for ``value`` typed in ``col`` (``models.validate``); ``Invalid``
        says why not."""
        header, field = self.headers[col].replace("\n", " "), rc.FIELD_OF[col]
        if col in rc.SCORE_COLUMNS:
            return {field: parse_score(value, header)}
        if col in (rc.COL_OWNER, rc.COL_KPI, rc.COL_STATUS):
            choices = self.custom(row, col, rc.CHOICES_ROLE, False)
            return {field: parse_choice(value, [data for data, _text in choices], header)}
        if col == rc.COL_REVIEW:
            if isinstance(value, QDate):
                value = value.toPython() if value.isValid() else None
            return {field: parse_date(value, header)}
        if col == rc.COL_THRESHOLD:
            op, threshold = parse_threshold(value, header)
            return {"warning_op": op, "warning_threshold": threshold}
        if col == rc.COL_SCHEDULE:
            return {field: parse_schedule(value, header)}
        text = entity_text(Risk, field, value, header, required=col in (rc.COL_CODE, rc.COL_TITLE))
        if col == rc.COL_CODE and any(r.code == text and r.id != row.id for r in self.rows):
            raise Invalid(header, "code_used", value=text)
        return {field: text}

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.editable(index.column())
        ):
            return False
        row = self.rows[index.row()]
        try:
            values = self.parse(row, index.column(), value)
        except ValueError as exc:
            self.refusals.report(exc)
            return False
        if all(getattr(row, rc.ROW_FIELD.get(k, k)) == v for k, v in values.items()):
            return True
        if self.ctx is None or self.ctx.plan_id is None:
            return False
        action = self.tr("Edit risk {0}: {1}").format(row.code, self.headers[index.column()])
        try:
            self.ctx.ops.run(
                self.ctx.plan_id, action, update_item(Risk, row.id, values), tables=rc.TABLES
            )
        except OperationRefused as exc:
            self.refusals.report(exc)
            return False
        return True  # the register's DeferredRefresh reloads the rows
