"""A generated plan with a subtask for every kind of schedule rule (and its variants)."""

from __future__ import annotations

import copy
from typing import Any

from desktop.models.sample import sample_data
from desktop.models.schedule import ScheduleRule

EVERY_RULE: list[dict[str, Any]] = [
    {"kind": "once", "start": "2027-03-15"},
    {"kind": "once", "start": "2026-12-31"},  # outside the plan year: no occurrence
    {"kind": "range", "start": "2027-01-25", "end": "2027-03-05"},  # split per month
    {"kind": "range", "start": "2026-12-20", "end": "2027-01-10"},  # starts the year before
    {"kind": "daily"},
    {"kind": "daily", "months": [2, 7]},
    {"kind": "weekly"},  # whole weeks, clipped to the month
    {"kind": "weekly", "months": [1, 12]},
    *({"kind": "weekly", "weekday": d} for d in range(7)),
    {"kind": "weekly", "weekday": 4, "months": [3, 10]},
    *({"kind": "monthly_week", "week": w} for w in range(1, 7)),
    {"kind": "monthly_week", "week": 5, "months": [2, 5]},
    {"kind": "monthly_period", "period": "early"},
    {"kind": "monthly_period", "period": "mid"},
    {"kind": "monthly_period", "period": "late"},
    {"kind": "monthly_period", "period": "early", "period_word": "xun"},
    {"kind": "monthly_period", "period": "late", "period_word": "xun", "months": [2]},
    {"kind": "monthly_period", "period": "mid", "months": [4, 6, 9]},
    {"kind": "quarterly"},
    {"kind": "quarterly", "quarter_month": 1},
    {"kind": "quarterly", "quarter_month": 2},
    {"kind": "yearly"},
    {"kind": "yearly", "months": [2]},
]


def every_rule_plan(convention: str = "calendar", year: int = 2027) -> dict[str, Any]:
    """The sample plan whose tasks are replaced by one task with a subtask per rule above;
    the milestones and monitoring items of the sample stay."""
    data = copy.deepcopy(sample_data())
    data["plan"]["year"] = year
    data["plan"]["week_convention"] = convention
    teams = [t["name"] for t in data["teams"]]
    subtasks = []
    for i, rule in enumerate(EVERY_RULE, 1):
        ScheduleRule.from_dict(rule)  # a valid rule
        subtasks.append(
            {
                "code": f"G{i}",
                "title": f"規則 {i}",
                "owner": teams[i % len(teams)],
                "schedule": rule,
                "schedule_text": None,
                "resources": f"資源 {i}",
                "done": [],
            }
        )
    data["tasks"] = [
        {
            "code": "G",
            "title": "每種規則",
            "description": "",
            "importance": "",
            "expected_result": "",
            "kpis": [],
            "subtasks": subtasks,
        }
    ]
    for ms in data["milestones"]:
        ms["depends_on"] = []
    return data
