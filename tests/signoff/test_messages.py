"""Sign-off refusals carry a message key: every key is worded in en / zh_TW / zh_CN with the
same placeholders, every key the code raises exists, the English stays what the command line
prints, and role and status words are put into the language too."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from desktop.models.validate_messages import LANGS, MESSAGES
from desktop.signoff.messages import SIGNOFF_MESSAGES, TERM_PARAMS, TERMS, said
from desktop.signoff.messages_files import FILE_MESSAGES
from desktop.signoff.people import SignoffRefused

SIGNOFF = Path(__file__).resolve().parents[2] / "desktop" / "signoff"
TABLE = {**SIGNOFF_MESSAGES, **FILE_MESSAGES}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(TABLE))
def test_every_key_has_all_languages_with_the_same_placeholders(key):
    words = TABLE[key]
    assert set(words) == set(LANGS)
    assert all(words[lang].strip() for lang in LANGS)
    assert placeholders(words["zh_TW"]) == placeholders(words["en"]), key
    assert placeholders(words["zh_CN"]) == placeholders(words["en"]), key
    assert MESSAGES[key] is words  # registered in the one table Invalid words from


def test_the_tables_do_not_overlap_and_every_raised_key_exists():
    assert not set(SIGNOFF_MESSAGES) & set(FILE_MESSAGES)
    used: set[str] = set()
    for path in SIGNOFF.glob("*.py"):
        for found in re.findall(r'said\(\s*"(\w+)"|else "(\w+)",', path.read_text("utf-8")):
            used |= set(found) - {""}
    assert used == set(TABLE), set(TABLE) ^ used


def test_terms_cover_the_same_words_in_both_chinese_tables():
    assert set(TERMS["zh_TW"]) == set(TERMS["zh_CN"])
    assert "role" in TERM_PARAMS


def test_english_is_what_the_command_line_prints_and_chinese_puts_in_the_roles():
    refusal = SignoffRefused(said("not_the_role", name="李審核", role="compiler", who="王編制"))
    assert str(refusal) == "李審核 may not sign as compiler: the plan names 王編制 as its compiler"
    assert refusal.message("en") == str(refusal)
    assert refusal.message("zh_TW") == "李審核 不能以編制人身分簽署：計劃指定的編制人是 王編制"
    assert refusal.message("zh_CN") == "李審核 不能以编制人身份签署：计划指定的编制人是 王編制"
    order = SignoffRefused(
        said(
            "out_of_order_next",
            status="in review",
            role="approver",
            expected="reviewed",
            nxt="reviewer",
        )
    )
    assert str(order) == (
        "out of order: the plan is in review, the approver acts when it is reviewed; "
        "next to sign is the reviewer"
    )
    assert order.message("zh_CN") == (
        "顺序不对：计划目前是「审核中」，批准人在「已审核」时签署；下一位签署的是审核人"
    )
    assert SignoffRefused(said("no_person", name="x")).message("fr") == "no person named 'x'"


def test_a_refused_package_is_worded_in_each_language():
    from desktop.signoff.review import read_package

    with pytest.raises(SignoffRefused) as refused:
        read_package(b"not json", "plan.pdreview")
    assert str(refused.value) == "plan.pdreview is not a PlanDesk review package"
    assert refused.value.message("zh_TW") == "plan.pdreview 不是 PlanDesk 審核包"
    assert refused.value.message("zh_CN") == "plan.pdreview 不是 PlanDesk 审核包"


def test_a_refused_value_passed_on_stays_worded():
    from desktop.signoff.workflow import clean_comment

    with pytest.raises(SignoffRefused) as refused:
        clean_comment("ok\x07", reject=False)
    assert "control character" in str(refused.value)
    assert "控制字元" in refused.value.message("zh_TW")
    assert "控制字符" in refused.value.message("zh_CN")
