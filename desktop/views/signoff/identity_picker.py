"""The identity an admin is about to certify in People…: one of this user's keys or an
identity file (``.pem``), shown by the name and key fingerprint read from it, so that the
admin compares them with what the person gave them before adding anyone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.signoff import certs
from desktop.signoff.keystore import KeyStore
from desktop.signoff.people import Certification, SignoffRefused, read_identity
from desktop.views.shared.background import error_message
from desktop.views.signoff.signoff_actions import mono_label, role_label

MAX_IDENTITY_BYTES = 1_000_000


class IdentityPicker(QWidget):
    """A combo of this user's keys and chosen identity files, Browse…, and what the chosen
    identity says: name and key fingerprint (or why it cannot be read)."""

    chosen = Signal()  # another identity was chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(360)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(browse)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.fingerprint = mono_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.fingerprint)
        self._own: set[str] = set()  # data of the entries that are this user's keys
        self.combo.currentIndexChanged.connect(self._changed)

    def fill(self, store: KeyStore) -> None:
        """This user's own keys first, then the identity files chosen with Browse…."""
        chosen = [
            str(self.combo.itemData(i))
            for i in range(self.combo.count())
            if self.combo.itemData(i) not in self._own
        ]
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        keys = store.list_keys()
        self._own = {key.fingerprint for key in keys}
        for key in keys:
            self.combo.addItem(
                self.tr("My key: {0} ({1} …)").format(
                    key.name, certs.grouped(key.fingerprint)[:19]
                ),
                key.fingerprint,
            )
        for path in chosen:
            self.combo.addItem(path, path)
        index = self.combo.findData(current)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._show()

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Identity file"), "", self.tr("Identity files (*.pem);;All files (*)")
        )
        if path:
            self.add_file(path)
        return path

    def add_file(self, path: str) -> None:
        if self.combo.findData(path) < 0:
            self.combo.addItem(path, path)
        self.combo.setCurrentIndex(self.combo.findData(path))

    def current_path(self) -> str:
        """The chosen identity file ('' for one of this user's keys)."""
        data = self.combo.currentData()
        return str(data) if data and data not in self._own else ""

    def pem(self) -> bytes:
        """The chosen identity: one of this user's keys, or the file picked (ValueError)."""
        data = self.combo.currentData()
        if not data:
            raise ValueError(self.tr("Choose an identity file first."))
        path = self.current_path()
        if path:
            try:
                with Path(path).open("rb") as handle:
                    return handle.read(MAX_IDENTITY_BYTES)
            except OSError as exc:
                raise ValueError(f"{path}: {exc.strerror or exc}") from None
        for key in KeyStore().list_keys():
            if key.fingerprint == data:
                return certs.to_pem([key.identity]).encode("ascii")
        raise ValueError(self.tr("Choose an identity file first."))

    def _changed(self) -> None:
        self._show()
        self.chosen.emit()

    def _show(self) -> None:
        """The name and key fingerprint inside the chosen identity, read from it."""
        if self.combo.currentData() is None:
            self.info.setText(self.tr("No identity chosen."))
            self.fingerprint.setText("")
            return
        try:
            identity, name = read_identity(self.pem())
        except (ValueError, SignoffRefused) as exc:
            self.info.setText(
                self.tr("This identity cannot be used: {0}").format(error_message(exc))
            )
            self.info.setStyleSheet("color:#b02a37;")
            self.fingerprint.setText("")
            return
        self.info.setStyleSheet("")
        self.info.setText(
            self.tr("The identity names <b>{0}</b>; its key fingerprint (SHA-256):").format(name)
        )
        key = certs.key_fingerprint(identity.public_key())  # type: ignore[arg-type]
        self.fingerprint.setText(certs.grouped(key))


def confirm_certification(
    parent: QWidget, preview: Callable[[], Certification], show_error: Callable[[str], None]
) -> str | None:
    """Show the admin who and which key are about to be certified (read from the identity or
    from the person's certificate, never from the row); the key fingerprint if they confirm,
    None if not or if the action is refused (the reason given to ``show_error``)."""
    try:
        plan = preview()
    except (ValueError, SignoffRefused) as exc:
        show_error(error_message(exc))
        return None
    roles = ", ".join(role_label(parent, r) for r in plan.roles)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("IdentityPicker", "Certify this key?"),
        QCoreApplication.translate(
            "IdentityPicker",
            "Certify the key of {0} with the roles {1}?\n\nKey fingerprint (SHA-256):\n{2}"
            "\n\nCompare every group with the fingerprint {0} gave you ('plandesk key new' "
            "prints it; My signing keys… shows it).",
        ).format(plan.name, roles, certs.grouped(plan.key_fingerprint)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return plan.key_fingerprint if answer == QMessageBox.StandardButton.Yes else None
