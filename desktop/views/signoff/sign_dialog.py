"""The sign dialog: what is signed (plan, revision, content fingerprint, meaning), who signs,
and the password of that person's key in this user's key store.

In a workspace it signs through ``workflow.sign``; on a review package (``ctx.review``) it
writes the signed reply through ``review.sign_package`` to the file chosen in the dialog.
Either runs on a worker thread: opening a key file takes a moment on purpose.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Plan
from desktop.models.serialize import content_hash
from desktop.signoff.content import sha256_text
from desktop.signoff.keystore import KeyStore
from desktop.signoff.people import WrongPassword, list_people, workspace_root
from desktop.signoff.review import sign_package
from desktop.signoff.standing import standing
from desktop.signoff.workflow import named, sign
from desktop.views.files.file_names import remember_folder, suggest_path
from desktop.views.shared.background import BackgroundRunner, error_message
from desktop.views.signoff.signoff_actions import (
    error_label,
    grouped,
    mono_label,
    password_edit,
)
from desktop.views.signoff.signoff_actions import role_label as _role_label

if TYPE_CHECKING:
    from desktop.views.shared.context import AppContext


class SignDialog(QDialog):
    """Shows exactly what is being signed and asks for the password of the signer's key."""

    signed = Signal(object)  # the SignResult, or the reply's path on a review package

    def __init__(
        self,
        ctx: AppContext,
        plan_id: int,
        role: str,
        *,
        reject: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.plan_id, self.role, self.rejecting = ctx, plan_id, role, reject
        self.review = getattr(ctx, "review", None)
        self.setWindowTitle(self.tr("Reject the plan") if reject else self.tr("Sign the plan"))
        with ctx.session() as session:
            plan = session.get(Plan, plan_id)
            if plan is None:
                raise LookupError(f"no plan #{plan_id}")
            title, revision, uuid = plan.title, plan.revision, plan.uuid
            # what the signature will cover: a package's content as it travelled (in its
            # content version), else the plan's signed content
            digest = sha256_text(self.review.content) if self.review else content_hash(plan)
            signer = named(plan, role)
            root = workspace_root(session)
            people = [  # roles from the certificates, never the ``roles`` column
                p.name for p in list_people(session) if role in standing(session, p, root).roles
            ]
        self.plan_uuid, self.content_hash = uuid, digest
        form = QFormLayout()
        form.addRow(self.tr("Plan:"), QLabel(f"<b>{title}</b>"))
        form.addRow(
            self.tr("Revision:"), QLabel(self.tr("{0} (id {1})").format(revision, uuid[:8]))
        )
        self.fingerprint = mono_label(grouped(digest))
        form.addRow(self.tr("Content fingerprint (SHA-256):"), self.fingerprint)
        form.addRow(self.tr("Role:"), QLabel(_role_label(self, role)))
        meaning = (
            self.tr("I reject this revision and return it to draft.")
            if reject
            else {
                "compiler": self.tr("I compiled this plan and submit it for review."),
                "reviewer": self.tr("I reviewed this plan and find it correct."),
                "approver": self.tr("I approve this plan for execution."),
            }[role]
        )
        form.addRow(self.tr("Meaning:"), QLabel(meaning))
        self.signer = QComboBox()
        self.signer.setEditable(True)
        self.signer.addItems([p for p in people if p != signer])
        self.signer.insertItem(0, signer)
        self.signer.setCurrentText(signer)
        self.signer.currentTextChanged.connect(self._show_key)
        form.addRow(self.tr("&Signer:"), self.signer)
        self.key_line = QLabel()
        self.key_line.setWordWrap(True)
        form.addRow(self.tr("Signing key:"), self.key_line)
        self.password = password_edit()
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(
            self.tr("Why it is rejected (required)") if reject else self.tr("Optional comment")
        )
        self.comment.setMaximumHeight(80)
        form.addRow(self.tr("&Comment:"), self.comment)
        self.reply = QLineEdit()
        if self.review is not None:
            self.reply.setText(suggest_path(ctx, "pdreview", self._reply_word(role, reject)))
            self._confirmed = ""  # a reply path the save dialog already asked about
            browse = QPushButton(self.tr("Choose…"))
            browse.clicked.connect(self._choose_reply)
            row = QHBoxLayout()
            row.addWidget(self.reply, 1)
            row.addWidget(browse)
            reply_label = QLabel(self.tr("Save the signed reply &as:"))
            reply_label.setBuddy(self.reply)
            form.addRow(reply_label, row)
        note = QLabel(
            self.tr(
                "Your signature covers exactly this content. Any later change to the plan voids it."
            )
            if self.review is None
            else self.tr(
                "Your signature covers exactly this content. Send the reply file back to the "
                "plan's author, who merges it (File ▸ Merge signed reply…)."
            )
        )
        note.setWordWrap(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("&Reject") if reject else self.tr("&Sign"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        for button in self.buttons.buttons():  # Enter signs wherever the focus is; Esc cancels
            button.setAutoDefault(False)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject_dialog)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.runner = BackgroundRunner(self)
        self.runner.done.connect(self._finished)
        self._show_key(signer)
        self.password.setFocus()
        self.resize(620, self.sizeHint().height())

    def _reply_word(self, role: str, reject: bool) -> str:
        """What ends the reply's file name, in the UI language (``… r1 審核人回覆.pdreview``)."""
        if reject:
            return self.tr("rejection")
        return {
            "compiler": self.tr("compiler reply"),
            "reviewer": self.tr("reviewer reply"),
            "approver": self.tr("approver reply"),
        }[role]

    def _show_key(self, name: str) -> None:
        """Which key of this user's key store signs, or what to do when there is none."""
        name = name.strip()
        self.password_label.setText(self.tr("&Password of {0}'s key:").format(name or "…"))
        keys = [k for k in KeyStore().list_keys() if k.name == name]
        if keys:
            self.key_line.setText(
                self.tr("{0} (in your key store)").format(grouped(keys[-1].fingerprint)[:39] + " …")
            )
            self.key_line.setStyleSheet("")
        else:
            self.key_line.setText(
                self.tr(
                    "No key of {0} in your key store: create or import it under Settings ▸ "
                    "My signing keys…."
                ).format(name or "…")
            )
            self.key_line.setStyleSheet("color:#b02a37;")

    def _choose_reply(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed reply"),
            self.reply.text(),
            self.tr("PlanDesk review files (*.pdreview)"),
        )
        if path:
            self.reply.setText(path)
            self._confirmed = path  # the dialog asked before replacing it

    def _may_write(self, target: Path) -> bool:
        """Ask before a reply file that exists is replaced (unless the save dialog asked)."""
        if not target.exists() or str(target) == self._confirmed:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Save the signed reply"),
            self.tr("{0} exists already. Replace it?").format(target.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject_dialog(self) -> None:
        QDialog.reject(self)

    def submit(self) -> None:
        """Check the input, then sign on the worker thread."""
        if self.rejecting and not self.comment.toPlainText().strip():
            self.error.setText(self.tr("A rejection needs a comment saying why."))
            return
        if not self.password.text():
            self.error.setText(self.tr("Enter the password of the signing key."))
            return
        who, role, reject = self.signer.currentText().strip(), self.role, self.rejecting
        password, comment = self.password.text(), self.comment.toPlainText()
        if self.review is not None:
            target = Path(self.reply.text().strip()).expanduser()
            if not self.reply.text().strip() or not target.parent.is_dir():
                self.error.setText(self.tr("Choose where to save the signed reply."))
                return
            if not self._may_write(target):
                return
            remember_folder(self.ctx, target)
            raw = self.review.raw

            def work() -> Any:
                reply = sign_package(raw, role, who, password, reject=reject, comment=comment)
                target.write_bytes(reply)
                return target
        else:
            if self.ctx.read_only:
                self.error.setText(self.tr("The workspace is open read-only."))
                return
            ws, uuid = self.ctx.workspace, self.plan_uuid

            def work() -> Any:
                return sign(ws, uuid, role, who, password, reject=reject, comment=comment)

        busy = self.tr("Opening the signing key…")
        self.error.setText(busy)
        self.ok.setEnabled(False)
        self.password.clear()
        self.runner.start(lambda _control: work(), label=busy)

    def _finished(self, result: Any, error: Any) -> None:
        self.ok.setEnabled(True)
        if error is not None:
            text = error_message(error)
            if isinstance(error, WrongPassword):
                text = self.tr("Wrong password: it does not open {0}'s signing key.").format(
                    self.signer.currentText().strip()
                )
            self.error.setText(text)
            self.password.setFocus()
            return
        self.error.setText("")
        if self.review is None:
            self.ctx.ops.undo_stack.clear()  # transitions are not undoable; history ends here
            self.ctx.ops.notify(result.plan_id, {"plan", "signature"})
        self.signed.emit(result)
        self.accept()
