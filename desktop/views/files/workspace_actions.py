"""File menu: new plans, opening workspaces, recent workspaces and quitting."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from desktop.models import Plan
from desktop.models.sample import add_sample_plan

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

_windows: list[MainWindow] = []


def confirm_new_plan(window: MainWindow, *, sample: bool) -> bool:
    """Ctrl+N asks first: a new plan joins the plans of this workspace (Ctrl+Z removes it)."""
    tr = window.tr
    with window.ctx.session() as session:
        count = len(list(session.scalars(select(Plan.id))))
    text = (
        tr("Add a new plan from the sample template to this workspace?")
        if sample
        else tr("Add a new empty plan to this workspace?")
    )
    if count:
        text += "\n" + tr("It is listed beside the {0} plan(s) already here.").format(count)
    answer = QMessageBox.question(window, tr("New plan"), text)
    return answer == QMessageBox.StandardButton.Yes


def _new_plan(window: MainWindow, *, sample: bool) -> None:
    tr = window.tr
    if not confirm_new_plan(window, sample=sample):
        return

    def build(session):
        if sample:
            return add_sample_plan(session)
        plan = Plan(title=tr("New plan"), year=date.today().year + 1)
        session.add(plan)
        return plan

    action = tr("New plan from the sample template") if sample else tr("New empty plan")
    plan_id = window.ctx.ops.create(action, build)
    window.ctx.select_plan(plan_id)
    window.refresh_plans()


def _choose_workspace(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window,
        window.tr("Open or create a workspace"),
        "",
        window.tr("PlanDesk workspaces (*.sqlite *.plandesk);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if path:
        open_in_new_window(window, path)


def _fill_recent(window: MainWindow) -> None:
    window.recent_menu.clear()
    for label in window.recent_workspaces():
        action = window.recent_menu.addAction(label)
        action.triggered.connect(lambda _=False, p=label: open_in_new_window(window, p))
    if window.recent_menu.isEmpty():
        window.recent_menu.addAction(window.tr("(none yet)")).setEnabled(False)


def open_asking(parent: QWidget | None, target: str | None) -> Any:
    """The workspace at ``target``, or None; every refusal is a dialog, never a traceback.

    In use by another PlanDesk, or read-only (file or folder): offer to open it read-only.
    Not a workspace, made by a newer PlanDesk, unreadable: say so and open nothing."""
    from desktop.store import (
        WorkspaceError,
        WorkspaceLocked,
        WorkspaceReadOnly,
        prepare_workspace,
    )

    app = QApplication.instance()
    tr = app.tr if app is not None else str
    try:
        try:
            return prepare_workspace(target)
        except (WorkspaceLocked, WorkspaceReadOnly) as exc:
            locked = isinstance(exc, WorkspaceLocked)
            if not locked and not _exists(target):  # nothing there to show read-only
                raise WorkspaceError(str(exc)) from None
            title = tr("Workspace in use") if locked else tr("Read-only workspace")
            answer = QMessageBox.question(
                parent, title, tr("{0}\n\nOpen it read-only?").format(exc)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return prepare_workspace(target, read_only=True)
    except (WorkspaceError, WorkspaceLocked, OSError) as exc:
        QMessageBox.critical(parent, tr("Cannot open workspace"), str(exc))
        return None


def _exists(target: str | None) -> bool:
    from desktop.store import is_url

    return target is None or is_url(target) or Path(target).expanduser().exists()


def open_in_new_window(window: MainWindow, target: str) -> MainWindow | None:
    """Replace the window with one on ``target`` (read-only if it cannot be written)."""
    ws = open_asking(window, target)
    if ws is None:
        return None
    new = type(window)(ws, lang=window.ctx.lang)
    new.show()
    _windows[:] = [new]  # keep a reference: the old window goes away
    old_workspace = window.ctx.workspace
    window.hand_over()
    old_workspace.close()
    return new
