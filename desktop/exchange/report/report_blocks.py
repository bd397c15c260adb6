"""The progress report's sections as plain blocks (headings, paragraphs, tables), shared by
the PDF (``report_pdf``) and Word (``report_docx``) outputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.exchange.document.document_enums import enum
from desktop.models.report import Report
from desktop.models.report.evaluation import findings, status_word
from desktop.models.report.period import QUARTER, YEAR
from desktop.models.warnings import format_value

from .report_text import rt

MAX_DATES = 4  # overdue dates listed per subtask before "and N more"


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Para:
    text: str
    bullet: bool = False


@dataclass
class Table:
    headers: list[str]
    ratios: list[float]
    rows: list[list[str] | str] = field(default_factory=list)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def number(value: float | None, unit: str = "") -> str:
    return "—" if value is None else format_value(value, unit)


def day(value: date, lang: str) -> str:
    return value.isoformat() if lang == "en" else f"{value.month}月{value.day}日"


def _dates(days: tuple[date, ...], lang: str) -> str:
    shown = "、".join(day(d, lang) for d in days[:MAX_DATES])
    if lang == "en":
        shown = ", ".join(day(d, lang) for d in days[:MAX_DATES])
    rest = len(days) - MAX_DATES
    return shown + (f" {rt('more', lang).format(rest)}" if rest > 0 else "")


def report_blocks(report: Report, lang: str) -> list[Any]:
    """Every section of ``report`` in ``lang``."""

    def t(key: str) -> str:
        return rt(key, lang)

    out: list[Any] = [Heading(1, t("summary"))]
    out.append(
        Para(
            t("completion_line").format(
                due=report.due, done=report.done, rate=percent(report.completion)
            )
        )
    )
    out.append(
        Para(
            t("overdue_line").format(
                count=len(report.overdue), notes=len(report.notes), warnings=len(report.warnings)
            )
        )
    )
    if report.period.kind == QUARTER and report.previous is not None:
        prev = report.previous

        def on_track(r: Report) -> str:
            return str(sum(1 for k in r.kpis if k.status == "on_track"))

        out.append(Heading(2, t("compare")))
        out.append(
            Table(
                [t("figure"), t("this"), t("previous")],
                [3, 2, 2],
                [
                    [t("due"), str(report.due), str(prev.due)],
                    [t("done"), str(report.done), str(prev.done)],
                    [t("rate"), percent(report.completion), percent(prev.completion)],
                    [t("on_track_count"), on_track(report), on_track(prev)],
                ],
            )
        )
    out.append(Heading(1, t("progress")))
    rows: list[list[str] | str] = []
    task = None
    for e in report.entries:
        if e.task_code != task:
            task = e.task_code
            rows.append(f"{e.task_code} {e.task_title}")
        rows.append(
            [
                e.code,
                e.title,
                e.team,
                str(e.due),
                str(e.done),
                percent(e.rate),
                str(len(e.overdue)),
            ]
        )
    out.append(
        Table(
            [t(k) for k in ("code", "subtask", "team", "due", "done", "rate", "overdue_count")],
            [1.1, 3, 2.4, 1, 1, 1.1, 1.4],
            rows,
        )
    )
    out.append(Heading(1, t("overdue")))
    late = [e for e in report.entries if e.overdue]
    if late:
        out.append(
            Table(
                [t(k) for k in ("code", "subtask", "team", "overdue_count", "dates")],
                [1.1, 2.6, 2.2, 1.4, 4],
                [
                    [e.code, e.title, e.team, str(len(e.overdue)), _dates(e.overdue, lang)]
                    for e in late
                ],
            )
        )
    else:
        out.append(Para(t("none")))
    out.append(Heading(1, t("notes")))
    if report.notes:
        out.append(
            Table(
                [t(k) for k in ("date", "code", "team", "problem", "solution")],
                [1.3, 1.1, 1.8, 3.5, 3.5],
                [
                    [day(n.date, lang), e.code, e.team, n.problem, n.solution]
                    for e, n in report.notes
                ],
            )
        )
    else:
        out.append(Para(t("none")))
    out += _kpis(report, lang)
    out += _risks(report, lang)
    out.append(Heading(1, t("milestones")))
    if report.milestones:
        out.append(
            Table(
                [t(k) for k in ("code", "milestone", "date", "state")],
                [1, 4, 2, 2],
                [[m.code, m.title, day(m.date, lang), t(m.state)] for m in report.milestones],
            )
        )
    else:
        out.append(Para(t("none")))
    if report.period.kind == YEAR:
        out.append(Heading(1, t("evaluation")))
        out.append(
            Table(
                [t(k) for k in ("code", "indicator", "kpi", "verdict")],
                [1, 2.5, 5, 1.6],
                [
                    [
                        e.code,
                        e.title,
                        "、".join(f"{k.code} {k.name}" for k in e.kpis),
                        status_word(e.verdict, lang),
                    ]
                    for e in report.evaluation
                ],
            )
        )
        out.append(Para(t("findings")))
        out += [Para(line, bullet=True) for line in findings(report.evaluation, lang).splitlines()]
    return out


def _kpis(report: Report, lang: str) -> list[Any]:
    def t(key: str) -> str:
        return rt(key, lang)

    has_forecast = any(k.forecast for k in report.kpis)
    keys = ["code", "kpi", "target", "actual", "state"] + (["forecast"] if has_forecast else [])
    rows: list[list[str] | str] = []
    for k in report.kpis:
        row = [
            k.code,
            k.name,
            f"{enum('target_kind', k.target_kind, lang)} {number(k.target, k.unit)}",
            number(k.actual, k.unit),
            status_word(k.status, lang),
        ]
        if has_forecast:
            projected = (k.forecast or {}).get("projected")
            row.append(number(projected, k.unit) if projected is not None else "—")
        rows.append(row)
    ratios = [0.8, 3.2, 2, 1.6, 1.2] + ([1.6] if has_forecast else [])
    return [Heading(1, t("kpis")), Table([t(k) for k in keys], ratios, rows)]


def _risks(report: Report, lang: str) -> list[Any]:
    def t(key: str) -> str:
        return rt(key, lang)

    rows: list[list[str] | str] = []
    for r in report.risks:
        changes = "、".join(f"{day(d, lang)} {t(o)}→{t(n)}" for d, o, n in r.status_changes)
        rows.append(
            [
                r.code,
                r.title,
                t(r.status) if r.status in ("open", "mitigating", "closed") else r.status,
                "" if r.score is None else str(r.score),
                "；".join(w.text(lang) for w in r.warnings),
                changes,
            ]
        )
    keys = ("code", "risk", "risk_status", "score", "warnings", "changes")
    return [
        Heading(1, t("risks")),
        Table([t(k) for k in keys], [0.8, 3, 1.2, 0.8, 3.4, 2], rows),
    ]
