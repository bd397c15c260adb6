"""What the task board shows of one plan, as plain records (no ORM objects, no Qt, no SQL).

``store.board_read`` fills them (from any workspace session, or a SQLite file read with the
stdlib alone); ``render.board_geometry.board_rows_from`` turns them into board rows for the
screen, the printer and the exports. They live here so that both depend on them downward.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.models.schedule import WeekConvention


@dataclass(frozen=True)
class ItemRecord:
    """A subtask (``task_id`` set) or a milestone (``task_id`` None) as the board shows it."""

    id: int
    task_id: int | None
    code: str
    title: str
    team_id: int | None
    schedule: dict[str, Any] | None
    resources: str = ""
    done: frozenset[date] = frozenset()


@dataclass(frozen=True)
class BoardRecords:
    """Everything the board of one plan shows, in display order within each list."""

    plan_id: int
    year: int
    convention: WeekConvention
    teams: dict[int, tuple[int, str, str]]  # id -> (id, name, colour)
    tasks: list[tuple[int, str, str]]  # (id, code, title)
    subtasks: list[ItemRecord]
    milestones: list[ItemRecord] = field(default_factory=list)
    # issue 29: occurrences with a note (subtask id, start); the plan's report weeks
    notes: frozenset[tuple[int, date]] = frozenset()
    report_spans: tuple[tuple[str, date, date], ...] = ()
