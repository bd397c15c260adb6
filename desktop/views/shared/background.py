"""The one way to run slow work off the GUI thread: ``BackgroundRunner``.

The work runs on Qt's global thread pool (a ``QRunnable``); its result, the exception it
raised and its progress come back as queued Qt signals, so every handler runs in the GUI
thread. When the work takes more than a moment a progress dialog appears (window-modal: the
window keeps painting, its timers keep firing, but no second change can start), with a Cancel
button when the work can stop.

Rules for a work function (it runs on a worker thread and gets a ``TaskControl``):

- report with ``control.progress(percent, text)``; once the user cancelled, that call (below
  100 %) and ``control.check()`` raise ``Cancelled``, which ends the work;
- touch no widget and no session of the GUI thread: work that reads or writes the database
  opens its own (``workspace.session()`` / ``workspace.write()``; SQLite connections belong to
  the thread that opened them);
- cancellable work saves nothing it cannot take back: it writes a temporary file and moves it
  into place at the end (``exchange.export.atomic.save_atomically``, which every export
  writes through), so a cancelled job leaves
  every saved file and the plan as they were. Work that writes the database in steps is not
  offered a Cancel button.

Prefer ``done`` handlers (or ``run_in_background``). A menu command whose next step is a dialog
(Excel import: read, then preview) may call ``wait()``, which runs a local event loop as
``QDialog.exec`` does; user input waits until the progress dialog is up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QWidget

from desktop.views.shared.refusals import refusal_text

SHOW_AFTER_MS = 400  # work shorter than this shows no dialog


class Cancelled(Exception):
    """The user cancelled the work; nothing was saved."""

    def __init__(self) -> None:
        super().__init__(_t("Cancelled: nothing was changed."))


def _t(text: str) -> str:
    return QCoreApplication.translate("BackgroundRunner", text)


class TaskControl:
    """What a work function gets: progress reporting and the user's cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self.cancelled = False

    def check(self) -> None:
        """Raise ``Cancelled`` if the user cancelled."""
        if self.cancelled:
            raise Cancelled

    def progress(self, percent: float, text: str = "") -> None:
        """Report ``percent`` done (and what is being done); raises ``Cancelled`` below 100 %."""
        if percent < 100:
            self.check()
        if not _emit(self._signals.progress, int(percent), str(text)) and percent < 100:
            raise Cancelled  # the window that asked for the work is gone

    def steps(self, done: int, total: int) -> bool:
        """Progress as ``done`` of ``total`` steps (pages); False once cancelled."""
        if self.cancelled:
            return False
        return _emit(self._signals.progress, 100 * done // max(total, 1), "")


class _Signals(QObject):
    """Lives in the GUI thread; emitted from the worker, delivered queued."""

    progress = Signal(int, str)
    finished = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its result arrived
        self.work, self.signals, self.control = work, signals, TaskControl(signals)

    def run(self) -> None:
        try:
            result = self.work(self.control)
        except Exception as exc:  # handed to the GUI thread, shown there
            _emit(self.signals.finished, None, Cancelled() if self.control.cancelled else exc)
        else:
            _emit(self.signals.finished, result, None)


def _emit(signal: Any, *args: Any) -> bool:
    """Emit from the worker; False when the runner (and its window) was deleted meanwhile."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Internal C++ object already deleted": nobody waits any more
        return False
    return True


class BackgroundRunner(QObject):
    """Runs one piece of work at a time for ``parent`` (the progress dialog's parent).

    ``done(result, error)`` arrives in the GUI thread once per ``start``: ``error`` is None on
    success, a ``Cancelled`` when the user cancelled, else the exception the work raised.
    """

    progress = Signal(int, str)
    done = Signal(object, object)
    dialog_shown = Signal()

    def __init__(self, parent: QWidget, *, show_after_ms: int | None = None) -> None:
        super().__init__(parent)
        self.widget = parent
        self.show_after_ms = SHOW_AFTER_MS if show_after_ms is None else show_after_ms
        self.dialog: QProgressDialog | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self._job: _Job | None = None
        self._label = ""
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(
        self, work: Callable[[TaskControl], Any], *, label: str = "", cancellable: bool = False
    ) -> None:
        """Run ``work(control)`` on the thread pool; ``label`` titles the progress dialog."""
        if self._job is not None:
            raise RuntimeError("this runner is still busy")
        self.result, self.error, self._label = None, None, label
        signals = _Signals(self)
        signals.progress.connect(self._progressed)
        signals.finished.connect(self._finished)
        self._job = _Job(work, signals)
        self.dialog = self._make_dialog(label, cancellable) if label else None
        if self.dialog is not None:
            self._show_timer.start(self.show_after_ms)
        QThreadPool.globalInstance().start(self._job)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report or check."""
        if self._job is not None:
            self._job.control.cancelled = True

    def wait(self) -> Any:
        """Keep the event loop running until the work ends; its result, or raise its error."""
        loop = QEventLoop()
        self.done.connect(loop.quit)
        self.dialog_shown.connect(loop.quit)
        try:
            while self.busy:
                shown = self.dialog is not None and self.dialog.isVisible()
                flags = (
                    QEventLoop.ProcessEventsFlag.AllEvents
                    if shown
                    else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
                )
                loop.exec(flags)
        finally:
            self.done.disconnect(loop.quit)
            self.dialog_shown.disconnect(loop.quit)
        if self.error is not None:
            raise self.error
        return self.result

    # ----- GUI thread -----------------------------------------------------------------------
    def _make_dialog(self, label: str, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(self.widget)
        dialog.setWindowTitle(label.rstrip("…."))
        dialog.setLabelText(label)
        # our own bar: QProgressDialog.setValue would call processEvents in a modal dialog
        dialog.setBar(QProgressBar(dialog))
        dialog.setRange(0, 0)  # busy until the first progress report
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(2**30)  # shown by our timer, not by Qt's estimate
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumWidth(420)  # room for a file name and a step
        if cancellable:
            dialog.setCancelButtonText(_t("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.hide()
        return dialog

    def _show_dialog(self) -> None:
        if self.dialog is not None and self.busy:
            self.dialog.show()
            self.dialog_shown.emit()

    def _progressed(self, percent: int, text: str) -> None:
        if self.dialog is not None:
            bar = self.dialog.findChild(QProgressBar)
            if bar is not None:
                bar.setRange(0, 100)
                bar.setValue(max(0, min(100, percent)))
            self.dialog.setLabelText(f"{self._label}\n{text}" if text else self._label)
        self.progress.emit(percent, text)

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self._show_timer.stop()
        self._job = None
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.result, self.error = result, error
        self.done.emit(result, error)


def error_message(error: BaseException) -> str:
    """One line for the user: a refusal's own message; anything else with its type (a bug)."""
    if isinstance(error, OSError) and error.filename and error.strerror:
        return f"{error.filename}: {error.strerror}"
    if isinstance(error, OSError | ValueError) or type(error).__module__.startswith("desktop."):
        return refusal_text(error) or type(error).__name__  # in the UI language when worded
    return f"{type(error).__name__}: {error}"


def report_error(parent: QWidget, title: str, error: BaseException) -> None:
    """Show what went wrong in a message box (a cancellation needs none)."""
    if not isinstance(error, Cancelled):
        QMessageBox.critical(parent, title, error_message(error))


def run_in_background(
    parent: QWidget,
    work: Callable[[TaskControl], Any],
    on_result: Callable[[Any], Any],
    *,
    label: str,
    cancellable: bool = False,
    on_error: Callable[[BaseException], Any] | None = None,
    error_title: str = "",
) -> BackgroundRunner:
    """Start ``work`` and call ``on_result(result)`` in the GUI thread when it is done; an
    error goes to ``on_error`` or, by default, to a message box titled ``error_title``."""
    runner = BackgroundRunner(parent)

    def finished(result: Any, error: BaseException | None) -> None:
        runner.deleteLater()
        if error is None:
            on_result(result)
        elif on_error is not None:
            on_error(error)
        else:
            report_error(parent, error_title or label, error)

    runner.done.connect(finished)
    runner.start(work, label=label, cancellable=cancellable)
    return runner
