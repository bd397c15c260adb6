"""Overview & approval: the plan header and approval fields, the sign-off verdict, the
introduction, summary and outlook texts, and the plan checks as a list that jumps to the item
concerned."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import PLACEHOLDER_DATE, PLACEHOLDER_NAME
from desktop.models.checks import check_plan
from desktop.models.validate import Invalid
from desktop.operations.plan_edits import TABLES_PLAN, TEXT_FIELDS, set_header, set_text
from desktop.views.shared.context import AppContext
from desktop.views.shared.editor_widgets import (
    ERROR_STYLE,
    CommitTextEdit,
)
from desktop.views.shared.lock import LOCKED_STYLE, lock_reason
from desktop.views.shared.plan_status import status_label
from desktop.views.shared.refresh import DeferredRefresh
from desktop.views.shared.refusals import Refusals

# the screen that shows each kind of finding
SCREEN_OF_KIND = {
    "subtask": "board",
    "milestone": "board",
    "risk": "risks",
    "kpi": "goals",
    "goal": "goals",
    "monitoring": "monitoring",
    "evaluation": "monitoring",
    "team": "board",  # a week above a team's load limit: the board's load strip
}
# the verdict line: all signatures valid (green), verification failed, e.g. void (red),
# not signed yet (grey)
VERDICT_STYLES = {
    "ok": "background:#e8f5e9;color:#1b5e20;",
    "failed": "background:#fdecea;color:#8a1c1c;",
    "unsigned": "background:#eef1f4;color:#343a40;",
}
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 1
CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 2
CHECK_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # the check's key: which cell is at fault
_CN_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")


def normalise_date(text: str) -> str:
    """Accept 2027年1月15日 as well as 2027-01-15 (the validator reads ISO)."""
    m = _CN_DATE.match(text)
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else text


class _WrapDelegate(QStyledItemDelegate):
    """Rows as high as their wrapped text at the list's current width."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        view = self.parent()
        width = max(80, view.viewport().width() - 16)  # type: ignore[attr-defined]
        flags = int(Qt.TextFlag.TextWordWrap)
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(0, 0, width, 100_000, flags, text)
        return QSize(width, rect.height() + 8)


class OverviewScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stored: dict[str, str] = {}
        self.lock_reason = ""
        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "title": self.tr("Title"),
            "year": self.tr("Year"),
            "organisation": self.tr("Organisation"),
            "compiler": self.tr("Compiler"),
            "reviewer": self.tr("Reviewer"),
            "approver": self.tr("Approver"),
            "compiled_on": self.tr("Compile date"),
        }
        self.field_labels = dict(labels)  # the undo label names the field as the form does
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in labels.items():
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setAccessibleName(label)
            if name in ("compiler", "reviewer", "approver"):
                edit.setPlaceholderText(PLACEHOLDER_NAME)
            elif name == "compiled_on":
                edit.setPlaceholderText(f"{PLACEHOLDER_DATE}  (YYYY-MM-DD)")
            edit.editingFinished.connect(lambda n=name: self.commit_field(n))
            self.fields[name] = edit
            form.addRow(label, edit)
        self.status = QLabel()
        self.verdict = QLabel()
        self.verdict.setObjectName("overviewVerdict")
        self.verdict.setWordWrap(True)
        self.verdict_kind = ""  # ok / failed / unsigned, or "" without a plan
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet("background:#fff3cd;color:#664d03;padding:6px;")
        self.header_message = QLabel()
        self.header_message.setWordWrap(True)
        self.header_message.setStyleSheet(ERROR_STYLE)
        self.header_message.hide()
        header_box = QGroupBox(self.tr("Plan and approval"))
        box = QVBoxLayout(header_box)
        box.addWidget(self.status)
        box.addWidget(self.verdict)
        box.addWidget(self.lock_note)
        box.addLayout(form)
        box.addWidget(self.header_message)
        box.addStretch(1)

        self.checks = QListWidget()
        self.checks.setObjectName("planChecks")
        self.checks.setWordWrap(True)
        self.checks.setResizeMode(QListView.ResizeMode.Adjust)
        self.checks.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.checks.setItemDelegate(_WrapDelegate(self.checks))
        self.checks.setAlternatingRowColors(True)
        self.checks.itemClicked.connect(self.jump_to)
        self.checks.itemActivated.connect(self.jump_to)
        self.checks_box = QGroupBox(self.tr("Plan checks"))
        cbox = QVBoxLayout(self.checks_box)
        hint = QLabel(self.tr("Click a finding (or press Enter) to go to the item."))
        hint.setWordWrap(True)
        cbox.addWidget(hint)
        cbox.addWidget(self.checks)

        self.texts: dict[str, CommitTextEdit] = {}
        text_titles = {
            "introduction": self.tr("Introduction"),
            "summary": self.tr("Summary"),
            "outlook": self.tr("Outlook"),
        }
        self.field_labels.update(text_titles)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        for name in TEXT_FIELDS:
            group = QGroupBox(text_titles[name])
            edit = CommitTextEdit()
            edit.setObjectName(f"text_{name}")
            edit.setAccessibleName(text_titles[name])
            edit.editingFinished.connect(lambda n=name: self.commit_text(n))
            self.texts[name] = edit
            QVBoxLayout(group).addWidget(edit)
            rbox.addWidget(group, 1)
        self.text_message = QLabel()
        self.text_message.setWordWrap(True)
        self.text_message.setStyleSheet(ERROR_STYLE)
        self.text_message.hide()
        rbox.addWidget(self.text_message)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(header_box)
        left.addWidget(self.checks_box)
        left.setSizes([380, 560])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 900])
        QVBoxLayout(self).addWidget(splitter)
        # the checks look at every table: refresh after any change
        self.refresher = DeferredRefresh(self, ctx, self.refresh, None)
        self.refresh()

    # ----- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresher.mark_fresh()
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            verdict = ("", "")
            if plan is None:
                values = dict.fromkeys(self.fields, "")
                texts = dict.fromkeys(TEXT_FIELDS, "")
                findings, status, locked = [], "", True
            else:
                verdict = self._verdict(session, plan)
                values = {n: str(getattr(plan, n) or "") for n in self.fields}
                values["year"] = str(plan.year)
                values["compiled_on"] = plan.compiled_on.isoformat() if plan.compiled_on else ""
                texts = {n: getattr(plan, n) for n in TEXT_FIELDS}
                findings = check_plan(plan, date.today())
                status, locked = plan.status, plan.is_locked
            reason = lock_reason(plan, self.ctx.read_only)
        self._stored = values
        # read-only shown, not discovered: grey fields whose tooltip says why
        look = f"{{{LOCKED_STYLE}}}" if reason else ""
        for name, edit in self.fields.items():
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(values[name])
                edit.setModified(False)
            edit.setReadOnly(locked or self.ctx.read_only)
            edit.setStyleSheet(f"QLineEdit{look}" if look else "")
            edit.setToolTip(reason)
        for name, edit in self.texts.items():
            edit.set_saved_text(texts[name])
            edit.setReadOnly(locked or self.ctx.read_only)
            edit.setStyleSheet(f"QPlainTextEdit{look}" if look else "")
            edit.setToolTip(reason)
        self.lock_reason = reason
        self._show_status(status, locked)
        self._show_verdict(*verdict)
        self._show_findings(findings)

    def _verdict(self, session: Any, plan: Any) -> tuple[str, str]:
        from desktop.signoff.records import verdict_summary

        if getattr(self.ctx, "review", None) is not None:  # a review package on show
            from desktop.signoff.review_workspace import review_summary

            return review_summary(session, plan, self.ctx.lang)
        return verdict_summary(session, plan, self.ctx.lang)

    def _show_verdict(self, kind: str, text: str) -> None:
        self.verdict_kind = kind
        self.verdict.setText(text)  # already in the UI language (ctx.lang)
        self.verdict.setToolTip(text)
        self.verdict.setStyleSheet(VERDICT_STYLES.get(kind, "") + "padding:6px;border-radius:4px;")
        self.verdict.setVisible(bool(text))

    def _show_status(self, status: str, locked: bool) -> None:

        self.status.setText(
            self.tr("Status: {0}").format(status_label(status)) if status else self.tr("No plan")
        )
        if locked and status and self.lock_reason:
            self.lock_note.setText(self.lock_reason)
        elif self.ctx.read_only:
            self.lock_note.setText(self.tr("The workspace is open read-only."))
        self.lock_note.setVisible((locked and bool(status)) or self.ctx.read_only)

    def _show_findings(self, findings: list[Any]) -> None:
        self.checks.clear()
        severity = {
            "error": (self.tr("Error"), "#b02a37"),
            "warning": (self.tr("Warning"), "#8a5300"),
            "info": (self.tr("Note"), "#31527a"),
        }
        for f in findings:
            label, color = severity.get(f.severity, (f.severity, "#000000"))
            item = QListWidgetItem(
                f"{label} · {f.where_in(self.ctx.lang)} — {f.message(self.ctx.lang)}"
            )
            item.setForeground(QBrush(QColor(color)))
            item.setData(KIND_ROLE, f.item_kind)
            item.setData(CODE_ROLE, f.item_code)
            item.setData(CHECK_ROLE, f.key)
            item.setToolTip(self.tr("Go to {0}").format(f.where_in(self.ctx.lang)))
            self.checks.addItem(item)
        if not findings:
            self.checks.addItem(QListWidgetItem(self.tr("No findings: the plan looks complete.")))
        self.checks_box.setTitle(self.tr("Plan checks ({0})").format(len(findings)))

    # ----- changes -----------------------------------------------------------------------
    def commit_field(self, name: str) -> bool:
        edit = self.fields[name]
        raw = edit.text()
        if raw.strip() == self._stored.get(name, "").strip() or edit.isReadOnly():
            return False
        if name == "compiled_on":
            raw = normalise_date(raw)
        refusals = Refusals(self.header_message)
        try:
            apply = set_header({name: raw})
        except Invalid as exc:  # refused before anything is run
            ok = False
            refusals.report(exc.relabel(self.field_labels[name]))
        else:
            action = self.tr("Edit {0}").format(self.field_labels[name])
            ok, _ = refusals.run(self.ctx, action, apply, TABLES_PLAN)
        if not ok:
            edit.setText(self._stored.get(name, ""))  # nothing invalid is kept
        edit.setModified(False)
        return ok

    def commit_text(self, name: str) -> bool:
        edit = self.texts[name]
        if not edit.is_modified() or edit.isReadOnly():
            return False
        refusals = Refusals(self.text_message)
        try:
            apply = set_text(name, edit.toPlainText())
        except Invalid as exc:
            refusals.report(exc.relabel(self.field_labels[name]))
            return False
        action = self.tr("Edit {0}").format(self.field_labels[name])
        ok, _ = refusals.run(self.ctx, action, apply, TABLES_PLAN)
        if ok:
            edit.set_saved_text(edit.toPlainText().strip())
        return ok

    # ----- navigation --------------------------------------------------------------------
    def jump_to(self, item: QListWidgetItem) -> bool:
        kind, code = item.data(KIND_ROLE), item.data(CODE_ROLE)
        key = SCREEN_OF_KIND.get(kind or "")
        window = self.window()
        if key is None or not hasattr(window, "show_screen"):
            return False
        screen = window.show_screen(key)
        focus = getattr(screen, "focus_item", None)
        if callable(focus):
            focus(kind, code, item.data(CHECK_ROLE) or "")
        return True
