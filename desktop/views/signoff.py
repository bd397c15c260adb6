"""The Sign-off screen: status, the three roles with their signers and verdicts, the workflow
buttons, and the plan's audit history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShowEvent
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
from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.signoff.people import SignoffRefused
from desktop.signoff.records import format_time, signoff_rows
from desktop.signoff.verify import verify_plan
from desktop.signoff.workflow import revision_builder

from .context import AppContext
from .signoff_actions import SignDialog, grouped, role_label

STATUS_COLORS = {"draft": "#6c757d", "in_review": "#b8860b", "reviewed": "#1f6fb2",
                 "approved": "#2e7d32"}  # fmt: skip
VERDICT_COLORS = {"valid": "#2e7d32", "void": "#b02a37", "invalid": "#b02a37",
                  "released": "#6c757d", "external": "#8a6d3b", "unsigned": "#6c757d"}  # fmt: skip
Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """The plan's audit events, newest first: time, who, action, item, what changed."""

    TIME, ACTOR, ACTION, ITEM, DETAILS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str, str]] = []

    def set_events(self, events: list[AuditEvent]) -> None:
        self.beginResetModel()
        self.rows = [(format_time(e.at), e.actor, e.action, e.item, _details(e.changes))
                     for e in events]  # fmt: skip
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time (UTC)"), self.tr("Who"), self.tr("Action"), self.tr("Item"),
                    self.tr("Changes"))[section]  # fmt: skip
        return None


def _details(changes: Any) -> str:
    if not isinstance(changes, dict):
        return ""
    if "status" in changes and isinstance(changes["status"], dict):
        status = changes["status"]
        text = f"status: {status.get('old')} → {status.get('new')}"
        if changes.get("comment"):
            text += f" — {changes['comment']}"
        return text
    rows = changes.get("rows")
    if isinstance(rows, list):
        parts = []
        for row in rows[:3]:
            if row.get("op") == "update":
                parts += [f"{row['table']}.{c}: {_show(row['old'][c])} → {_show(row['new'][c])}"
                          for c in row.get("new", {})]  # fmt: skip
            else:
                parts.append(f"{row.get('op')} {row.get('table')}")
        more = f" (+{len(rows) - 3})" if len(rows) > 3 else ""
        return "; ".join(str(p)[:120] for p in parts) + more
    return ", ".join(f"{k}" for k in changes)


def _show(value: Any) -> str:
    return "∅" if value in ("", None) else str(value)


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
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint.setFont(mono)
        self.roles = QTableWidget(0, 6)
        self.roles.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Named in the plan"), self.tr("Signed by"),
            self.tr("Signed at (UTC)"), self.tr("Content fingerprint"),
            self.tr("Verdict")])  # fmt: skip
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
            ("reject", self.tr("Re&ject…"), "", self.reject),
            ("new_revision", self.tr("&New revision"), "", self.new_revision),
            ("verify", self.tr("&Verify again"), "F5", self.refresh),
        ):  # fmt: skip
            button = QPushButton(text)
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.history_model = HistoryModel(self)
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
        return {"draft": self.tr("Draft"), "in_review": self.tr("In review"),
                "reviewed": self.tr("Reviewed"), "approved": self.tr("Approved")}.get(
                    status, status)  # fmt: skip

    def verdict_text(self, kind: str) -> str:
        return {"valid": self.tr("valid"), "void": self.tr("void: content changed since signing"),
                "invalid": self.tr("invalid"), "released": self.tr("released (rejected)"),
                "external": self.tr("recorded elsewhere, not verified"),
                "unsigned": self.tr("not signed")}.get(kind, kind)  # fmt: skip

    def refresh(self) -> None:
        """Re-read the plan, verify it, and show status, roles, verdicts and history."""
        self._stale = False
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            if plan is None:
                self.title.setText(self.tr("<h2>No plan</h2>"))
                for button in self.buttons.values():
                    button.setEnabled(False)
                return
            report = verify_plan(session, plan)
            rows = signoff_rows(session, plan, lang="en")
            events = list(session.scalars(select(AuditEvent).where(
                AuditEvent.plan_uuid == plan.uuid).order_by(AuditEvent.id.desc())))  # fmt: skip
            title, revision, status = plan.title, plan.revision, plan.status
            dual = plan.allow_dual_roles
        self.title.setText(self.tr("<h2>{0}</h2>revision {1}").format(title, revision))
        color = STATUS_COLORS.get(status, "#6c757d")
        self.status.setText(self.status_text(status))
        self.status.setStyleSheet(f"background:{color};color:white;padding:6px 14px;"
                                  "border-radius:4px;font-weight:bold;font-size:14pt;")  # fmt: skip
        self.fingerprint.setText(self.tr("Content fingerprint (SHA-256): {0}").format(
            grouped(report.content_hash)))  # fmt: skip
        self._show_verdict(report, dual)
        self._show_roles(rows)
        self.history_model.set_events(events)
        self.history.resizeColumnsToContents()
        chain = report.chain
        self.chain.setText((self.tr("Audit chain: intact, {0} events, head {1}") if chain.ok
                            else self.tr("Audit chain: BROKEN ({2}) — head {1}")).format(
                                chain.count, chain.head, chain.problem))  # fmt: skip
        writable = not self.ctx.read_only
        enabled = {"submit": status == "draft", "review": status == "in_review",
                   "approve": status == "reviewed", "reject": status in ("in_review", "reviewed"),
                   "new_revision": status != "draft", "verify": True}  # fmt: skip
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key] and (writable or key == "verify"))

    def _show_verdict(self, report: Any, dual: bool) -> None:
        void = [v for v in report.verdicts if v.kind == "void"]
        invalid = [v for v in report.verdicts if v.kind == "invalid"]
        if report.ok and not any(v.in_force for v in report.verdicts):
            text = self.tr("Not signed yet. The audit chain is intact.")
            style = "background:#eef1f4;color:#343a40;"
        elif report.ok:
            text = self.tr("✔ All signatures in force are valid and the audit chain is intact.")
            style = "background:#e8f5e9;color:#1b5e20;"
        else:
            parts = []
            if void:
                changed = sorted({d for v in void for d in (v.details or v.changed)})
                parts.append(self.tr("{0} signature(s) void: content changed since signing "
                                     "({1})").format(len(void), "; ".join(changed)))  # fmt: skip
            if invalid:
                parts.append(self.tr("{0} signature(s) invalid").format(len(invalid)))
            signers = tuple(f"{v.role} signature by" for v in void + invalid)
            parts += [p for p in report.problems if not p.startswith(signers or ("\0",))]
            text = self.tr("✘ Verification failed: {0}").format("; ".join(parts))
            style = "background:#fdecea;color:#8a1c1c;"
        if dual:
            text += " " + self.tr("(This plan allows one person to sign two roles.)")
        self.verdict.setText(text)
        self.verdict.setToolTip("\n".join(report.problems))
        self.verdict.setStyleSheet(style + "padding:8px;border-radius:4px;")

    def _show_roles(self, rows: list[dict[str, Any]]) -> None:
        self.roles.setRowCount(len(rows))
        for r, row in enumerate(rows):
            verdict = self.verdict_text(row["verdict"])
            if row["verdict"] == "void":
                verdict += " (" + "; ".join(row["changed"]) + ")"
            cells = (role_label(self, row["role"]), row["named"] or self.tr("(nobody named)"),
                     row["signer"], row["signed_at"], row["fingerprint"], verdict)  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5:
                    item.setForeground(QColor(VERDICT_COLORS.get(row["verdict"], "#000")))
                    item.setToolTip(row["comment"])
                self.roles.setItem(r, c, item)
        rows_height = sum(self.roles.rowHeight(i) for i in range(len(rows)))
        self.roles.setFixedHeight(self.roles.horizontalHeader().height() + 6 + rows_height)

    # ----- actions ------------------------------------------------------------------
    def open_sign_dialog(self, role: str, *, reject: bool = False) -> SignDialog | None:
        """Open the sign dialog (non-blocking); returns it so tests can drive it."""
        if self.ctx.plan_id is None:
            return None
        self.dialog = SignDialog(self.ctx, self.ctx.plan_id, role, reject=reject, parent=self)
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
            QMessageBox.information(self, self.tr("Reject"),
                                    self.tr("Only a plan in review or reviewed can be rejected."))
            return None
        return self.open_sign_dialog("reviewer" if status == "in_review" else "approver",
                                     reject=True)  # fmt: skip

    def new_revision(self) -> int | None:
        """Copy this revision to N+1 as a draft (undoable) and switch to it."""
        if self.ctx.plan_id is None:
            return None
        answer = QMessageBox.question(self, self.tr("New revision"), self.tr(
            "Make a new draft revision from this one? This revision stays as it is, signed "
            "and readable."))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.make_new_revision()

    def make_new_revision(self) -> int | None:
        from desktop.operations.undo import OperationRefused

        try:
            plan_id = self.ctx.ops.create(self.tr("New revision"),
                                          revision_builder(self.ctx.plan_id or 0))  # fmt: skip
        except (OperationRefused, SignoffRefused):
            return None
        self.ctx.select_plan(plan_id)
        window = self.window()
        if hasattr(window, "refresh_plans"):
            window.refresh_plans()
        self.refresh()
        return plan_id

