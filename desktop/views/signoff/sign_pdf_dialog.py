"""File ▸ Sign a PDF…: the dialog. It shows what the package route shows — plan, revision,
content fingerprint, role and what the signature means — with a preview of the attached
signed content, signs on a ``BackgroundRunner`` and confirms afterwards.

A PDF signature means one thing: the role's approval (``docs/TRUST.md``). There is no
comment and no rejection in a PDF; the dialog says so and points to the review package.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.export.atomic import save_atomically
from desktop.views.shared.background import BackgroundRunner, TaskControl, error_message
from desktop.views.signoff.signoff_actions import grouped, mono_label, role_label

ROLES = ("compiler", "reviewer", "approver")


def attached_content(raw: bytes) -> str | None:
    """The signed content attached to a PlanDesk PDF for signature (None if missing)."""
    from desktop.exchange.pdf.pdf_signature_fields import (
        CONTENT_NAME,
        open_reader,
        read_attachments,
    )

    try:
        data = read_attachments(open_reader(raw)).get(CONTENT_NAME)
        return data.decode("utf-8") if data is not None else None
    except (ValueError, UnicodeDecodeError):
        return None


class SignPdfDialog(QDialog):
    """What is signed, role, name, key password and (for a root new here) the fingerprint."""

    signed = Signal(object)  # the path written

    def __init__(self, parent: QWidget, path: Path, raw: bytes, info: dict[str, Any]) -> None:
        super().__init__(parent)
        from desktop.signoff.certs import fingerprint, from_pem
        from desktop.signoff.keystore import KeyStore

        self.path, self.raw, self.info = path, raw, info
        self.confirmation: QMessageBox | None = None
        self.setWindowTitle(self.tr("Sign a PDF"))
        self.content = attached_content(raw)
        digest = str(info.get("content_sha256") or "")
        intact = self.content is not None and (
            hashlib.sha256(self.content.encode("utf-8")).hexdigest() == digest
        )
        form = QFormLayout()
        form.addRow(self.tr("Plan:"), QLabel(f"<b>{info.get('title', '?')}</b>"))
        uuid = str(info.get("plan_uuid") or "")
        form.addRow(
            self.tr("Revision:"),
            QLabel(self.tr("{0} (id {1})").format(info.get("revision", "?"), uuid[:8])),
        )
        form.addRow(self.tr("Content fingerprint (SHA-256):"), mono_label(grouped(digest)))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(self, role), role)
        form.addRow(self.tr("&Role:"), self.role)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        form.addRow(self.tr("Meaning:"), self.meaning)
        self.user = QLineEdit()
        form.addRow(self.tr("Your &name:"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Key &password:"), self.password)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlainText(self.outline() if intact else "")
        self.preview.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        covers = QLabel(self.tr("What your signature covers (the attached content):"))
        covers.setBuddy(self.preview)
        self.preview.setAccessibleName(covers.text())
        layout.addWidget(covers)
        layout.addWidget(self.preview, 1)
        note = QLabel(
            self.tr(
                "A PDF signature approves the plan in your role and says nothing else. To "
                "reject it or to add a comment, sign a review package instead."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.root_fp = ""
        self.accept_root = QCheckBox()
        if info.get("root_certificate"):
            self.root_fp = fingerprint(from_pem(info["root_certificate"])[0])
        pinned = self.root_fp in KeyStore().pinned()
        root_note = QLabel(
            self.tr("Trust root fingerprint:") + f"<br><tt>{grouped(self.root_fp)}</tt>"
        )
        root_note.setTextFormat(Qt.TextFormat.RichText)
        root_note.setWordWrap(True)
        layout.addWidget(root_note)
        self.accept_root.setText(
            self.tr("I compared this fingerprint with the one my admin gave me; trust it")
        )
        self.accept_root.setVisible(bool(self.root_fp) and not pinned)
        layout.addWidget(self.accept_root)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Sign…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)  # Enter signs (Cancel would take over on show otherwise)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not intact:
            self.status.setText(
                self.tr("The attached content does not match its fingerprint: do not sign.")
            )
            self.ok.setEnabled(False)
        self.runner, self.runner_target = BackgroundRunner(self), ""
        self.runner.done.connect(lambda _r, error: self._done(self.runner_target, error))
        self.role.currentIndexChanged.connect(self._named)
        self.role.setCurrentIndex(ROLES.index("reviewer"))
        self._named()
        self.password.setFocus()
        self.resize(640, 620)

    def outline(self) -> str:
        """The attached content in a few lines: header, approval fields, goals, tasks, risks."""
        try:
            data = json.loads(self.content or "")
            head = data["plan"]
        except (ValueError, KeyError, TypeError):
            return ""
        parts = (head.get("title"), head.get("organisation"), head.get("year"))
        lines = [" · ".join(str(p) for p in parts if p)]
        for key, text in (
            ("compiler", self.tr("Compiler")),
            ("reviewer", self.tr("Reviewer")),
            ("approver", self.tr("Approver")),
            ("compiled_on", self.tr("Compile date")),
        ):
            lines.append(f"{text}: {head.get(key) or '—'}")
        for key, text in (
            ("goals", self.tr("Goals")),
            ("tasks", self.tr("Tasks")),
            ("risks", self.tr("Risks")),
        ):
            items = data.get(key) or []
            lines.append(f"\n{text} ({len(items)})")
            lines += [f"  {i.get('code', '')}  {i.get('title', '')}" for i in items]
        return "\n".join(lines)

    def _named(self) -> None:
        role = self.role.currentData()
        self.user.setText(str((self.info.get("named") or {}).get(role) or ""))
        self.meaning.setText(
            {
                "compiler": self.tr("I compiled this plan and submit it for review."),
                "reviewer": self.tr("I reviewed this plan and find it correct."),
                "approver": self.tr("I approve this plan for execution."),
            }[role]
        )

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
        if not self.password.text():
            self.status.setText(self.tr("Enter the password of the signing key."))
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
        parent = self.parentWidget()
        if hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(self.tr("Signed PDF written: {0}").format(out), 8000)
        role = role_label(self, self.role.currentData())
        self.confirmation = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("PDF signed"),
            self.tr(
                "{0} signed as {1}: {2}\n\nSend this PDF to the next signer, or back to the "
                "plan's author, who merges it (File ▸ Merge signed reply…)."
            ).format(self.user.text().strip(), role, out),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        self.confirmation.open()  # window-modal, does not block
        self.accept()
