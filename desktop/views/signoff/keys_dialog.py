"""Settings ▸ My signing keys…: this user's keys and the trust roots they accepted.

The keys live in the user's own key store (``desktop.signoff.keystore``), never in a
workspace. Creating one writes its identity file (ID.pem) where the user chooses: an admin
enrols them from it. "Accept this workspace's root…" pins the root's fingerprint after the
user compared it with the one their admin gave them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.signoff import certs
from desktop.signoff.keystore import KeyStore, KeyStoreError, StoredKey
from desktop.views.shared.accessible import name_view
from desktop.views.shared.background import error_message
from desktop.views.signoff.create_key_dialog import CreateKeyDialog
from desktop.views.signoff.signoff_actions import error_label

if TYPE_CHECKING:
    from desktop.views.shared.context import AppContext


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


class KeysDialog(QDialog):
    """This user's keys (create, import, export, delete) and pinned trust roots."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = KeyStore()
        self.setWindowTitle(self.tr("My signing keys"))
        self.keys = _table(
            [self.tr("Name"), self.tr("Key fingerprint (SHA-256)"), self.tr("Created (UTC)")]
        )
        self.roots = _table([self.tr("Trust root fingerprint (SHA-256)"), self.tr("Label")])
        name_view(self.keys, self.tr("My signing keys"))
        name_view(self.roots, self.tr("Trust roots I accept"))
        buttons = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("create", self.tr("&Create…"), self.create),
            ("import", self.tr("&Import…"), self.import_key),
            ("export", self.tr("&Export key file…"), self.export_key),
            ("identity", self.tr("Export &identity…"), self.export_identity),
            ("p12", self.tr("Export digital ID (.&p12)…"), self.export_p12),
            ("delete", self.tr("&Delete…"), self.delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.actions[key] = button
        buttons.addStretch(1)
        self.accept_root_button = QPushButton(self.tr("&Accept this workspace's root…"))
        self.accept_root_button.clicked.connect(self.pin_workspace_root)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        where = QLabel(self.tr("Key store: {0}").format(self.store.root))
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>My signing keys</b> (only on this computer)")))
        layout.addWidget(self.keys, 2)
        layout.addLayout(buttons)
        layout.addWidget(where)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Trust roots I accepted</b> (signatures chaining to them can be valid here)"
                )
            )
        )
        layout.addWidget(self.roots, 1)
        row = QHBoxLayout()
        row.addWidget(self.accept_root_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.refresh()
        self.resize(900, 560)

    def refresh(self) -> None:
        keys = self.store.list_keys()
        self.keys.setRowCount(len(keys))
        for row, key in enumerate(keys):
            for col, text in enumerate(
                (
                    key.name,
                    certs.grouped(key.fingerprint),
                    key.created.replace("T", " ").rstrip("Z"),
                )
            ):
                self.keys.setItem(row, col, QTableWidgetItem(text))
        try:
            pins = self.store.pinned()
        except KeyStoreError as exc:  # a damaged trusted-roots.json: said, not a crash
            pins = {}
            self.error.setText(error_message(exc))
        self.roots.setRowCount(len(pins))
        for row, (fp, label) in enumerate(sorted(pins.items(), key=lambda p: p[1])):
            self.roots.setItem(row, 0, QTableWidgetItem(certs.grouped(fp)))
            self.roots.setItem(row, 1, QTableWidgetItem(label))
        root = self.workspace_root()
        self.accept_root_button.setEnabled(bool(root) and root not in pins)
        for key in ("export", "identity", "delete"):
            self.actions[key].setEnabled(bool(keys))

    def workspace_root(self) -> str:
        return workspace_root_of(self.ctx)[0]

    def selected(self) -> StoredKey | None:
        rows = self.keys.selectionModel().selectedRows()
        keys = self.store.list_keys()
        if rows:
            return keys[rows[0].row()]
        if len(keys) == 1:
            return keys[0]
        self.error.setText(self.tr("Select a key in the list first."))
        return None

    def _say(self, text: str) -> None:
        self.error.setText("")
        self.message.setText(text)
        self.refresh()

    def create(self) -> CreateKeyDialog:
        dialog = CreateKeyDialog(self)
        dialog.accepted.connect(
            lambda: self._say(
                self.tr("Created the key of {0}; its identity file is {1}.").format(
                    dialog.created.name, dialog.identity.text()
                )
            )
        )
        self.create_dialog = dialog
        dialog.open()
        return dialog

    def import_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a key file"), "", self.tr("PlanDesk key files (*.pdkey)")
        )
        if not path:
            return
        try:
            key = self.store.import_file(Path(path))
        except (KeyStoreError, OSError) as exc:
            self.error.setText(error_message(exc))
            return
        self._say(self.tr("Imported the key of {0}.").format(key.name))

    def export_key(self) -> None:
        key = self.selected()
        if key is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the key file"),
            f"{key.name}.pdkey",
            self.tr("PlanDesk key files (*.pdkey)"),
        )
        if not path:
            return
        try:
            self.store.export_file(key, Path(path))
        except OSError as exc:
            self.error.setText(error_message(exc))
            return
        self._say(
            self.tr("Exported the key of {0} to {1}; it is still sealed with its password.").format(
                key.name, path
            )
        )

    def export_identity(self) -> None:
        key = self.selected()
        if key is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the identity file"), "ID.pem", self.tr("Identity files (*.pem)")
        )
        if not path:
            return
        try:
            Path(path).write_text(certs.to_pem([key.identity]), encoding="ascii")
        except OSError as exc:
            self.error.setText(error_message(exc))
            return
        self._say(self.tr("Wrote the identity file of {0} to {1}.").format(key.name, path))

    def export_p12(
        self,
        path: str | None = None,
        key_password: str | None = None,
        p12_password: str | None = None,
    ) -> bool:
        """The selected key as a digital ID for PDF readers (key, certificate, root)."""
        from PySide6.QtWidgets import QInputDialog

        from desktop.exchange.pdf.pdf_signing import PdfSigningError, export_p12

        key = self.selected()
        if key is None:
            return False
        if not key.issued:
            self.error.setText(
                self.tr(
                    "No workspace has certified this key yet: sign once in "
                    "PlanDesk or ask your admin to enrol you."
                )
            )
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export digital ID"),
                f"{key.name}.p12",
                self.tr("Digital IDs (*.p12)"),
            )
            if not path:
                return False

        def ask(prompt: str) -> str | None:
            value, ok = QInputDialog.getText(
                self, self.tr("Export digital ID"), prompt, QLineEdit.EchoMode.Password
            )
            return value if ok else None

        if key_password is None:
            key_password = ask(self.tr("Password of the signing key:"))
        if key_password is not None and p12_password is None:
            p12_password = ask(self.tr("A password for the .p12 file:"))
        if key_password is None or p12_password is None:
            return False
        chain = list(key.issued.values())[-1]
        try:
            data = export_p12(
                self.store.open(key, key_password or ""), chain[0], chain[1:], p12_password or ""
            )
            Path(path).write_bytes(data)
        except (KeyStoreError, PdfSigningError, OSError) as exc:
            self.error.setText(error_message(exc))
            return False
        self._say(
            self.tr(
                "Wrote the digital ID of {0} to {1}: import it into your PDF reader "
                "with its password."
            ).format(key.name, path)
        )
        return True

    def delete(self) -> None:
        key = self.selected()
        if key is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete the key"),
            self.tr(
                "Delete the signing key of {0} from this computer?\n\nSignatures made with it stay "
                "valid, but {0} can no longer sign here (unless the key is imported again)."
            ).format(key.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.delete(key)
        self._say(self.tr("Deleted the key of {0}.").format(key.name))

    def pin_workspace_root(self) -> bool:
        fp, label = workspace_root_of(self.ctx)
        if not fp or not accept_root(self, fp, label):
            return False
        self._say(self.tr("Accepted the trust root {0}.").format(label))
        return True


def workspace_root_of(ctx: AppContext) -> tuple[str, str]:
    """The root fingerprint and name of the workspace (or review package) on show."""
    review = getattr(ctx, "review", None)
    if review is not None:
        return review.root_fingerprint, certs.common_name(review.package.root)
    from desktop.signoff.people import workspace_root

    with ctx.session() as session:
        root = workspace_root(session)
    return (certs.fingerprint(root), certs.common_name(root)) if root is not None else ("", "")


def _t(text: str) -> str:
    return QCoreApplication.translate("KeysDialog", text)


def accept_root(parent: QWidget, fingerprint: str, label: str) -> bool:
    """Ask the user to compare ``fingerprint`` with their admin's, then pin it (True)."""
    answer = QMessageBox.question(
        parent,
        _t("Accept a trust root"),
        _t(
            "Compare this fingerprint with the one your administrator gave you "
            "(in person, by phone or on paper, not in the same e-mail as the file):"
            "\n\n{0}\n\nAccept it only if every group matches. Signatures chaining to "
            "this root will then count as valid on this computer."
        ).format(certs.grouped(fingerprint)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    KeyStore().pin(fingerprint, label)
    return True
