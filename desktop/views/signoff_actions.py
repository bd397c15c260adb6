"""Sign-off actions: the sign dialog, Settings ▸ People…, and the Sign-off menu.

Password checks (Argon2id) run on a worker thread so the window never freezes; the result
comes back through a queued signal. Workflow transitions are not undoable: after one the
undo history is cleared and the views are told through ``ctx.ops.notify``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Plan
from desktop.models.serialize import content_hash
from desktop.signoff.people import ROLES, SignoffRefused, add_person, count_people, list_people
from desktop.signoff.workflow import named, sign

if TYPE_CHECKING:
    from .context import AppContext
    from .main_window import MainWindow


class Runner(QObject):
    """Runs one slow function on a thread; ``done(result, error)`` arrives on the GUI thread."""

    done = Signal(object, object)

    def start(self, work: Callable[[], Any]) -> None:
        threading.Thread(target=self._run, args=(work,), daemon=True).start()

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            result = work()
        except Exception as exc:  # reported to the user by the dialog
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


def role_label(widget: QWidget, role: str) -> str:
    return {"compiler": widget.tr("Compiler (編制人)"), "reviewer": widget.tr("Reviewer (審核人)"),
            "approver": widget.tr("Approver (批準人)"), "admin": widget.tr("Administrator"),
            }.get(role, role)  # fmt: skip


def grouped(digest: str) -> str:
    return " ".join(digest[i:i + 8] for i in range(0, len(digest), 8))


class SignDialog(QDialog):
    """Shows exactly what is being signed (title, revision, content fingerprint) and asks for
    the signer's password; signs (or rejects) on a worker thread."""

    signed = Signal(object)  # the SignResult

    def __init__(self, ctx: AppContext, plan_id: int, role: str, *, reject: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.plan_id, self.role, self.rejecting = ctx, plan_id, role, reject
        self.setWindowTitle(self.tr("Reject the plan") if reject else self.tr("Sign the plan"))
        with ctx.session() as session:
            plan = session.get(Plan, plan_id)
            if plan is None:
                raise LookupError(f"no plan #{plan_id}")
            title, revision, uuid = plan.title, plan.revision, plan.uuid
            digest = content_hash(plan)
            signer = named(plan, role)
            people = [p.name for p in list_people(session) if role in p.role_set]
        self.plan_uuid, self.content_hash = uuid, digest
        form = QFormLayout()
        form.addRow(self.tr("Plan:"), QLabel(f"<b>{title}</b>"))
        form.addRow(self.tr("Revision:"), QLabel(self.tr("{0} (id {1})").format(revision,
                                                                               uuid[:8])))
        self.fingerprint = QLabel(grouped(digest))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        form.addRow(self.tr("Content fingerprint (SHA-256):"), self.fingerprint)
        form.addRow(self.tr("Role:"), QLabel(role_label(self, role)))
        meaning = (self.tr("I reject this revision and return it to draft.") if reject else {
            "compiler": self.tr("I compiled this plan and submit it for review."),
            "reviewer": self.tr("I reviewed this plan and find it correct."),
            "approver": self.tr("I approve this plan for execution."),
        }[role])  # fmt: skip
        form.addRow(self.tr("Meaning:"), QLabel(meaning))
        self.signer = QComboBox()
        self.signer.setEditable(True)
        self.signer.addItems(people)
        self.signer.setCurrentText(signer)
        form.addRow(self.tr("&Signer:"), self.signer)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Why it is rejected (required)") if reject
                                        else self.tr("Optional comment"))  # fmt: skip
        self.comment.setMaximumHeight(80)
        form.addRow(self.tr("&Comment:"), self.comment)
        note = QLabel(self.tr("Your signature covers exactly this content. Any later change "
                              "to the plan voids it."))  # fmt: skip
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("signError")
        self.error.setStyleSheet("color:#b02a37;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Reject") if reject else self.tr("&Sign"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject_dialog)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.runner = Runner(self)
        self.runner.done.connect(self._finished)
        self.password.setFocus()
        self.resize(560, self.sizeHint().height())

    def reject_dialog(self) -> None:
        QDialog.reject(self)

    def submit(self) -> None:
        """Check the input, then sign on the worker thread."""
        if self.rejecting and not self.comment.toPlainText().strip():
            self.error.setText(self.tr("A rejection needs a comment saying why."))
            return
        if not self.password.text():
            self.error.setText(self.tr("Enter the password."))
            return
        if self.ctx.read_only:
            self.error.setText(self.tr("The workspace is open read-only."))
            return
        self.error.setText(self.tr("Checking the password…"))
        self.ok.setEnabled(False)
        ws, uuid, role = self.ctx.workspace, self.plan_uuid, self.role
        who = self.signer.currentText()
        password, comment = self.password.text(), self.comment.toPlainText()
        reject = self.rejecting
        self.password.clear()
        self.runner.start(lambda: sign(ws, uuid, role, who, password, reject=reject,
                                       comment=comment))  # fmt: skip

    def _finished(self, result: Any, error: Any) -> None:
        self.ok.setEnabled(True)
        if error is not None:
            text = str(error) if isinstance(error, SignoffRefused) else repr(error)
            self.error.setText(text)
            self.password.setFocus()
            return
        self.error.setText("")
        self.ctx.ops.undo_stack.clear()  # transitions are not undoable; history ends here
        self.ctx.ops.notify(result.plan_id, {"plan", "signature"})
        self.signed.emit(result)
        self.accept()


class PeopleDialog(QDialog):
    """Settings ▸ People…: who may sign, and adding a person (an admin allows it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("People"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Roles"),
                                              self.tr("Key fingerprint")])  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.name = QLineEdit()
        self.roles = {role: QCheckBox(role_label(self, role)) for role in ROLES}
        role_row = QHBoxLayout()
        for box in self.roles.values():
            role_row.addWidget(box)
        self.password = QLineEdit()
        self.password2 = QLineEdit()
        self.admin = QComboBox()
        self.admin_password = QLineEdit()
        for edit in (self.password, self.password2, self.admin_password):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Roles:"), role_row)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.password2)
        self.admin_label = QLabel(self.tr("&Admin allowing it:"))
        self.admin_label.setBuddy(self.admin)
        form.addRow(self.admin_label, self.admin)
        self.admin_pw_label = QLabel(self.tr("Admin's pass&word:"))
        self.admin_pw_label.setBuddy(self.admin_password)
        form.addRow(self.admin_pw_label, self.admin_password)
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.runner = Runner(self)
        self.runner.done.connect(self._finished)
        self.refresh()
        self.resize(640, 520)

    def refresh(self) -> None:
        with self.ctx.session() as session:
            people = [(p.name, p.role_set, p.public_key.hex()[:16]) for p in list_people(session)]
            first = count_people(session) == 0
        self.table.setRowCount(len(people))
        for row, (name, roles, key) in enumerate(people):
            labels = ", ".join(role_label(self, r) for r in ROLES if r in roles)
            for col, text in enumerate((name, labels, key)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.admin.clear()
        self.admin.addItems([n for n, roles, _k in people if "admin" in roles])
        for widget in (self.admin, self.admin_password, self.admin_label, self.admin_pw_label):
            widget.setVisible(not first)
        if first:
            self.message.setText(self.tr("The first person becomes the administrator."))
        self.add_button.setEnabled(not self.ctx.read_only)

    def add(self) -> None:
        if self.password.text() != self.password2.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        roles = [r for r, box in self.roles.items() if box.isChecked()]
        ws, name, password = self.ctx.workspace, self.name.text(), self.password.text()
        admin, admin_pw = self.admin.currentText() or None, self.admin_password.text()
        self.add_button.setEnabled(False)
        self.message.setText(self.tr("Adding…"))
        self.runner.start(lambda: add_person(ws, name, roles, password, admin=admin,
                                             admin_password=admin_pw))  # fmt: skip

    def _finished(self, _result: Any, error: Any) -> None:
        self.add_button.setEnabled(True)
        if error is not None:
            self.message.setText(str(error) if isinstance(error, SignoffRefused) else repr(error))
            return
        self.message.setText(self.tr("Added {0}.").format(self.name.text().strip()))
        for edit in (self.name, self.password, self.password2, self.admin_password):
            edit.clear()
        for box in self.roles.values():
            box.setChecked(False)
        self.refresh()


def install(window: MainWindow) -> None:
    """Settings ▸ People… and a Sign-off menu acting on the Sign-off screen."""
    people = QAction(window.tr("&People…"), window)
    people.setShortcut(QKeySequence("Ctrl+Shift+P"))
    people.triggered.connect(lambda: PeopleDialog(window.ctx, window).open())
    window.settings_menu.addAction(people)
    window.people_action = people
    menu = window.menuBar().addMenu(window.tr("Sign-&off"))
    window.menuBar().insertMenu(window.settings_menu.menuAction(), menu)
    entries = (
        (window.tr("&Submit for review…"), "Ctrl+Shift+S", "submit"),
        (window.tr("Sign as &reviewer…"), "", "review"),
        (window.tr("&Approve…"), "", "approve"),
        (window.tr("Re&ject…"), "", "reject"),
        (window.tr("&New revision"), "", "new_revision"),
        (window.tr("&Verify signatures"), "Ctrl+Shift+V", "refresh"),
    )  # fmt: skip
    for text, shortcut, method in entries:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(
            lambda _=False, m=method: getattr(window.show_screen("signoff"), m)())
        menu.addAction(action)
    window.signoff_menu = menu
