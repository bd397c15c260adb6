"""File ▸ Start revision N+1…: a new draft revision of an approved (or rejected) plan.

The same operation as ``plandesk revise`` (``operations.revise.revision_builder``), run
through ``PlanOperations.create`` so that Ctrl+Z removes the new revision again. The entry is
enabled for a plan that can be revised (``update_enabled``, when the File menu opens); a plan
that cannot gets the one-line reason in the UI language instead of the confirmation.
``confirm`` is a module function so that tests can answer it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop.views.shared.refusals import show_refusal

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def can_revise(window: MainWindow) -> bool:
    """The current plan can get a revision N+1 and the workspace can be written."""
    from desktop.operations.revise import revise_refusal

    if window.ctx.read_only or window.ctx.review is not None:
        return False
    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        return plan is not None and revise_refusal(session, plan) is None


def update_enabled(window: MainWindow) -> None:
    """Enable File ▸ Start revision N+1… for an approved or rejected plan only."""
    window.revise_action.setEnabled(can_revise(window))


def confirm(window: MainWindow, title: str, revision: int) -> bool:
    answer = QMessageBox.question(
        window,
        window.tr("Start revision N+1"),
        window.tr(
            "Start revision {0} of “{1}” as a draft? Revision {2} stays as it is, with its "
            "signatures, and can still be read and printed. Ctrl+Z removes the new revision "
            "again."
        ).format(revision + 1, title, revision),
    )
    return answer == QMessageBox.StandardButton.Yes


def start_revision(window: MainWindow) -> int | None:
    """Ask, then add revision N+1 (undoable) and switch to it; a refusal is said at once."""
    from desktop.operations.revise import revise_action, revise_refusal, revision_builder
    from desktop.operations.undo import OperationRefused

    heading = window.tr("Start revision N+1")
    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(window, heading, window.tr("There is no plan."))
            return None
        refusal = revise_refusal(session, plan)
        plan_id, title, revision = plan.id, plan.title, plan.revision
        action = revise_action(plan)
    if refusal is not None:
        QMessageBox.information(window, heading, refusal.message(window.ctx.lang))
        return None
    if not confirm(window, title, revision):
        return None
    try:
        new_id = window.ctx.ops.create(action, revision_builder(plan_id))
    except OperationRefused as refusal:
        show_refusal(window, refusal)
        return None
    window.ctx.select_plan(new_id)
    window.refresh_plans()
    window.statusBar().showMessage(
        window.tr("Revision {0} started as a draft (Ctrl+Z removes it again).").format(
            revision + 1
        ),
        8000,
    )
    return new_id
