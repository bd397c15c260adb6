"""Undo/redo cases of the plan-intelligence operations (issue 28): a team's weekly load limit,
on a draft and on an approved plan (tracking data)."""

from __future__ import annotations

from desktop.operations import team_load

from .undo_cases import Case

INTEL_CASES = [
    Case(
        team_load.set_weekly_limit,
        "set",
        lambda f: team_load.set_weekly_limit("內容策劃團隊", 3),
        team_load.TABLES,
    ),
    Case(
        team_load.set_weekly_limit,
        "set",
        lambda f: team_load.set_weekly_limit("用戶互動團隊", 1),
        team_load.TABLES,
        approved=True,
    ),
]
