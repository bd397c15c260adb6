"""The command line's side of the export registry (``desktop.exchange.export``): open the
workspace read-only, choose the plan, and call the format's one writer, as the GUI does."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli import Refused

from . import choose_plan, workspace

if TYPE_CHECKING:
    from desktop.exchange.export.registry import ExportOptions, ExportResult


def gui_application() -> Any:
    """A QGuiApplication (offscreen when there is no display); never QtWidgets."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["plandesk"])


def export_file(
    db: str,
    plan_ref: str | None,
    key: str,
    out: Path,
    options: ExportOptions | None = None,
    *,
    warn_as: str = "",
) -> ExportResult:
    """Write plan ``plan_ref`` of ``db`` as format ``key`` to ``out`` (atomically); a file
    that cannot be written is Refused (one line). ``warn_as`` (``plandesk print``) prefixes the
    warning printed when no CJK font is installed; formats that paint need it."""
    from desktop.exchange.export.registry import export_format

    fmt = export_format(key)
    if fmt.needs_gui:
        app = gui_application()  # noqa: F841 - alive while painting
    with workspace(db, write=False) as ws:
        with ws.session() as session:
            plan = choose_plan(session, plan_ref, db)
            uuid, lang = plan.uuid, plan.language
        if warn_as:
            from desktop.render.fonts import cjk_font_warning

            warning = cjk_font_warning(lang)
            if warning:
                print(f"{warn_as}: warning: {warning}", file=sys.stderr)
        try:
            return fmt.write(ws, uuid, out, options)
        except OSError as exc:
            raise Refused(f"{out}: cannot write ({exc.strerror or exc})") from None
