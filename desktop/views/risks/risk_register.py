"""The risk register screen: the risks table (edited in place) beside a 5×5 heat map.

Toolbar: Add (Insert), Remove (Ctrl+Delete), Move up/down (Alt+Up/Alt+Down); a search box
(Ctrl+F) and filters by band, owner and status. Clicking a heat-map cell filters the table to
that cell. Every edit runs one undoable operation; the view refreshes through ``DeferredRefresh``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.models import Plan, Risk, RiskStatus
from desktop.models.validate import SCORE_HIGH, SCORE_LOW, limit_of, parse_threshold
from desktop.operations.edits import add_item, move_item, next_code, remove_item
from desktop.views.risks import risk_columns as rc
from desktop.views.risks import risk_rows as rr
from desktop.views.risks.heat_map import HeatMapPanel
from desktop.views.risks.risk_filter import RiskFilterProxy
from desktop.views.risks.risk_print import print_register
from desktop.views.shared.accessible import name_toolbar, name_view
from desktop.views.shared.context import AppContext
from desktop.views.shared.delegates import (
    ChoiceDelegate,
    MultiLineDelegate,
    ScheduleDelegate,
    TextDelegate,
)
from desktop.views.shared.frozen_table import FrozenColumnsTable
from desktop.views.shared.lock import lock_widgets
from desktop.views.shared.refresh import DeferredRefresh
from desktop.views.shared.refusals import Refusals, show_in_label
from desktop.views.shared.table_copy import install_copy
from desktop.views.shared.value_delegates import DateDelegate, SpinDelegate

from . import risk_model as rm

WIDTHS = {  # narrow enough that 1280×800 shows the risk and its scores (headers wrap)
    rc.COL_CODE: 48,
    rc.COL_TITLE: 140,
    rc.COL_CATEGORY: 64,
    rc.COL_IMPACT_TEXT: 160,
    rc.COL_LIKELIHOOD: 54,
    rc.COL_IMPACT: 54,
    rc.COL_SCORE: 48,
    rc.COL_BAND: 52,
    rc.COL_OWNER: 100,
    rc.COL_MEASURE: 200,
    rc.COL_SCHEDULE: 96,
    rc.COL_ASSURANCE: 200,
    rc.COL_KPI: 120,
    rc.COL_THRESHOLD: 70,
    rc.COL_STATUS: 70,
    rc.COL_REVIEW: 96,
    rc.COL_RES_LIKELIHOOD: 64,
    rc.COL_RES_IMPACT: 64,
    rc.COL_RES_SCORE: 64,
}


class RiskRegisterScreen(QWidget):
    """四、風險評估與應對措施 as a register: table, filters, heat map."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = rm.RiskTableModel(ctx, self)
        self.refresher = DeferredRefresh(self, ctx, self.model.reload, rc.WATCHED)
        self.proxy = RiskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.refusals = Refusals(show_in_label(self.hint, hide_empty=False), self)
        self.refusals.attach(self.model, *self.delegates.values())
        self.model.reloaded.connect(self._after_reload)
        self._after_reload()

    # ----- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar(self.tr("Risks"))
        name_toolbar(self.toolbar)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("add", self.tr("Add risk"), ("Ins", "Ctrl+Shift+N"), self.add_risk),
            ("remove", self.tr("Remove"), ("Ctrl+Del",), self.remove_risk),
            ("up", self.tr("Move up"), ("Alt+Up",), lambda: self.move_risk(-1)),
            ("down", self.tr("Move down"), ("Alt+Down",), lambda: self.move_risk(1)),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({', '.join(keys)})")
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search risks (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # Qt's clear button
            button.setAccessibleName(self.tr("Clear the search"))
        self.search.textChanged.connect(lambda t: self._filter(search=t))
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        self.band_box, self.owner_box, self.status_box = QComboBox(), QComboBox(), QComboBox()
        self.band_box.addItem(self.tr("All bands"), None)
        for band in rr.BANDS:
            self.band_box.addItem(rr.band_label(band), band)
        self.status_box.addItem(self.tr("All statuses"), None)
        for value, label in rr.status_labels().items():
            self.status_box.addItem(label, value)
        for box, name in (
            (self.band_box, "band"),
            (self.owner_box, "owner"),
            (self.status_box, "status"),
        ):
            box.currentIndexChanged.connect(
                lambda _i, b=box, n=name: self._filter(**{n: b.currentData()})
            )
        filters = QHBoxLayout()
        filters.addWidget(self.toolbar)
        filters.addStretch(1)
        for label, widget in (
            (self.tr("&Search:"), self.search),
            (self.tr("&Band:"), self.band_box),
            (self.tr("&Owner:"), self.owner_box),
            (self.tr("S&tatus:"), self.status_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        self.search.setMinimumWidth(200)
        self.table = self._build_table()
        self.hint = QLabel()
        self.hint.setObjectName("riskHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#b03a2e;")
        self.legend = QLabel()  # the colours, and how to edit where the table can be edited
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: palette(placeholder-text);")
        self.heat = HeatMapPanel()
        self.heat.cell_toggled.connect(lambda cell: self._filter(cell=cell))
        self.heat.mode_changed.connect(lambda _m: self._refresh_map())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.lock_note = QLabel()
        self.lock_note.setObjectName("lockNote")
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet("color: palette(placeholder-text);")
        self.lock_note.hide()
        left_layout.addWidget(self.lock_note)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.legend)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.heat)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([1200, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _build_table(self) -> QTableView:
        table = FrozenColumnsTable(frozen=2)  # code and title stay while the rest scrolls
        table.setObjectName("riskTable")
        name_view(
            table,
            self.tr("Risk register"),
            self.tr("Tab moves along the row, Enter saves a cell, Esc cancels"),
        )
        name_view(table.frozen, self.tr("Risk codes and titles"))
        table.setModel(self.proxy)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(44)
        table.setSortingEnabled(True)
        for col, width in WIDTHS.items():
            table.setColumnWidth(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        headers = self.model.headers
        self.delegates: dict[int, Any] = {
            rc.COL_CODE: TextDelegate(
                headers[rc.COL_CODE], required=True, limit=limit_of(Risk, "code")
            ),
            rc.COL_TITLE: TextDelegate(
                headers[rc.COL_TITLE], required=True, limit=limit_of(Risk, "title")
            ),
            rc.COL_CATEGORY: TextDelegate(
                headers[rc.COL_CATEGORY], limit=limit_of(Risk, "category")
            ),
            rc.COL_THRESHOLD: TextDelegate(
                headers[rc.COL_THRESHOLD],
                limit=40,
                placeholder="< 85",
                validator=lambda t: (parse_threshold(t, headers[rc.COL_THRESHOLD]), t)[1],
            ),
            rc.COL_SCHEDULE: ScheduleDelegate(headers[rc.COL_SCHEDULE]),
            rc.COL_REVIEW: DateDelegate(headers[rc.COL_REVIEW], default=self._review_default),
        }
        for col in rc.LONG_COLUMNS:
            self.delegates[col] = MultiLineDelegate(headers[col])
        for col in (rc.COL_LIKELIHOOD, rc.COL_IMPACT, rc.COL_RES_LIKELIHOOD, rc.COL_RES_IMPACT):
            self.delegates[col] = SpinDelegate(
                headers[col].replace("\n", " "), SCORE_LOW, SCORE_HIGH
            )
        for col in (rc.COL_OWNER, rc.COL_KPI, rc.COL_STATUS):
            self.delegates[col] = ChoiceDelegate(choices_role=rc.CHOICES_ROLE)
        for col in (rc.COL_CODE, rc.COL_TITLE):
            self.delegates[col].index_check = self._check_cell
        for col, delegate in self.delegates.items():
            delegate.setParent(table)
            table.setItemDelegateForColumn(col, delegate)
        install_copy(table)
        table.remember_columns(self.ctx.settings, "risks/hidden_columns")
        return table

    # ----- state -------------------------------------------------------------------------
    def _review_default(self) -> date:
        return date.today()

    def _check_cell(self, index: QModelIndex, value: Any) -> None:
        """What the model would refuse, refused already at the editor (e.g. a used code)."""
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.model.parse(self.model.rows[source.row()], source.column(), value)

    def show_hint(self, message: str) -> None:
        self.refusals.report(message)

    def _after_reload(self) -> None:
        self.show_hint("")
        current = self.owner_box.currentData()
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("All owners"), None)
        for team_id, name in self.model.teams:
            if team_id is not None:
                self.owner_box.addItem(name, team_id)
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(current)))
        self.owner_box.blockSignals(False)
        if self.owner_box.currentData() != self.proxy.owner:
            self._filter(owner=self.owner_box.currentData())
        editable = not self.model.read_only and self.ctx.plan_id is not None
        reason = self.model.lock_text if (self.model.locked or self.model.read_only) else ""
        lock_widgets(list(self.actions_by_name.values()), reason or ("" if editable else " "))
        self.lock_note.setText(reason if reason else "")
        self.lock_note.setVisible(bool(reason))
        self.legend.setText(self.legend_text(editable))
        self._refresh_map()

    def legend_text(self, editable: bool) -> str:
        """The colour legend; the edit hint only where a cell can be edited."""
        colours = self.tr(
            "Red code: early warning (its KPI crossed the threshold; hover for details) · "
            "red review date: review overdue"
        )
        if not editable:
            return colours
        hint = self.tr("F2 or typing edits a cell, Ctrl+Enter saves long text")
        return f"{colours} · {hint}"

    def _filter(self, **values: Any) -> None:
        self.proxy.set_filters(**values)
        if "cell" not in values:
            self._refresh_map()

    def _refresh_map(self) -> None:
        self.heat.set_cells(self.proxy.cells(rc.CELL_ROLE), self.proxy.cells(rc.RESIDUAL_CELL_ROLE))

    def clear_filters(self) -> None:
        self.search.clear()
        for box in (self.band_box, self.owner_box, self.status_box):
            box.setCurrentIndex(0)
        self.heat.map.clear_selection()

    def current_risk_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(rc.ID_ROLE) if index.isValid() else None

    def select_risk(self, risk_id: int, column: int = rc.COL_TITLE) -> QModelIndex:
        row = self.model.row_of(risk_id)
        if row < 0:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, column))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.scrollTo(index)
        return index

    def focus_item(self, kind: str, code: str, key: str = "") -> bool:
        """Go to the cell a plan check is about (``key``: the check, e.g. ``no_measure``)."""
        self.refresher.flush()
        if kind != "risk":
            return False
        risk_id = next((r.id for r in self.model.rows if r.code == code), None)
        if risk_id is None:
            return False
        index = self.select_risk(risk_id, rc.FINDING_COLUMNS.get(key, rc.COL_TITLE))
        self.table.setFocus()
        return index.isValid()

    def print_view(self, printer: Any) -> None:
        """Paint both heat maps and the (filtered, sorted) table onto ``printer``."""
        print_register(self, printer)

    # ----- actions -----------------------------------------------------------------------
    def _run(self, action: str, apply: Any) -> Any:
        if self.ctx.plan_id is None:
            return None
        ok, result = self.refusals.run(self.ctx, action, apply, rc.TABLES)
        if ok:
            self.refresher.flush()  # a row added, removed or moved here: select it at once
        return result

    def add_risk(self) -> int | None:
        """Add a risk after the current one and start editing its title."""
        after, title = self.current_risk_id(), self.ctx.new_title("risk")

        def apply(session: Session, plan: Plan) -> int:
            code = next_code(session, Risk, plan.id, "R")
            values = {"code": code, "title": title, "status": RiskStatus.OPEN.value}
            return add_item(Risk, values, after_id=after)(session, plan)

        risk_id = self._run(self.tr("Add risk"), apply)
        if risk_id is not None:
            index = self.select_risk(risk_id)
            self.table.setFocus()
            self.table.edit(index)
        return risk_id

    def remove_risk(self) -> None:
        risk_id, index = self.current_risk_id(), self.table.currentIndex()
        if risk_id is None:
            return
        code, row, col = index.siblingAtColumn(rc.COL_CODE).data(), index.row(), index.column()
        self._run(self.tr("Remove risk {0}").format(code), remove_item(Risk, risk_id))
        if self.proxy.rowCount():
            row = min(row, self.proxy.rowCount() - 1)
            self.table.setCurrentIndex(self.proxy.index(row, col))

    def move_risk(self, delta: int) -> None:
        risk_id, column = self.current_risk_id(), self.table.currentIndex().column()
        if risk_id is None:
            return
        if self.proxy.sortColumn() != -1:  # order is the plan's order: show it
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        code = self.model.rows[self.model.row_of(risk_id)].code
        self._run(self.tr("Move risk {0}").format(code), move_item(Risk, risk_id, delta))
        self.select_risk(risk_id, max(column, 0))
