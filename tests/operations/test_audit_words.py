"""The history's words come from the field tables: every field of every entity and every plan
table has words in the three languages, the plan's role words are its fields' words, and a
budget change reads as people write amounts, undone as "已撤銷：…"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Task
from desktop.models.fields import ENTITIES, PLAN, ROLE_KEYS, TASKS
from desktop.models.validate_messages import FIELD_NAMES
from desktop.operations import find_plan, replay_change, run_change
from desktop.operations.audit_text import (
    TABLE_WORDS,
    audit_names,
    describe_event,
    field_label,
)
from desktop.operations.audit_words import ROLES, role_word
from desktop.operations.changes import PLAN_TABLES
from desktop.operations.plan_edits import update_fields

LANGS = ("zh_TW", "zh_CN", "en")


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.key)
def test_every_field_of_every_entity_has_its_words(entity):
    assert TABLE_WORDS[entity.table] == entity.words
    for f in entity.fields:
        for lang, label in zip(LANGS, (f.zh_TW, f.zh_CN, f.words[2]), strict=True):
            words = field_label(entity.table, f.attribute, lang)
            assert words.strip() and "_" not in words, (entity.key, f.key, lang)
            if not f.attribute.endswith("_id"):
                assert words == label


def test_every_plan_table_has_words_and_the_roles_are_the_plans_fields():
    for table in PLAN_TABLES:
        assert all(TABLE_WORDS[table]), table
    for key in ROLE_KEYS:
        assert ROLES[key] == PLAN[key].words
        assert FIELD_NAMES[key] == {"zh_TW": PLAN[key].zh_TW, "zh_CN": PLAN[key].zh_CN}
    assert role_word("approver", "zh_CN") == "批准人" and role_word("reviewer", "en") == "reviewer"
    assert TASKS["budget"].words == ("預算", "预算", "budget")


def lines(ws, uuid, lang):
    with ws.session() as session:
        names = audit_names(session, find_plan(session, uuid).id)
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.plan_uuid == uuid).order_by(AuditEvent.id)
        )
        return [describe_event(e, lang, names) for e in events]


def test_a_budget_change_in_the_history_and_its_undo(sample_ws):
    ws, uuid = sample_ws
    with ws.session() as session:
        task = session.scalars(select(Task).where(Task.code == "T1")).first()
        task_id, title = task.id, task.title
    action = "Edit task T1"
    run_change(ws, uuid, action, update_fields(Task, task_id, {"budget": "12,000"}))
    second = run_change(ws, uuid, action, update_fields(Task, task_id, {"budget": 1234.5}))
    replay_change(ws, second.changes, undo=True)
    zh, cn, en = (lines(ws, uuid, lang) for lang in LANGS)
    assert zh[0].changes == f"T1 {title}：預算 （空） → HK$12,000"
    assert cn[0].changes == f"T1 {title}：预算 （空） → HK$12,000"
    assert en[0].changes == f"T1 {title}: budget (empty) → HK$12,000"
    assert zh[1].changes == f"T1 {title}：預算 HK$12,000 → HK$1,234.50"
    assert zh[2].action == "已撤銷：Edit task T1" and en[2].action == "undone: Edit task T1"
    assert zh[2].changes == f"T1 {title}：預算 HK$1,234.50 → HK$12,000"
