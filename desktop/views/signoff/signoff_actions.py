"""Sign-off: shared pieces of its dialogs (worker, labels, fonts) and the
Settings entries People… and My signing keys… (menus in ``desktop.views.menus``).

Key files open with Argon2id (slow on purpose), so every action that needs a password runs
on a ``views.shared.background.BackgroundRunner`` and reports back in the GUI thread. The dialogs live
in their own modules: ``sign_dialog``, ``people_dialog``, ``keys_dialog``; review packages in
``review_actions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.signoff.certs import grouped as grouped4

if TYPE_CHECKING:
    pass


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
