"""Settings ▸ My signing keys… ▸ Create…: a new signing key in this user's key store and its
identity file (ID.pem) where the user chooses; an admin enrols them from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.signoff import certs
from desktop.signoff.keystore import MIN_PASSWORD, KeyStore, StoredKey
from desktop.views.shared.background import BackgroundRunner, error_message
from desktop.views.signoff.signoff_actions import error_label, password_edit


class CreateKeyDialog(QDialog):
    """Name, password twice and where to write the identity file; creates on a worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a signing key"))
        self.name = QLineEdit()
        self.password, self.password2 = password_edit(), password_edit()
        self.identity = QLineEdit(str(Path.home() / "ID.pem"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.identity, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Your &name (as plans name you):"), self.name)
        form.addRow(self.tr("&Password (at least 8 characters):"), self.password)
        form.addRow(self.tr("Password &again:"), self.password2)
        identity_label = QLabel(self.tr("Write the &identity file to:"))
        identity_label.setBuddy(self.identity)
        form.addRow(identity_label, row)
        note = QLabel(
            self.tr(
                "The key stays on this computer, sealed with your password; nobody can reset it. "
                "Give the identity file (it holds no secret) to your administrator."
            )
        )
        note.setWordWrap(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.runner = BackgroundRunner(self)
        self.runner.done.connect(self._finished)
        self.created: StoredKey | None = None
        self.resize(620, self.sizeHint().height())

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Identity file"), self.identity.text(), self.tr("Identity files (*.pem)")
        )
        if path:
            self.identity.setText(path)

    def submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        target = Path(self.identity.text().strip()).expanduser()
        if not name:
            self.error.setText(self.tr("Give your name."))
            return
        if password != self.password2.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        if not password.strip():
            self.error.setText(self.tr("The password is empty or only white space."))
            return
        if len(password) < MIN_PASSWORD:
            self.error.setText(
                self.tr("The password needs at least {0} characters.").format(MIN_PASSWORD)
            )
            return
        if not self.identity.text().strip() or not target.parent.is_dir():
            self.error.setText(self.tr("Choose a folder that exists for the identity file."))
            return

        def work() -> StoredKey:
            key = KeyStore().create(name, password)
            target.write_text(certs.to_pem([key.identity]), encoding="ascii")
            return key

        busy = self.tr("Creating the key…")
        self.error.setText(busy)
        self.ok.setEnabled(False)
        self.runner.start(lambda _control: work(), label=busy)

    def _finished(self, result: Any, error: Any) -> None:
        self.ok.setEnabled(True)
        if error is not None:
            self.error.setText(error_message(error))
            return
        self.created = result
        self.accept()
