"""The main window: navigation between the plan's screens, menus, status bar, settings.

Screens are created the first time they are shown (so that pyqtgraph and friends load only
when needed). The menus are declared in ``desktop.views.menus``; a feature module (Excel,
printing, sign-off…) is imported when one of its entries is first used. The plan checks shown
in the status bar are computed after the window has been painted, and again (once) after
changes.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop import __version__
from desktop.models import Plan
from desktop.operations.remote import attach as attach_remote_watcher
from desktop.store import Workspace
from desktop.views.language import choose_language
from desktop.views.menus import build_menus
from desktop.views.shared.accessible import caption, name_toolbar, name_view
from desktop.views.shared.context import AppContext
from desktop.views.shared.first_paint import after_first_paint
from desktop.views.shared.plan_list import fit_on_screen, plan_labels
from desktop.views.shared.plan_status import status_label
from desktop.views.shared.refusals import show_refusal

# key, module, class
SCREENS: tuple[tuple[str, str, str], ...] = (
    ("overview", "desktop.views.overview.overview_screen", "OverviewScreen"),
    ("goals", "desktop.views.goals.goals_screen", "GoalsScreen"),
    ("board", "desktop.views.board.task_board", "TaskBoardScreen"),
    ("risks", "desktop.views.risks.risk_register", "RiskRegisterScreen"),
    ("kpis", "desktop.views.kpi.kpi_pane", "KpiPaneScreen"),
    ("monitoring", "desktop.views.sections.monitoring", "MonitoringScreen"),
    ("signoff", "desktop.views.signoff.signoff_screen", "SignoffScreen"),
)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    """Thin shell: screens do the work; this only navigates and reports status."""

    screen_changed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        *,
        lang: str | None = None,
        plan_id: int | None = None,
        review: Any = None,
    ) -> None:
        super().__init__()
        self.ctx = AppContext(workspace, self)
        self.ctx.review = review  # a review package (signoff.review_workspace), read-only
        self.ctx.lang = lang or choose_language()
        if plan_id is not None:
            self.ctx.plan_id = plan_id
        self._keep_workspace = False
        self.screens: dict[str, QWidget] = {}
        self._painted = False
        self._checks_due = QTimer(self, singleShot=True, interval=0)
        self._checks_due.timeout.connect(self.refresh_checks)
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self.ctx.ops.changed.connect(self._on_changed)
        self.ctx.ops.replay_refused.connect(self._on_replay_refused)
        self.ctx.plan_selected.connect(lambda _id: self.refresh_status())
        build_menus(self)
        attach_remote_watcher(self)
        if review is not None:
            from desktop.views.signoff.review_actions import _review_banner

            _review_banner(self)
        after_first_paint(self, self._first_painted)
        self._restore_settings()
        if review is None:
            self.remember_workspace(workspace.label)
        self.refresh_plans()
        self.show_screen("board")

    # ----- layout -------------------------------------------------------------------
    def screen_titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview & approval"),
            "goals": self.tr("Goals & KPIs"),
            "board": self.tr("Task board"),
            "risks": self.tr("Risk register"),
            "kpis": self.tr("KPI charts"),
            "monitoring": self.tr("Monitoring & communication"),
            "signoff": self.tr("Sign-off"),
        }

    def _build_central(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        name_view(self.nav, self.tr("Screens"), self.tr("Ctrl+1 … Ctrl+7 switch screens"))
        titles = self.screen_titles()
        for key, _module, _cls in SCREENS:
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.setMaximumWidth(220)
        self.nav.currentRowChanged.connect(lambda row: self.show_screen(SCREENS[row][0]))
        self.stack = QStackedWidget()
        self.banner = QLabel(
            self.tr(
                "Read-only: another PlanDesk is using this workspace. You can look, print and "
                "export, but not change anything."
            )
        )
        if self.ctx.read_only and _cannot_be_written(self.ctx.workspace):
            self.banner.setText(
                self.tr(
                    "Read-only: the workspace file or its folder cannot be written. You can look, "
                    "print and export, but not change anything."
                )
            )
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(
            "background:#fff3cd;color:#664d03;padding:6px;border-bottom:1px solid #ffe69c;"
        )
        self.banner.setWordWrap(True)
        self.banner.setVisible(self.ctx.read_only)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.plan_box = QComboBox()
        self.plan_box.setMinimumWidth(320)
        self.plan_box.activated.connect(lambda i: self.ctx.select_plan(self.plan_box.itemData(i)))
        toolbar = QToolBar(self.tr("Plan"))
        name_toolbar(toolbar)
        toolbar.setObjectName("planToolbar")
        toolbar.addWidget(caption(self.tr("Plan: "), self.plan_box))
        toolbar.addWidget(self.plan_box)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.recent_menu = QMenu(self.tr("Recen&t workspaces"), self)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.ctx.ops.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.ops.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo
        self.view_menu = bar.addMenu(self.tr("&View"))
        for row, (key, _m, _c) in enumerate(SCREENS):
            action = QAction(menu_text(self.screen_titles()[key]), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.settings_menu = bar.addMenu(self.tr("&Settings"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About PlanDesk"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.status_workspace = QLabel()
        self.status_plan = QLabel()
        self.status_checks = QLabel()
        self.status_checks.setObjectName("statusChecks")
        for widget in (self.status_workspace, self.status_plan, self.status_checks):
            self.statusBar().addPermanentWidget(widget)

    # ----- screens ------------------------------------------------------------------
    def screen(self, key: str) -> QWidget:
        """The screen widget for ``key``, created on first use."""
        if key not in self.screens:
            module_name, cls_name = next((m, c) for k, m, c in SCREENS if k == key)
            widget: QWidget = getattr(importlib.import_module(module_name), cls_name)(self.ctx)
            if hasattr(widget, "install_menus"):  # screens add their View-menu entries
                widget.install_menus(self)
            self.screens[key] = widget
            self.stack.addWidget(widget)
        return self.screens[key]

    def show_screen(self, key: str) -> QWidget:
        widget = self.screen(key)
        self.stack.setCurrentWidget(widget)
        row = next(i for i, (k, _m, _c) in enumerate(SCREENS) if k == key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.screen_changed.emit(key)
        return widget

    def current_screen_key(self) -> str:
        return next((k for k, w in self.screens.items() if w is self.stack.currentWidget()), "")

    # ----- status -------------------------------------------------------------------
    def refresh_plans(self) -> None:
        self.plan_box.clear()
        with self.ctx.session() as session:
            plans = list(session.scalars(select(Plan).order_by(Plan.id)))
            for plan, (label, tip) in zip(plans, plan_labels(plans), strict=True):
                self.plan_box.addItem(label, plan.id)
                self.plan_box.setItemData(
                    self.plan_box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
                )
        index = self.plan_box.findData(self.ctx.plan_id)
        self.plan_box.setCurrentIndex(max(index, 0))
        self.refresh_status()

    def refresh_status(self) -> None:
        """Title, workspace and plan status now; the plan checks once the window is painted."""
        review = self.ctx.review
        self.status_workspace.setText(
            self.tr("Workspace: {0}").format(
                self.ctx.workspace.label if review is None else review.source
            )
        )
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            if plan is None:
                self.setWindowTitle(self.tr("PlanDesk — {0}").format(self.ctx.workspace.label))
                self.status_plan.setText(self.tr("No plan"))
                self.status_checks.setText("")
                return
            where = (
                self.tr("review package {0}").format(self.ctx.review.source.name)
                if self.ctx.review is not None
                else self.ctx.workspace.label
            )
            self.setWindowTitle(f"{plan.title} — {where} — PlanDesk")
            self.status_plan.setText(
                self.tr("Status: {0} · revision {1}").format(
                    status_label(plan.status), plan.revision
                )
            )
        if self._painted:
            self._checks_due.start()  # several changes in a row: computed once

    def refresh_checks(self) -> None:
        """The status bar's count of plan check findings and KPI early warnings."""
        from desktop.models.checks import check_plan

        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            findings = check_plan(plan) if plan is not None else None
        if findings is None:
            self.status_checks.setText("")
            return
        errors = sum(f.severity == "error" for f in findings)
        text = self.tr("Checks: {0} findings ({1} errors)").format(len(findings), errors)
        early = sum(f.key == "early_warning" for f in findings)  # KPI early warnings (風險預警)
        if early:
            text += self.tr(" · Early warnings: {0}").format(early)
        self.status_checks.setText(text)

    def _first_painted(self) -> None:
        self._painted = True
        self._checks_due.start()

    def _on_changed(self, _plan_id: int, tables: Any) -> None:
        if not tables or "plan" in tables:
            self.refresh_plans()
        else:
            self.refresh_status()

    def _on_replay_refused(self, what: str, refusal: Any) -> None:
        """An undo or redo that no longer applies: say why (once the undo stack is idle);
        the history stays as it was."""
        QTimer.singleShot(0, self, lambda: show_refusal(self, refusal, what))

    # ----- settings -----------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 1000)
        fit_on_screen(self)  # never larger than the screen it opens on

    def remember_workspace(self, label: str) -> None:
        settings = self.ctx.settings
        if self.ctx.workspace.path is None:  # server URLs are not kept (no credentials)
            return
        recent = [p for p in _as_list(settings.value("workspace/recent")) if p != label]
        settings.setValue("workspace/recent", [label, *recent][:MAX_RECENT])
        settings.setValue("workspace/last", label)

    def recent_workspaces(self) -> list[str]:
        return _as_list(self.ctx.settings.value("workspace/recent"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
        if self.ctx.review is not None and event.isAccepted():  # its temporary workspace
            self.ctx.workspace.close()
            self.ctx.review.cleanup()

    def hand_over(self) -> None:
        """Close this window but leave its workspace open for the window replacing it."""
        self._keep_workspace = True
        self.close()
        self.deleteLater()

    def after_first_show(self) -> None:
        """Once the window is painted: the first-run welcome and the CJK-font notice."""
        from desktop.views.help_actions import first_run_notices

        first_run_notices(self)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About PlanDesk"),
            self.tr(
                "<h3>PlanDesk {0}</h3><p>Plan, schedule, track, print and sign off an annual "
                "social-media plan, offline.</p><p>Workspace: {1}</p>"
            ).format(__version__, self.ctx.workspace.label),
        )


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]


def _cannot_be_written(workspace: Any) -> bool:
    """Whether a read-only SQLite workspace is so because its file or folder is read-only."""
    from desktop.store.sqlite_file import not_writable

    return workspace.path is not None and bool(not_writable(workspace.path))


def menu_text(title: str) -> str:
    """A title as a menu entry: "&" doubled so Qt shows it instead of taking an accelerator."""
    return title.replace("&", "&&")
