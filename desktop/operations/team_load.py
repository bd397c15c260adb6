"""Set a team's weekly load limit (``team.weekly_limit``): tracking data, so it may change in a
plan in review or approved too (``operations/tracking.py``); undoable like every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import Plan

TABLES = ("team",)
MAX_LIMIT = 999


def set_weekly_limit(team: str, limit: int | None) -> Callable[[Session, Plan], Any]:
    """``apply`` setting ``team``'s limit (None or 0: no limit); ValueError for a bad number."""
    if limit is not None and not 0 <= limit <= MAX_LIMIT:
        raise ValueError(f"weekly limit of {team}: {limit} is not between 0 and {MAX_LIMIT}")
    value = limit or None

    def apply(_session: Session, plan: Plan) -> None:
        row = next((t for t in plan.teams if t.name == team), None)
        if row is None:
            raise LookupError(f"no owner team {team!r} in this plan")
        row.weekly_limit = value

    return apply
