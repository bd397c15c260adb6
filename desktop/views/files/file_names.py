"""Suggested file names for exports, in the folder the user last used (QSettings).

``suggest_path(ctx, "xlsx")`` gives ``<folder>/<plan title> <year> r<revision>.xlsx``;
``remember_folder(ctx, path)`` records the folder of a file the user chose.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

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


def plan_file_name(title: str, year: int, revision: int, ext: str) -> str:
    """``社交媒體運用的年度目標計劃 2027 r1.xlsx``; characters no file system takes are dropped."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip() or "plan"
    return f"{safe} {year} r{revision}.{ext}"


def suggest_path(ctx: Any, ext: str) -> str:
    """The suggested file for exporting the current plan: last folder + plan file name."""
    with ctx.session() as session:
        plan = ctx.plan(session)
        name = (
            plan_file_name(plan.title, plan.year, plan.revision, ext)
            if plan is not None
            else f"plan.{ext}"
        )
    return str(last_folder(ctx) / name)
