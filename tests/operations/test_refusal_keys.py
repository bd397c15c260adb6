"""Refusals of the operations are a key and parameters (issue 26): the command line's English
stays as it was, the GUI words the same refusal in its language."""

from __future__ import annotations

from desktop.models.refusal import Invalid, WordedError
from desktop.operations import ConflictError, PlanLocked
from desktop.operations.undo import OperationRefused


def test_a_locked_plan_is_a_key_with_the_status_and_fields_worded_per_language() -> None:
    locked = PlanLocked("計劃", 2, "in_review", ["goal", "risk.likelihood", "task_kpi"])
    assert locked.key == "plan_locked_fields"
    assert str(locked) == (
        "“計劃” revision 2 is in review: its signed content is read-only (only done marks, "
        "KPI actuals and risk status / review dates can change); make a new revision to change "
        "it (refused change to: goal, risk.likelihood, task_kpi)"
    )
    zh = locked.message("zh_TW")
    assert zh.startswith("「計劃」修訂 2 審核中：")
    assert zh.endswith("（拒絕變更：目標、風險／可能性、task_kpi）")
    assert "审核中" in locked.message("zh_CN")
    assert PlanLocked("計劃", 1, "approved").key == "plan_locked"


def test_every_operation_refusal_carries_a_key() -> None:
    cases = {
        "code_used": Invalid("code", "code_used", value="R1"),
        "plan_locked": PlanLocked("P", 1, "approved"),
        "conflict": ConflictError("subtask #3 was changed by someone else"),
        "passed_on": LookupError("no plan #9"),
        "same_year": WordedError(Invalid("year", "same_year", year=2027)),
    }
    for key, error in cases.items():
        refusal = OperationRefused.of(error)
        assert refusal.key == key and not refusal.handled
        assert str(refusal) == str(error)
        assert refusal.message("zh_TW")
    conflict = OperationRefused.of(cases["conflict"])
    assert conflict.message("en") == "subtask #3 was changed by someone else"
    assert conflict.message("zh_TW").startswith("有人同時修改了這個計劃")
