"""QApplication start-up: settings, language, fonts, logging, workspace and the main window."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

log = logging.getLogger("plandesk")


def log_file() -> Path:
    from platformdirs import user_log_path

    return user_log_path("PlanDesk", appauthor=False, ensure_exists=True) / "plandesk.log"


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder (1 MB × 3)."""
    path = log_file()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def prepare_workspace(db: str | None, *, read_only: bool = False) -> Any:
    """Open the GUI's workspace; a workspace the GUI creates starts with the sample plan."""
    from sqlalchemy import select

    from desktop.models import Plan
    from desktop.models.sample import add_sample_plan
    from desktop.store import default_workspace_path, is_url, open_workspace

    target = db or str(default_workspace_path())
    is_new = not is_url(target) and (
        not Path(target).expanduser().exists() or Path(target).expanduser().stat().st_size == 0
    )
    ws = open_workspace(target, read_only=read_only)
    if is_new and not read_only:
        with ws.write() as session:
            if session.scalars(select(Plan.id)).first() is None:
                add_sample_plan(session)
        log.info("created workspace %s with the sample plan", ws.label)
    return ws


def install_excepthook(log_path: Path) -> None:
    """Unexpected errors: log them, show the message and the log file; keep running."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        app = QApplication.instance()
        if app is None or os.environ.get("PLANDESK_NO_ERROR_DIALOG"):
            sys.__excepthook__(kind, value, tb)
            return
        QMessageBox.critical(
            None, app.tr("Unexpected error"),
            app.tr("PlanDesk hit an unexpected error:\n\n{0}\n\nYour workspace is intact; the "
                   "change in progress was not saved. Details are in the log file:\n{1}")
            .format(value, log_path),
        )  # fmt: skip

    sys.excepthook = hook


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.resources import resource_path
    from desktop.store import WorkspaceError, WorkspaceLocked
    from desktop.views.language import choose_language, install_translators

    log_path = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("PlanDesk")
    app.setOrganizationName("PlanDesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "plandesk.svg"))))
    ui_lang = choose_language(lang)
    install_translators(app, ui_lang)
    install_excepthook(log_path)
    try:
        ws = prepare_workspace(db)
    except WorkspaceLocked as exc:
        answer = QMessageBox.question(
            None, app.tr("Workspace in use"), app.tr("{0}\n\nOpen it read-only?").format(exc))
        if answer != QMessageBox.StandardButton.Yes:
            return 1
        ws = prepare_workspace(db, read_only=True)
    except WorkspaceError as exc:
        QMessageBox.critical(None, app.tr("Cannot open workspace"), str(exc))
        return 1
    from desktop.views.main_window import MainWindow

    window = MainWindow(ws, lang=ui_lang)
    window.show()
    QTimer.singleShot(0, window.after_first_show)
    quit_after = os.environ.get("PLANDESK_QUIT_AFTER_MS")  # smoke tests of built bundles
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    for widget in app.topLevelWidgets():
        context = getattr(widget, "ctx", None)
        if context is not None:
            context.workspace.close()
    return code
