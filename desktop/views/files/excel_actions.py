"""File menu: Import from Excel… and Export to Excel….

Long work (writing or reading the workbook) runs on a ``BackgroundRunner`` behind a
cancellable progress dialog; the export is the registry's (``export_actions``), the same writer
as ``plandesk export --xlsx``. Import lists
every problem it found, or shows a preview (added / changed / removed per section) and applies
it as one undoable change through ``ctx.ops``. ``confirm_import`` and ``show_problems`` are
module functions so that tests can answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.excel.excel_safety import ExcelRefused
from desktop.views.files.export_actions import export_format, run_with_progress
from desktop.views.files.file_names import last_folder, remember_folder
from desktop.views.shared.accessible import name_view
from desktop.views.shared.background import Cancelled
from desktop.views.shared.refusals import show_refusal

if TYPE_CHECKING:
    from desktop.exchange.excel.excel_import import ImportResult, SectionDiff
    from desktop.operations.import_plan import Target
    from desktop.views.main_window import MainWindow


# ----- export ---------------------------------------------------------------------------------
def _choose_export(window: MainWindow) -> None:
    """File ▸ Export to Excel… (the registry's "xlsx" format)."""
    export_format(window, "xlsx")


def export_to(window: MainWindow, path: Path) -> bool:
    """Export the current plan to the workbook ``path``; errors go to a message box."""
    return export_format(window, "xlsx", path) is not None


# ----- import ---------------------------------------------------------------------------------
def _choose_import(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        window.tr("Import from Excel"),
        str(last_folder(window.ctx)),
        window.tr("Excel workbooks (*.xlsx);;All files (*)"),
    )
    if path:
        remember_folder(window.ctx, path)
        import_from(window, Path(path))


def import_from(window: MainWindow, path: Path) -> int | None:
    """Read, check, preview and (after confirmation) apply a workbook; returns the plan id."""
    from desktop.exchange.excel import excel_import as imp
    from desktop.operations.import_plan import import_plan, plan_target
    from desktop.operations.undo import OperationRefused

    tr = window.tr
    try:
        result = run_with_progress(
            window,
            tr("Reading {0}…").format(path.name),
            lambda progress: imp.read_import(path, progress),
        )
    except Cancelled:
        return None
    except ExcelRefused as exc:
        QMessageBox.critical(window, tr("Cannot import"), str(exc))
        return None
    if result.data is None:
        show_problems(window, result)
        return None
    with window.ctx.session() as session:
        target = plan_target(session, result.data)
    diffs = imp.preview(target.old, result.data)
    if not confirm_import(window, result, target, diffs):
        return None
    try:
        plan_id = import_plan(window.ctx.ops, result, target).plan_id
    except OperationRefused as refusal:
        show_refusal(window, refusal)
        return None
    window.ctx.select_plan(plan_id)
    window.refresh_plans()
    window.statusBar().showMessage(import_summary(window, path, target.kind, diffs), 10000)
    return plan_id


def import_summary(window: QWidget, path: Path, kind: str, diffs: list[SectionDiff]) -> str:
    """The status-bar confirmation: what the import did, in numbers."""
    added = sum(len(d.added) for d in diffs)
    changed = sum(len(d.changed) for d in diffs)
    removed = sum(len(d.removed) for d in diffs)
    text = {
        "update": window.tr("Imported {0}: {1} added, {2} changed, {3} removed (Ctrl+Z undoes)"),
        "track": window.tr(
            "Imported {0}: tracking data updated in place, {2} changed "
            "(signatures stay valid; Ctrl+Z undoes)"
        ),
        "create": window.tr("Imported {0} as a new plan"),
        "revision": window.tr("Imported {0} as a new revision"),
    }[kind]
    return text.format(path.name, added, changed, removed)


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table


def problems_dialog(parent: QWidget, result: ImportResult) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(parent.tr("Cannot import {0}").format(result.path.name))
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        QLabel(
            parent.tr(
                "{0} problems were found; nothing was changed. Fix them in "
                "the workbook and import it again."
            ).format(len(result.errors))
        )
    )
    rows = [
        [p.severity, p.sheet, "" if p.row is None else str(p.row), p.cell, p.column, p.message]
        for p in result.problems
    ]
    dialog.table = _table(
        [
            parent.tr("Severity"),
            parent.tr("Sheet"),
            parent.tr("Row"),
            parent.tr("Cell"),
            parent.tr("Column"),
            parent.tr("Reason"),
        ],
        rows,
    )
    layout.addWidget(dialog.table)
    name_view(dialog.table, parent.tr("Problems"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(900, 480)
    return dialog


def show_problems(window: QWidget, result: ImportResult) -> None:
    problems_dialog(window, result).exec()


def preview_dialog(
    parent: QWidget, result: ImportResult, target: Target, diffs: list[SectionDiff]
) -> QDialog:
    from desktop.exchange.excel.import_preview import change_rows, removed_word, section_name
    from desktop.views.files.import_warnings import (
        last_change,
        mark_removed,
        removals_label,
        stale_label,
    )

    tr = parent.tr
    lang = getattr(getattr(parent, "ctx", None), "lang", "en")
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Import {0}").format(result.path.name))
    layout = QVBoxLayout(dialog)
    title = result.data["plan"]["title"] if result.data else ""
    text = {
        "update": tr("This workbook updates the plan “{0}” (revision {1})."),
        "create": tr("This workbook creates a new plan “{0}”."),
        "track": tr(
            "The plan “{0}” (revision {1}) is signed and this workbook changes only "
            "its tracking data (done marks, KPI actuals, risk status and review "
            "dates): the plan is updated in place and its signatures stay valid."
        ),
        "revision": tr(
            "The plan “{0}” is signed and this workbook changes its signed "
            "content: the import creates revision {1} of it (the signed "
            "revision is not changed)."
        ),
    }[target.kind].format(title, target.revision)
    layout.addWidget(QLabel(text))
    stale = stale_label(
        parent, result.exported_at, last_change(getattr(parent, "ctx", None), target.plan_id)
    )
    removals = removals_label(parent, diffs)
    for note in (stale, removals):
        if note is not None:
            layout.addWidget(note)
    rows = [
        [section_name(d.section, lang), str(len(d.added)), str(len(d.changed)), str(len(d.removed))]
        for d in diffs
        if d.added or d.changed or d.removed
    ]
    dialog.table = _table([tr("Section"), tr("Added"), tr("Changed"), tr("Removed")], rows)
    dialog.table.horizontalHeader().setSectionResizeMode(
        0, QHeaderView.ResizeMode.ResizeToContents
    )  # full section names
    dialog.table.setMaximumHeight(min(260, 40 + 30 * len(rows)))
    layout.addWidget(dialog.table)
    layout.addWidget(QLabel(tr("What changes (old → new):")))
    changes = [[r.section, r.item, r.what, r.details] for r in change_rows(diffs, lang)]
    dialog.changes = _table([tr("Section"), tr("Item"), tr("Change"), tr("Old → new")], changes)
    for column in (0, 1, 2):
        dialog.changes.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    mark_removed(dialog.changes, 2, removed_word(lang))
    dialog.changes.setWordWrap(True)
    dialog.changes.resizeRowsToContents()
    name_view(dialog.table, tr("Changes by section"))
    name_view(dialog.changes, tr("What changes (old → new):").rstrip(":："))
    layout.addWidget(dialog.changes, 1)
    if result.warnings:
        layout.addWidget(
            QLabel(tr("Warnings:") + "\n" + "\n".join(p.text() for p in result.warnings[:20]))
        )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(860, 560)
    return dialog


def confirm_import(
    window: QWidget, result: ImportResult, target: Target, diffs: list[SectionDiff]
) -> bool:
    return preview_dialog(window, result, target, diffs).exec() == QDialog.DialogCode.Accepted
