"""File ▸ Export review package…, Open review package…, Merge signed reply….

The author exports a package of the current plan; a reviewer opens it on their own computer
(checked against the trust roots they accepted, then shown read-only in a window of its own
with the usual screens) and signs or rejects it, which writes a reply file; the author merges
the reply. All checks are ``desktop.signoff.review``'s; refusals are shown as one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from desktop.signoff.keystore import KeyStoreError
from desktop.signoff.people import SignoffRefused
from desktop.signoff.review import merge_file
from desktop.views.files.file_names import last_folder, remember_folder
from desktop.views.shared.background import error_message
from desktop.views.shared.plan_status import status_label

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

_review_windows: list[Any] = []  # keep review windows alive


def _review_banner(window: MainWindow) -> None:
    """In place of the read-only banner: what is on show, and Sign… / Reject… / View PDF…."""
    tr = window.tr
    review = window.ctx.review
    window.banner.setVisible(False)
    frame = QFrame()
    frame.setObjectName("reviewBanner")
    frame.setStyleSheet(
        "#reviewBanner{background:#e7f1ff;border-bottom:1px solid #9ec5fe;}"
        "#reviewBanner QLabel{color:#052c65;}"
    )
    label = QLabel(
        tr(
            "<b>Review package of {0} revision {1} — read-only.</b> Sign or reject "
            "it: PlanDesk writes a signed reply file for its author."
        ).format(review.title, review.revision)
    )
    label.setWordWrap(True)
    row = QHBoxLayout(frame)
    row.setContentsMargins(8, 4, 8, 4)
    row.addWidget(label, 1)
    buttons = {}
    for key, text, method in (
        ("sign", tr("&Sign…"), "sign_package"),
        ("reject", tr("Re&ject…"), "reject"),
        ("pdf", tr("View P&DF…"), "view_pdf"),
    ):
        button = QPushButton(text)
        button.clicked.connect(
            lambda _=False, m=method: getattr(window.show_screen("signoff"), m)()
        )
        row.addWidget(button)
        buttons[key] = button
    status = review.status
    buttons["sign"].setEnabled(status in ("draft", "in_review", "reviewed"))
    buttons["reject"].setEnabled(status in ("in_review", "reviewed"))
    window.banner.parentWidget().layout().insertWidget(0, frame)
    window.review_banner, window.review_label, window.review_buttons = frame, label, buttons


def export_review_package(window: MainWindow, path: str | None = None) -> Path | None:
    """Write the current plan's review package to ``path`` (asked for when None): the
    registry's "review" format, as ``plandesk review export``."""
    from desktop.views.files.export_actions import export_format

    return export_format(window, "review", path)


def open_review_package(window: MainWindow, path: str | None = None) -> Any:
    """Check a package (asking to accept its root if need be) and show it read-only in a
    window of its own; returns that window, or None."""
    from desktop.signoff.keystore import KeyStore
    from desktop.signoff.review_workspace import load_workspace, open_package, package_root
    from desktop.views.signoff.keys_dialog import accept_root

    tr = window.tr
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            tr("Open review package"),
            str(last_folder(window.ctx)),
            tr("PlanDesk review files (*.pdreview)"),
        )
        if not path:
            return None
        remember_folder(window.ctx, path)
    source = Path(path)
    try:
        raw = source.read_bytes()
        package, fp = package_root(raw, source.name)
        if package.is_reply:
            raise SignoffRefused(
                tr(
                    "{0} is a signed reply: the plan's author merges it with "
                    "File ▸ Merge signed reply…."
                ).format(source.name)
            )
        trust: list[str] = []
        if fp not in KeyStore().pinned():
            from desktop.signoff.certs import common_name

            if not accept_root(window, fp, common_name(package.root)):
                return None
            trust = [fp]
        review = open_package(raw, source, trust=trust)
        ws = load_workspace(review)
    except (SignoffRefused, KeyStoreError, OSError, ValueError) as exc:
        QMessageBox.warning(window, tr("Open review package"), error_message(exc))
        return None
    new = type(window)(ws, lang=window.ctx.lang, review=review)
    new.show()
    new.show_screen("signoff")
    _review_windows.append(new)
    return new


def merge_signed_reply(window: MainWindow, path: str | None = None) -> bool:
    """Check a reply (a review package reply or a signed PDF) against this workspace and
    record its sign-offs."""
    tr = window.tr
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            tr("Merge signed reply"),
            str(last_folder(window.ctx)),
            tr("Signed replies (*.pdreview *.pdf);;PlanDesk review files (*.pdreview);;"
               "Signed PDFs (*.pdf)"),
        )  # fmt: skip
        if not path:
            return False
        remember_folder(window.ctx, path)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a PDF's pages are painted
    try:
        raw = Path(path).read_bytes()
        results = merge_file(window.ctx.workspace, raw, where=Path(path).name)
    except (SignoffRefused, KeyStoreError, OSError, ValueError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, tr("Reply not merged"), error_message(exc))
        return False
    QApplication.restoreOverrideCursor()
    result = results[-1]
    window.ctx.ops.undo_stack.clear()  # sign-offs are not undoable
    window.ctx.select_plan(result.plan_id)
    window.ctx.ops.notify(result.plan_id, {"plan", "signature"})
    window.show_screen("signoff")
    text = (
        merged_text(window, result)
        if len(results) == 1
        else tr("{0} sign-offs from the signed PDF are recorded. The plan is now: {1}.").format(
            len(results), status_label(result.status)
        )
    )
    QMessageBox.information(window, tr("Reply merged"), text)
    return True


def merged_text(window: MainWindow, result: Any) -> str:
    """What a merged reply did: signed, or rejected by whom and why, and the plan's status."""
    from sqlalchemy import select

    from desktop.models import Signature
    from desktop.signoff.payload import is_rejection
    from desktop.views.signoff.signoff_actions import role_label

    tr = window.tr
    status = status_label(result.status)
    with window.ctx.session() as session:
        sig = session.scalars(
            select(Signature).where(Signature.record_hash == result.record_hash)
        ).first()
        if sig is None:
            return tr("The signed reply is recorded. The plan is now: {0}.").format(status)
        signer, role, comment = sig.signer, role_label(window, sig.role), sig.comment.strip()
        rejected = is_rejection(sig)
    if rejected:
        return tr(
            "{0} rejected this revision as {1}: “{2}”. The plan is now: {3}; its "
            "sign-offs are released."
        ).format(signer, role, comment, status)
    text = tr("{0} signed as {1}. The plan is now: {2}.").format(signer, role, status)
    return text + ("\n" + tr("Comment: {0}").format(comment) if comment else "")
