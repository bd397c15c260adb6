"""Goals & KPIs: the goals, the selected goal's KPIs, the monthly actuals grid (typed or
pasted from a spreadsheet) and the links between tasks and the KPIs they serve."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Goal, Kpi
from desktop.models.validate import parse_number
from desktop.operations.edits import move_item, remove_item
from desktop.operations.plan_edits import (
    TABLES_ACTUALS,
    TABLES_LINKS,
    add_coded,
    add_goal,
    set_actuals_block,
    set_task_kpi,
    update_fields,
)
from desktop.views.goals.goals_models import (
    ActualsModel,
    Cell,
    goal_columns,
    kpi_columns,
    read_goals,
    read_links,
)
from desktop.views.goals.task_kpi_model import TaskKpiModel
from desktop.views.shared.accessible import name_view
from desktop.views.shared.context import AppContext
from desktop.views.shared.delegates import TextDelegate
from desktop.views.shared.editor_widgets import (
    ERROR_STYLE,
    GridView,
    TablePanel,
    show_error,
)
from desktop.views.shared.lock import LOCKED_STYLE, lock_reason
from desktop.views.shared.record_models import RecordModel
from desktop.views.shared.refresh import DeferredRefresh
from desktop.views.shared.refusals import Refusals

WATCHED = {"plan", "goal", "kpi", "kpi_actual", "task", "task_kpi"}


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class GoalsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._kpis: dict[int, list[dict[str, Any]]] = {}
        self.goals = TablePanel(self.tr("Goals"), RecordModel(goal_columns(), self))
        self.kpis = TablePanel(
            self.tr("KPIs of the selected goal"), RecordModel(kpi_columns(), self)
        )
        self.goals.model.commit = lambda i, v: self._update(Goal, i, v, self.goals)
        self.kpis.model.commit = lambda i, v: self._update(Kpi, i, v, self.kpis)
        self.goals.add_requested.connect(self.add_goal)
        self.kpis.add_requested.connect(self.add_kpi)
        self.goals.remove_requested.connect(lambda i: self._remove(Goal, i, self.goals))
        self.kpis.remove_requested.connect(lambda i: self._remove(Kpi, i, self.kpis))
        self.goals.move_requested.connect(lambda i, d: self._move(Goal, i, d, self.goals))
        self.kpis.move_requested.connect(lambda i, d: self._move(Kpi, i, d, self.kpis))
        self.goals.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_kpis())

        self.actuals = ActualsModel(self)
        self.actuals.commit_cells = self._commit_cells
        self.actuals_view = GridView()
        self.actuals_view.setModel(self.actuals)
        name_view(
            self.actuals_view,
            self.tr("Monthly actuals"),
            self.tr("One row a KPI, one column a month; Tab moves along the row"),
        )
        self.actuals_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.actuals_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.actuals_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.actuals_message = _message_label()
        self.actuals_delegate = TextDelegate(
            self.tr("Actual"),
            limit=60,
            parent=self.actuals_view,
            validator=lambda text: (parse_number(text, self.tr("Actual")), text)[1],
        )
        self.actuals_view.setItemDelegate(self.actuals_delegate)
        self.actuals_refusals = Refusals(self.actuals_message, self)
        self.actuals_refusals.attach(self.actuals, self.actuals_delegate)

        self.links = TaskKpiModel(self)
        self.links.commit_link = self._commit_link
        self.links_view = GridView()
        self.links_view.setModel(self.links)
        name_view(self.links_view, self.tr("Tasks ↔ KPIs"))
        self.links_view.horizontalHeader().setDefaultSectionSize(92)
        self.links_message = _message_label()
        self.links_refusals = Refusals(self.links_message, self)
        self.edit_task_action = QAction(self.tr("Edit task…"), self.links_view)  # rows are tasks
        self.edit_task_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_task_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_task_action.triggered.connect(
            lambda: self.edit_task(self.links_view.currentIndex().row())
        )
        self.links_view.addAction(self.edit_task_action)
        self.links_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.links_view.verticalHeader().sectionDoubleClicked.connect(self.edit_task)

        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Monthly actuals and task ↔ KPI links"))
        tabs.addTab(
            self._page(
                QLabel(
                    self.tr(
                        "Monthly actuals of every KPI. Type a value, or copy cells in a spreadsheet and "
                        "paste them here with Ctrl+V (one undoable change); an empty cell or Delete "
                        "clears a value."
                    )
                ),
                self.actuals_view,
                self.actuals_message,
            ),
            self.tr("Monthly actuals"),
        )
        tabs.addTab(
            self._page(
                QLabel(
                    self.tr("Tick the KPIs each key task serves (Space toggles the current cell).")
                ),
                self.links_view,
                self.links_message,
            ),
            self.tr("Tasks ↔ KPIs"),
        )
        self.tabs = tabs
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.goals)
        top.addWidget(self.kpis)
        top.setSizes([520, 1000])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(tabs)
        outer.setSizes([430, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        self.refresher = DeferredRefresh(self, ctx, self.refresh, WATCHED)
        self.refresh()

    def edit_task(self, row: int) -> Any:
        """Open the task editor of the matrix's row ``row`` (a task); returns the dialog."""
        if not 0 <= row < len(self.links.tasks):
            return None
        from desktop.views.shared.task_editor import TaskEditor

        dialog = TaskEditor(self.ctx, self.links.tasks[row]["id"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @staticmethod
    def _page(*widgets: QWidget) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        for w in widgets:
            if isinstance(w, QLabel):
                w.setWordWrap(True)
            box.addWidget(w, 1 if isinstance(w, GridView) else 0)
        return page

    # ----- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresher.mark_fresh()
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            goals, kpis = read_goals(plan) if plan else ([], {})
            tasks = read_links(plan) if plan else []
            locked = plan is None or plan.is_locked or self.ctx.read_only
            reason = lock_reason(plan, self.ctx.read_only)
            # KPI actuals are tracking data: editable in a signed-off plan too
            actuals_locked = plan is None or self.ctx.read_only
        self._kpis = kpis
        current = self.goals.current_id()
        self.goals.model.set_rows(goals)
        self.goals.set_read_only(locked, reason)
        self.kpis.set_read_only(locked, reason, note=False)
        self.goals.select_id(current if current in kpis else (goals[0]["id"] if goals else None))
        self._show_kpis()
        all_kpis = [k for g in goals for k in kpis[g["id"]]]
        self.actuals.read_only = actuals_locked
        self.links.read_only = locked
        self.links_view.setStyleSheet(f"QTableView {{{LOCKED_STYLE}}}" if reason else "")
        if reason:
            show_error(self.links_message, reason)
        self.actuals.lang = self.ctx.lang
        cells = [
            (v, v.currentIndex().row(), v.currentIndex().column())
            for v in (self.actuals_view, self.links_view)
        ]
        self.actuals.set_kpis(all_kpis)
        self.links.set_data(tasks, all_kpis)
        for view, row, column in cells:  # keep the current cell across the reload
            index = view.model().index(row, column)
            if index.isValid():
                view.setCurrentIndex(index)
        self.links_view.resizeRowsToContents()

    def _show_kpis(self) -> None:
        goal_id = self.goals.current_id()
        current = self.kpis.current_id()
        self.kpis.model.set_rows(self._kpis.get(goal_id, []) if goal_id is not None else [])
        self.kpis.select_id(current)
        code = next((g["code"] for g in self.goals.model.rows if g["id"] == goal_id), "")
        self.kpis.title.setText("<b>" + self.tr("KPIs of goal {0}").format(code) + "</b>")

    # ----- changes -----------------------------------------------------------------------
    def _action(self, verb: str, model: type) -> str:
        """The undo text of an edit, e.g. 編輯目標 (never a table name)."""
        texts = {
            ("edit", Goal): self.tr("Edit goal"),
            ("edit", Kpi): self.tr("Edit KPI"),
            ("remove", Goal): self.tr("Remove goal"),
            ("remove", Kpi): self.tr("Remove KPI"),
            ("move", Goal): self.tr("Move goal"),
            ("move", Kpi): self.tr("Move KPI"),
        }
        return texts[(verb, model)]

    def _update(self, model: type, item_id: int, values: dict[str, Any], panel: TablePanel) -> bool:
        ok, _ = panel.refusals.run(
            self.ctx,
            self._action("edit", model),
            update_fields(model, item_id, values),
            (model.__tablename__,),
        )
        return ok

    def add_goal(self) -> int | None:
        ok, new_id = self.goals.refusals.run(
            self.ctx,
            self.tr("Add goal"),
            add_goal(
                {"title": self.ctx.new_title("goal"), "description": ""},
                after_id=self.goals.current_id(),
            ),
            ("goal",),
        )
        if ok:
            self.refresh()
            self.goals.select_id(new_id)
            self._edit_new(self.goals, "title")
        return new_id if ok else None

    def add_kpi(self) -> int | None:
        goal_id = self.goals.current_id()
        if goal_id is None:
            self.kpis.show_message(self.tr("Select a goal first."))
            return None
        code = next(g["code"] for g in self.goals.model.rows if g["id"] == goal_id)
        values = {"goal_id": goal_id, "name": self.ctx.new_title("kpi"), "unit": "%"}
        ok, new_id = self.kpis.refusals.run(
            self.ctx,
            self.tr("Add KPI"),
            add_coded(Kpi, code, values, parent_attr="goal_id", after_id=self.kpis.current_id()),
            ("kpi",),
        )
        if ok:
            self.refresh()
            self.kpis.select_id(new_id)
            self._edit_new(self.kpis, "name")
        return new_id if ok else None

    @staticmethod
    def _edit_new(panel: TablePanel, key: str) -> None:
        """Open the editor on the new row's placeholder title."""
        index = panel.view.currentIndex().siblingAtColumn(panel.model.column_index(key))
        panel.view.setFocus()
        panel.view.setCurrentIndex(index)
        panel.view.edit(index)

    def _remove(self, model: type, item_id: int, panel: TablePanel) -> None:
        # a goal takes its KPIs, actuals and task links along: snapshot every table
        panel.refusals.run(
            self.ctx,
            self._action("remove", model),
            remove_item(model, item_id, parent_attr="goal_id" if model is Kpi else None),
            None,
        )

    def _move(self, model: type, item_id: int, delta: int, panel: TablePanel) -> None:
        ok, _ = panel.refusals.run(
            self.ctx,
            self._action("move", model),
            move_item(model, item_id, delta, parent_attr="goal_id" if model is Kpi else None),
            (model.__tablename__,),
        )
        if ok:
            self.refresh()
            panel.select_id(item_id)

    def _commit_cells(self, cells: list[Cell]) -> bool:
        action = self.tr("Set actual") if len(cells) == 1 else self.tr("Paste actuals")
        ok, _ = self.actuals_refusals.run(
            self.ctx, action, set_actuals_block(cells), TABLES_ACTUALS
        )
        return ok

    def _commit_link(self, task_id: int, kpi_id: int, linked: bool) -> bool:
        action = self.tr("Link task to KPI") if linked else self.tr("Unlink task from KPI")
        ok, _ = self.links_refusals.run(
            self.ctx, action, set_task_kpi(task_id, kpi_id, linked), TABLES_LINKS
        )
        return ok

    # ----- navigation --------------------------------------------------------------------
    def focus_item(self, kind: str, code: str, key: str = "") -> bool:
        """Go to the item a plan check is about; a KPI without a target: its target cell."""
        self.refresher.flush()
        if kind == "goal":
            row = next((g["id"] for g in self.goals.model.rows if g["code"] == code), None)
            self.goals.select_id(row)
            self.goals.view.setFocus()
            return row is not None
        if kind != "kpi":
            return False
        for goal_id, kpis in self._kpis.items():
            kpi = next((k for k in kpis if k["code"] == code), None)
            if kpi is not None:
                self.goals.select_id(goal_id)
                self._show_kpis()
                self.kpis.select_id(kpi["id"])
                if key == "no_target":
                    model = self.kpis.model
                    cell = model.index(model.row_of(kpi["id"]), model.column_index("target"))
                    self.kpis.view.setCurrentIndex(cell)
                    self.kpis.view.scrollTo(cell)
                self.kpis.view.setFocus()
                return True
        return False
