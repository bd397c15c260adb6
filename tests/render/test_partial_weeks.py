"""A week cut short by the month is never drawn like a week (issue 25: August 2027's 第一周 is
1 August alone under calendar weeks, and was a 2 px sliver at year zoom)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QImage, QPainter

from desktop.models.schedule import RuleKind, ScheduleRule, WeekConvention
from desktop.render import board_painter as bp
from tests.render.test_board_painter import BLUE, rule_row


def test_weeks_cut_by_the_month_are_told_apart() -> None:
    row = rule_row(1)
    short = bp.partial_weeks(row)
    starts = {row.occurrences[i][0] for i in short}
    assert date(2027, 8, 1) in starts  # a Sunday: week 1 of August is one day
    assert all((row.occurrences[i][1] - row.occurrences[i][0]).days < 4 for i in short)
    assert bp.partial_weeks(rule_row(2)) == set()  # whole weeks
    daily = rule_row(1, rule=ScheduleRule(RuleKind.DAILY))
    assert bp.partial_weeks(daily) == set()  # a day is all a daily rule has
    blocks = rule_row(1, convention=WeekConvention.BLOCKS)
    assert bp.partial_weeks(blocks) == set()  # 7-day blocks never cut week 1


def test_a_one_day_week_is_drawn_six_pixels_wide_and_framed(qapp) -> None:
    row = rule_row(1)
    options = bp.BoardOptions(2027, px_per_day=2.5, row_height=24)  # about the year zoom
    image = QImage(1000, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    bp.paint_board(painter, image.rect().toRectF(), [row], options)
    painter.end()
    x = bp.date_to_x(date(2027, 8, 1), options)
    mid = int(options.header_height + options.row_height / 2)  # the middle of the first row
    painted = [
        px
        for px in range(int(x) - 6, int(x) + 9)
        if QColor(image.pixel(px, mid)) != QColor("white")
        and QColor(image.pixel(px, mid)).red() < 250
    ]
    assert len(painted) >= 6, painted
    assert QColor(image.pixel(int(x) + 1, mid)) != QColor(BLUE)  # not the solid fill of a week
