"""The subtask editor's schedule rule: read from its part widgets, and previewed as the
occurrences it has in the plan year (one line a month, and the months it misses)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout

from desktop.models.checks import MONTH_NAMES
from desktop.models.schedule import Period, RuleKind, ScheduleRule, WeekConvention, format_span
from desktop.models.schedule_expand import expand, missing_months

if TYPE_CHECKING:
    from desktop.views.board.subtask_editor import SubtaskEditor


def _t(text: str) -> str:
    return QCoreApplication.translate("SubtaskEditor", text)


def rule_from_parts(editor: SubtaskEditor) -> ScheduleRule | None:
    """The rule the part widgets (kind, week, weekday, period, months, dates) describe."""
    kind_value = editor.kind_box.currentData()
    if kind_value is None:
        return None
    kind = RuleKind(kind_value)
    months = tuple(m for m, b in enumerate(editor.month_buttons, 1) if b.isChecked())
    kw: dict = {}
    if kind is RuleKind.MONTHLY_WEEK:
        kw["week"] = editor.week_spin.value()
        old = editor._rule
        if old is not None and old.kind is RuleKind.MONTHLY_WEEK:  # keep moved weeks
            kw["moved"] = tuple(p for p in old.moved if not months or p[0] in months)
    elif kind is RuleKind.WEEKLY:
        kw["weekday"] = editor.weekday_box.currentData()
    elif kind is RuleKind.MONTHLY_PERIOD:
        kw["period"] = Period(editor.period_box.currentData())
    elif kind in (RuleKind.ONCE, RuleKind.RANGE):
        kw["start"] = editor.start_edit.date().toPython()
        if kind is RuleKind.RANGE:
            kw["end"] = editor.end_edit.date().toPython()
    if kind is RuleKind.YEARLY:
        months = months[:1]
    elif kind not in (
        RuleKind.DAILY,
        RuleKind.WEEKLY,
        RuleKind.MONTHLY_WEEK,
        RuleKind.MONTHLY_PERIOD,
    ):
        months = ()
    return ScheduleRule(kind, months=months, **kw)


def preview_text(
    rule: ScheduleRule | None, year: int, convention: WeekConvention, lang: str
) -> str:
    """The rule's occurrences in the plan year, one line a month, and the months missed."""
    if rule is None:
        return _t("No schedule: the plan check will flag this subtask.")
    occurrences = expand(rule, year, convention)
    names = MONTH_NAMES.get(lang, MONTH_NAMES["en"])
    by_month: dict[int, list[tuple[date, date]]] = {}
    for o in occurrences:
        by_month.setdefault(o.month, []).append((o.start, o.end))
    lines = [_t("{0} occurrences in {1}").format(len(occurrences), year)]
    for month, spans in sorted(by_month.items()):
        if len(spans) > 6:
            text = _t("{0} times, {1}–{2}").format(
                len(spans), spans[0][0].strftime("%m-%d"), spans[-1][1].strftime("%m-%d")
            )
        else:  # the real dates: 8月1日–8月1日 (1 day)
            text = ", ".join(f"{format_span(s, e, lang)} ({days_text(s, e)})" for s, e in spans)
        lines.append(f"{names[month - 1]}: {text}")
    missing = missing_months(rule, year, convention)
    if missing:
        lines.append(_t("⚠ No occurrence in: {0}").format(", ".join(names[m - 1] for m in missing)))
    return "\n".join(lines)


def days_text(first: date, last: date) -> str:
    days = (last - first).days + 1
    return _t("1 day") if days == 1 else _t("{0} days").format(days)


def name_rule_parts(editor: SubtaskEditor, form: QFormLayout, parts: QLayout) -> None:
    """Names for the schedule's part widgets, which share the one "Schedule:" caption."""
    from desktop.views.shared.accessible import name_combo, name_widget

    schedule_label = form.labelForField(parts)
    if isinstance(schedule_label, QLabel):
        schedule_label.setBuddy(editor.kind_box)
    name_widget(editor.kind_box, _t("Schedule"))
    name_widget(editor.week_spin, _t("Week of the month"))
    name_combo(editor.weekday_box, _t("Weekday"))
    name_combo(editor.period_box, _t("Part of the month"))
    name_widget(editor.start_edit, _t("First day"))
    name_widget(editor.end_edit, _t("Last day"))
    editor.convention_label.setBuddy(editor.convention_box)
