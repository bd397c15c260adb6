"""The task board: a tree of tasks → subtasks beside a Gantt-style timeline of the plan year.

Both halves show one ``BoardModel`` and share one vertical scroll bar. Every change runs
through ``ctx.ops.run`` (undoable); the board refreshes through ``DeferredRefresh``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollBar,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.schedule import WeekConvention
from desktop.render.board_painter import (
    TASK,
    BoardRow,
    legend_items,
)
from desktop.views.board.board_editing import BoardEditing
from desktop.views.board.board_legend import LegendBar
from desktop.views.board.board_model import BoardModel, read_board, read_done
from desktop.views.board.board_moves import MoveQuestion
from desktop.views.board.board_notes import BoardNotes
from desktop.views.board.board_timeline import TimelineCanvas
from desktop.views.board.load_strip import LoadPanel, read_strip_inputs
from desktop.views.shared.accessible import ReadingOrder, caption, name_toolbar, name_view
from desktop.views.shared.context import AppContext
from desktop.views.shared.lock import lock_reason, lock_widgets
from desktop.views.shared.refresh import DeferredRefresh
from desktop.views.shared.refusals import Refusals

ZOOMS = ("year", "quarter", "month")


class TaskBoardScreen(BoardEditing, QWidget):
    """Tree + timeline + toolbar; ``install_menus(window)`` adds zoom, filters and ISO weeks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = BoardModel(self)
        self._first_load = True
        self.refused = False
        self.refusals = Refusals(lambda text: self.show_message(text, error=bool(text)), self)
        self.lock_text = ""
        self.showing_lock_note = True  # the message line shows the lock note (or nothing)
        self.move_question = MoveQuestion(self)
        self._build()
        self._build_actions()
        self.reading_order = ReadingOrder(  # the filters above, then the tree, the timeline
            self, lambda: [self.zoom_box, self.team_box, self.task_box, self.tree, self.canvas]
        )
        self.notes = BoardNotes(self)  # occurrence notes, report weeks
        self.refresher = DeferredRefresh(self, ctx, self.reload, light=self._update_done_marks)
        self.reload()

    # ----- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.tree = QTreeView()
        name_view(
            self.tree,
            self.tr("Tasks and subtasks"),
            self.tr("Enter edits a task or subtask, F2 renames a task, Tab goes to the timeline"),
        )
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # per item: QTreeView repaints everything when a scroll moves more pixels than rows
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # F2 / new task
        self.model.title_edited.connect(self.rename_task)
        for column, width in enumerate((200, 120, 150, 170)):
            self.tree.setColumnWidth(column, width)
        self.canvas = TimelineCanvas(self.tree, self.model)
        self.vbar = QScrollBar(Qt.Orientation.Vertical)
        own = self.tree.verticalScrollBar()
        own.rangeChanged.connect(self.vbar.setRange)
        own.valueChanged.connect(self.vbar.setValue)
        self.vbar.valueChanged.connect(own.setValue)
        own.rangeChanged.connect(lambda lo, hi: self.vbar.setPageStep(own.pageStep()))
        for signal in (self.tree.expanded, self.tree.collapsed):
            signal.connect(self.canvas.update)
        self.model.dataChanged.connect(self.canvas.update)
        self.model.modelReset.connect(self.canvas.update)
        self.tree.doubleClicked.connect(lambda _i: self.edit_current())
        right = QWidget()
        grid = QGridLayout(right)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.canvas, 0, 0)
        grid.addWidget(self.vbar, 0, 1)
        grid.addWidget(self.canvas.hbar, 1, 0)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 1000])
        self.toolbar = QToolBar(self.tr("Task board"))
        name_toolbar(self.toolbar)
        # the view controls have a row of their own: at 1280×800 one row hid the task filter
        self.view_bar = QToolBar(self.tr("Board view"))
        name_toolbar(self.view_bar)
        self.zoom_box = QComboBox()
        for key, label in zip(
            ZOOMS, (self.tr("Year"), self.tr("Quarter"), self.tr("Month")), strict=True
        ):
            self.zoom_box.addItem(label, key)
        self.zoom_box.activated.connect(lambda i: self.set_zoom(ZOOMS[i]))
        self.team_box = QComboBox()
        self.task_box = QComboBox()
        self.team_box.activated.connect(lambda _i: self._apply_filters())
        self.task_box.activated.connect(lambda _i: self._apply_filters())
        self.legend = LegendBar()
        self.message = QLabel()
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 3)
        bottom.addWidget(self.message, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view_bar)
        self.load_panel = LoadPanel()
        self.load_panel.strip.limit_requested.connect(self.set_weekly_limit)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.load_panel)
        self.body.setStretchFactor(0, 1)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)
        canvas = self.canvas
        canvas.toggle_requested.connect(self.toggle_done)
        canvas.reschedule_requested.connect(self.reschedule)
        canvas.marker_clicked.connect(self.show_finding)
        canvas.edit_requested.connect(self.edit_current)
        self.tree.selectionModel().currentChanged.connect(lambda *_a: canvas.update())

    def _build_actions(self) -> None:
        tr = self.tr
        self.add_task_action = self._action(tr("Add task"), self.add_task, ("Ctrl+Insert",))
        self.add_subtask_action = self._action(tr("Add subtask"), self.add_subtask, ("Insert",))
        self.edit_action = self._action(tr("Edit…"), self.edit_current, ("Return",))
        self.remove_action = self._action(tr("Remove"), self.remove_current, ("Delete",))
        self.up_action = self._action(tr("Move up"), lambda: self.move_current(-1), ("Alt+Up",))
        self.down_action = self._action(
            tr("Move down"), lambda: self.move_current(1), ("Alt+Down",)
        )
        self.done_action = self._action(tr("Mark done / not done"), self.toggle_current, ("Space",))
        for action in (
            self.add_task_action,
            self.add_subtask_action,
            self.edit_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.done_action,
        ):
            self.toolbar.addAction(action)
        self._build_task_actions()
        self.view_bar.addWidget(caption(tr(" Zoom: "), self.zoom_box))
        self.view_bar.addWidget(self.zoom_box)
        self.period_label = QLabel()
        self.period_label.setObjectName("boardPeriod")
        self.period_label.setStyleSheet("padding:0 8px;font-weight:bold;")
        self.view_bar.addWidget(self.period_label)
        self.canvas.hbar.valueChanged.connect(lambda _v: self._show_period())
        self.view_bar.addWidget(caption(tr("  Team: "), self.team_box))
        self.view_bar.addWidget(self.team_box)
        self.view_bar.addWidget(caption(tr("  Task: "), self.task_box))
        self.view_bar.addWidget(self.task_box)
        self.iso_action = QAction(tr("ISO week numbers"), self)
        self.iso_action.setCheckable(True)
        self.iso_action.setChecked(self.ctx.settings.value("board/iso_weeks", False, type=bool))
        self.iso_action.toggled.connect(self.set_iso_weeks)
        self.view_bar.addAction(self.iso_action)
        self.zoom_group = QActionGroup(self)
        self.zoom_actions = {}
        labels = (tr("Zoom to year"), tr("Zoom to quarter"), tr("Zoom to month"))
        for n, (key, label) in enumerate(zip(ZOOMS, labels, strict=True), start=1):
            action = QAction(label, self.zoom_group)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{n}"))
            action.triggered.connect(lambda _=False, k=key: self.set_zoom(k))
            self.zoom_actions[key] = action
        self.clear_filters_action = QAction(tr("Clear board filters"), self)
        self.clear_filters_action.triggered.connect(lambda: self.set_filters(None, None))
        zoom = str(self.ctx.settings.value("board/zoom", "year"))
        self.set_zoom(zoom if zoom in ZOOMS else "year")

    def install_menus(self, window: QMainWindow) -> None:
        """Add the board's zoom, filter and ISO-week entries to the window's View menu."""
        menu = window.view_menu  # type: ignore[attr-defined]
        menu.addSection(self.tr("Task board"))
        menu.addActions(list(self.zoom_actions.values()))
        menu.addAction(self.iso_action)
        self.team_menu = menu.addMenu(self.tr("Filter by team"))
        self.task_menu = menu.addMenu(self.tr("Filter by task"))
        self.team_menu.aboutToShow.connect(
            lambda: self._fill_filter_menu(self.team_box, self.team_menu)
        )
        self.task_menu.aboutToShow.connect(
            lambda: self._fill_filter_menu(self.task_box, self.task_menu)
        )
        menu.addAction(self.clear_filters_action)
        for action in self.zoom_actions.values():
            action.triggered.connect(lambda _=False: window.show_screen("board"))  # type: ignore

    def _fill_filter_menu(self, box: QComboBox, menu: Any) -> None:
        menu.clear()
        group = QActionGroup(menu)
        for i in range(box.count()):
            action = menu.addAction(box.itemText(i))
            action.setCheckable(True)
            action.setChecked(i == box.currentIndex())
            group.addAction(action)
            action.triggered.connect(
                lambda _=False, n=i: (box.setCurrentIndex(n), self._apply_filters())
            )

    # ----- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the current plan again; keeps the current row, filters and scroll."""
        self.refresher.mark_fresh()
        current = self.current_row()
        key = (current.kind, current.item_id) if current else None
        scroll = self.tree.verticalScrollBar().value()
        lang = self.ctx.lang
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            rows = read_board(session, plan.id, lang) if plan is not None else []
            year = plan.year if plan is not None else date.today().year
            convention = WeekConvention(plan.week_convention if plan else "calendar")
            self.load_panel.strip.reserve(len(plan.teams) if plan is not None else 0)
            self.lock_text = lock_reason(plan, self.ctx.read_only)
            self.notes.reload(session, plan)
        self._show_lock(plan is None)
        self.canvas.set_base(
            replace(
                self.canvas.base,
                year=year,
                convention=convention,
                lang=lang,
                today=date.today(),
                iso_weeks=self.iso_action.isChecked(),
            )
        )
        self.model.set_rows(rows)
        self._fill_filter_boxes(rows)
        self.tree.expandAll()
        self.tree.header().setFixedHeight(self.canvas.base.header_height)
        self.legend.teams, self.legend.lang = legend_items(rows), lang
        self.legend.update()
        if key is not None:
            self.tree.setCurrentIndex(self.model.index_of(*key))
        self.tree.verticalScrollBar().setValue(scroll)
        if self._first_load and rows:
            self._first_load = False
            today = date.today()
            self.canvas.scroll_to(
                today if today.year == year else date(year, 1, 1), centre=today.year == year
            )
        self._show_period()
        self.canvas.update()
        self.load_panel.schedule(rows, self._read_strip_inputs, year)

    def _read_strip_inputs(self) -> tuple[list[Any], list[Any]]:
        with self.ctx.session() as session:
            return read_strip_inputs(session, self.ctx.plan(session))

    def set_weekly_limit(self, team: str, limit: int | None) -> None:
        from desktop.operations.team_load import TABLES, set_weekly_limit

        action = self.tr("Set weekly limit of {0}").format(team)
        self.refusals.run(self.ctx, action, set_weekly_limit(team, limit), TABLES)

    def _show_lock(self, no_plan: bool) -> None:
        """Disable what would change the signed content (structure, texts, schedule) and say
        why; done marks are tracking data and stay on."""
        reason = self.lock_text or (" " if no_plan else "")
        lock_widgets(
            [
                self.add_task_action,
                self.add_subtask_action,
                self.edit_action,
                self.rename_action,
                self.remove_action,
                self.up_action,
                self.down_action,
            ],
            reason,
        )
        lock_widgets([self.done_action], " " if self.ctx.read_only or no_plan else "")
        self.canvas.reschedule_enabled = not reason
        if self.showing_lock_note:  # not a refusal or a note of what was just done
            self.show_message("")  # shows the current lock note (or nothing)

    def _fill_filter_boxes(self, rows: list[BoardRow]) -> None:
        for box, items, all_text in (
            (
                self.team_box,
                {r.team_id: r.team for r in rows if r.team_id is not None},
                self.tr("All teams"),
            ),
            (
                self.task_box,
                {r.item_id: r.label for r in rows if r.kind == TASK},
                self.tr("All tasks"),
            ),
        ):
            chosen = box.currentData()
            box.clear()
            box.addItem(all_text, None)
            for item_id, label in items.items():
                box.addItem(label, item_id)
            box.setCurrentIndex(max(0, box.findData(chosen)))
        self._apply_filters()

    def _update_done_marks(self, tables: frozenset[str]) -> bool:
        """After changes to done marks only: update them in place (no reload)."""
        if not tables <= {"occurrence_done"} or self.ctx.plan_id is None:
            return False
        with self.ctx.session() as session:
            self.model.update_done(read_done(session, self.ctx.plan_id))
        return True

    # ----- view settings -----------------------------------------------------------------
    def _show_period(self) -> None:
        self.period_label.setText(self.canvas.period_text())

    def set_zoom(self, zoom: str) -> None:
        self.canvas.set_zoom(zoom)
        self._show_period()
        self.zoom_box.setCurrentIndex(ZOOMS.index(zoom))
        self.zoom_actions[zoom].setChecked(True)
        self.ctx.settings.setValue("board/zoom", zoom)
        self.tree.header().setFixedHeight(self.canvas.base.header_height)

    def set_iso_weeks(self, on: bool) -> None:
        self.ctx.settings.setValue("board/iso_weeks", on)
        self.canvas.set_base(replace(self.canvas.base, iso_weeks=on))
        self.tree.header().setFixedHeight(self.canvas.base.header_height)

    def set_filters(self, teams: set[int] | None, tasks: set[int] | None) -> None:
        """Filter by team ids and/or task ids (None: all); the combo boxes follow."""
        for box, chosen in ((self.team_box, teams), (self.task_box, tasks)):
            one = next(iter(chosen)) if chosen and len(chosen) == 1 else None
            box.setCurrentIndex(max(0, box.findData(one)))
        self.model.set_filters(teams, tasks)
        self.tree.expandAll()

    def _apply_filters(self) -> None:
        team, task = self.team_box.currentData(), self.task_box.currentData()
        teams = {team} if team is not None else None
        tasks = {task} if task is not None else None
        if (self.model.team_filter, self.model.task_filter) != (
            frozenset(teams) if teams else None,
            frozenset(tasks) if tasks else None,
        ):
            self.model.set_filters(teams, tasks)
            self.tree.expandAll()
