"""File ▸ Export PDF for signature… and File ▸ Sign a PDF…: the plan PDF with signature fields,
and a PAdES signature in one's own role's field with the key from this user's key store.

Signing (Argon2id to open the key, then pyHanko) runs on a ``BackgroundRunner``; the dialog
stays responsive, shows what is happening and can be cancelled (nothing is written then).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.views.files.file_names import ask_save_path, last_folder, remember_folder
from desktop.views.shared.background import (
    BackgroundRunner,
    TaskControl,
    error_message,
    save_atomically,
)

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

ROLES = ("compiler", "reviewer", "approver")


def role_name(widget: QWidget, role: str) -> str:
    return {
        "compiler": widget.tr("Compiler (編制人)"),
        "reviewer": widget.tr("Reviewer (審核人)"),
        "approver": widget.tr("Approver (批準人)"),
    }[role]


def export_for_signature(window: MainWindow, path: str | None = None) -> Path | None:
    """Write the plan PDF with three signature fields and the signed content attached."""
    from desktop.exchange.document.plan_document import DocumentOptions
    from desktop.exchange.pdf.pdf_for_signature import pdf_for_signature, signature_refusal
    from desktop.views.files.print_actions import include_checks, paper

    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(window, window.tr("Export PDF"), window.tr("There is no plan."))
            return None
        refusal = signature_refusal(plan)  # approved: nothing left to sign; demo actuals
        if refusal is not None:
            heading = window.tr("Export PDF for signature")
            QMessageBox.information(window, heading, refusal.message(window.ctx.lang))
            return None
        if path is None:
            path = ask_save_path(
                window,
                window.ctx,
                window.tr("Export PDF for signature"),
                "pdf",
                window.tr("PDF files (*.pdf)"),
                suffix=window.tr("for signature"),
            )
            if not path:
                return None
        options = DocumentOptions(paper=paper(window), include_checks=include_checks(window))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = pdf_for_signature(session, plan, options)
        finally:
            QApplication.restoreOverrideCursor()
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        QMessageBox.critical(window, window.tr("Export PDF"), f"{path}: {exc.strerror or exc}")
        return None
    window.statusBar().showMessage(window.tr("PDF for signature written: {0}").format(path), 8000)
    return Path(path)


def sign_pdf_dialog(window: MainWindow, path: str | None = None) -> SignPdfDialog | None:
    """Ask for a PlanDesk PDF for signature and show the dialog that signs it."""
    from desktop.exchange.pdf.pdf_signing import PdfSigningError, plan_info

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            window.tr("Sign a PDF"),
            str(last_folder(window.ctx)),
            window.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        remember_folder(window.ctx, path)
    try:
        raw = Path(path).read_bytes()
        info = plan_info(raw)
    except (OSError, PdfSigningError) as exc:
        QMessageBox.warning(window, window.tr("Sign a PDF"), f"{path}: {exc}")
        return None
    dialog = SignPdfDialog(window, Path(path), raw, info)
    dialog.open()
    return dialog


class SignPdfDialog(QDialog):
    """Role, name, key password and (when the root is new here) the fingerprint check."""

    signed = Signal(object)  # the path written

    def __init__(self, parent: QWidget, path: Path, raw: bytes, info: dict[str, Any]) -> None:
        super().__init__(parent)
        from desktop.signoff.certs import fingerprint, from_pem, grouped
        from desktop.signoff.keystore import KeyStore

        self.path, self.raw, self.info = path, raw, info
        self.setWindowTitle(self.tr("Sign a PDF"))
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("<b>{0}</b>, revision {1}").format(
                info.get("title", "?"), info.get("revision", "?")
            )
        )
        layout.addWidget(title)
        form = QFormLayout()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(self, role), role)
        self.user = QLineEdit()
        self.role.currentIndexChanged.connect(self._named)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Your name"), self.user)
        form.addRow(self.tr("Key password"), self.password)
        layout.addLayout(form)
        self.root_fp = ""
        self.accept_root = QCheckBox()
        if info.get("root_certificate"):
            self.root_fp = fingerprint(from_pem(info["root_certificate"])[0])
        pinned = self.root_fp in KeyStore().pinned()
        note = QLabel(self.tr("Trust root fingerprint:") + f"<br><tt>{grouped(self.root_fp)}</tt>")
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.accept_root.setText(
            self.tr("I compared this fingerprint with the one my admin gave me; trust it")
        )
        self.accept_root.setVisible(bool(self.root_fp) and not pinned)
        layout.addWidget(self.accept_root)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign…"))
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.runner, self.runner_target = BackgroundRunner(self), ""
        self.runner.done.connect(lambda _r, error: self._done(self.runner_target, error))
        first_open = next((r for r in ROLES if r != "compiler"), "reviewer")
        self.role.setCurrentIndex(ROLES.index(first_open))
        self._named()

    def _named(self) -> None:
        role = self.role.currentData()
        self.user.setText(str((self.info.get("named") or {}).get(role) or ""))

    def target(self) -> str:
        default = self.path.with_name(f"{self.path.stem} {self.role.currentData()}.pdf")
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed PDF"), str(default), self.tr("PDF files (*.pdf)")
        )
        return out

    def sign(self, out: str | None = None) -> None:
        from desktop.signoff.pdf import sign_pdf_file

        if self.accept_root.isVisible() and not self.accept_root.isChecked():
            self.status.setText(self.tr("Compare the trust root fingerprint first."))
            return
        out = out or self.target()
        if not out:
            return
        self.runner_target = out
        role, user, password = self.role.currentData(), self.user.text(), self.password.text()
        trust = [self.root_fp] if self.accept_root.isChecked() else []
        raw = self.raw

        def work(control: TaskControl) -> None:
            data = sign_pdf_file(raw, role, user, password, trust=trust)
            control.check()  # cancelled while the key was opening: write nothing
            save_atomically(Path(out), lambda tmp: tmp.write_bytes(data))

        busy = self.tr("Opening your key and signing…")
        self.buttons.setEnabled(False)
        self.status.setText(busy)
        self.runner.start(work, label=busy, cancellable=True)

    def _done(self, out: str, error: object) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.status.setText(error_message(error))
            self.password.selectAll()
            return
        self.signed.emit(out)
        parent = self.parent()
        if hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(self.tr("Signed PDF written: {0}").format(out), 8000)
        self.accept()
