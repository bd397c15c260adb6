"""File ▸ Print Preview…, Print…, Export PDF… and Print current view; print settings.

The document is laid out by ``desktop.exchange.document.plan_document`` inside a short read session and
painted page by page; printing paints on a ``BackgroundRunner`` behind a cancellable progress
dialog. Export PDF… is the export registry's (``export_actions``): laid out and painted there.
Printing lays the document out in the GUI thread because the ``QPrinter`` it paints on was
set up by the print dialog there (the layout is a fraction of the painting time).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.exchange.document.plan_document import DocumentOptions, PlanDocument, build_document
from desktop.views.files.export_actions import font_hint
from desktop.views.files.print_settings import include_checks, paper
from desktop.views.shared.background import BackgroundRunner, run_in_background

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def make_document(window: MainWindow, paper_name: str | None = None) -> PlanDocument | None:
    """The current plan laid out for print, or None (with a message) when there is no plan."""
    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(window, window.tr("Print"), window.tr("There is no plan."))
            return None
        font_hint(window, plan.language)
        options = DocumentOptions(
            paper=paper_name or paper(window), include_checks=include_checks(window)
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return build_document(session, plan, options)
        finally:
            QApplication.restoreOverrideCursor()


def _printer(window: MainWindow) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.A3 if paper(window) == "A3" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def _paper_of(printer: QPrinter) -> str:
    return "A3" if printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3 else "A4"


def open_preview(window: MainWindow, *, modal: bool = True) -> QPrintPreviewDialog | None:
    """Open the print preview; ``modal=False`` shows it and returns it (tests)."""
    docs: dict[str, PlanDocument | None] = {}

    def paint(printer: QPrinter) -> None:
        key = _paper_of(printer)
        if key not in docs:
            docs[key] = make_document(window, key)
        doc = docs[key]
        if doc is not None:
            doc.paint(printer)

    printer = _printer(window)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.plandesk_printer = printer  # the dialog does not own its printer
    dialog.setWindowTitle(window.tr("Print preview"))
    dialog.paintRequested.connect(paint)
    dialog.resize(1100, 900)
    window.preview_dialog = dialog  # keep a reference
    if modal:
        dialog.exec()
        return None
    dialog.show()
    return dialog


def print_document(window: MainWindow) -> BackgroundRunner | None:
    """Ask for a printer and print the plan on a ``BackgroundRunner`` (cancellable)."""
    printer = _printer(window)
    if QPrintDialog(printer, window).exec() != QPrintDialog.DialogCode.Accepted:
        return None
    doc = make_document(window, _paper_of(printer))
    if doc is None:
        return None

    def printed(done: bool) -> None:
        if done:
            window.statusBar().showMessage(window.tr("Sent to the printer."), 8000)

    return run_in_background(
        window,
        lambda control: doc.paint(printer, control.steps),
        printed,
        label=window.tr("Printing the plan…"),
        cancellable=True,
        error_title=window.tr("Print"),
    )


def export_pdf(window: MainWindow, path: str | None = None) -> Path | None:
    """File ▸ Export PDF…: the registry's "pdf" format, the same writer as ``plandesk print``
    (laid out and painted on the background runner; cancellable: the file is only replaced
    when done)."""
    from desktop.views.files.export_actions import export_format

    return export_format(window, "pdf", path)


def print_widget(widget: QWidget, printer: QPrinter) -> None:
    """Print ``widget``: its own ``print_view(printer)`` if it has one, else a snapshot."""
    if hasattr(widget, "print_view"):
        widget.print_view(printer)
        return
    pixmap = widget.grab()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("cannot paint on the printer")
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        scale = min(page.width() / max(pixmap.width(), 1), page.height() / max(pixmap.height(), 1))
        target = QRectF(0, 0, pixmap.width() * scale, pixmap.height() * scale)
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
    finally:
        painter.end()


def print_current_view(window: MainWindow, printer: QPrinter | None = None) -> bool:
    """Print the screen on show (the board, the risk register, the KPI pane, ...)."""
    widget = window.stack.currentWidget()
    if widget is None:
        return False
    if printer is None:
        printer = _printer(window)
        if widget.width() > widget.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        if QPrintDialog(printer, window).exec() != QPrintDialog.DialogCode.Accepted:
            return False
    print_widget(widget, printer)
    return True
