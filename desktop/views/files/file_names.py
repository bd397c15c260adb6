"""Suggested file names for exports, in the folder the user last used (QSettings).

``suggest_path(ctx, "xlsx")`` gives ``<folder>/<plan title> <year> r<revision>.xlsx`` (the export
registry's ``plan_file_name``);
``remember_folder(ctx, path)`` records the folder of a file the user chose. ``ask_save_path``
is the one save dialog of every export (Excel, PDF, calendar, Word, review package, reply,
PDF for signature): that name in that folder, and a question before a file is overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.exchange.export.registry import plan_file_name

KEY_FOLDER = "files/last_folder"


def last_folder(ctx: Any) -> Path:
    """The folder of the last file chosen, else the user's Documents folder (else home)."""
    value = ctx.settings.value(KEY_FOLDER, "")
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def remember_folder(ctx: Any, path: str | Path) -> None:
    ctx.settings.setValue(KEY_FOLDER, str(Path(path).parent))


def suggest_path(ctx: Any, ext: str, suffix: str = "") -> str:
    """The suggested file for exporting the current plan: last folder + plan file name."""
    with ctx.session() as session:
        plan = ctx.plan(session)
        name = (
            plan_file_name(plan.title, plan.year, plan.revision, ext, suffix)
            if plan is not None
            else f"plan.{ext}"
        )
    return str(last_folder(ctx) / name)


def ask_save_path(
    parent: QWidget | None, ctx: Any, title: str, ext: str, filter_text: str, suffix: str = ""
) -> str:
    """Ask where to save an export of the current plan (the suggested name in the last-used
    folder; the dialog asks before replacing a file); remembers the folder. "" if cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggest_path(ctx, ext, suffix), filter_text
    )
    if path:
        if not path.lower().endswith(f".{ext}"):
            path += f".{ext}"
        remember_folder(ctx, path)
    return path
