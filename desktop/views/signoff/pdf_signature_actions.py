"""File ▸ Export PDF for signature… and File ▸ Sign a PDF…: the plan PDF with signature fields,
and a PAdES signature in one's own role's field with the key from this user's key store.

The dialog that signs is ``sign_pdf_dialog.SignPdfDialog``: signing (Argon2id to open the key,
then pyHanko) runs on a ``BackgroundRunner``; the dialog stays responsive, shows what is
happening and can be cancelled (nothing is written then).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
)

from desktop.views.files.file_names import ask_save_path, last_folder, remember_folder

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.signoff.sign_pdf_dialog import SignPdfDialog


def export_for_signature(window: MainWindow, path: str | None = None) -> Path | None:
    """Write the plan PDF with three signature fields and the signed content attached."""
    from desktop.exchange.document.pdf_for_signature import pdf_for_signature, signature_refusal
    from desktop.exchange.document.plan_document import DocumentOptions
    from desktop.views.files.print_actions import include_checks, paper

    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(window, window.tr("Export PDF"), window.tr("There is no plan."))
            return None
        refusal = signature_refusal(plan)  # approved: nothing left to sign; demo actuals
        if refusal is not None:
            heading = window.tr("Export PDF for signature")
            QMessageBox.information(window, heading, refusal.message(window.ctx.lang))
            return None
        if path is None:
            path = ask_save_path(
                window,
                window.ctx,
                window.tr("Export PDF for signature"),
                "pdf",
                window.tr("PDF files (*.pdf)"),
                suffix=window.tr("for signature"),
            )
            if not path:
                return None
        options = DocumentOptions(paper=paper(window), include_checks=include_checks(window))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = pdf_for_signature(session, plan, options)
        finally:
            QApplication.restoreOverrideCursor()
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        QMessageBox.critical(window, window.tr("Export PDF"), f"{path}: {exc.strerror or exc}")
        return None
    window.statusBar().showMessage(window.tr("PDF for signature written: {0}").format(path), 8000)
    return Path(path)


def sign_pdf_dialog(window: MainWindow, path: str | None = None) -> SignPdfDialog | None:
    """Ask for a PlanDesk PDF for signature and show the dialog that signs it."""
    from desktop.exchange.pdf.pdf_signing import PdfSigningError, plan_info

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            window.tr("Sign a PDF"),
            str(last_folder(window.ctx)),
            window.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        remember_folder(window.ctx, path)
    try:
        raw = Path(path).read_bytes()
        info = plan_info(raw)
    except (OSError, PdfSigningError) as exc:
        QMessageBox.warning(window, window.tr("Sign a PDF"), f"{path}: {exc}")
        return None
    from desktop.views.signoff.sign_pdf_dialog import SignPdfDialog

    dialog = SignPdfDialog(window, Path(path), raw, info)
    dialog.open()
    return dialog
