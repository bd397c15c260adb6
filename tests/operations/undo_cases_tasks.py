"""Undo cases of the task editor's operation (issue 26), beside tests/operations/undo_cases.py."""

from __future__ import annotations

from desktop.models import Kpi, Task
from desktop.operations import plan_edits
from tests.operations.undo_cases import Case

TASK_CASES = [
    Case(
        plan_edits.edit_task,
        "every field, budget and KPIs",
        lambda f: plan_edits.edit_task(
            f(Task, "T1"),
            {"title": "改寫", "importance": "高", "budget": "12,000"},
            [f(Kpi, "a1"), f(Kpi, "b1")],
        ),
        plan_edits.TABLES_TASK,
    ),
]
