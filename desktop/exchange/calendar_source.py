"""The calendar's records read through the ORM (any workspace, SQLite or PostgreSQL): the
same ``store.calendar_read.CalendarRecords`` that ``read_calendar_file`` reads from a SQLite
file without SQLAlchemy, so both paths write the very same calendar (a test compares them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.store.board_read import read_board
from desktop.store.calendar_read import CalendarRecords, MonitoringRecord

if TYPE_CHECKING:
    from desktop.models import Plan


def calendar_records(session: Any, plan: Plan) -> CalendarRecords:
    """The records of ``plan`` as its ORM objects have them (pending changes included)."""
    board = read_board(session, plan.id)
    if board is None:
        raise LookupError(f"no plan #{plan.id}")
    monitoring = tuple(
        MonitoringRecord(
            m.id,
            m.code,
            m.title,
            m.kind,
            m.description,
            m.schedule or None,
            (m.owner_team.id, m.owner_team.name, m.owner_team.color) if m.owner_team else None,
        )
        for m in plan.monitoring
    )
    return CalendarRecords(
        plan.title,
        plan.year,
        plan.language,
        plan.lineage,
        plan.week_convention,
        tuple(t.name for t in plan.teams),
        {m.code: [(s.code, s.title) for s in m.depends_on] for m in plan.milestones},
        monitoring,
        board,
    )
