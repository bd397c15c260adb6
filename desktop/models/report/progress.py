"""Build the progress report of one period from an ORM ``Plan`` (pure: no Qt, no storage).

Per subtask (one entry each, grouped by task and owner team): the occurrences due in the
period (an occurrence is due in the month it lies in; occurrences never cross a month), how
many are marked done, those overdue (ended before ``today`` and not done) and the notes of the
period's occurrences. Then the KPIs (``kpi_math`` period figures: actual against target), the
risks with their status and the early warnings of the period (``warnings``), the milestones
reached or missed, for a quarter the previous quarter, and for the year the evaluation of the
plan's evaluation measures (``evaluation.py``). ``completion`` = done / due over all entries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..kpi_math import KpiSpec, kpi_series
from ..schedule import WeekConvention
from ..schedule_expand import expand
from ..serialize import content_sha256
from ..warnings import early_warnings
from .entries import (
    KpiEntry,
    MilestoneEntry,
    NoteEntry,
    RiskEntry,
    TaskEntry,
    rounded,
)
from .period import QUARTER, YEAR, Period


def _forecasts(plan: Any) -> dict[str, Mapping[str, Any]]:
    """Each KPI's year-end forecast (``plandesk forecast``), where the actuals allow one."""
    from desktop.models.forecast import plan_forecasts

    return {
        f.code: f.as_json() for f in plan_forecasts(plan, path=False) if f.projected is not None
    }


@dataclass
class Report:
    plan: dict[str, Any]
    period: Period
    today: date
    entries: list[TaskEntry]
    kpis: list[KpiEntry]
    risks: list[RiskEntry]
    milestones: list[MilestoneEntry]
    previous: Report | None = None
    evaluation: list[Any] = field(default_factory=list)  # evaluation.Evaluation (the year)

    @property
    def due(self) -> int:
        return sum(e.due for e in self.entries)

    @property
    def done(self) -> int:
        return sum(e.done for e in self.entries)

    @property
    def completion(self) -> float | None:
        return self.done / self.due if self.due else None

    @property
    def overdue(self) -> list[tuple[TaskEntry, date]]:
        return [(e, d) for e in self.entries for d in e.overdue]

    @property
    def notes(self) -> list[tuple[TaskEntry, NoteEntry]]:
        return [(e, n) for e in self.entries for n in e.notes]

    @property
    def warnings(self) -> list[Any]:
        return [w for r in self.risks for w in r.warnings]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "plan": self.plan,
            "period": self.period.key,
            "kind": self.period.kind,
            "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(),
            "as_of": self.today.isoformat(),
            "due": self.due,
            "done": self.done,
            "completion": rounded(self.completion),
            "tasks": [e.to_json() for e in self.entries],
            "overdue": [{"code": e.code, "date": d.isoformat()} for e, d in self.overdue],
            "kpis": [k.to_json() for k in self.kpis],
            "risks": [r.to_json() for r in self.risks],
            "milestones": [m.to_json() for m in self.milestones],
        }
        if self.period.kind == QUARTER:
            prev = self.previous
            out["previous"] = None if prev is None else prev.summary()
        if self.period.kind == YEAR:
            out["evaluation"] = [e.to_json() for e in self.evaluation]
        return out

    def summary(self) -> dict[str, Any]:
        """The figures a quarter is compared on: completion and each KPI's actual."""
        return {
            "period": self.period.key,
            "due": self.due,
            "done": self.done,
            "completion": rounded(self.completion),
            "kpis": {k.code: {"actual": rounded(k.actual), "status": k.status} for k in self.kpis},
        }


def _team(item: Any) -> str:
    return item.owner_team.name if item.owner_team is not None else ""


def _entries(plan: Any, period: Period, today: date) -> list[TaskEntry]:
    convention = WeekConvention(plan.week_convention)
    months = set(period.months)
    out = []
    for task in plan.tasks:
        for sub in task.subtasks:
            rule = sub.rule
            occurrences = [
                o
                for o in (expand(rule, plan.year, convention) if rule else ())
                if o.month in months
            ]
            done = sub.done_starts()
            starts = {o.start: o for o in occurrences}
            notes = tuple(
                NoteEntry(n.start, n.problem, n.solution, n.start in done)
                for n in sub.notes
                if n.start in starts
            )
            out.append(
                TaskEntry(
                    sub.code,
                    sub.title,
                    task.code,
                    task.title,
                    _team(sub),
                    tuple((o, o.start in done) for o in occurrences),
                    notes,
                    tuple(o.start for o in occurrences if o.start not in done and o.end < today),
                )
            )
    return out


def _kpis(plan: Any, period: Period) -> list[KpiEntry]:
    forecasts = _forecasts(plan)
    out = []
    for goal in plan.goals:
        for kpi in goal.kpis:
            spec = KpiSpec.from_kpi(kpi)
            series = kpi_series(spec)
            figure = series.period(period.months)
            out.append(
                KpiEntry(
                    kpi.code,
                    kpi.name,
                    spec.unit,
                    goal.code,
                    spec.target_kind,
                    figure.target if figure.target is not None else _target(series, period),
                    figure.actual,
                    figure.status,
                    figure.months_with_data,
                    forecasts.get(kpi.code),
                )
            )
    return out


def _target(series: Any, period: Period) -> float | None:
    """The period's target where no month has an actual yet (as ``KpiSeries.period`` sums,
    takes the last or averages the monthly targets)."""
    targets = [series.point(m).target for m in period.months]
    known = [t for t in targets if t is not None]
    if not known:
        return None
    kind = series.spec.target_kind
    if kind == "count":
        return sum(known)
    if kind in ("level", "improvement"):
        return known[-1]
    return sum(known) / len(known)


def _risks(
    plan: Any, period: Period, changes: Sequence[tuple[date, str, str, str]]
) -> list[RiskEntry]:
    months = set(period.months)
    warnings: dict[str, list[Any]] = {}
    for w in early_warnings(plan):
        if w.month in months:
            warnings.setdefault(w.risk_code, []).append(w)
    out = []
    for risk in sorted(plan.risks, key=lambda r: (r.position, r.code)):
        score = (
            risk.likelihood * risk.impact
            if risk.likelihood is not None and risk.impact is not None
            else None
        )
        moved = tuple(
            (d, old, new)
            for d, code, old, new in changes
            if code == risk.code and period.start <= d <= period.end
        )
        out.append(
            RiskEntry(
                risk.code,
                risk.title,
                risk.status,
                risk.review_on,
                score,
                tuple(warnings.get(risk.code, ())),
                moved,
            )
        )
    return out


def _milestones(plan: Any, period: Period, today: date) -> list[MilestoneEntry]:
    convention = WeekConvention(plan.week_convention)
    months = set(period.months)
    out = []
    for ms in plan.milestones:
        rule = ms.rule
        for occ in expand(rule, plan.year, convention) if rule else ():
            if occ.month not in months:
                continue
            deps = [
                (o, sub.done_starts())
                for sub in ms.depends_on
                if sub.rule is not None
                for o in expand(sub.rule, plan.year, convention)
                if o.month == occ.month
            ]
            if not ms.depends_on:
                state = "unlinked"
            elif all(o.start in done for o, done in deps):
                state = "reached"
            else:
                state = "missed" if occ.end < today else "pending"
            out.append(MilestoneEntry(ms.code, ms.title, occ.end, state))
    return out


def plan_header(plan: Any, *, fingerprint: bool = False) -> dict[str, Any]:
    """The plan as the report names it; ``fingerprint``: also the content hash's first 12
    hex digits (the printed footer; it dumps the whole plan, so only when printing)."""
    head = {
        "uuid": plan.uuid,
        "title": plan.title,
        "year": plan.year,
        "revision": plan.revision,
        "status": plan.status,
        "organisation": plan.organisation,
        "compiler": plan.compiler,
        "reviewer": plan.reviewer,
        "language": plan.language,
    }
    if fingerprint:
        head["fingerprint"] = content_sha256(plan)[:12]
    return head


def build_report(
    plan: Any,
    period: Period,
    today: date | None = None,
    *,
    risk_changes: Sequence[tuple[date, str, str, str]] = (),
    compare: bool = True,
    fingerprint: bool = False,
) -> Report:
    """The report of ``plan`` for ``period`` as of ``today`` (default: the real today).

    ``risk_changes`` are (date, risk code, old status, new status), from the audit trail;
    ``fingerprint`` adds the content hash for a printed report's footer.
    """
    today = today or date.today()
    report = Report(
        plan_header(plan, fingerprint=fingerprint),
        period,
        today,
        _entries(plan, period, today),
        _kpis(plan, period),
        _risks(plan, period, risk_changes),
        _milestones(plan, period, today),
    )
    previous = period.previous() if compare else None
    if period.kind == QUARTER and previous is not None:
        report.previous = build_report(plan, previous, today, compare=False)
    if period.kind == YEAR:
        from .evaluation import evaluate

        report.evaluation = evaluate(plan, report.kpis)
    return report
