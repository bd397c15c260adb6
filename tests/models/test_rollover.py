"""Next year's plan as a transform of the dump: dates moved, tracking data and approvals gone."""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

import pytest

from desktop.models.rollover import rollover_data, shift_date, shift_text
from desktop.models.sample import sample_data
from desktop.models.schedule import ScheduleRule
from desktop.models.schedule_parse import parse_rule
from tests.exchange.rule_plans import every_rule_plan


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    return []


def old_year_dates(data: dict[str, Any], year: int) -> list[str]:
    """Every written date of ``year`` in any string value of the dump."""
    pattern = re.compile(rf"(?<!\d){year}(?:-\d{{2}}-\d{{2}}|/\d{{1,2}}/\d{{1,2}}|\s*年)")
    return [s for s in strings(data) if pattern.search(s)]


def kind(schedule: str | dict[str, Any]) -> str:
    rule = parse_rule(schedule) if isinstance(schedule, str) else ScheduleRule.from_dict(schedule)
    return rule.kind.value


def tracked_sample() -> dict[str, Any]:
    """The sample with a year's tracking data, approvals and dates in rules and texts."""
    data = copy.deepcopy(sample_data())
    head = data["plan"]
    head.update(
        compiler="王編制",
        reviewer="李審核",
        approver="張批準",
        compiled_on="2027-01-05",
        introduction=head["introduction"] + "啟動會議於2027年1月8日、2027-02-01召開。",
    )
    kpis = {k["code"]: k for g in data["goals"] for k in g["kpis"]}
    for code, values in (
        ("a1", [60, 70, 75]),
        ("b1", [1000, 1200]),
        ("d1", [18, 22]),
        ("d2", [3.0, 3.4]),
    ):
        kpis[code]["actuals"] = [
            {"month": m, "value": v, "source": "後台", "note": f"2027-0{m}"}
            for m, v in enumerate(values, 1)
        ]
    kpis["a1"]["baseline"] = 50.0
    subs = [s for t in data["tasks"] for s in t["subtasks"]]
    subs[0]["done"] = ["2027-01-01", "2027-02-01"]
    subs[1]["schedule"] = {"kind": "once", "start": "2027-06-15"}
    subs[2]["schedule"] = {"kind": "range", "start": "2027-11-20", "end": "2028-01-10"}
    data["risks"][0].update(status="mitigating", review_on="2027-06-30")
    data["risks"][1].update(status="closed", review_on="2027-12-31")
    return data


def test_tracking_approvals_and_dates():
    old = tracked_sample()
    new = rollover_data(old, 2028)
    head = new["plan"]
    assert head["year"] == 2028 and head["revision"] == 1
    assert [head[k] for k in ("compiler", "reviewer", "approver", "compiled_on")] == [
        "",
        "",
        "",
        None,
    ]
    assert old_year_dates(old, 2027) and not old_year_dates(new, 2027)
    assert "啟動會議於2028年1月8日、2028-02-01召開" in head["introduction"]
    kpis = {k["code"]: k for g in new["goals"] for k in g["kpis"]}
    assert all(k["actuals"] == [] for k in kpis.values())
    assert kpis["a1"]["baseline"] == 75.0  # level: from this year's last actual
    assert kpis["b1"]["baseline"] == 1200.0  # growth
    assert kpis["d2"]["baseline"] == 3.4  # improvement
    assert kpis["d1"]["baseline"] is None  # count: no baseline
    assert [k["target"] for k in kpis.values()] == [
        k["target"] for g in old["goals"] for k in g["kpis"]
    ]
    subs = [s for t in new["tasks"] for s in t["subtasks"]]
    assert all(s["done"] == [] for s in subs)
    assert subs[1]["schedule"] == {"kind": "once", "start": "2028-06-15"}
    assert subs[2]["schedule"] == {"kind": "range", "start": "2028-11-20", "end": "2029-01-10"}
    old_kinds = [kind(s["schedule"]) for t in old["tasks"] for s in t["subtasks"]]
    assert [kind(s["schedule"]) for s in subs] == old_kinds
    assert [r["status"] for r in new["risks"]] == ["open"] * len(new["risks"])
    assert [r["review_on"] for r in new["risks"][:2]] == ["2028-06-30", "2028-12-31"]
    assert new["teams"] == old["teams"] and new["communication"] == old["communication"]
    assert old["plan"]["compiler"] == "王編制"  # the input is not changed


def test_every_rule_kind_is_kept_and_moved():
    old = every_rule_plan()
    new = rollover_data(old, 2029)
    assert not old_year_dates(new, 2027)
    rules = [s["schedule"] for t in new["tasks"] for s in t["subtasks"]]
    olds = [s["schedule"] for t in old["tasks"] for s in t["subtasks"]]
    assert [r["kind"] for r in rules] == [r["kind"] for r in olds]
    for before, after in zip(olds, rules, strict=True):
        rest = {k: v for k, v in before.items() if k not in ("start", "end")}
        assert {k: v for k, v in after.items() if k not in ("start", "end")} == rest
        for key in ("start", "end"):
            if key in before:
                assert date.fromisoformat(after[key]) == shift_date(
                    date.fromisoformat(before[key]), 2
                )


def test_leap_day_title_and_refusals():
    assert shift_date(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert (
        shift_text("2028年2月29日、2028/02/29、2028-02-29", 2028, 1)
        == "2029年2月28日、2029/02/28、2029-02-28"
    )
    data = copy.deepcopy(sample_data())
    data["plan"]["title"] = "2027年度社交媒體計劃（2027）"
    assert rollover_data(data, 2028)["plan"]["title"] == "2028年度社交媒體計劃（2028）"
    with pytest.raises(ValueError, match="already for 2027"):
        rollover_data(data, 2027)
    with pytest.raises(ValueError, match="outside"):
        rollover_data(data, 3000)
