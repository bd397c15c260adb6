"""File ▸ Print Preview…, Print…, Export PDF… and Print current view; print settings.

The document is laid out by ``desktop.exchange.document.plan_document`` inside a short read session and
painted page by page; printing and exporting paint on a ``BackgroundRunner`` behind a
cancellable progress dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.exchange.document.plan_document import DocumentOptions, PlanDocument, build_document
from desktop.render import fonts
from desktop.views.shared.background import (
    BackgroundRunner,
    Cancelled,
    run_in_background,
    save_atomically,
)

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

KEY_CHECKS = "print/include_checks"
KEY_PAPER = "print/paper"


def install(window: MainWindow) -> None:
    tr = window.tr
    menu = window.file_menu
    preview = QAction(tr("Print Pre&view…"), window)
    preview.triggered.connect(lambda: open_preview(window))
    print_all = QAction(tr("&Print…"), window)
    print_all.setShortcut(QKeySequence.StandardKey.Print)
    print_all.triggered.connect(lambda: print_document(window))
    export = QAction(tr("Export P&DF…"), window)
    export.triggered.connect(lambda: export_pdf(window))
    view = QAction(tr("Print &current view…"), window)
    view.triggered.connect(lambda: print_current_view(window))
    before = getattr(window, "quit_action", None)
    actions = [preview, print_all, export, view]
    if before is not None:
        menu.insertActions(before, actions)
        menu.insertSeparator(before)
    else:
        menu.addActions(actions)
    window.print_actions = {"preview": preview, "print": print_all, "export": export, "view": view}
    checks = QAction(tr("Print the plan checks appendix"), window)
    checks.setCheckable(True)
    checks.setChecked(include_checks(window))
    checks.toggled.connect(lambda on: window.ctx.settings.setValue(KEY_CHECKS, on))
    a3 = QAction(tr("Print on A3 paper"), window)
    a3.setCheckable(True)
    a3.setChecked(paper(window) == "A3")
    a3.toggled.connect(lambda on: window.ctx.settings.setValue(KEY_PAPER, "A3" if on else "A4"))
    settings_menu = getattr(window, "settings_menu", None)
    if settings_menu is not None:
        settings_menu.addSeparator()
        settings_menu.addActions([checks, a3])
    window.print_actions.update(checks=checks, a3=a3)


def include_checks(window: MainWindow) -> bool:
    value = window.ctx.settings.value(KEY_CHECKS, True)
    return value not in (False, "false", "0", 0)


def paper(window: MainWindow) -> str:
    return "A3" if window.ctx.settings.value(KEY_PAPER, "A4") == "A3" else "A4"


def _font_hint(window: MainWindow, lang: str) -> None:
    message = fonts.warn_once("gui", lang)
    if message:
        QMessageBox.information(window, window.tr("Chinese font missing"), message)


def make_document(window: MainWindow, paper_name: str | None = None) -> PlanDocument | None:
    """The current plan laid out for print, or None (with a message) when there is no plan."""
    with window.ctx.session() as session:
        plan = window.ctx.plan(session)
        if plan is None:
            QMessageBox.information(window, window.tr("Print"), window.tr("There is no plan."))
            return None
        _font_hint(window, plan.language)
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
    """Ask for a file (unless ``path`` is given) and write the plan's PDF to it; the pages are
    painted on a ``BackgroundRunner`` (cancellable: the file is only replaced when done)."""
    if path is None:
        from desktop.views.files.file_names import remember_folder, suggest_path

        path, _ = QFileDialog.getSaveFileName(
            window,
            window.tr("Export PDF"),
            suggest_path(window.ctx, "pdf"),
            window.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        remember_folder(window.ctx, path)
    doc = make_document(window)
    if doc is None:
        return None
    target = Path(path)
    runner = BackgroundRunner(window)
    runner.start(
        lambda control: save_atomically(target, lambda tmp: doc.write_pdf(tmp, control.steps)),
        label=window.tr("Writing the PDF…"),
        cancellable=True,
    )
    try:
        runner.wait()
    except Cancelled:
        return None
    except OSError as exc:
        QMessageBox.critical(window, window.tr("Export PDF"), f"{path}: {exc}")
        return None
    finally:
        runner.deleteLater()
    window.statusBar().showMessage(
        window.tr("PDF written: {0} ({1} pages)").format(target, doc.page_count), 8000
    )
    return target


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
