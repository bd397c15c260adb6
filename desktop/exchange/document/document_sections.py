"""The seven sections of the plan document as layout pieces, read from an ORM plan.

Everything is turned into plain strings here (inside the caller's session); the pieces keep
no ORM objects, so the document can be painted again later (print preview).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

from PySide6.QtGui import QFont

from desktop.exchange.document.document_enums import enum
from desktop.exchange.document.document_fields import cell_text, headers, printed_fields, shares
from desktop.exchange.document.document_layout import Piece, Spacer, heading, paragraph, table
from desktop.exchange.document.document_text import label
from desktop.models import Plan
from desktop.models.fields import MILESTONES, SUBTASKS, TASKS, Entity
from desktop.models.warnings import format_value

Block = TypeVar("Block")


class Sections(Protocol[Block]):
    """What the sections ask of their context: ``Context`` answers with painted pieces,
    ``word_export.WordContext`` with Word blocks."""

    @property
    def lang(self) -> str: ...
    def t(self, key: str) -> str: ...
    def e(self, group: str, value: str | None) -> str: ...
    def h1(self, key: str) -> list[Block]: ...
    def heading1(self, text: str) -> list[Block]: ...
    def h2(self, key: str) -> list[Block]: ...
    def para(self, text: str) -> list[Block]: ...
    def bullet(self, text: str) -> list[Block]: ...
    def table(self, keys: list[str], ratios: list[float], rows: list[Any]) -> list[Block]: ...
    def table_headed(
        self, headers: list[str], ratios: list[float], rows: list[Any]
    ) -> list[Block]: ...
    def space(self, height: float) -> list[Block]: ...


@dataclass
class Styles:
    """The document's fonts (pixel sizes, CSS px)."""

    title: QFont
    subtitle: QFont
    h1: QFont
    h2: QFont
    body: QFont
    cell: QFont
    cell_bold: QFont
    small: QFont
    small_bold: QFont


@dataclass
class Context:
    lang: str
    styles: Styles
    width: float
    max_height: float

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def e(self, group: str, value: str | None) -> str:
        return enum(group, value, self.lang)

    def h1(self, key: str) -> list[Piece]:
        return self.heading1(self.t(key))

    def heading1(self, text: str) -> list[Piece]:
        """A top-level heading with text of its own (an appendix)."""
        return heading(text, self.styles.h1, before=14, after=6, rule=True, toc=True)

    def h2(self, key: str) -> list[Piece]:
        return heading(self.t(key), self.styles.h2, before=6, after=4)

    def para(self, text: str) -> list[Piece]:
        return paragraph(
            text, self.styles.body, self.width, first_indent=2 * self.styles.body.pixelSize()
        )

    def bullet(self, text: str) -> list[Piece]:
        return paragraph(
            f"• {text}",
            self.styles.body,
            self.width,
            indent=self.styles.body.pixelSize(),
            space_after=0,
        )

    def table(self, keys: list[str], ratios: list[float], rows: list[Any]) -> list[Piece]:
        return self.table_headed([self.t(k) for k in keys], ratios, rows)

    def table_headed(self, headers: list[str], ratios: list[float], rows: list[Any]) -> list[Piece]:
        """A table whose headers are worded already (the field table's print labels)."""
        return table(
            headers,
            ratios,
            rows,
            self.width,
            self.styles.cell,
            self.styles.cell_bold,
            max_height=self.max_height,
        )

    def space(self, height: float) -> list[Piece]:
        return [Spacer(height)]


def team(item: Any) -> str:
    return item.owner_team.name if getattr(item, "owner_team", None) is not None else ""


def rule_text(item: Any, lang: str) -> str:
    rule = item.rule
    return rule.text(lang) if rule is not None else ""


def num(value: float | None, unit: str = "") -> str:
    return "" if value is None else format_value(value, unit)


def kpi_target(kpi: Any, c: Sections[Block]) -> str:
    """The KPI's target as people write it: ``≥ 80%``, ``每月 ≥ 20 篇``, ``≤ 24 小時``."""
    if kpi.target is None:
        return c.t("none")
    freq = c.e("frequency", kpi.frequency)
    value = num(kpi.target, kpi.unit)
    kind = kpi.target_kind
    if kind == "growth":
        text = f"{freq} +{num(kpi.target)}%"
    elif kind == "count":
        text = f"{freq} ≥ {value}"
    elif kind == "ceiling":
        text = f"≤ {value}"
    elif kind == "improvement":
        text = f"{c.e('target_kind', kind)} +{num(kpi.target)}%"
    else:
        text = f"{'≤' if kpi.direction == 'down' else '≥'} {value}"
    if kpi.baseline is not None and kind in ("level", "improvement"):
        text += (
            f"（{num(kpi.baseline, kpi.unit)} →）"
            if c.lang != "en"
            else f" (from {num(kpi.baseline, kpi.unit)})"
        )
    return text


def _grouped(
    items: list[Any], group: str, c: Sections[Block], row: Callable[[Any], list[str]]
) -> list[Any]:
    out: list[Any] = []
    kind = None
    for item in items:
        if item.kind != kind:
            kind = item.kind
            out.append(c.e(group, kind))
        out.append(row(item))
    return out


def section_intro(plan: Plan, c: Sections[Block]) -> list[Block]:
    return c.h1("s1") + c.para(plan.introduction or c.t("none"))


def section_goals(plan: Plan, c: Sections[Block]) -> list[Block]:
    out = c.h1("s2") + c.h2("goals")
    rows = []
    for goal in plan.goals:
        kpis = "\n".join(f"{k.code} {k.name}：{kpi_target(k, c)}" for k in goal.kpis)
        rows.append([goal.code, goal.title, goal.description, kpis])
    out += c.table(["code", "goal", "description", "kpis"], [0.6, 2.2, 4.2, 4.0], rows)
    out += c.h2("tasks")
    return out + entity_table(TASKS, plan.tasks, c)


def entity_table(entity: Entity, items: list[Any], c: Any) -> list[Any]:
    """The table of ``items`` with the entity's printed fields as columns (``document_fields``);
    a task's title cell also names the KPIs it serves."""
    fields = printed_fields(entity, items)
    none = c.t("none")
    rows = []
    for item in items:
        cells = [cell_text(f, item, c.lang, none) for f in fields]
        kpis = "、".join(k.code for k in getattr(item, "kpis", ()))
        if kpis and "title" in [f.key for f in fields]:
            cells[[f.key for f in fields].index("title")] += f"\n（{c.t('indicator')}：{kpis}）"
        rows.append(cells)
    return c.table_headed(headers(fields, c.lang), shares(fields), rows)


def section_work(plan: Plan, c: Sections[Block], board_note: bool = True) -> list[Block]:
    out = c.h1("s3") + c.h2("breakdown")
    fields = printed_fields(SUBTASKS, [s for t in plan.tasks for s in t.subtasks])
    rows: list[Any] = []
    for task in plan.tasks:
        rows.append(f"{task.code} {task.title}")
        rows += [[cell_text(f, s, c.lang, c.t("none")) for f in fields] for s in task.subtasks]
    out += c.table_headed(headers(fields, c.lang), shares(fields), rows)
    out += c.h2("timetable")
    if board_note:
        out += c.para(c.t("board_note"))
    if plan.milestones:
        out += entity_table(MILESTONES, list(plan.milestones), c)
    else:
        out += c.para(c.t("no_milestones"))
    out += c.h2("resources")
    rows = []
    for res in plan.resources:
        amount = num(res.amount, res.unit)
        rows.append([c.e("category", res.category), res.item, res.description, amount, res.source])
    out += c.table(
        ["category", "item", "description", "amount", "source"], [1.3, 1.7, 4.0, 1.2, 2.2], rows
    )
    return out


def section_risks(plan: Plan, c: Sections[Block]) -> list[Block]:
    out = c.h1("s4") + c.h2("risk_id")
    rows = []
    for r in plan.risks:
        score = f"{r.score}（{c.e('band', r.band)}）" if r.score is not None else c.t("none")
        rows.append(
            [
                r.code,
                r.title,
                r.category,
                r.impact_text,
                str(r.likelihood or c.t("none")),
                str(r.impact or c.t("none")),
                score,
            ]
        )
    out += c.table(
        ["code", "risk", "category", "impact_text", "likelihood", "impact", "score"],
        [0.6, 2.1, 1.2, 3.4, 1.0, 0.9, 1.4],
        rows,
    )
    out += c.h2("measures")
    rows = []
    for r in plan.risks:
        assurance = r.assurance
        if r.warning_kpi is not None and r.warning_threshold is not None:
            warn = c.t("warning_text").format(
                r.warning_kpi.name,
                r.warning_op or "<",
                num(r.warning_threshold, r.warning_kpi.unit),
            )
            assurance += f"\n{c.t('warning')}：{warn}"
        rows.append([r.code, r.title, r.measure, team(r), rule_text(r, c.lang), assurance])
    out += c.table(
        ["code", "risk", "measure", "owner", "exec_time", "assurance"],
        [0.6, 1.8, 3.0, 1.6, 1.3, 3.0],
        rows,
    )
    return out


def section_monitoring(plan: Plan, c: Sections[Block], kpi_rows: list[list[str]]) -> list[Block]:
    out = c.h1("s5") + c.h2("monitoring")
    rows = _grouped(
        plan.monitoring,
        "monitoring",
        c,
        lambda m: [m.code, m.title, m.description, rule_text(m, c.lang), team(m)],
    )
    out += c.table(
        ["code", "item", "description", "schedule", "owner"], [0.8, 2.2, 4.4, 1.6, 1.8], rows
    )
    out += c.h2("evaluation")
    rows = _grouped(
        plan.evaluation,
        "evaluation",
        c,
        lambda e: [e.code, e.title, e.description, rule_text(e, c.lang)],
    )
    out += c.table(["code", "item", "description", "schedule"], [0.8, 2.2, 6.0, 1.8], rows)
    if kpi_rows:
        out += c.h2("kpi_status")
        out += c.table(
            ["code", "indicator", "target", "latest", "kpi_state"],
            [0.7, 3.6, 2.6, 2.0, 1.4],
            kpi_rows,
        )
    return out


def section_communication(plan: Plan, c: Sections[Block]) -> list[Block]:
    out = c.h1("s6") + c.h2("communication")
    rows = _grouped(
        plan.communication, "communication", c, lambda i: [i.code, i.title, i.description]
    )
    out += c.table(["code", "item", "description"], [0.8, 2.4, 7.6], rows)
    out += c.h2("collaboration")
    rows = _grouped(
        plan.collaboration, "collaboration", c, lambda i: [i.code, i.title, i.description]
    )
    out += c.table(["code", "item", "description"], [0.8, 2.4, 7.6], rows)
    return out


def section_summary(plan: Plan, c: Sections[Block]) -> list[Block]:
    out = c.h1("s7") + c.h2("summary") + c.para(plan.summary or c.t("none"))
    out += c.h2("outlook")
    lines = (plan.outlook or c.t("none")).split("\n")
    out += c.para(lines[0])
    for line in lines[1:]:
        out += c.bullet(line.lstrip("-•· "))
    return out + c.space(6)


def checks_rows(plan: Plan, c: Sections[Block], today: date | None = None) -> list[list[str]]:
    from desktop.models.checks import check_plan

    return [
        [c.e("severity", f.severity), f.where_in(c.lang), f.message(c.lang)]
        for f in check_plan(plan, today=today)
    ]


def section_checks(rows: list[list[str]], c: Sections[Block], title: str) -> list[Block]:
    out = c.heading1(title)
    if not rows:
        return out + c.para(c.t("no_findings"))
    return out + c.table(["severity", "where", "finding"], [1.0, 3.4, 6.0], rows)
