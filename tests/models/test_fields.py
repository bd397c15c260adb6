"""The field tables: every row names a real column, labels in three languages, sane versions;
``parse_field`` refuses what a column could not hold; ``content_in_version`` leaves out empty
later fields and refuses filled ones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import desktop.models  # noqa: F401 - every mapped table known
from desktop.models.base import Base
from desktop.models.fields import (
    CONTENT_VERSION,
    ENTITIES,
    FIRST_CONTENT_VERSION,
    RISKS,
    TASKS,
    entity,
)
from desktop.models.fields.parse import money_text, parse_field
from desktop.models.fields.versions import content_in_version
from desktop.models.validate import Invalid

STORED = {"items", "derived", "codes"}  # relationships or text written for reading


@pytest.mark.parametrize("ent", ENTITIES, ids=lambda e: e.key)
def test_every_stored_field_is_a_column_of_its_table(ent):
    table = Base.metadata.tables[ent.table]
    for f in ent.fields:
        if f.kind in STORED or not f.in_dump:
            continue
        assert f.attribute in table.c, f"{ent.key}.{f.key}: no column {f.attribute}"


@pytest.mark.parametrize("ent", ENTITIES, ids=lambda e: e.key)
def test_labels_words_and_versions(ent):
    assert all(ent.label(lang) for lang in ("zh_TW", "zh_CN", "en"))
    for f in ent.fields:
        assert f.zh_TW and f.zh_CN and f.en, f.key
        assert all(f.words), f.key
        assert FIRST_CONTENT_VERSION <= f.since <= CONTENT_VERSION, f.key
    assert ent is entity(ent.key) is entity(ent.table)


def test_the_current_content_version_is_the_newest_field_s():
    assert max(f.since for e in ENTITIES for f in e.fields) == CONTENT_VERSION


def test_task_field_order_matches_the_workbook_and_print_columns():
    assert "budget" in [f.key for f in TASKS.workbook()]
    assert TASKS["budget"].signed and TASKS["budget"].since == 2
    assert [f.key for f in TASKS.printed()][:2] == ["code", "title"]


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("12,000", 12000.0), ("HK$1,234.567", 1234.57), (" 0 ", 0.0), ("", None), (None, None)],
)
def test_money_parses_what_people_type(raw, stored):
    assert parse_field(TASKS, "budget", raw) == stored


@pytest.mark.parametrize("raw", ["-5", "abc", "1e11", "nan"])
def test_money_refuses_and_names_the_field_in_every_language(raw):
    with pytest.raises(Invalid) as caught:
        parse_field(TASKS, "budget", raw)
    assert caught.value.message("zh_TW").startswith("預算")
    assert caught.value.message("zh_CN").startswith("预算")
    assert caught.value.message("en").startswith("Budget")


def test_money_text():
    assert money_text(12000.0) == "HK$12,000"
    assert money_text(1234.5) == "HK$1,234.50"
    assert money_text(None) == ""


def test_scores_and_text_limits_come_from_the_table_and_the_column():
    assert parse_field(RISKS, "likelihood", "3") == 3
    assert parse_field(RISKS, "likelihood", "") is None
    with pytest.raises(Invalid):
        parse_field(RISKS, "likelihood", "6")
    with pytest.raises(Invalid):
        parse_field(TASKS, "title", "x" * 201)  # String(200)
    with pytest.raises(Invalid):
        parse_field(TASKS, "title", "two\nlines")
    assert parse_field(TASKS, "description", "two\nlines") == "two\nlines"


def _content(budgets):
    return {
        "plan": {"title": "p"},
        "tasks": [
            {"code": f"T{i}", "budget": b, "subtasks": [{"code": f"T{i}.1"}]}
            for i, b in enumerate(budgets)
        ],
    }


@given(st.lists(st.one_of(st.none(), st.floats(0, 1e9, allow_nan=False)), max_size=6))
def test_content_in_version_one(budgets):
    content = _content(budgets)
    old = content_in_version(content, 1)
    if any(b is not None for b in budgets):
        assert old is None  # content version 1 cannot say it: the old signature does not cover it
    else:
        assert old is not None
        assert all("budget" not in t for t in old["tasks"])
        assert [t["code"] for t in old["tasks"]] == [t["code"] for t in content["tasks"]]
    assert content == _content(budgets)  # not changed
    assert content_in_version(content, CONTENT_VERSION) is content
    assert content_in_version(content, None) == old  # no version recorded: version 1
