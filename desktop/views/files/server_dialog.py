"""File ▸ Open workspace on a server…: a team workspace on PostgreSQL.

The dialog asks for host, port, database and user, and optionally a password. The password
is used for this connection only and never stored; left empty, libpq looks in ``~/.pgpass``
(``%APPDATA%\\postgresql\\pgpass.conf`` on Windows) and ``PGPASSWORD``. Host, port and
database are remembered for next time (never the user or the password). Server workspaces
are also watched for other people's changes (``desktop.operations.remote``).
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


def server_url(host: str, port: int, database: str, user: str = "", password: str = "") -> str:
    """A ``postgresql+psycopg://`` URL; empty parts are left to libpq (PG* variables)."""
    url = URL.create(
        DRIVER,
        username=user.strip() or None,
        password=password or None,
        host=host.strip() or None,
        port=port or None,
        database=database.strip() or None,
    )
    return url.render_as_string(hide_password=False)


class ServerDialog(QDialog):
    """Where the team workspace is; ``url()`` once accepted."""

    def __init__(self, parent: QWidget | None = None, *, settings: object = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a team workspace on a server"))
        self._settings = settings
        remembered = self._remembered()
        self.host = QLineEdit(remembered.get("host") or os.environ.get("PGHOST", "localhost"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(remembered.get("port") or os.environ.get("PGPORT", DEFAULT_PORT)))
        self.database = QLineEdit(
            remembered.get("database") or os.environ.get("PGDATABASE", "plandesk")
        )
        self.user = QLineEdit(os.environ.get("PGUSER") or _login())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: use ~/.pgpass or PGPASSWORD"))
        self.read_only = QCheckBox(self.tr("Open read-only"))
        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.read_only)
        note = QLabel(self.tr("The password is used for this connection only and is never saved."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.buttons = buttons

    def url(self) -> str:
        return server_url(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            self.password.text(),
        )

    def _remembered(self) -> dict[str, str]:
        if self._settings is None:
            return {}
        return {
            key: str(self._settings.value(f"server/{key}") or "")
            for key in ("host", "port", "database")
        }

    def remember(self) -> None:
        """Keep where the server is (no user name, no password) for next time."""
        if self._settings is None:
            return
        self._settings.setValue("server/host", self.host.text().strip())
        self._settings.setValue("server/port", self.port.value())
        self._settings.setValue("server/database", self.database.text().strip())


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on this system
        return ""


def open_server(window: MainWindow) -> MainWindow | None:
    """Ask for the server and open its workspace in place of the window's."""
    from desktop.views.files.workspace_actions import open_in_new_window

    dialog = ServerDialog(window, settings=window.ctx.settings)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    dialog.remember()
    url = dialog.url()
    if dialog.read_only.isChecked():
        return _open_read_only(window, url)
    return open_in_new_window(window, url)


def _open_read_only(window: MainWindow, url: str) -> MainWindow | None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.store import WorkspaceError, prepare_workspace

    try:
        ws = prepare_workspace(url, read_only=True)
    except WorkspaceError as exc:
        QMessageBox.critical(window, window.tr("Cannot open workspace"), str(exc))
        return None
    new = type(window)(ws)
    new.show()
    QApplication.instance().setProperty("plandesk_windows", [new])
    window.close()
    window.ctx.workspace.close()
    return new
