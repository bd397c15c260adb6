"""The subtask editor: title, owner team, schedule rule (with a live preview), resources.

The rule can be built from its parts (kind, week, weekday, period, months, dates) or typed as
a phrase (每月第二周, every month, week 2, …) that ``parse_rule`` reads. OK runs one operation.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Subtask
from desktop.models.checks import MONTH_NAMES
from desktop.models.schedule import (
    Period,
    RuleKind,
    ScheduleRule,
    WeekConvention,
)
from desktop.models.validate import Invalid, entity_text, parse_schedule
from desktop.operations.board import (
    TABLES_PLAN,
    TABLES_SUBTASK,
    edit_subtask,
    set_week_convention,
)
from desktop.operations.concurrency import expect_version
from desktop.views.board.subtask_rule import name_rule_parts, preview_text, rule_from_parts
from desktop.views.shared.context import AppContext
from desktop.views.shared.lock import lock_reason, lock_widgets
from desktop.views.shared.refusals import Refusals, refusal_text, show_in_label


class SubtaskEditor(QDialog):
    """Edit one subtask; ``accept`` runs the change through ``ctx.ops`` (undoable)."""

    def __init__(self, ctx: AppContext, subtask_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subtask_id = subtask_id
        self.lang = ctx.lang
        with ctx.session() as session:
            plan = ctx.plan(session)
            sub = session.get(Subtask, subtask_id)
            if plan is None or sub is None or sub.plan_id != plan.id:
                raise LookupError(f"subtask #{subtask_id} is not in the current plan")
            self.year = plan.year
            self.convention = WeekConvention(plan.week_convention)
            self.teams = [(t.id, t.name, t.color) for t in plan.teams]
            self.code = sub.code
            self.original = (sub.title, sub.owner_team_id, sub.rule, sub.resources)
            self.version = sub.version  # refused if someone else saves the row first
            self.lock_text = lock_reason(plan, ctx.read_only)
        self.setWindowTitle(self.tr("Edit subtask {0}").format(self.code))
        self._updating = False
        self._build()
        title, owner, rule, resources = self.original
        self.title_edit.setText(title)
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(owner)))
        self.resources_edit.setText(resources)
        self.set_rule(rule)
        if self.lock_text:
            self._lock()

    def _lock(self) -> None:
        """A signed-off plan: show the subtask, every field disabled, saying why."""
        fields = [
            self.title_edit,
            self.owner_box,
            self.kind_box,
            self.week_spin,
            self.weekday_box,
            self.period_box,
            self.start_edit,
            self.end_edit,
            self.phrase_edit,
            self.resources_edit,
            *self.month_buttons,
            self.buttons.button(QDialogButtonBox.StandardButton.Ok),
        ]
        lock_widgets(fields, self.lock_text)
        self.message.setStyleSheet("color: palette(placeholder-text);")
        self.message.setText(self.lock_text)

    # ----- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.owner_box = QComboBox()
        self.owner_box.addItem(self.tr("(no owner)"), None)
        for team_id, name, hexcolor in self.teams:
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(hexcolor))
            self.owner_box.addItem(swatch, name, team_id)
        self.kind_box = QComboBox()
        kinds = {
            RuleKind.DAILY: self.tr("Daily"),
            RuleKind.WEEKLY: self.tr("Weekly"),
            RuleKind.MONTHLY_WEEK: self.tr("Monthly, in week N"),
            RuleKind.MONTHLY_PERIOD: self.tr("Monthly, early / mid / late"),
            RuleKind.QUARTERLY: self.tr("Quarterly"),
            RuleKind.YEARLY: self.tr("Yearly"),
            RuleKind.ONCE: self.tr("Once"),
            RuleKind.RANGE: self.tr("Date range"),
        }
        self.kind_box.addItem(self.tr("(no schedule)"), None)
        for kind, label in kinds.items():
            self.kind_box.addItem(label, kind.value)
        self.week_spin = QSpinBox()
        self.week_spin.setRange(1, 6)
        self.week_spin.setPrefix(self.tr("week "))
        self.weekday_box = QComboBox()
        self.weekday_box.addItem(self.tr("whole week"), None)
        for i, name in enumerate(
            (
                self.tr("Monday"),
                self.tr("Tuesday"),
                self.tr("Wednesday"),
                self.tr("Thursday"),
                self.tr("Friday"),
                self.tr("Saturday"),
                self.tr("Sunday"),
            )
        ):
            self.weekday_box.addItem(name, i)
        self.period_box = QComboBox()
        for period, label in (
            (Period.EARLY, self.tr("early (1st–10th)")),
            (Period.MID, self.tr("mid (11th–20th)")),
            (Period.LATE, self.tr("late (21st–end)")),
        ):
            self.period_box.addItem(label, period.value)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(self.year, 1, 1))
        parts = QHBoxLayout()
        for w in (
            self.kind_box,
            self.week_spin,
            self.weekday_box,
            self.period_box,
            self.start_edit,
            self.end_edit,
        ):
            parts.addWidget(w)
        parts.addStretch(1)
        self.month_buttons: list[QToolButton] = []
        months = QHBoxLayout()
        months.setSpacing(2)
        for m, name in enumerate(MONTH_NAMES.get(self.lang, MONTH_NAMES["en"]), start=1):
            button = QToolButton()
            button.setText(name)
            button.setCheckable(True)
            button.setToolTip(self.tr("Only in month {0} (none checked: every month)").format(m))
            button.toggled.connect(self._parts_changed)
            self.month_buttons.append(button)
            months.addWidget(button)
        months.addStretch(1)
        self.phrase_edit = QLineEdit()
        self.phrase_edit.setPlaceholderText(
            self.tr("or type it: 每月第二周, 每日, every month, week 2, 1月、7月：每月底 …")
        )
        self.phrase_edit.textEdited.connect(self._phrase_changed)
        self.phrase_status = QLabel()
        self.phrase_status.setStyleSheet("color:#b03a2e;")
        self.convention_box = QComboBox()
        self.convention_box.addItem(
            self.tr("calendar weeks, Monday first"), WeekConvention.CALENDAR.value
        )
        self.convention_box.addItem(
            self.tr("7-day blocks (days 1–7, 8–14, …)"), WeekConvention.BLOCKS.value
        )
        self.convention_box.setCurrentIndex(self.convention_box.findData(self.convention.value))
        self.convention_box.setToolTip(
            self.tr(
                'How the whole plan counts "week N of a month". Changing it is one change '
                "of the plan (undo with Ctrl+Z)."
            )
        )
        self.convention_box.activated.connect(
            lambda _i: self.change_convention(self.convention_box.currentData())
        )
        self.convention_note = QLabel(self.tr("(for the whole plan)"))
        convention_row = QHBoxLayout()
        convention_row.addWidget(self.convention_box)
        convention_row.addWidget(self.convention_note)
        convention_row.addStretch(1)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(150)
        self.resources_edit = QLineEdit()
        for signal in (
            self.kind_box.currentIndexChanged,
            self.week_spin.valueChanged,
            self.weekday_box.currentIndexChanged,
            self.period_box.currentIndexChanged,
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
        ):
            signal.connect(self._parts_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b03a2e;")
        self.refusals = Refusals(show_in_label(self.message, hide_empty=False), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Owner team:"), self.owner_box)
        form.addRow(self.tr("Schedule:"), parts)
        form.addRow(self.tr("Months (none: all):"), months)
        form.addRow(self.tr("&Phrase:"), self.phrase_edit)
        form.addRow("", self.phrase_status)
        self.convention_label = QLabel(self.tr("Weeks of a month:"))
        form.addRow(self.convention_label, convention_row)
        form.addRow(self.tr("Occurrences in {0}:").format(self.year), self.preview)
        form.addRow(self.tr("&Resources:"), self.resources_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        name_rule_parts(self, form, parts)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    # ----- the rule ----------------------------------------------------------------------
    def set_rule(self, rule: ScheduleRule | None) -> None:
        """Show ``rule`` in the part widgets, the phrase and the preview."""
        self._updating = True
        try:
            self.kind_box.setCurrentIndex(self.kind_box.findData(rule.kind.value if rule else None))
            if rule is not None:
                self.week_spin.setValue(rule.week or 1)
                self.weekday_box.setCurrentIndex(self.weekday_box.findData(rule.weekday))
                if rule.period is not None:
                    self.period_box.setCurrentIndex(self.period_box.findData(rule.period.value))
                for m, button in enumerate(self.month_buttons, start=1):
                    button.setChecked(m in rule.months)
                if rule.start is not None:
                    self.start_edit.setDate(QDate(rule.start))
                if rule.end is not None:
                    self.end_edit.setDate(QDate(rule.end))
            self.phrase_edit.setText(rule.text(self.lang) if rule else "")
        finally:
            self._updating = False
        self._rule = rule
        self._show_parts()
        self._refresh_preview()

    def rule(self) -> ScheduleRule | None:
        return self._rule

    def _parts_changed(self, *_args: object) -> None:
        if self._updating:
            return
        self._show_parts()
        try:
            rule = rule_from_parts(self)
        except ValueError as exc:
            self.phrase_status.setText(str(exc))
            return
        self._rule = rule
        self.phrase_status.setText("")
        self._updating = True
        self.phrase_edit.setText(rule.text(self.lang) if rule else "")
        self._updating = False
        self._refresh_preview()

    def _phrase_changed(self, text: str) -> None:
        if self._updating:
            return
        if not text.strip():
            self.phrase_status.setText(self.tr("Type a schedule, e.g. 每月第二周"))
            return
        try:
            rule = ScheduleRule.from_dict(parse_schedule(text, self.tr("Schedule")) or {})
        except Invalid as exc:
            self.phrase_status.setText(refusal_text(exc))
            return
        self.phrase_status.setText("")
        self._updating = True
        try:
            phrase = self.phrase_edit.text()
            self.set_rule(rule)
            self.phrase_edit.setText(phrase)  # keep what is being typed
        finally:
            self._updating = False

    def _show_parts(self) -> None:
        kind = self.kind_box.currentData()
        self.week_spin.setVisible(kind == RuleKind.MONTHLY_WEEK.value)
        self.weekday_box.setVisible(kind == RuleKind.WEEKLY.value)
        self.period_box.setVisible(kind == RuleKind.MONTHLY_PERIOD.value)
        self.start_edit.setVisible(kind in (RuleKind.ONCE.value, RuleKind.RANGE.value))
        self.end_edit.setVisible(kind == RuleKind.RANGE.value)
        monthly = kind in (
            RuleKind.DAILY.value,
            RuleKind.WEEKLY.value,
            RuleKind.YEARLY.value,
            RuleKind.MONTHLY_WEEK.value,
            RuleKind.MONTHLY_PERIOD.value,
        )
        for button in self.month_buttons:
            button.setEnabled(monthly)
        weeks = kind == RuleKind.MONTHLY_WEEK.value or (
            kind == RuleKind.WEEKLY.value and self.weekday_box.currentData() is None
        )
        for widget in (self.convention_label, self.convention_box, self.convention_note):
            widget.setVisible(weeks)

    def change_convention(self, value: str) -> bool:
        """Switch the plan's week convention (one undoable change) and refresh the preview."""
        convention = WeekConvention(value)
        if convention is self.convention:
            return False
        label = self.convention_box.itemText(self.convention_box.findData(value))
        ok, _ = self.refusals.run(
            self.ctx,
            self.tr("Count weeks as {0}").format(label),
            set_week_convention(convention),
            TABLES_PLAN,
        )
        if not ok:
            self.convention_box.setCurrentIndex(self.convention_box.findData(self.convention.value))
            return False
        self.convention = convention
        self._refresh_preview()
        return True

    def _refresh_preview(self) -> None:
        self.preview.setPlainText(self.preview_text())

    def preview_text(self) -> str:
        """The rule's occurrences in the plan year, one line a month, and the months missed."""
        return preview_text(self._rule, self.year, self.convention, self.lang)

    # ----- OK ----------------------------------------------------------------------------
    def values(self) -> dict:
        """The edited values (``models.validate``); ``Invalid`` says which field is wrong."""
        return {
            "title": entity_text(
                Subtask, "title", self.title_edit.text(), self.tr("Title"), required=True
            ),
            "owner_team_id": self.owner_box.currentData(),
            "rule": self._rule,
            "resources": entity_text(
                Subtask, "resources", self.resources_edit.text(), self.tr("Resources")
            ),
        }

    def accept(self) -> None:
        try:
            values = self.values()
        except Invalid as exc:
            self.refusals.report(exc)
            (self.title_edit if exc.key == "empty" else self.resources_edit).setFocus()
            return
        if self.phrase_status.text():
            self.refusals.report(
                self.tr("The schedule is not valid: {0}").format(self.phrase_status.text())
            )
            return
        title, owner, rule, resources = self.original
        if (values["title"], values["owner_team_id"], values["rule"], values["resources"]) != (
            title,
            owner,
            rule,
            resources,
        ):
            ok, _ = self.refusals.run(
                self.ctx,
                self.tr("Edit subtask {0}").format(self.code),
                expect_version(
                    edit_subtask(self.subtask_id, **values), Subtask, self.subtask_id, self.version
                ),
                TABLES_SUBTASK,
            )
            if not ok:
                return
        super().accept()
