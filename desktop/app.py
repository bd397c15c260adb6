"""QApplication start-up: settings, language, fonts, logging, workspace and the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from desktop.views.shared.first_paint import after_first_paint

log = logging.getLogger("plandesk")
GC_PAUSE_MS = 30_000  # the garbage collector's pause during start-up, at most


def log_file() -> Path:
    from desktop.paths import log_dir

    return log_dir(create=True) / "plandesk.log"


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder (1 MB × 3)."""
    from logging.handlers import RotatingFileHandler  # not needed before the first paint

    path = log_file()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def startup_mark(name: str) -> None:
    """With ``PLANDESK_STARTUP_MARKS=FILE``: append ``NAME UNIX-SECONDS CPU-SECONDS`` to FILE
    (benchmarks; CPU: this process's user + system time so far)."""
    path = os.environ.get("PLANDESK_STARTUP_MARKS")
    if path:
        with open(path, "a", encoding="utf-8") as marks:
            marks.write(f"{name} {time.time():.6f} {time.process_time():.6f}\n")


def install_excepthook(log_path: Path) -> None:
    """Unexpected errors: log them, show the message and the log file; keep running."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        app = QApplication.instance()
        if app is None or os.environ.get("PLANDESK_NO_ERROR_DIALOG"):
            sys.__excepthook__(kind, value, tb)
            return
        QMessageBox.critical(
            None,
            app.tr("Unexpected error"),
            app.tr(
                "PlanDesk hit an unexpected error:\n\n{0}\n\nYour workspace is intact; the "
                "change in progress was not saved. Details are in the log file:\n{1}"
            ).format(value, log_path),
        )

    sys.excepthook = hook


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    """Show the main window; an existing SQLite workspace gets a fast first paint.

    For a workspace file that exists, needs no migration and no other PlanDesk holds, a
    read-only preview of the board (``views.fast_start``, read by ``store.board_read`` with the
    stdlib ``sqlite3``) is painted first; then SQLAlchemy and the rest load, the workspace
    opens properly (lock, migrations) and the real ``MainWindow`` replaces the preview at the
    same geometry. New workspaces, URLs, locked files or any error in the fast path take the
    normal path.

    The cyclic garbage collector is off until the window has painted (at most
    ``GC_PAUSE_MS``): start-up makes many long-lived objects (SQLAlchemy, the models, the
    widgets) that it would scan again and again, about an eighth of the import time.
    """
    gc.disable()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.resources import resource_path
    from desktop.views.language import choose_language, install_translators

    if QApplication.instance() is None:
        use_exact_scale_factors()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("PlanDesk")
    app.setOrganizationName("PlanDesk")
    ui_lang = choose_language(lang)
    install_translators(app, ui_lang)
    preview = show_preview(db, ui_lang)

    def settle() -> None:
        # Not needed for the first paint: the log file, the error dialog and the (SVG) icon.
        install_excepthook(setup_logging())
        app.setWindowIcon(QIcon(str(resource_path("icons", "plandesk.svg"))))

    if preview is None:
        settle()
        window = open_main_window(db, ui_lang)
        if window is None:
            return 1
    else:
        done: list[bool] = []

        def finish() -> None:
            if not done:
                done.append(True)
                settle()
                _finish_start(preview, db, ui_lang)

        after_first_paint(preview, lambda: startup_mark("preview"))
        preview.canvas.painted.connect(lambda: QTimer.singleShot(0, finish))
        QTimer.singleShot(500, finish)  # in case the preview is never painted (minimised)
    quit_after = os.environ.get("PLANDESK_QUIT_AFTER_MS")  # smoke tests of built bundles
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)
    QTimer.singleShot(GC_PAUSE_MS, gc.enable)  # a window never painted (minimised)
    code = app.exec()
    gc.enable()
    for widget in app.topLevelWidgets():
        context = getattr(widget, "ctx", None)
        if context is not None:
            context.workspace.close()
    return code


def use_exact_scale_factors() -> None:
    """Scale by the display's own factor (125 %, 150 % on Windows), not a rounded one.

    Qt 6's default, made explicit: the painters draw in logical floating-point coordinates and
    the board repaints instead of scrolling by half device pixels (``moves_whole_pixels``).
    Must run before the QApplication exists."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


def fast_start_path(db: str | None) -> Path | None:
    """The SQLite file the fast first paint may read, or None (new, URL, locked...)."""
    if db is not None and "://" in db:
        return None
    if db is None:
        from desktop.paths import data_dir

        path = data_dir() / "workspace.sqlite"
    else:
        path = Path(db).expanduser()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        path = path.resolve()
    except OSError:
        return None
    from desktop.store.lock import lock_is_free  # stdlib only: no SQLAlchemy yet

    return path if lock_is_free(path) else None


def show_preview(db: str | None, lang: str) -> Any:
    """Paint the board preview of ``db`` (``views.fast_start.BoardPreview``), or None."""
    try:
        path = fast_start_path(db)
        if path is None:
            return None
        from desktop.store.board_read import FastReadError, read_first_board

        try:
            board = read_first_board(path)
        except FastReadError as exc:
            log.info("no fast start: %s", exc)
            return None
        from desktop.views.board.fast_start import BoardPreview

        preview = BoardPreview(board, str(path), lang)
        preview.show()
        return preview
    except Exception:  # the normal path will report anything that matters
        log.exception("fast start failed; opening the normal way")
        return None


def open_main_window(db: str | None, lang: str, like: Any = None) -> Any:
    """Open the workspace (asking about a locked one) and show ``MainWindow``; None if not.

    ``like``: a window (the preview) whose geometry the main window takes."""

    from desktop.views.files.workspace_actions import open_asking

    ws = open_asking(like, db)
    if ws is None:
        return None
    from desktop.views.main_window import MainWindow

    window = MainWindow(ws, lang=lang)
    after_first_paint(
        window, lambda: (startup_mark("window"), gc.enable(), window.after_first_show())
    )
    if like is not None:
        replace_preview(like, window)
    else:
        window.show()
    return window


def replace_preview(preview: Any, window: Any) -> None:
    """Show ``window`` where ``preview`` is (same geometry and state), then drop the preview."""
    if preview.isMaximized() or preview.isFullScreen():
        window.setWindowState(preview.windowState())
    else:
        window.setGeometry(preview.geometry())
    window.show()
    preview.hide()
    preview.deleteLater()


def _finish_start(preview: Any, db: str | None, lang: str) -> None:
    """Phase 2 of a fast start: the real workspace and window in place of the preview."""
    from PySide6.QtWidgets import QApplication

    try:
        window = open_main_window(db, lang, like=preview)
    except Exception:
        preview.close()
        QApplication.instance().exit(1)
        raise
    if window is None:
        preview.close()
        QApplication.instance().exit(1)
