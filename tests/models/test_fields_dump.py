"""The dump driven by the field tables (issue 26): every key of every item comes from its
entity's fields, a task's budget (content version 2) goes out through ``plandesk dump`` and
back through ``deserialize.load_plan``, and ``content_in_version`` takes the content back to
version 1 only while the budget is empty."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.models import Plan, Task
from desktop.models.deserialize import load_plan
from desktop.models.fields import BY_KEY, CONTENT_VERSION, ENTITIES, TASKS
from desktop.models.fields.versions import content_from_version, content_in_version
from desktop.models.sample import sample_data
from desktop.models.serialize import (
    SECTIONS,
    TRACKING_KEYS,
    canonical_json,
    content_dump,
    dump_plan,
    strip_tracking,
)
from desktop.operations import run_change
from desktop.operations.edits import update_item
from desktop.store import open_workspace


def _plan(session) -> Plan:
    return session.scalars(select(Plan)).one()


def _set_budgets(ws, uuid: str, budgets: dict[str, float | None]) -> None:
    """Type budgets into tasks as the task editor does: one undoable change each."""
    with ws.session() as session:
        ids = {t.code: t.id for t in session.scalars(select(Task))}
    for code, value in budgets.items():
        run_change(
            ws,
            uuid,
            f"Edit task {code}",
            update_item(Task, ids[code], {"budget": value}),
            tables=("task",),
        )


def test_every_dump_key_is_a_field_of_its_entity(sample_ws):
    ws, uuid = sample_ws
    _set_budgets(ws, uuid, {"T1": 1500.5})
    with ws.session() as session:
        data = dump_plan(_plan(session))
    assert set(data["plan"]) == {f.key for f in BY_KEY["plan"] if f.in_dump}
    checked = set()
    for entity in ENTITIES:
        if len(entity.path) < 1 or entity.path[0] not in SECTIONS:
            continue
        level = [data]
        for key in entity.path:
            level = [child for node in level for child in node[key]]
        if not level:  # the sample has no KPI actuals
            continue
        checked.add(entity.key)
        dumped = {f.key for f in entity if f.in_dump}
        optional = {"notes"}  # occurrence notes are written only when a subtask has some
        for item in level:
            assert dumped - optional <= set(item) <= dumped, (entity.key, set(item) ^ dumped)
    assert {"teams", "goals", "kpis", "tasks", "subtasks", "risks", "monitoring"} <= checked
    assert [t["budget"] for t in data["tasks"]][:2] == [1500.5, None]


def test_tracking_keys_are_the_fields_not_signed():
    assert TRACKING_KEYS == {
        "kpis": ("actuals",),
        "subtasks": ("done", "notes"),
        "risks": ("status", "review_on"),
    }
    assert all(f.signed for f in TASKS) and TASKS["budget"].since == CONTENT_VERSION == 2


def test_budget_goes_through_the_dump_and_back(cli, tmp_path):
    db = tmp_path / "plan.sqlite"
    uuid = cli("sample", "--db", str(db)).stdout.strip()
    with open_workspace(db) as ws:
        _set_budgets(ws, uuid, {"T1": 12000.0, "T2": 1234.56})
    dumped = cli("dump", "--db", str(db))
    assert dumped.returncode == 0, dumped.stderr
    data = json.loads(dumped.stdout)
    assert [t["budget"] for t in data["tasks"]] == [12000.0, 1234.56, None, None, None]
    content = json.loads(cli("dump", "--db", str(db), "--content").stdout)
    assert content["tasks"][1]["budget"] == 1234.56  # signed content, not tracking

    other = tmp_path / "other.sqlite"
    with open_workspace(other) as ws2:
        with ws2.write() as session:
            load_plan(session, data)
        with ws2.session() as session:
            assert canonical_json(dump_plan(_plan(session))) == dumped.stdout
            assert [t.budget for t in _plan(session).tasks][:2] == [12000.0, 1234.56]


def test_a_dump_from_before_budgets_loads_with_none(ws):
    """A dump written in content version 1 (no budget key at all) loads, budgets empty, and
    dumps again with ``"budget": null``: only that key differs."""
    old = content_in_version(sample_data(), 1)
    assert old is not None and all("budget" not in t for t in old["tasks"])
    with ws.write() as session:
        plan = load_plan(session, old, fresh_identity=True)
        again = dump_plan(plan)
    assert [t["budget"] for t in again["tasks"]] == [None] * len(again["tasks"])
    back = content_in_version(again, 1)
    assert back is not None and all("budget" not in t for t in back["tasks"])
    assert [t["code"] for t in back["tasks"]] == [t["code"] for t in old["tasks"]]
    assert content_from_version(back, 1) == again


def test_content_in_version_of_the_sample(sample_ws):
    ws, uuid = sample_ws
    with ws.session() as session:
        content = content_dump(_plan(session))
    older = content_in_version(content, 1)
    assert older is not None
    assert all("budget" not in t for t in older["tasks"])
    assert content_in_version(content, CONTENT_VERSION) is content
    assert content_from_version(older, 1) == content
    assert all("budget" in t for t in content["tasks"])  # not changed in place
    _set_budgets(ws, uuid, {"T3": 0.0})  # zero is an amount: it is content
    with ws.session() as session:
        assert content_in_version(content_dump(_plan(session)), 1) is None


BUDGETS = st.lists(
    st.one_of(st.none(), st.floats(min_value=0, max_value=1e10, allow_nan=False)),
    min_size=1,
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(budgets=BUDGETS)
def test_content_in_version_drops_empty_budgets_only(budgets):
    """Version 1 has no budget: empty budgets are left out, and any filled one means the
    content cannot be written in version 1. Taken back and brought forward again, content
    with empty budgets is unchanged; tracking data never matters."""
    base = strip_tracking(sample_data())
    task = base["tasks"][0]
    content = dict(base, tasks=[dict(task, code=f"T{i}", budget=b) for i, b in enumerate(budgets)])
    older = content_in_version(content, 1)
    if any(b is not None for b in budgets):
        assert older is None
    else:
        assert older is not None
        assert all("budget" not in t for t in older["tasks"])
        assert content_from_version(older, 1) == content
    assert content_in_version(content, 2) == content
    assert [t["budget"] for t in content["tasks"]] == budgets  # never changed in place
