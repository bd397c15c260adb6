"""The board painter: geometry for known dates, and what lands on the pixels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.models.schedule import RuleKind, ScheduleRule, WeekConvention
from desktop.models.schedule_expand import expand, missing_months
from desktop.render import board_painter as bp
from desktop.render.board_painter import (
    BoardOptions,
    BoardRow,
    date_to_x,
    hit_marker,
    hit_occurrence,
    marker_rects,
    occurrence_rects,
    paint_board,
    paint_legend,
    row_at,
    x_to_date,
)
from desktop.store.board_read import read_board

BLUE, ORANGE = "#4e79a7", "#f28e2b"


def rule_row(
    week: int,
    *,
    color: str = BLUE,
    done=(),
    kind: str = bp.SUBTASK,
    convention=WeekConvention.CALENDAR,
    rule: ScheduleRule | None = None,
) -> BoardRow:
    rule = rule or ScheduleRule(RuleKind.MONTHLY_WEEK, week=week)
    occ = tuple((o.start, o.end) for o in expand(rule, 2027, convention))
    return BoardRow(
        kind,
        week,
        f"S{week}",
        f"week {week}",
        team="團隊",
        color=color,
        rule=rule,
        occurrences=occ,
        done=frozenset(done),
        missing=tuple(missing_months(rule, 2027, convention)),
    )


OPTS = BoardOptions(2027, px_per_day=10, row_height=24)


def test_date_to_x_and_back():
    assert date_to_x(date(2027, 1, 1), OPTS) == 0
    assert date_to_x(date(2027, 2, 1), OPTS) == 310
    scrolled = BoardOptions(2027, px_per_day=10, x_offset=100)
    assert date_to_x(date(2027, 2, 1), scrolled) == 210
    assert x_to_date(215, scrolled) == date(2027, 2, 1)
    assert x_to_date(-1, OPTS) == date(2026, 12, 31)


def test_occurrence_rects_for_known_dates():
    # January 2027 starts on a Friday: calendar week 2 is 4-10 January, in February 8-14.
    rects = occurrence_rects(rule_row(2, done=[date(2027, 1, 4)]), OPTS)
    assert len(rects) == 12
    (jan, jan_start, jan_done), (feb, feb_start, feb_done) = rects[0], rects[1]
    assert (jan_start, jan_done, feb_start, feb_done) == (
        date(2027, 1, 4),
        True,
        date(2027, 2, 8),
        False,
    )
    assert (jan.x(), jan.width()) == (30.5, 69)  # 3 days in, 7 days wide, 1 px gap
    assert feb.x() == 380.5
    assert 0 < jan.top() < jan.bottom() < 24
    scrolled = occurrence_rects(rule_row(2), BoardOptions(2027, px_per_day=10, x_offset=100))
    assert scrolled[0][0].x() == -69.5
    # 7-day blocks: week 2 is always days 8-14
    blocks = rule_row(2, convention=WeekConvention.BLOCKS)
    assert occurrence_rects(blocks, OPTS)[0][1] == date(2027, 1, 8)
    # the cache hands back the same rectangles while scale and origin stay
    row = rule_row(3)
    assert bp._unscrolled_rects(row, OPTS)[0] is bp._unscrolled_rects(row, OPTS)[0]


def test_week5_markers_hits_and_rows():
    row = rule_row(5)  # February 2027 (Monday 1st, 28 days) has only four calendar weeks
    assert row.missing == (2,)
    [(rect, month)] = marker_rects(row, OPTS)
    assert month == 2 and rect.x() == date_to_x(date(2027, 2, 23), OPTS) == 530
    assert rect.right() < date_to_x(date(2027, 3, 1), OPTS)
    assert hit_marker(row, 560, OPTS) == 2 and hit_marker(row, 100, OPTS) is None
    assert hit_occurrence(row, 260, OPTS) == (date(2027, 1, 25), date(2027, 1, 31))
    assert hit_occurrence(row, 560, OPTS) is None
    assert row_at(10, OPTS) == -1
    assert row_at(OPTS.header_height + 30, OPTS) == 1


def pixel(image: QImage, x: float, y: float) -> str:
    return image.pixelColor(int(x), int(y)).name()


@pytest.fixture
def painted(qapp):
    rows = [
        rule_row(2, done=[date(2027, 1, 4)]),
        rule_row(5, color=ORANGE),
        BoardRow(bp.GROUP, 0, "", "里程碑"),
        rule_row(0, kind=bp.MILESTONE, rule=ScheduleRule(RuleKind.MONTHLY_PERIOD, period="mid")),
    ]
    options = BoardOptions(2027, px_per_day=10, row_height=24, today=date(2027, 2, 10))
    image = QImage(1000, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    paint_board(painter, QRectF(0, 0, 1000, 200), rows, options)
    painter.end()
    return image, rows, options


def test_paint_board_draws_bars_done_markers_milestones_today(painted):
    image, rows, options = painted
    top = options.header_height
    mid = top + 12
    assert pixel(image, date_to_x(date(2027, 2, 11), options), mid) == BLUE  # pending: solid
    done = image.pixelColor(int(date_to_x(date(2027, 1, 7), options)) + 1, int(mid))
    assert done.name() != BLUE and done.name() != "#ffffff"  # done: pale and hatched
    assert pixel(image, date_to_x(date(2027, 1, 27), options), mid + 24) == ORANGE
    marker = image.pixelColor(int(date_to_x(date(2027, 2, 25), options)), int(mid + 24) + 4)
    assert marker.red() > marker.green() and marker.red() > marker.blue()  # reddish marker
    diamond = date_to_x(date(2027, 1, 20), options) + 5  # mid-month ends on the 20th
    assert pixel(image, diamond, mid + 72) == BLUE
    today = image.pixelColor(int(date_to_x(date(2027, 2, 10), options) + 5), 150)
    assert today.red() > 180 and today.green() < 80


def test_only_visible_rows_are_painted(qapp):
    rows = [rule_row(2), rule_row(3, color=ORANGE)]
    options = BoardOptions(2027, px_per_day=10, row_height=24, y_offset=24)
    image = QImage(600, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    paint_board(painter, QRectF(0, 0, 600, 100), rows, options)
    painter.end()
    mid = options.header_height + 12
    # row 1 (week 3: 11-17 Jan) is now at the top; row 0 (4-10 Jan) scrolled away
    assert pixel(image, date_to_x(date(2027, 1, 14), options), mid) == ORANGE
    assert pixel(image, date_to_x(date(2027, 1, 7), options), mid) != BLUE


def test_board_rows_from_the_sample_plan(sample_ws):
    from desktop.operations import find_plan

    ws, uuid = sample_ws
    with ws.session() as session:
        rows = bp.board_rows_from(read_board(session, find_plan(session, uuid).id), "zh_TW")
    subtasks = [r for r in rows if r.kind == bp.SUBTASK]
    assert len(subtasks) == 11 and all(r.occurrences and r.team and r.color for r in subtasks)
    by_code = {r.code: r for r in rows}
    assert by_code["T1.1"].rule_text == "每月第一周" and len(by_code["T2.1"].occurrences) == 365
    assert by_code["T3.2"].missing == (2,) and len(by_code["T5.2"].missing) == 10
    assert [r.kind for r in rows[-4:]] == [bp.GROUP, bp.MILESTONE, bp.MILESTONE, bp.MILESTONE]
    assert bp.legend_items(rows)[0] == ("內容策劃團隊", "#4e79a7")


def test_legend_wraps_and_reports_its_height(qapp):
    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    teams = [(f"團隊{i}", BLUE) for i in range(8)]
    height = paint_legend(painter, QRectF(0, 0, 300, 200), teams, "zh_TW")
    painter.end()
    assert 30 < height < 200


def test_legend_explains_the_note_corner_and_the_report_week(qapp):
    """Issue 29's leftovers: the orange note corner and the shaded report week are in the legend."""
    from desktop.render.board_overlay import NOTE_COLOUR, REPORT_COLOUR

    image = QImage(1400, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_legend(painter, QRectF(0, 0, 1400, 40), [("內容策劃團隊", BLUE)], "en", overlay=True)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(1400) for y in range(40)}
    assert NOTE_COLOUR.name() in colours
    assert REPORT_COLOUR.name() in colours
    image.fill(QColor("white"))  # the printed board paints neither, so its legend has neither
    painter = QPainter(image)
    paint_legend(painter, QRectF(0, 0, 1400, 40), [("內容策劃團隊", BLUE)], "en")
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(1400) for y in range(40)}
    assert NOTE_COLOUR.name() not in colours
