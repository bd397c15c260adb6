"""The operations check every value against the field table, whoever calls them: a caller
that skips the screens' validation still cannot store an out-of-range number, an over-long
or control-character text; nothing is written and the refusal names the field."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import Base, KpiActual, OccurrenceNote, Risk, Subtask, Task
from desktop.models.fields import ENTITIES, RISKS, TASKS, Entity, Field
from desktop.models.serialize import canonical_json, dump_plan
from desktop.models.validate import TEXT_LIMIT, Invalid
from desktop.operations import find_plan, run_change
from desktop.operations.edits import add_item, update_item
from desktop.operations.plan_edits import update_fields

CHECKED_KINDS = ("int", "month", "float", "money", "text", "code")


def model_of(entity: Entity) -> type:
    return next(m.class_ for m in Base.registry.mappers if m.local_table.name == entity.table)


def limit_of(entity: Entity, f: Field) -> int:
    length = getattr(Base.metadata.tables[entity.table].c[f.attribute].type, "length", None)
    return int(length) if length else TEXT_LIMIT


def bad_values(entity: Entity, f: Field) -> list[object]:
    """Values the field's row in the table refuses."""
    if f.kind in ("int", "month"):
        return ["abc", 2.5] + ([int(f.high) + 1] if f.high is not None else [])
    if f.kind in ("float", "money"):
        bad: list[object] = ["abc", float("inf")]
        if f.low is not None:
            bad.append(f.low - 1)
        if f.high is not None:
            bad.append(f.high * 10 + 1)
        return bad
    return ["x" * (limit_of(entity, f) + 1), "a\x07b"]


CASES = [
    pytest.param(entity, f, value, id=f"{entity.key}.{f.key}={str(value)[:8]!r}")
    for entity in ENTITIES
    for f in entity.fields
    if f.in_dump and f.kind in CHECKED_KINDS
    for value in bad_values(entity, f)
]


def dump(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(find_plan(session, uuid)))


def first_row(ws, uuid, entity: Entity) -> int:
    """The id of a row of ``entity`` in the sample plan (an actual and a note added first)."""
    model = model_of(entity)
    with ws.write() as session:
        plan = find_plan(session, uuid)
        kpi = plan.goals[0].kpis[0]
        if model is KpiActual and not kpi.actuals:
            session.add(KpiActual(kpi_id=kpi.id, month=3, value=80.0))
        if model is OccurrenceNote:
            sub = session.scalars(select(Subtask).where(Subtask.plan_id == plan.id)).first()
            session.add(OccurrenceNote(subtask_id=sub.id, start=date(2027, 1, 1), problem="p"))
    with ws.session() as session:
        plan = find_plan(session, uuid)
        if model.__tablename__ == "plan":
            return plan.id
        if hasattr(model, "plan_id"):
            stmt = select(model.id).where(model.plan_id == plan.id)
        elif model is KpiActual:
            stmt = select(KpiActual.id)
        else:
            stmt = select(OccurrenceNote.id)
        return session.scalars(stmt.order_by(model.id)).first()


def test_cases_cover_every_entity_and_kind():
    covered = {(c.values[0].key, c.values[1].kind) for c in CASES}
    assert {e for e, _k in covered} == {e.key for e in ENTITIES}
    assert {k for _e, k in covered} == set(CHECKED_KINDS)
    assert ("tasks", "money") in covered


@pytest.mark.parametrize(("entity", "f", "value"), CASES)
def test_update_refuses_a_bad_value_through_the_table(sample_ws, entity, f, value):
    ws, uuid = sample_ws
    item_id = first_row(ws, uuid, entity)
    before = dump(ws, uuid)
    apply = update_item(model_of(entity), item_id, {f.attribute: value})
    with pytest.raises(Invalid) as refused:
        run_change(ws, uuid, "edit", apply)
    assert refused.value.field == f"{entity.key}.{f.key}"
    assert f.label("zh_TW") in refused.value.message("zh_TW")
    assert dump(ws, uuid) == before


def test_a_negative_budget_and_a_likelihood_of_9_are_refused(sample_ws):
    ws, uuid = sample_ws
    task, risk = first_row(ws, uuid, TASKS), first_row(ws, uuid, RISKS)
    before = dump(ws, uuid)
    with pytest.raises(Invalid, match="Budget"):
        run_change(ws, uuid, "edit", update_item(Task, task, {"budget": -1}))
    with pytest.raises(Invalid, match="Likelihood: 9 is not a whole number 1–5"):
        run_change(ws, uuid, "edit", update_item(Risk, risk, {"likelihood": 9}))
    with pytest.raises(Invalid, match="Impact: 0 is not a whole number 1–5"):
        run_change(ws, uuid, "edit", update_fields(Risk, risk, {"impact": "0"}))
    with pytest.raises(Invalid, match="Risk: must not be empty"):
        run_change(ws, uuid, "add", add_item(Risk, {"code": "R9", "title": "  "}))
    assert dump(ws, uuid) == before


def test_typed_text_is_parsed_by_the_table(sample_ws):
    ws, uuid = sample_ws
    task = first_row(ws, uuid, TASKS)
    values = {"budget": "HK$12,000.5", "title": "  新標題 ", "importance": "甲\n乙"}
    run_change(ws, uuid, "edit", update_fields(Task, task, values))
    with ws.session() as session:
        row = session.get(Task, task)
        assert (row.budget, row.title, row.importance) == (12000.5, "新標題", "甲\n乙")
    run_change(ws, uuid, "clear", update_item(Task, task, {"budget": ""}))
    with ws.session() as session:
        assert session.get(Task, task).budget is None


def test_references_pass_as_ids_and_a_title_must_be_one_line(sample_ws):
    ws, uuid = sample_ws
    with ws.session() as session:
        plan = find_plan(session, uuid)
        sub, team = plan.tasks[0].subtasks[0].id, plan.teams[-1].id
    run_change(ws, uuid, "owner", update_item(Subtask, sub, {"owner_team_id": team}))
    with ws.session() as session:
        assert session.get(Subtask, sub).owner_team_id == team
    with pytest.raises(Invalid, match="single line"):
        run_change(ws, uuid, "edit", update_item(Subtask, sub, {"title": "a\nb"}))
