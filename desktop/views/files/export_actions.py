"""File ▸ Export …: every format of the export registry (``desktop.exchange.export``), written by
its one writer — the same call as ``plandesk`` — on a ``BackgroundRunner`` with progress and
Cancel (the writer writes a temporary file and moves it into place at the end, so a cancelled or
failed export leaves the file at the target as it was).

``export_format(window, key)`` is what a File-menu entry runs: the format's own questions (the
calendar's team, the PDF for signature's refusal), the save dialog with the default file name,
then the write. Tests answer the dialogs by patching ``ask_path`` (or ``QFileDialog``) and ``ask_team``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.exchange.export import registry
from desktop.exchange.export.registry import ExportFormat, ExportOptions
from desktop.views.files.file_names import ask_save_path
from desktop.views.shared.background import BackgroundRunner, Cancelled, error_message

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

T = TypeVar("T")


@dataclass(frozen=True)
class Words:
    """What the GUI says about one format, in the UI language."""

    title: str  # the save dialog's and message boxes' title
    filter: str  # the save dialog's file types
    done: str  # the status bar after writing: {0} the file, {1} the count
    suffix: str = ""  # words after the revision in the default file name


def words(window: QWidget, key: str) -> Words:
    """The words of format ``key`` (every registered format has them; a test checks)."""
    tr = window.tr
    pdf = tr("PDF files (*.pdf)")
    table = {
        "xlsx": Words(tr("Export to Excel"), tr("Excel workbooks (*.xlsx)"), tr("Exported to {0}")),
        "ics": Words(
            tr("Export calendar"),
            tr("Calendar files (*.ics)"),
            tr("Calendar written: {0} ({1} events)"),
        ),
        "docx": Words(
            tr("Export Word"), tr("Word documents (*.docx)"), tr("Word document written: {0}")
        ),
        "pdf": Words(tr("Export PDF"), pdf, tr("PDF written: {0} ({1} pages)")),
        "pdf_signature": Words(
            tr("Export PDF for signature"),
            pdf,
            tr("PDF for signature written: {0}"),
            tr("for signature"),
        ),
        "review": Words(
            tr("Export review package"),
            tr("PlanDesk review files (*.pdreview)"),
            tr("Review package written: {0}"),
        ),
    }
    return table[key]


def run_with_progress(
    parent: QWidget, label: str, work: Callable[[Callable[[float, str], None]], T]
) -> T:
    """Run ``work(progress)`` on a ``BackgroundRunner`` behind a cancellable progress dialog and
    return its result (raises its error; ``Cancelled`` when the user cancelled)."""
    runner = BackgroundRunner(parent)
    try:
        runner.start(lambda control: work(control.progress), label=label, cancellable=True)
        return runner.wait()
    finally:
        runner.deleteLater()


def export_format(window: MainWindow, key: str, path: str | Path | None = None) -> Path | None:
    """Export the current plan as format ``key`` to ``path`` (asked for when None); the file
    written, or None (cancelled, refused or failed: said in a message box or the status bar)."""
    fmt, said = registry.export_format(key), words(window, key)
    if window.ctx.plan_id is None:
        QMessageBox.information(window, said.title, window.tr("No plan to export."))
        return None
    options = ask_options(window, fmt, said)
    if options is None:
        return None
    if path is None:
        path = ask_path(window, fmt, said)
        if not path:
            return None
    return write_export(window, fmt, Path(path), options)


def ask_path(window: MainWindow, fmt: ExportFormat, said: Words) -> str:
    """``<title> <year> r<rev>[ <suffix>].<ext>`` in the last-used folder ("" if cancelled)."""
    return ask_save_path(window, window.ctx, said.title, fmt.ext, said.filter, said.suffix)


def ask_options(window: MainWindow, fmt: ExportFormat, said: Words) -> ExportOptions | None:
    """The format's own questions and checks before the file is asked for; None to stop."""
    from desktop.views.files.print_settings import include_checks, paper

    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(window, said.title, window.tr("No plan to export."))
            return None
        lang, teams = plan.language, [t.name for t in plan.teams]
        refusal = None
        if fmt.key == "pdf_signature":
            from desktop.exchange.pdf.pdf_for_signature import signature_refusal

            refusal = signature_refusal(plan)  # approved: nothing left to sign; demo actuals
    if refusal is not None:
        QMessageBox.information(window, said.title, refusal.message(window.ctx.lang))
        return None
    if fmt.key == "ics":
        team = ask_team(window, teams)
        return None if team is False else ExportOptions(team=team)
    if fmt.needs_gui:
        font_hint(window, lang)
    return ExportOptions(paper=paper(window), include_checks=include_checks(window))


def ask_team(window: MainWindow, teams: list[str]) -> str | None | bool:
    """The owner team to export (None: every team), or False when cancelled."""
    everyone = window.tr("All teams")
    choice, ok = QInputDialog.getItem(
        window,
        window.tr("Export calendar"),
        window.tr("Occurrences of:"),
        [everyone, *teams],
        0,
        False,
    )
    if not ok:
        return False
    return None if choice == everyone else choice


def font_hint(window: QWidget, lang: str) -> None:
    """Once per session: how to install a CJK font when none is installed."""
    from desktop.render import fonts

    message = fonts.warn_once("gui", lang)
    if message:
        QMessageBox.information(window, window.tr("Chinese font missing"), message)


def write_export(
    window: MainWindow, fmt: ExportFormat, path: Path, options: ExportOptions
) -> Path | None:
    """Write the current plan with the format's writer on the background runner."""
    said = words(window, fmt.key)
    if not path.name.lower().endswith(f".{fmt.ext}"):
        path = path.with_name(f"{path.name}.{fmt.ext}")
    workspace = window.ctx.workspace
    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            return None
        plan_ref = plan.uuid
    try:
        result = run_with_progress(
            window,
            window.tr("Writing {0}…").format(path.name),
            lambda progress: fmt.write(workspace, plan_ref, path, options, progress),
        )
    except Cancelled:
        window.statusBar().showMessage(window.tr("Export cancelled: nothing was written."), 5000)
        return None
    except Exception as exc:  # a refusal, a disk error... (a bug shows its type)
        QMessageBox.critical(window, said.title, error_message(exc))
        return None
    window.statusBar().showMessage(said.done.format(path, result.count), 8000)
    return path
