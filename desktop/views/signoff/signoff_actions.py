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
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

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


def short_hash(digest: str) -> str:
    """A SHA-256 as people compare it at a glance: ``a825 c3d0 8dc6 … 7919``."""
    parts = grouped4(digest).split()
    return " ".join(parts) if len(parts) <= 4 else f"{' '.join(parts[:3])} … {parts[-1]}"


def hash_text(widget: QWidget, text: str, digest: str) -> str:
    """``text`` (with ``{0}`` for the hash) as rich text: the short form, and a Copy link
    that puts the whole hash on the clipboard (``copy_links`` wires it)."""
    from html import escape

    short = f"<tt>{escape(short_hash(digest))}</tt>"
    link = f' <a href="copy:{escape(digest)}">{escape(widget.tr("Copy"))}</a>'
    return escape(text).replace("{0}", short + link) if digest else escape(text.format(""))


def copy_links(label: QLabel) -> None:
    """A label whose "copy:<hash>" links copy the whole hash; its tooltip shows it."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.linkActivated.connect(
        lambda href: (
            QApplication.clipboard().setText(href.partition(":")[2])
            if href.startswith("copy:")
            else None
        )
    )


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
