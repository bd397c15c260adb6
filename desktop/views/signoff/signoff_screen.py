"""The Sign-off screen: status, the workspace's trust root (anchored or not), the three roles
with their signers, verdicts, origins and certificates, the workflow buttons, and the plan's
audit history. On a review package (``ctx.review``) it signs the package instead."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.revise import revise_refusal, revision_builder
from desktop.signoff.people import SignoffRefused
from desktop.signoff.verify import Report, verify_plan
from desktop.views.shared.accessible import name_view
from desktop.views.shared.context import AppContext
from desktop.views.shared.refresh import DeferredRefresh
from desktop.views.shared.refusals import show_refusal
from desktop.views.signoff.audit_history import AuditHistoryModel
from desktop.views.signoff.changes_panel import ChangesPanel
from desktop.views.signoff.sign_dialog import SignDialog
from desktop.views.signoff.signoff_actions import (
    copy_links,
    grouped,
    hash_text,
    mono_label,
    role_label,
)
from desktop.views.signoff.signoff_display import STATUS_COLORS, SignoffDisplay
from desktop.views.signoff.signoff_rows import certificate_line, role_rows

COLUMNS = 8


class SignoffScreen(SignoffDisplay, QWidget):
    """Status, roles and verdicts, workflow buttons and history of the current plan."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("signoffTitle")
        self.status = QLabel()
        self.status.setObjectName("signoffStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumWidth(180)
        self.verdict = QLabel()
        self.verdict.setObjectName("signoffVerdict")
        self.verdict.setWordWrap(True)
        self.review_mode = getattr(ctx, "review", None) is not None
        self.fingerprint = mono_label()
        copy_links(self.fingerprint)
        self.root_line = mono_label()
        copy_links(self.root_line)
        self.root_line.setObjectName("signoffRoot")
        self.root_line.setWordWrap(False)
        self.accept_root = QPushButton(self.tr("&Accept this root…"))
        self.accept_root.clicked.connect(self.pin_root)
        self.roles = QTableWidget(0, COLUMNS)
        name_view(self.roles, self.tr("Sign-offs by role"))
        self.roles.setHorizontalHeaderLabels(
            [
                self.tr("Role"),
                self.tr("Named in the plan"),
                self.tr("Signed by"),
                self.tr("Signed at (UTC)"),
                self.tr("Content fingerprint"),
                self.tr("Verdict"),
                self.tr("Signed in"),
                self.tr("Signer's certificate"),
            ]
        )
        self.roles.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roles.horizontalHeader().setStretchLastSection(True)
        self.roles.verticalHeader().setVisible(False)
        self.roles.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, shortcut, slot in (
            ("submit", self.tr("&Submit for review…"), "", self.submit),
            ("review", self.tr("Sign as re&viewer…"), "", self.review),
            ("approve", self.tr("A&pprove…"), "", self.approve),
            ("sign", self.tr("&Sign…"), "", self.sign_package),
            ("reject", self.tr("Re&ject…"), "", self.reject),
            ("new_revision", self.tr("&New revision"), "", self.new_revision),
            ("pdf", self.tr("View P&DF…"), "", self.view_pdf),
            ("verify", self.tr("&Verify again"), "F5", self.refresh),
        ):
            button = QPushButton(text)
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        for key in (
            ("submit", "review", "approve", "new_revision") if self.review_mode else ("sign", "pdf")
        ):
            self.buttons[key].setVisible(False)
        self.history_model = AuditHistoryModel(self)
        self.history = QTableView()
        name_view(self.history, self.tr("History"))
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setAlternatingRowColors(True)
        self.chain = QLabel()
        self.chain.setObjectName("signoffChain")
        copy_links(self.chain)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        layout.addLayout(head)
        layout.addWidget(self.fingerprint)
        root_row = QHBoxLayout()
        root_row.addWidget(self.root_line, 1)
        root_row.addWidget(self.accept_root)
        layout.addLayout(root_row)
        layout.addWidget(self.verdict)
        self.reply_note = QLabel()  # on a review package: the reply this reviewer wrote
        self.reply_note.setObjectName("replyNote")
        self.reply_note.setWordWrap(True)
        self.reply_note.setStyleSheet("background:#e7f1ff;color:#052c65;padding:8px;")
        self.reply_note.hide()
        layout.addWidget(self.reply_note)
        layout.addWidget(self.roles)
        layout.addLayout(row)
        self.changes_panel = ChangesPanel(ctx)  # what changed, before a reviewer signs
        layout.addWidget(self.changes_panel, 1)
        layout.addWidget(QLabel(self.tr("<b>History</b> (audit trail, newest first)")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.chain)
        self.dialog: SignDialog | None = None
        self.refresher = DeferredRefresh(self, ctx, self.refresh)  # verifies after any change
        self.refresh()

    def _report(self, session: Any, plan: Any) -> Report:
        if self.review_mode:
            from desktop.signoff.review_workspace import review_report

            return review_report(session, plan)
        return verify_plan(session, plan)

    def refresh(self) -> None:
        """Re-read the plan, verify it, and show status, root, roles, verdicts and history."""
        self.refresher.mark_fresh()
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            if plan is None:
                self.title.setText(self.tr("<h2>No plan</h2>"))
                for button in self.buttons.values():
                    button.setEnabled(False)
                return
            report = self._report(session, plan)
            rows = role_rows(plan, report)
            self.cert_lines = {
                v.signature_id: certificate_line(self, session, v)
                for _r, _w, v in rows
                if v is not None
            }
            self.history_model.load(session, plan, self.ctx.lang)
            title, revision, status = plan.title, plan.revision, plan.status
            dual = plan.allow_dual_roles
            revisable = revise_refusal(session, plan) is None  # approved or rejected
        self.report = report
        self.title.setText(self.tr("<h2>{0}</h2>revision {1}").format(title, revision))
        color = STATUS_COLORS.get(status, "#6c757d")
        self.status.setText(self.status_text(status))
        self.status.setStyleSheet(
            f"background:{color};color:white;padding:6px 14px;"
            "border-radius:4px;font-weight:bold;font-size:14pt;"
        )
        text = hash_text(self, self.tr("Content fingerprint (SHA-256): {0}"), report.content_hash)
        tip = grouped(report.content_hash)
        for version, digest in report.older_hashes.items():  # what older sign-offs signed
            if digest:
                older = self.tr("as signed in content version {0}: {1}")
                older = older.replace("{0}", str(version)).replace("{1}", "{0}")
                text += "<br>" + hash_text(self, older, digest)
                tip += "\n" + older.replace("{0}", grouped(digest))
        self.fingerprint.setText(text)  # the short form; the whole hash a click away (Copy)
        self.fingerprint.setToolTip(tip)
        self._show_root(report)
        self._show_verdict(report, dual)
        self._show_roles(rows)
        self.history.resizeColumnsToContents()
        self.changes_panel.refresh()
        chain = report.chain
        words = (
            self.tr("Audit chain: intact, {0} events, head {1}")
            if chain.ok
            else self.tr("Audit chain: BROKEN ({2}) — head {1}")
        )
        self.chain.setText(
            hash_text(self, words.format(chain.count, "{0}", chain.problem), chain.head)
        )
        self.chain.setToolTip(chain.head)
        writable = not self.ctx.read_only
        enabled = {
            "submit": status == "draft",
            "review": status == "in_review",
            "approve": status == "reviewed",
            "reject": status in ("in_review", "reviewed"),
            "new_revision": revisable,
            "verify": True,
            "pdf": True,
            "sign": status in ("draft", "in_review", "reviewed"),
        }
        for key, button in self.buttons.items():
            allowed = (
                writable
                or key == "verify"
                or (self.review_mode and key in ("sign", "reject", "pdf"))
            )
            replied = key in ("sign", "reject") and getattr(self, "last_reply", None) is not None
            button.setEnabled(enabled[key] and allowed and not replied)

    def pin_root(self) -> bool:
        """Accept (pin) the workspace's root after the user compared its fingerprint."""
        from desktop.views.signoff.keys_dialog import accept_root, workspace_root_of

        fp, label = workspace_root_of(self.ctx)
        if not fp or not accept_root(self, fp, label):
            return False
        self.refresh()
        self.ctx.ops.notify(self.ctx.plan_id or 0, {"signature"})
        return True

    # ----- actions ------------------------------------------------------------------
    def open_sign_dialog(self, role: str, *, reject: bool = False) -> SignDialog | None:
        """Open the sign dialog (non-blocking); returns it so tests can drive it."""
        if self.ctx.plan_id is None:
            return None
        self.dialog = SignDialog(self.ctx, self.ctx.plan_id, role, reject=reject, parent=self)
        if self.review_mode:
            self.dialog.signed.connect(self.reply_saved)
        else:
            self.dialog.signed.connect(lambda _r: self.refresh())
        self.dialog.open()
        return self.dialog

    def submit(self) -> SignDialog | None:
        return self.open_sign_dialog("compiler")

    def review(self) -> SignDialog | None:
        return self.open_sign_dialog("reviewer")

    def approve(self) -> SignDialog | None:
        return self.open_sign_dialog("approver")

    def reject(self) -> SignDialog | None:
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            status = plan.status if plan is not None else ""
        if status not in ("in_review", "reviewed"):
            QMessageBox.information(
                self,
                self.tr("Reject"),
                self.tr("Only a plan in review or reviewed can be rejected."),
            )
            return None
        return self.open_sign_dialog(
            "reviewer" if status == "in_review" else "approver", reject=True
        )

    def new_revision(self) -> int | None:
        """Copy this revision to N+1 as a draft (undoable) and switch to it."""
        if self.ctx.plan_id is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("New revision"),
            self.tr(
                "Make a new draft revision from this one? This revision stays as it is, signed "
                "and readable."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.make_new_revision()

    def make_new_revision(self) -> int | None:
        from desktop.operations.undo import OperationRefused

        try:
            plan_id = self.ctx.ops.create(
                self.tr("New revision"), revision_builder(self.ctx.plan_id or 0)
            )
        except (OperationRefused, SignoffRefused) as refusal:
            show_refusal(self, refusal)
            return None
        self.ctx.select_plan(plan_id)
        window = self.window()
        if hasattr(window, "refresh_plans"):
            window.refresh_plans()
        self.refresh()
        return plan_id

    # ----- review packages ---------------------------------------------------------------
    def sign_package(self) -> SignDialog | None:
        """On a review package: sign as the role whose turn it is; the reply goes to a file."""
        from desktop.signoff.review_workspace import next_role

        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            role = next_role(plan.status) if plan is not None else ""
        if not role:
            return None
        return self.open_sign_dialog(role)

    def reply_saved(self, path: Any) -> None:
        """The package view says what this reviewer replied; signing again is not offered."""
        self.last_reply = path
        dialog = self.dialog
        role = role_label(self, dialog.role) if dialog is not None else ""
        rejected = dialog is not None and dialog.rejecting
        note = (
            self.tr(
                "Your reply: rejected as {0}. Saved as {1}; it counts once the plan's author merges it."
            )
            if rejected
            else self.tr(
                "Your reply: signed as {0}. Saved as {1}; it counts once the plan's author merges it."
            )
        ).format(role, path)
        self.reply_note.setText(note)
        self.reply_note.show()
        window = self.window()
        for buttons in (self.buttons, getattr(window, "review_buttons", {})):
            for key in ("sign", "reject"):
                if key in buttons:
                    buttons[key].setEnabled(False)
        if hasattr(window, "review_label"):
            window.review_label.setText(note)
        QMessageBox.information(
            self,
            self.tr("Signed reply saved"),
            self.tr(
                "Your signed reply is saved as:\n{0}\n\nSend this file back to the plan's author "
                "(e-mail or USB stick); they merge it with File ▸ Merge signed reply…."
            ).format(path),
        )

    def view_pdf(self) -> None:
        from desktop.views.files.print_actions import open_preview

        window = self.window()
        if hasattr(window, "file_menu"):
            open_preview(window)  # type: ignore[arg-type]
