"""QApplication start-up: settings, language, fonts, workspace and the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def prepare_workspace(db: str | None, *, read_only: bool = False):  # noqa: ANN201
    """Open the GUI's workspace; a workspace the GUI creates starts with the sample plan."""
    from sqlalchemy import select

    from desktop.models import Plan
    from desktop.models.sample import add_sample_plan
    from desktop.store import default_workspace_path, is_url, open_workspace

    target = db or str(default_workspace_path())
    is_new = not is_url(target) and not Path(target).expanduser().exists()
    ws = open_workspace(target, read_only=read_only)
    if is_new and not read_only:
        with ws.write() as session:
            if session.scalars(select(Plan.id)).first() is None:
                add_sample_plan(session)
    return ws


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.store import WorkspaceError, WorkspaceLocked

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("PlanDesk")
    app.setOrganizationName("PlanDesk")
    try:
        ws = prepare_workspace(db)
    except WorkspaceLocked as exc:
        answer = QMessageBox.question(
            None, app.tr("Workspace in use"),
            app.tr("{0}\n\nOpen it read-only?").format(exc),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return 1
        ws = prepare_workspace(db, read_only=True)
    except WorkspaceError as exc:
        QMessageBox.critical(None, app.tr("Cannot open workspace"), str(exc))
        return 1
    from desktop.views.main_window import MainWindow

    window = MainWindow(ws)
    window.show()
    code = app.exec()
    ws.close()
    return code
