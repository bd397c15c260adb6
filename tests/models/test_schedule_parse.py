"""Schedule phrases: the seed's, tolerant Chinese and English forms, and what is refused."""

from __future__ import annotations

import pytest

from desktop.models.schedule import Period, RuleKind, ScheduleRule
from desktop.models.schedule_parse import ScheduleParseError, parse_rule

MW = RuleKind.MONTHLY_WEEK
SEED = [
    ("每日", ScheduleRule(RuleKind.DAILY)),
    ("每周", ScheduleRule(RuleKind.WEEKLY)),
    *[(f"每月第{c}周", ScheduleRule(MW, week=i)) for i, c in enumerate("一二三四五六", 1)],
    ("每月初", ScheduleRule(RuleKind.MONTHLY_PERIOD, period=Period.EARLY)),
    ("每月中旬", ScheduleRule(RuleKind.MONTHLY_PERIOD, period=Period.MID)),
    ("每月底", ScheduleRule(RuleKind.MONTHLY_PERIOD, period=Period.LATE)),
    ("每季度", ScheduleRule(RuleKind.QUARTERLY)),
    ("每年", ScheduleRule(RuleKind.YEARLY)),
]


@pytest.mark.parametrize(("phrase", "rule"), SEED)
def test_seed_phrases_parse_and_print_back(phrase, rule):
    assert parse_rule(phrase) == rule
    assert rule.text() == phrase == rule.text("zh_TW")
    assert rule.text("zh_CN") == phrase  # the seed's characters are the same in simplified


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第1周", None),
        ("每月第1周", "每月第一周"),
        ("每月第一週", "每月第一周"),
        ("每月第１週", "每月第一周"),
        (" 每月 第 3 周 ", "每月第三周"),
        ("每天", "每日"),
        ("每星期", "每周"),
        ("每週", "每周"),
        ("每週一", "每周一"),
        ("每星期日", "每周日"),
        ("每月上旬", "每月上旬"),
        ("每月下旬", "每月下旬"),
        ("月初", "每月初"),
        ("月中", "每月中"),
        ("月底", "每月底"),
        ("月末", "每月底"),
        ("每季", "每季度"),
        ("每年度", "每年"),
        ("每日：", "每日"),
        ("每季度第一個月", "每季度第一個月"),
        ("每年6月", "每年6月"),
        ("1月、3月：每月第二周", "1月、3月：每月第二周"),
        ("一月、十二月:每日", "1月、12月：每日"),
        ("2027-03-05", "2027-03-05"),
        ("2027年3月5日", "2027-03-05"),
        ("2027-03-01..2027-03-31", "2027-03-01至2027-03-31"),
        ("2027-03-01 to 2027-03-31", "2027-03-01至2027-03-31"),
        ("２０２７－０３－０１～２０２７－０３－３１", "2027-03-01至2027-03-31"),
    ],
)
def test_tolerant_chinese_forms(text, expected):
    if expected is None:
        with pytest.raises(ScheduleParseError):
            parse_rule(text)
    else:
        assert parse_rule(text).text("zh_TW") == expected


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("daily", "每日"),
        ("Every day", "每日"),
        ("weekly", "每周"),
        ("every week", "每周"),
        ("every Monday", "每周一"),
        ("weekly on Sunday", "每周日"),
        ("every month, week 3", "每月第三周"),
        ("monthly week 3", "每月第三周"),
        ("week 3 of every month", "每月第三周"),
        ("2nd week of the month", "每月第二周"),
        ("early month", "每月初"),
        ("start of month", "每月初"),
        ("mid month", "每月中旬"),
        ("mid-month", "每月中旬"),
        ("late month", "每月底"),
        ("end of month", "每月底"),
        ("every month, early (1st–10th)", "每月上旬"),
        ("quarterly", "每季度"),
        ("yearly", "每年"),
        ("annually", "每年"),
        ("once on 2027-03-05", "2027-03-05"),
        ("in Jan, Mar: every month, week 2", "1月、3月：每月第二周"),
        ("yearly in Jun", "每年6月"),
    ],
)
def test_english_forms(text, zh):
    assert parse_rule(text).text("zh_TW") == zh


def test_printed_forms():
    rule = ScheduleRule(MW, week=2, months=(3, 1))
    assert rule.months == (1, 3)
    assert rule.text() == "1月、3月：每月第二周"
    assert rule.text("en") == "in Jan, Mar: every month, week 2"
    quarter = ScheduleRule(RuleKind.QUARTERLY, quarter_month=1)
    assert (quarter.text(), quarter.text("zh_CN")) == ("每季度第一個月", "每季度第一个月")
    assert ScheduleRule(RuleKind.MONTHLY_PERIOD, period=Period.EARLY).text("en") == (
        "early in the month"
    )
    assert ScheduleRule(RuleKind.DAILY, months=tuple(range(1, 13))).months == ()
    with pytest.raises(ValueError, match="language"):
        rule.text("fr")


@pytest.mark.parametrize(
    "text",
    [
        "每月第七周",
        "every month, week 7",
        "",
        "   ",
        "someday",
        "每月",
        "每月第零周",
        "13月：每日",
        "foo: 每日",
        "1月、3月：每年",
        "2027-02-30",
        "2027-03-31..2027-03-01",
        "完成時間:每月第六周",
    ],
)
def test_garbage_is_refused(text):
    with pytest.raises(ScheduleParseError) as info:
        parse_rule(text)
    assert repr(text) in str(info.value)
    assert isinstance(info.value, ValueError)
