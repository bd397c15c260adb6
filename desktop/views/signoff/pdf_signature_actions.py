"""File ▸ Export PDF for signature… and File ▸ Sign a PDF…: the plan PDF with signature fields,
and a PAdES signature in one's own role's field with the key from this user's key store.

The dialog that signs is ``sign_pdf_dialog.SignPdfDialog``: signing (Argon2id to open the key,
then pyHanko) runs on a ``BackgroundRunner``; the dialog stays responsive, shows what is
happening and can be cancelled (nothing is written then).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.views.files.file_names import last_folder, remember_folder

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.signoff.sign_pdf_dialog import SignPdfDialog


def export_for_signature(window: MainWindow, path: str | None = None) -> Path | None:
    """Write the plan PDF with three signature fields and the signed content attached: the
    registry's "pdf_signature" format, as ``plandesk print --for-signature``."""
    from desktop.views.files.export_actions import export_format

    return export_format(window, "pdf_signature", path)


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
