"""Validation of typed values: one function per kind, refusals as Invalid(field, key, params)
worded in en / zh_TW / zh_CN, limits taken from the entity's column types."""

from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models import Kpi, Plan, Risk, Subtask
from desktop.models.schedule_parse import parse_rule
from desktop.models.validate import (
    CONTROL,
    HEADER_FIELDS,
    TEXT_LIMIT,
    Invalid,
    clean_text,
    entity_text,
    header_value,
    limit_of,
    parse_date,
    parse_number,
    parse_schedule,
    parse_score,
    parse_threshold,
    parse_whole,
    parse_year,
)
from desktop.models.validate_messages import FIELD_NAMES, LANGS, MESSAGES

FEW = settings(max_examples=40, deadline=None)


def refusal(call, *args, **kwargs) -> Invalid:
    with pytest.raises(Invalid) as caught:
        call(*args, **kwargs)
    return caught.value


# ----- the message table -----------------------------------------------------------------------
def test_every_message_and_field_name_has_all_three_languages():
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGS), key
        assert all(texts[lang].strip() for lang in LANGS), key
    for field, names in FIELD_NAMES.items():
        assert {"zh_TW", "zh_CN"} <= set(names), field
    assert set(HEADER_FIELDS) <= set(FIELD_NAMES)


def test_messages_in_every_language_use_the_same_parameters():
    fmt = string.Formatter()
    for key, texts in MESSAGES.items():
        names = [{f for _t, f, _s, _c in fmt.parse(texts[lang]) if f} for lang in LANGS]
        assert names[0] == names[1] == names[2], key


def test_a_refusal_names_the_field_and_the_problem_in_each_language():
    exc = refusal(header_value, "title", "   ")
    assert str(exc) == "title: must not be empty" == exc.message("en")
    assert exc.message("zh_TW") == "計劃名稱：不能空白"
    assert exc.message("zh_CN") == "计划名称：不能为空"
    assert exc.message("fr") == exc.message("en")
    labelled = exc.relabel("Title")
    assert labelled.message("zh_TW") == "Title：不能空白" and labelled.key == "empty"


# ----- limits from the column types --------------------------------------------------------------
def test_limits_come_from_the_column_types():
    assert limit_of(Plan, "title") == Plan.__table__.c.title.type.length == 200
    assert limit_of(Plan, "compiler") == 100
    assert limit_of(Risk, "code") == 20 and limit_of(Risk, "category") == 100
    assert limit_of(Kpi, "unit") == 20
    assert limit_of(Risk, "measure") == TEXT_LIMIT  # a Text column
    exc = refusal(header_value, "compiler", "王" * 101)
    assert exc.key == "too_long" and exc.params == {"length": 101, "limit": 100}
    assert header_value("compiler", "王" * 100) == "王" * 100


def test_entity_text_is_one_line_for_string_columns_and_several_for_text():
    assert refusal(entity_text, Subtask, "title", "a\nb").key == "single_line"
    assert entity_text(Subtask, "resources", " a\nb ") == "a\nb"
    assert refusal(entity_text, Subtask, "title", "  ", "標題", required=True).field == "標題"


@FEW
@given(st.text(max_size=60))
def test_clean_text_keeps_visible_text_and_refuses_the_rest(text):
    try:
        cleaned = clean_text(text, "note", limit=40)
    except Invalid as exc:
        assert exc.key in ("control_char", "invisible_char", "too_long")
        assert exc.key != "too_long" or len(text.strip()) > 40 or exc.params["length"] > 40
        assert all(exc.message(lang).startswith("note") for lang in LANGS)
    else:
        assert CONTROL.search(cleaned) is None and cleaned == cleaned.strip()
        assert len(cleaned) <= 40


def test_invisible_and_control_characters_are_named_with_their_position():
    exc = refusal(clean_text, "王\u200b五", "name")
    assert str(exc) == (
        "name: contains an invisible character (U+200B ZERO WIDTH SPACE) at position 2"
    )
    assert exc.message("zh_TW") == "姓名：第 2 個字元是看不見的字元（U+200B ZERO WIDTH SPACE）"
    assert refusal(clean_text, "a\x07", "name").key == "control_char"


# ----- numbers -----------------------------------------------------------------------------------
@FEW
@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_whole_numbers_in_and_out_of_range(number):
    for raw in (number, str(number), f" {number} ", float(number)):
        if 1 <= number <= 5:
            assert parse_whole(raw, "n", 1, 5) == number
        else:
            assert refusal(parse_whole, raw, "n", 1, 5).key == "whole_range"


@pytest.mark.parametrize("raw", ["high", "2.5", 2.5, True, "", "五"])
def test_what_is_not_a_whole_number(raw):
    exc = refusal(parse_whole, raw, "Likelihood", 1, 5)
    assert exc.key == "not_whole"
    assert "is not a whole number 1–5" in str(exc)
    assert "1–5" in exc.message("zh_TW") and "整數" in exc.message("zh_TW")


def test_scores_are_1_to_5_or_empty():
    assert [parse_score(v, "l") for v in (None, "", " — ", "3", 5)] == [None, None, None, 3, 5]
    assert refusal(parse_score, "7", "Likelihood").message("en") == (
        "Likelihood: 7 is not a whole number 1–5"
    )


@FEW
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_numbers_read_back_as_typed_with_thousands_separators(value):
    assert parse_number(f"{value:,.6f}", "x") == pytest.approx(round(value, 6), abs=1e-6)
    assert parse_number(value, "x") == value


def test_number_edge_cases():
    assert parse_number(" 80% ", "x") == 80 and parse_number("1，200", "x") == 1200
    assert parse_number("", "x") is None
    assert refusal(parse_number, "", "x", required=True).key == "number_required"
    assert refusal(parse_number, "lots", "Value").message("en") == "Value: 'lots' is not a number"
    assert refusal(parse_number, "nan", "x").key == "not_finite"
    assert refusal(parse_number, "2", "Tolerance", low=0, high=1).message("en") == (
        "Tolerance: 2 is outside 0–1"
    )


@FEW
@given(st.sampled_from(["<", ">", "＜", "＞"]), st.decimals(-1000, 1000, places=2), st.booleans())
def test_thresholds(op, number, percent):
    text = f"{op} {number}{'%' if percent else ''}"
    got_op, got = parse_threshold(text)
    assert got_op == {"＜": "<", "＞": ">"}.get(op, op) and got == pytest.approx(float(number))


def test_threshold_refusal_and_empty():
    assert parse_threshold("  ") == (None, None)
    exc = refusal(parse_threshold, "about 85", "Threshold")
    assert str(exc) == "Threshold: 'about 85' is not an operator and a number, e.g. < 85 or > 24"
    assert exc.message("zh_CN").startswith("Threshold：「about 85」不是比较符号加数字")


# ----- years, dates, schedules ---------------------------------------------------------------
def test_years_and_dates():
    assert parse_year(" 2027 ") == 2027
    assert refusal(parse_year, "明年").key == "not_year"
    assert refusal(parse_year, "1999").params == {"value": 1999, "low": 2000, "high": 2100}
    assert parse_date("2027-01-15", "d") == date(2027, 1, 15)
    assert parse_date("XXXX年XX月XX日", "d") is None and parse_date(" ", "d") is None
    assert parse_date(date(2027, 2, 1), "d") == date(2027, 2, 1)
    assert refusal(parse_date, "31/02/2027", "Review date").message("zh_TW") == (
        "Review date：「31/02/2027」不是日期（格式 YYYY-MM-DD，例如 2027-01-15）"
    )
    assert refusal(parse_date, "", "d", required=True).key == "date_required"


def test_schedules():
    assert parse_schedule(" 每月第二周 ", "When") == parse_rule("每月第二周").to_dict()
    assert parse_schedule(" ", "When") is None
    exc = refusal(parse_schedule, "每月第九周", "When")
    assert exc.key == "not_schedule" and "每月第九周" in exc.message("zh_TW")
    assert refusal(parse_schedule, "", "When", required=True).key == "schedule_required"


def test_unknown_header_field():
    exc = refusal(header_value, "colour", "red")
    assert str(exc).startswith("unknown field 'colour'; one of: title, year")


# ----- sign-off refusals built from the same table ------------------------------------------
def test_key_store_refusals_are_worded_per_language_and_survive_rewrapping():
    from desktop.signoff.keystore import KeyStoreError, check_new_password
    from desktop.signoff.people import SignoffRefused

    with pytest.raises(KeyStoreError) as caught:
        check_new_password("short")
    exc = caught.value
    assert str(exc) == "the password must have at least 8 characters"
    assert exc.message("zh_TW") == "密碼至少要有 8 個字元"
    assert exc.message("zh_CN") == "密码至少要有 8 个字符"
    wrapped = SignoffRefused(exc.reason())
    assert str(wrapped) == str(exc) and wrapped.message("zh_TW") == exc.message("zh_TW")
    plain = SignoffRefused("this workspace has no trust root yet")
    assert plain.message("zh_TW") == str(plain) and plain.reason() == str(plain)
