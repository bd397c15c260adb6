"""The Sign-off screen: status, the workspace's trust root (anchored or not), the three roles
with their signers, verdicts, origins and certificates, the workflow buttons, and the plan's
audit history. On a review package (``ctx.review``) it signs the package instead."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.signoff.people import SignoffRefused
from desktop.signoff.records import fingerprint, format_time
from desktop.signoff.verify import Report, Verdict, verify_plan
from desktop.signoff.workflow import revision_builder
from desktop.views.shared.context import AppContext
from desktop.views.signoff.audit_history import AuditHistoryModel
from desktop.views.signoff.sign_dialog import SignDialog
from desktop.views.signoff.signoff_actions import grouped, mono_label, role_label
from desktop.views.signoff.signoff_rows import certificate_line, role_rows

STATUS_COLORS = {
    "draft": "#6c757d",
    "in_review": "#b8860b",
    "reviewed": "#1f6fb2",
    "approved": "#2e7d32",
}
VERDICT_COLORS = {
    "valid": "#2e7d32",
    "void": "#b02a37",
    "invalid": "#b02a37",
    "released": "#6c757d",
    "external": "#8a6d3b",
    "unsigned": "#6c757d",
    "unanchored": "#b8860b",
    "legacy": "#b8860b",
}
COLUMNS = 8
VERDICT_COLUMN, ORIGIN_COLUMN, CERT_COLUMN = 5, 6, 7


class SignoffScreen(QWidget):
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
        self.root_line = mono_label()
        self.root_line.setObjectName("signoffRoot")
        self.root_line.setWordWrap(False)
        self.accept_root = QPushButton(self.tr("&Accept this root…"))
        self.accept_root.clicked.connect(self.pin_root)
        self.roles = QTableWidget(0, COLUMNS)
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
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setAlternatingRowColors(True)
        self.chain = QLabel()
        self.chain.setObjectName("signoffChain")
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        layout.addWidget(self.roles)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("<b>History</b> (audit trail, newest first)")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.chain)
        self.dialog: SignDialog | None = None
        self._stale = False
        self.ctx.ops.changed.connect(lambda *_a: self.refresh_if_shown())
        self.ctx.plan_selected.connect(lambda _id: self.refresh_if_shown())
        self.refresh()

    def refresh_if_shown(self) -> None:
        """Verify now if the screen is on show, else when it is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def status_text(self, status: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "in_review": self.tr("In review"),
            "reviewed": self.tr("Reviewed"),
            "approved": self.tr("Approved"),
        }.get(status, status)

    def verdict_text(self, kind: str) -> str:
        return {
            "valid": self.tr("valid"),
            "void": self.tr("void: content changed since signing"),
            "invalid": self.tr("invalid"),
            "released": self.tr("released (rejected)"),
            "external": self.tr("recorded elsewhere, not verified"),
            "unsigned": self.tr("not signed"),
            "unanchored": self.tr("not anchored: trust root not accepted here"),
            "legacy": self.tr("legacy, not anchored"),
        }.get(kind, kind)

    def origin_text(self, origin: str) -> str:
        return {
            "app": self.tr("in PlanDesk"),
            "package": self.tr("review package"),
            "pdf": self.tr("PDF"),
        }.get(origin, origin)

    def _report(self, session: Any, plan: Any) -> Report:
        if self.review_mode:
            from desktop.views.signoff.review_workspace import review_report

            return review_report(session, plan)
        return verify_plan(session, plan)

    def refresh(self) -> None:
        """Re-read the plan, verify it, and show status, root, roles, verdicts and history."""
        self._stale = False
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
        self.report = report
        self.title.setText(self.tr("<h2>{0}</h2>revision {1}").format(title, revision))
        color = STATUS_COLORS.get(status, "#6c757d")
        self.status.setText(self.status_text(status))
        self.status.setStyleSheet(
            f"background:{color};color:white;padding:6px 14px;"
            "border-radius:4px;font-weight:bold;font-size:14pt;"
        )
        self.fingerprint.setText(
            self.tr("Content fingerprint (SHA-256): {0}").format(grouped(report.content_hash))
        )
        self._show_root(report)
        self._show_verdict(report, dual)
        self._show_roles(rows)
        self.history.resizeColumnsToContents()
        chain = report.chain
        self.chain.setText(
            (
                self.tr("Audit chain: intact, {0} events, head {1}")
                if chain.ok
                else self.tr("Audit chain: BROKEN ({2}) — head {1}")
            ).format(chain.count, chain.head, chain.problem)
        )
        writable = not self.ctx.read_only
        enabled = {
            "submit": status == "draft",
            "review": status == "in_review",
            "approve": status == "reviewed",
            "reject": status in ("in_review", "reviewed"),
            "new_revision": status != "draft",
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
            button.setEnabled(enabled[key] and allowed)

    def _show_root(self, report: Report) -> None:
        """The workspace's trust root fingerprint and whether this user pinned it."""
        fp = report.root_fingerprint
        self.accept_root.setVisible(bool(fp) and not report.anchored)
        if not fp:
            self.root_line.setText(
                self.tr(
                    "Trust root: none yet (an administrator enrols the "
                    "first admin under Settings ▸ People…)"
                )
            )
            self.root_line.setStyleSheet("color:#6c757d;")
        elif report.anchored:
            self.root_line.setText(
                self.tr("Trust root: {0} — anchored (accepted on this computer)").format(
                    grouped(fp)
                )
            )
            self.root_line.setStyleSheet("color:#1b5e20;")
        else:
            self.root_line.setText(
                self.tr("Trust root: {0} — not anchored (not accepted on this computer)").format(
                    grouped(fp)
                )
            )
            self.root_line.setStyleSheet("color:#8a5a00;font-weight:bold;")

    def _show_verdict(self, report: Report, dual: bool) -> None:
        void = [v for v in report.verdicts if v.kind == "void"]
        invalid = [v for v in report.verdicts if v.kind == "invalid"]
        legacy = [v for v in report.verdicts if v.kind == "legacy" and v.in_force]
        signed = any(v.in_force for v in report.verdicts)
        if report.ok and not signed:
            text = self.tr("Not signed yet. The audit chain is intact.")
            style = "background:#eef1f4;color:#343a40;"
        elif report.ok:
            text = self.tr("✔ All signatures in force are valid and the audit chain is intact.")
            style = "background:#e8f5e9;color:#1b5e20;"
        elif signed and not report.anchored and not void and not invalid and not legacy:
            text = self.tr(
                "⚠ Not anchored: this workspace's trust root is not accepted on this "
                "computer, so no signature counts as valid here. Compare its "
                "fingerprint with your administrator's, then accept it."
            )
            style = "background:#fff3cd;color:#664d03;"
        else:
            parts = []
            if void:
                changed = sorted({d for v in void for d in (v.details or v.changed)})
                parts.append(
                    self.tr("{0} signature(s) void: content changed since signing ({1})").format(
                        len(void), "; ".join(changed)
                    )
                )
            if invalid:
                parts.append(self.tr("{0} signature(s) invalid").format(len(invalid)))
            if legacy:
                parts.append(self.tr("{0} legacy signature(s), not anchored").format(len(legacy)))
            signers = tuple(f"{v.role} signature by" for v in void + invalid + legacy)
            parts += [p for p in report.problems if not p.startswith(signers or ("\0",))]
            text = self.tr("✘ Verification failed: {0}").format("; ".join(parts))
            style = "background:#fdecea;color:#8a1c1c;"
        if dual:
            text += " " + self.tr("(This plan allows one person to sign two roles.)")
        self.verdict.setText(text)
        self.verdict.setToolTip("\n".join(report.problems))
        self.verdict.setStyleSheet(style + "padding:8px;border-radius:4px;")

    def _show_roles(self, rows: list[tuple[str, str, Verdict | None]]) -> None:
        self.roles.setRowCount(len(rows))
        for r, (role, who, v) in enumerate(rows):
            kind = v.kind if v is not None else "unsigned"
            verdict = self.verdict_text(kind)
            if v is not None and kind == "void":
                verdict += " (" + "; ".join(v.details or v.changed) + ")"
            cells = (
                role_label(self, role),
                who or self.tr("(nobody named)"),
                v.signer if v else "",
                format_time(v.signed_at) if v else "",
                fingerprint(v.content_hash) if v and v.content_hash else "",
                verdict,
                self.origin_text(v.origin) if v else "",
                self.cert_lines.get(v.signature_id, "") if v else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == VERDICT_COLUMN:
                    item.setForeground(QColor(VERDICT_COLORS.get(kind, "#000")))
                    item.setToolTip("\n".join(t for t in (v.reason, v.comment) if t) if v else "")
                elif c == CERT_COLUMN:
                    item.setToolTip(text)
                self.roles.setItem(r, c, item)
        rows_height = sum(self.roles.rowHeight(i) for i in range(len(rows)))
        self.roles.setFixedHeight(self.roles.horizontalHeader().height() + 6 + rows_height)

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
        except (OperationRefused, SignoffRefused):
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
        from desktop.views.signoff.review_workspace import next_role

        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            role = next_role(plan.status) if plan is not None else ""
        if not role:
            return None
        return self.open_sign_dialog(role)

    def reply_saved(self, path: Any) -> None:
        self.last_reply = path
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
