"""The entries of a progress report: one per subtask, KPI, risk and milestone (plain data)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..schedule_expand import Occurrence


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class NoteEntry:
    date: date
    problem: str
    solution: str
    done: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "problem": self.problem, "solution": self.solution}


@dataclass(frozen=True)
class TaskEntry:
    """One subtask in the period."""

    code: str
    title: str
    task_code: str
    task_title: str
    team: str
    occurrences: tuple[tuple[Occurrence, bool], ...]
    notes: tuple[NoteEntry, ...]
    overdue: tuple[date, ...]

    @property
    def due(self) -> int:
        return len(self.occurrences)

    @property
    def done(self) -> int:
        return sum(1 for _o, is_done in self.occurrences if is_done)

    @property
    def rate(self) -> float | None:
        return self.done / self.due if self.due else None

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "task": self.task_code,
            "team": self.team,
            "due": self.due,
            "done": self.done,
            "rate": rounded(self.rate),
            "overdue": [d.isoformat() for d in self.overdue],
            "notes": [n.to_json() for n in self.notes],
        }


@dataclass(frozen=True)
class KpiEntry:
    code: str
    name: str
    unit: str
    goal: str
    target_kind: str
    target: float | None
    actual: float | None
    status: str
    months_with_data: int
    forecast: Mapping[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "unit": self.unit,
            "target_kind": self.target_kind,
            "target": rounded(self.target),
            "actual": rounded(self.actual),
            "status": self.status,
            "forecast": dict(self.forecast) if self.forecast else None,
        }


@dataclass(frozen=True)
class RiskEntry:
    code: str
    title: str
    status: str
    review_on: date | None
    score: int | None
    warnings: tuple[Any, ...]  # warnings.EarlyWarning of the period
    status_changes: tuple[tuple[date, str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "status": self.status,
            "review_on": self.review_on.isoformat() if self.review_on else None,
            "score": self.score,
            "warnings": [w.text("en") for w in self.warnings],
            "status_changes": [
                {"date": d.isoformat(), "old": old, "new": new}
                for d, old, new in self.status_changes
            ],
        }


@dataclass(frozen=True)
class MilestoneEntry:
    code: str
    title: str
    date: date
    state: str  # reached, missed, pending, unlinked (no subtask it depends on)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "date": self.date.isoformat(),
            "state": self.state,
        }
