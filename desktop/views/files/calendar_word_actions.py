"""File ▸ Export calendar… (.ics of the plan's occurrences) and Export Word… (.docx).

Both only read the plan (``exchange.calendar_ics``, ``exchange.word_export``). ``ask_team``
and ``ask_path`` are module functions so that tests can answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop.views.files.file_names import ask_save_path

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


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


def ask_path(window: MainWindow, title: str, ext: str, filter_text: str) -> str:
    """``<title> <year> r<rev>.<ext>`` in the last-used folder, asking before overwriting."""
    return ask_save_path(window, window.ctx, title, ext, filter_text)


def _with_suffix(path: str, suffix: str) -> Path:
    return Path(path if path.lower().endswith(suffix) else path + suffix)


def export_calendar(window: MainWindow) -> Path | None:
    from desktop.exchange.calendar_ics_text import write_calendar

    tr = window.tr
    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(window, tr("Export calendar"), tr("No plan to export."))
            return None
        team = ask_team(window, [t.name for t in plan.teams])
        if team is False:
            return None
        path = ask_path(window, tr("Export calendar"), "ics", tr("Calendar files (*.ics)"))
        if not path:
            return None
        out = _with_suffix(path, ".ics")
        try:
            count = write_calendar(session, plan, out, team=team)
        except OSError as exc:
            QMessageBox.critical(window, tr("Export failed"), f"{out.name}: {exc.strerror or exc}")
            return None
    window.statusBar().showMessage(
        tr("Calendar written: {0} ({1} events)").format(out, count), 8000
    )
    return out


def export_word(window: MainWindow) -> Path | None:
    from desktop.exchange.document.word_export import write_docx

    tr = window.tr
    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(window, tr("Export Word"), tr("No plan to export."))
            return None
        path = ask_path(window, tr("Export Word"), "docx", tr("Word documents (*.docx)"))
        if not path:
            return None
        out = _with_suffix(path, ".docx")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_docx(session, plan, out)
        except OSError as exc:
            QMessageBox.critical(window, tr("Export failed"), f"{out.name}: {exc.strerror or exc}")
            return None
        finally:
            QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(tr("Word document written: {0}").format(out), 8000)
    return out
