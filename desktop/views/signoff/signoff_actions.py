"""Sign-off: shared pieces of its dialogs (worker, labels, fonts) and its menu entries.

Key files open with Argon2id (slow on purpose), so every action that needs a password runs
on a worker thread (``Runner``) and reports back through a queued signal. The dialogs live
in their own modules: ``sign_dialog``, ``people_dialog``, ``keys_dialog``; review packages in
``review_actions``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.signoff.certs import grouped as grouped4
from desktop.signoff.keystore import KeyStoreError
from desktop.signoff.people import SignoffRefused
from desktop.views.shared.refusals import refusal_text

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


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


def error_text(error: BaseException) -> str:
    """A refusal's own one-line message; anything else with its type (a bug to report)."""
    if isinstance(error, SignoffRefused | KeyStoreError | ValueError | OSError):
        return refusal_text(error)
    return f"{type(error).__name__}: {error}"


def role_label(widget: QWidget, role: str) -> str:
    return {
        "compiler": widget.tr("Compiler (編制人)"),
        "reviewer": widget.tr("Reviewer (審核人)"),
        "approver": widget.tr("Approver (批準人)"),
        "admin": widget.tr("Administrator"),
    }.get(role, role)


def grouped(digest: str) -> str:
    """A SHA-256 in groups of four hex digits (as the CLI and the covers print it)."""
    return grouped4(digest)


def mono_label(text: str = "") -> QLabel:
    """A selectable monospace label for fingerprints."""
    label = QLabel(text)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("signError")
    label.setStyleSheet("color:#b02a37;")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def open_people(window: MainWindow) -> Any:
    from desktop.views.signoff.people_dialog import PeopleDialog

    dialog = PeopleDialog(window.ctx, window)
    window.people_dialog = dialog
    dialog.open()
    return dialog


def open_keys(window: MainWindow) -> Any:
    from desktop.views.signoff.keys_dialog import KeysDialog

    dialog = KeysDialog(window.ctx, window)
    window.keys_dialog = dialog
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    """Settings ▸ People… and My signing keys…, and a Sign-off menu acting on its screen."""
    people = QAction(window.tr("&People…"), window)
    people.setShortcut(QKeySequence("Ctrl+Shift+P"))
    people.triggered.connect(lambda: open_people(window))
    people.setEnabled(not window.ctx.read_only)
    keys = QAction(window.tr("My signing &keys…"), window)
    keys.triggered.connect(lambda: open_keys(window))
    window.settings_menu.addActions([people, keys])
    window.people_action, window.keys_action = people, keys
    menu = window.menuBar().addMenu(window.tr("Sign-&off"))
    window.menuBar().insertMenu(window.settings_menu.menuAction(), menu)
    entries = (
        (window.tr("&Submit for review…"), "Ctrl+Shift+S", "submit"),
        (window.tr("Sign as &reviewer…"), "", "review"),
        (window.tr("&Approve…"), "", "approve"),
        (window.tr("Re&ject…"), "", "reject"),
        (window.tr("&New revision"), "", "new_revision"),
        (window.tr("&Verify signatures"), "Ctrl+Shift+V", "refresh"),
    )
    for text, shortcut, method in entries:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(
            lambda _=False, m=method: getattr(window.show_screen("signoff"), m)()
        )
        menu.addAction(action)
    window.signoff_menu = menu
