"""Plan ▸ Progress reports…: the monthly, quarterly and annual report the plan's monitoring
section asks for, with a preview and the PDF and Word exports (``plandesk report`` in the GUI).

The preview and the exports run on the background runner (the report is built from a session
of the worker's own). An export is recorded in the plan's audit trail as "report produced",
which ``check`` looks for. For the year, the evaluation's findings can start next year's plan
(``operations.rollover``, one undoable change). ``ask_path`` and ``ask_year`` are module
functions so that tests can answer them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.models.report.period import MONTH, QUARTER, YEAR, Period
from desktop.views.shared.accessible import caption, name_combo, name_widget
from desktop.views.shared.background import BackgroundRunner, error_message
from desktop.views.shared.context import AppContext
from desktop.views.shared.refusals import show_refusal

KINDS = (MONTH, QUARTER, YEAR)
LANGS = ("", "zh_TW", "zh_CN", "en")  # "" = the plan's language


def ask_path(parent: QWidget, title: str, name: str, filter_text: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, name, filter_text)
    return path


def ask_year(parent: QWidget, title: str, year: int) -> int | None:
    from desktop.views.files.rollover_actions import ask_year as ask

    return ask(parent, title, year)  # type: ignore[arg-type]


def default_period(year: int, today: date) -> Period:
    """The last month that is over in the plan year (January before the year starts)."""
    if today.year > year:
        return Period(year, MONTH, 12)
    if today.year < year or today.month == 1:
        return Period(year, MONTH, 1)
    return Period(year, MONTH, today.month - 1)


class ReportsDialog(QDialog):
    """Period picker, language, preview and exports of the current plan's progress report."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Progress reports"))
        self.resize(980, 760)
        with ctx.session() as session:
            plan = ctx.plan(session)
            self.plan_id = plan.id if plan is not None else None
            self.plan_uuid = plan.uuid if plan is not None else ""
            self.plan_title = plan.title if plan is not None else ""
            self.year = plan.year if plan is not None else date.today().year
        self.runner = BackgroundRunner(self)
        self.runner.done.connect(self._finished)
        self._pending: Any = None  # the preview asked for while the runner was busy
        self._job = ""
        self.html = ""
        self.last_export: Path | None = None
        self._build()
        start = default_period(self.year, date.today())
        self.kind_box.setCurrentIndex(KINDS.index(start.kind))
        self._fill_numbers()
        self.number_box.setCurrentIndex(start.number - 1)
        self.refresh_preview()

    def _build(self) -> None:
        tr = self.tr
        self.kind_box = QComboBox()
        for text in (tr("Month"), tr("Quarter"), tr("Year")):
            self.kind_box.addItem(text)
        self.number_box = QComboBox()
        self.lang_box = QComboBox()
        for text in (tr("Plan's language"), "繁體中文", "简体中文", "English"):
            self.lang_box.addItem(text)
        self.kind_box.activated.connect(lambda _i: (self._fill_numbers(), self.refresh_preview()))
        self.number_box.activated.connect(lambda _i: self.refresh_preview())
        self.lang_box.activated.connect(lambda _i: self.refresh_preview())
        picker = QHBoxLayout()
        picker.addWidget(caption(tr("Period:"), self.kind_box))
        picker.addWidget(self.kind_box)
        picker.addWidget(self.number_box)
        picker.addSpacing(16)
        picker.addWidget(caption(tr("Language:"), self.lang_box))
        picker.addWidget(self.lang_box)
        picker.addStretch(1)
        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        name_widget(self.preview, tr("Report preview"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.pdf_button = QPushButton(tr("Export PDF…"))
        self.word_button = QPushButton(tr("Export Word…"))
        self.rollover_button = QPushButton(tr("Next year's plan with these findings…"))
        close = QPushButton(tr("Close"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.word_button.clicked.connect(lambda: self.export("docx"))
        self.rollover_button.clicked.connect(self.roll_over)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.word_button, self.rollover_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        name_combo(self.number_box, tr("Month, quarter or year"))
        enabled = self.plan_id is not None
        for button in (self.pdf_button, self.word_button):
            button.setEnabled(enabled)

    def _fill_numbers(self) -> None:
        kind = KINDS[self.kind_box.currentIndex()]
        chosen = self.number_box.currentIndex()
        self.number_box.clear()
        if kind == MONTH:
            labels = [Period(self.year, MONTH, m).label(self.ctx.lang) for m in range(1, 13)]
        elif kind == QUARTER:
            labels = [Period(self.year, QUARTER, q).label(self.ctx.lang) for q in range(1, 5)]
        else:
            labels = [Period(self.year, YEAR).label(self.ctx.lang)]
        self.number_box.addItems(labels)
        self.number_box.setCurrentIndex(min(max(chosen, 0), len(labels) - 1))
        self.rollover_button.setVisible(kind == YEAR)
        self.rollover_button.setEnabled(kind == YEAR and not self.ctx.read_only)

    # ----- what is chosen --------------------------------------------------------------------
    def period(self) -> Period:
        kind = KINDS[self.kind_box.currentIndex()]
        number = 0 if kind == YEAR else self.number_box.currentIndex() + 1
        return Period(self.year, kind, number)

    def set_period(self, period: Period) -> None:
        self.kind_box.setCurrentIndex(KINDS.index(period.kind))
        self._fill_numbers()
        self.number_box.setCurrentIndex(max(period.number - 1, 0))
        self.refresh_preview()

    def lang(self) -> str:
        return LANGS[self.lang_box.currentIndex()]

    # ----- background work ---------------------------------------------------------------------
    def _build_report(self, period: Period, *, printed: bool = False) -> tuple[Any, str]:
        """In the worker: the report (its own session) and the language it is written in."""
        from desktop.models.report import build_report
        from desktop.operations.report_log import preload, risk_status_changes

        with self.ctx.workspace.session() as session:
            from desktop.models import Plan

            plan = session.get(Plan, self.plan_id)
            if plan is None:
                raise LookupError(self.tr("The plan is gone (removed meanwhile?)."))
            preload(session, plan)
            report = build_report(
                plan,
                period,
                date.today(),
                risk_changes=risk_status_changes(session, plan),
                fingerprint=printed,
            )
            return report, self.lang() or plan.language

    def refresh_preview(self) -> None:
        if self.plan_id is None:
            self.preview.setPlainText(self.tr("There is no plan."))
            return
        period = self.period()
        if self.runner.busy:
            self._pending = period
            return

        def work(_control: Any) -> str:
            from desktop.exchange.report.report_html import report_html

            report, lang = self._build_report(period)
            return report_html(report, lang)

        self._job = "preview"
        self.runner.start(work)

    def export(self, fmt: str) -> None:
        """Ask where, then write the report of the chosen period (PDF or Word) and record it."""
        period = self.period()
        suffix = ".pdf" if fmt == "pdf" else ".docx"
        title = self.tr("Export PDF") if fmt == "pdf" else self.tr("Export Word")
        kinds = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Word documents (*.docx)")
        name = f"{self.plan_title} {period.key}{suffix}"
        path = ask_path(self, title, name, kinds)
        if not path or self.runner.busy:
            return
        out = Path(path if path.lower().endswith(suffix) else path + suffix)
        record = not self.ctx.read_only

        def work(control: Any) -> Path:
            from desktop.exchange.report.report_docx import write_report_docx
            from desktop.exchange.report.report_pdf import write_report_pdf
            from desktop.operations.report_log import record_report

            report, lang = self._build_report(period, printed=True)
            control.progress(30, "")
            partial = out.with_name(f".{out.name}.part")
            writer = write_report_pdf if fmt == "pdf" else write_report_docx
            writer(report, partial, lang)
            partial.replace(out)
            if record:
                record_report(self.ctx.workspace, self.plan_uuid, period.key, fmt)
            return out

        self._job = "export"
        self.runner.start(work, label=self.tr("Writing the report…"))

    def _finished(self, result: Any, error: BaseException | None) -> None:
        job, self._job = self._job, ""
        if error is not None:
            self.hint.setStyleSheet("color:#b03a2e;")
            self.hint.setText(error_message(error))
        elif job == "preview":
            self.html = result
            self.preview.setHtml(result)
        else:
            self.last_export = result
            self.hint.setStyleSheet("color:#2d3748;")
            self.hint.setText(self.tr("Report written: {0}").format(result))
        if self._pending is not None:
            self._pending = None
            self.refresh_preview()

    def roll_over(self) -> int | None:
        """Next year's draft plan, its introduction opening with the year's findings."""
        from desktop.models.report.evaluation import findings
        from desktop.operations.rollover import rollover_action, rollover_builder
        from desktop.operations.undo import OperationRefused

        if self.plan_id is None or self.runner.busy:
            return None
        new_year = ask_year(self, self.plan_title, self.year)
        if new_year is None:
            return None
        report, lang = self._build_report(Period(self.year, YEAR))
        text = findings(report.evaluation, lang)
        try:
            new_id = self.ctx.ops.create(
                rollover_action(self.plan_title, new_year),
                rollover_builder(self.plan_id, new_year, findings=text),
            )
        except OperationRefused as refusal:
            show_refusal(self, refusal)
            return None
        self.hint.setText(self.tr("The plan for {0} was added as a draft.").format(new_year))
        return int(new_id)


def open_reports(window: Any) -> ReportsDialog:
    """The menu entry: show the dialog for the window's current plan."""
    dialog = ReportsDialog(window.ctx, window)
    dialog.show()
    return dialog
