"""Settings ▸ People…: who may sign in this workspace, and what an admin changes about them.

Every change goes through ``desktop.signoff.people`` (certified with the acting admin's key
from this user's key store, audited there). The very first person is an admin whose own key
becomes the workspace's trust root; the dialog says so and shows the root's fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.signoff import certs
from desktop.signoff.admin_actions import (
    change_roles,
    preview_change_roles,
    preview_replace_key,
    remove_person,
    replace_key,
)
from desktop.signoff.keystore import KeyStore
from desktop.signoff.people import (
    ROLES,
    Certification,
    enrol,
    list_people,
    preview_enrol,
    workspace_root,
)
from desktop.signoff.standing import standing
from desktop.views.shared.background import BackgroundRunner, error_message
from desktop.views.shared.refusals import refusal_text
from desktop.views.signoff.identity_picker import IdentityPicker, confirm_certification
from desktop.views.signoff.signoff_actions import (
    error_label,
    mono_label,
    password_edit,
    role_label,
)
from desktop.views.signoff.signoff_rows import certificate_text

if TYPE_CHECKING:
    from desktop.views.shared.context import AppContext


class PeopleDialog(QDialog):
    """People with roles, status and certificate; add, change roles, replace key, remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("People"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.root_line = mono_label()
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Roles"), self.tr("Status"), self.tr("Certificate")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        self.picker = IdentityPicker()
        self.identity = self.picker.combo
        self.picker.chosen.connect(self._identity_chosen)
        self.roles = {role: QCheckBox(role_label(self, role)) for role in ROLES}
        role_row = QHBoxLayout()
        for box in self.roles.values():
            role_row.addWidget(box)
        role_row.addStretch(1)
        self.admin = QComboBox()
        self.admin_password = password_edit()
        form = QFormLayout()
        identity_label = QLabel(self.tr("&Identity:"))
        identity_label.setBuddy(self.identity)
        form.addRow(identity_label, self.picker)
        form.addRow(self.tr("Roles:"), role_row)
        self.admin_label = QLabel(self.tr("&Acting admin:"))
        self.admin_label.setBuddy(self.admin)
        form.addRow(self.admin_label, self.admin)
        self.password_label = QLabel(self.tr("Pass&word of the admin's key:"))
        self.password_label.setBuddy(self.admin_password)
        form.addRow(self.password_label, self.admin_password)
        self.add_button = QPushButton(self.tr("&Add from identity file"))
        self.roles_button = QPushButton(self.tr("Change &roles"))
        self.key_button = QPushButton(self.tr("Replace &key"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.create_key = QPushButton(self.tr("Create my &key…"))
        self.create_key.clicked.connect(self.open_keys)
        self.add_button.clicked.connect(self.add)
        self.roles_button.clicked.connect(self.change_roles)
        self.key_button.clicked.connect(self.replace_key)
        self.remove_button.clicked.connect(self.remove)
        actions = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.key_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.create_key)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.root_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.runner = BackgroundRunner(self)
        self.runner.done.connect(self._finished)
        self._busy_text = ""
        self.first = False
        self.refresh()
        self.resize(860, 600)

    # ----- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        store = KeyStore()
        own = {k.fingerprint for k in store.list_keys()}
        with self.ctx.session() as session:
            root = workspace_root(session)
            people = []
            for p in list_people(session):
                found = standing(session, p, root)  # roles from the certificate only
                mine = not found.legacy and found.key_fingerprint in own
                people.append((p.name, set(found.roles), found, mine))
        self.first = root is None
        root_fp = certs.fingerprint(root) if root is not None else ""
        self.table.setRowCount(len(people))
        for row, (name, roles, found, _mine) in enumerate(people):
            labels = ", ".join(role_label(self, r) for r in ROLES if r in roles)
            status = (
                self.tr("legacy, not anchored")
                if found.legacy
                else self.tr("enrolled")
                if found.problem is None
                else self.tr("flagged: {0}").format(refusal_text(found.problem))
            )
            cert = (
                certificate_text(self, found.certificate)
                if found.certificate is not None
                else self.tr("(none: enrol again from an identity file)")
            )
            for col, text in enumerate((name, labels, status, cert)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        admins = [n for n, roles, _found, mine in people if "admin" in roles and mine]
        self.admin.clear()
        self.admin.addItems(admins)
        self.picker.fill(store)
        for widget in (self.admin, self.admin_label):
            widget.setVisible(not self.first)
        self.password_label.setText(
            self.tr("Pass&word of your key:")
            if self.first
            else self.tr("Pass&word of the admin's key:")
        )
        if self.first:
            self.intro.setText(
                self.tr(
                    "<b>This workspace has no trust root yet.</b> Pick your own identity (or create "
                    "a key first), tick Administrator and add yourself: your key becomes this "
                    "workspace's trust root. Everyone who checks its signatures compares the root's "
                    "fingerprint with the one you give them."
                )
            )
            self.root_line.setText("")
            self.roles["admin"].setChecked(True)
        else:
            self.intro.setText(
                self.tr(
                    "Only an administrator can change people, with the password of their own key. "
                    "The workspace's trust root (fingerprint):"
                )
            )
            self.root_line.setText(certs.grouped(root_fp))
        self.root_line.setVisible(bool(root_fp))
        for button in (self.roles_button, self.key_button, self.remove_button):
            button.setVisible(not self.first)  # nobody to change yet
        writable = not self.ctx.read_only and (self.first or bool(admins))
        for button in (self.add_button, self.roles_button, self.key_button, self.remove_button):
            button.setEnabled(writable)
        if not self.ctx.read_only and not self.first and not admins:
            self.error.setText(
                self.tr(
                    "None of the keys in your key store belongs to an "
                    "administrator of this workspace: you can look, not change."
                )
            )
        self._selected()

    def _selected(self) -> None:
        name = self.selected_name()
        if not name:
            return
        row = self.table.currentRow()
        roles = self.table.item(row, 1).text()
        for role, box in self.roles.items():
            box.setChecked(role_label(self, role) in roles.split(", "))

    def selected_name(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else ""

    # ----- input ------------------------------------------------------------------------
    def choose_identity(self) -> str:
        return self.picker.choose_file()

    def add_identity_file(self, path: str) -> None:
        self.picker.add_file(path)

    def identity_pem(self) -> bytes:
        """The chosen identity: one of this user's keys, or the file picked."""
        return self.picker.pem()

    def _identity_chosen(self) -> None:
        """Another identity: a new person starts with no role ticked (the first admin with
        Administrator), never with the ticks of the person selected before."""
        self.table.clearSelection()
        for role, box in self.roles.items():
            box.setChecked(self.first and role == "admin")

    def chosen_roles(self) -> list[str]:
        return [r for r, box in self.roles.items() if box.isChecked()]

    def open_keys(self) -> None:
        from desktop.views.signoff.keys_dialog import KeysDialog

        dialog = KeysDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self.keys_dialog = dialog
        dialog.open()

    # ----- actions ----------------------------------------------------------------------
    def _password_given(self) -> bool:
        if not self.admin_password.text():
            self.error.setText(
                self.tr("Enter the password of the admin's key.")
                if not self.first
                else self.tr("Enter the password of your key.")
            )
            return False
        return True

    def _start(self, busy: str, work: Any) -> None:
        if not self._password_given():
            return
        self.error.setText("")
        self.message.setText(busy)
        for button in (self.add_button, self.roles_button, self.key_button, self.remove_button):
            button.setEnabled(False)
        self.admin_password.clear()
        self.runner.start(lambda _control: work(), label=busy)

    def _need_person(self) -> str:
        name = self.selected_name()
        if not name:
            self.error.setText(self.tr("Select a person in the list first."))
        return name

    def _confirmed(self, preview: Callable[[], Certification]) -> str | None:
        """The key fingerprint the admin confirmed (``confirm_certification``), or None."""
        if not self._password_given():
            return None
        return confirm_certification(self, preview, self.error.setText)

    def add(self) -> None:
        try:
            pem = self.identity_pem()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        ws, roles, password = self.ctx.workspace, self.chosen_roles(), self.admin_password.text()
        admin = None if self.first else self.admin.currentText()
        key = self._confirmed(lambda: preview_enrol(ws, pem, roles))
        if key is None:
            return
        self._done = self.tr("Added {0}.")
        self._start(
            self.tr("Adding…"),
            lambda: enrol(ws, pem, roles, admin=admin, password=password, expected_key=key),
        )

    def change_roles(self) -> None:
        name = self._need_person()
        if not name:
            return
        ws, roles, password = self.ctx.workspace, self.chosen_roles(), self.admin_password.text()
        admin = self.admin.currentText()
        key = self._confirmed(lambda: preview_change_roles(ws, name, roles))
        if key is None:
            return
        self._done = self.tr("Changed the roles of {0}.")
        self._start(
            self.tr("Certifying…"),
            lambda: (
                name,
                change_roles(ws, name, roles, admin=admin, password=password, expected_key=key),
            ),
        )

    def replace_key(self) -> None:
        try:
            pem = self.identity_pem()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        ws, password, admin = (
            self.ctx.workspace,
            self.admin_password.text(),
            self.admin.currentText(),
        )
        key = self._confirmed(lambda: preview_replace_key(ws, pem))
        if key is None:
            return
        self._done = self.tr("Certified the new key of {0}.")

        def work() -> str:
            replace_key(ws, pem, admin=admin, password=password, expected_key=key)
            return certs.common_name(certs.from_pem(pem)[0])

        self._start(self.tr("Certifying…"), work)

    def remove(self) -> None:
        name = self._need_person()
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr(
                "Remove {0} from this workspace? Their past signatures stay on record; they can no "
                "longer sign here."
            ).format(name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws, password, admin = (
            self.ctx.workspace,
            self.admin_password.text(),
            self.admin.currentText(),
        )
        self._done = self.tr("Removed {0}.")
        self._start(
            self.tr("Removing…"),
            lambda: (name, remove_person(ws, name, admin=admin, password=password)),
        )

    def _finished(self, result: Any, error: Any) -> None:
        self.message.setText("")
        if error is not None:
            self.error.setText(error_message(error))
            self.refresh()
            return
        was_first = self.first
        name = result[0] if isinstance(result, tuple) else str(result)
        self.refresh()
        if not self.selected_name():  # the next person starts with no role ticked
            self._identity_chosen()
        if was_first:
            with self.ctx.session() as session:
                root = workspace_root(session)
            fp = certs.grouped(certs.fingerprint(root)) if root is not None else ""
            self.message.setText(
                self.tr(
                    "Your key is now this workspace's trust root, pinned for you. Give this "
                    "fingerprint to everyone who will check its signatures:\n{0}"
                ).format(fp)
            )
        else:
            self.message.setText(self._done.format(name))
