"""File ▸ New plan for next year…: a draft for another year made from the current plan.

The plan is added by one undoable operation (``operations.rollover.rollover_builder`` through
``PlanOperations.create``); the plan checks, re-run for the new year, are shown afterwards.
``ask_year`` and ``show_findings`` are module functions so that tests can answer them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from desktop.models.checks import Finding
from desktop.models.validate import MAX_YEAR, MIN_YEAR
from desktop.views.shared.refusals import show_refusal

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

SHOWN = 12  # findings listed in the message; the rest are counted


def ask_year(window: MainWindow, title: str, year: int) -> int | None:
    dialog = QInputDialog(window)
    dialog.setWindowTitle(window.tr("New plan for next year"))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setLabelText(
        window.tr(
            "A draft plan made from “{0}” ({1}): goals, KPIs, tasks, rules, risks and "
            "sections, every date moved into the new year; no done marks, actuals or "
            "sign-offs.\n\nYear of the new plan:"
        ).format(title, year)
    )
    dialog.setIntRange(MIN_YEAR, MAX_YEAR)
    dialog.setIntValue(year + 1)
    label = dialog.findChild(QLabel)
    if label is not None:
        label.setWordWrap(True)
        label.setMinimumWidth(420)
    return dialog.intValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None


def show_findings(window: MainWindow, year: int, findings: list[Finding]) -> None:
    lang = window.ctx.lang
    lines = [f"• {f.where_in(lang)}: {f.message(lang)}" for f in findings[:SHOWN]]
    if len(findings) > SHOWN:
        lines.append(
            window.tr("… and {0} more (see the status bar's checks)").format(len(findings) - SHOWN)
        )
    text = window.tr("The plan for {0} was added as a draft (Ctrl+Z removes it again).").format(
        year
    )
    if lines:
        text += "\n\n" + window.tr("Plan checks for {0}:").format(year) + "\n" + "\n".join(lines)
    QMessageBox.information(window, window.tr("New plan for next year"), text)


def new_plan_for_next_year(window: MainWindow) -> int | None:
    """Ask for the year, add the plan (undoable), select it and show its checks."""
    from desktop.operations.rollover import findings_for, rollover_action, rollover_builder
    from desktop.operations.undo import OperationRefused

    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(
                window, window.tr("New plan for next year"), window.tr("There is no plan.")
            )
            return None
        plan_id, title, year = plan.id, plan.title, plan.year
    new_year = ask_year(window, title, year)
    if new_year is None:
        return None
    try:
        new_id = window.ctx.ops.create(
            rollover_action(title, new_year), rollover_builder(plan_id, new_year)
        )
    except OperationRefused as refusal:
        show_refusal(window, refusal)
        return None
    window.ctx.select_plan(new_id)
    window.refresh_plans()
    with window.ctx.session() as session:
        findings = findings_for(session, new_id)
    show_findings(window, new_year, findings)
    return new_id
