"""The KPI appendix of the plan document: the KPI status rows (section 5.3, also in the Word
file) and one chart per KPI with actuals, demo actuals marked in both."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from desktop.exchange.document.document_enums import enum
from desktop.exchange.document.document_intel import forecast_note
from desktop.exchange.document.document_layout import PORTRAIT, Block, PageBreak, heading
from desktop.exchange.document.document_sections import Context
from desktop.exchange.document.document_text import appendix
from desktop.models import Plan

DEMO_MARK = {
    "en": "示範數據 / demo data: generated, not measured",
    "zh_TW": "示範數據 / demo data：系統生成，並非實測",
    "zh_CN": "示范数据 / demo data：系统生成，并非实测",
}


def kpi_status(plan: Plan, lang: str, today: date | None) -> tuple[list[Any], list[list[str]]]:
    """The KPI series that have actuals and the KPI status rows (none without pyqtgraph).

    Growth and improvement KPIs are reported as the % their target speaks about (with the
    entered value beside it); demo actuals carry the demo mark in every row."""
    from desktop.models.kpi_figures import in_target_terms
    from desktop.models.kpi_math import plan_series
    from desktop.render.kpi_chart_text import signed

    series = [s for s in plan_series(plan, today) if s.spec.actuals]
    mark = DEMO_MARK.get(lang, DEMO_MARK["en"])
    rows = []
    for entered in series:
        s = in_target_terms(entered)
        latest = s.latest()
        latest_text = ""
        if latest is not None and latest.actual is not None:
            value = signed(latest.actual) if s.spec.in_rates else _fmt(latest.actual, s.spec.unit)
            if s.spec.in_rates and entered.point(latest.month).actual is not None:
                value += f"（{_fmt(entered.point(latest.month).actual, '')}）"
            latest_text = (
                f"{latest.month}月 {value}" if lang != "en" else f"M{latest.month}: {value}"
            )
        if s.spec.demo_months:
            latest_text += f"\n{mark}"
        target = (
            f"{signed(s.spec.target)}"
            if s.spec.in_rates and s.spec.target is not None
            else _fmt(s.spec.target, s.spec.unit)
        )
        rows.append(
            [s.spec.code, s.spec.name, target, latest_text, enum("kpi_state", s.status, lang)]
        )
    return series, rows


def kpi_appendix(
    plan: Plan, c: Context, today: date | None, number: int
) -> tuple[list[Any], list[list[str]]]:
    """KPI chart blocks (one per KPI with actuals, the demo mark kept with its chart) and the
    KPI status rows."""
    series, rows = kpi_status(plan, c.lang, today)
    mark = DEMO_MARK.get(c.lang, DEMO_MARK["en"])
    if not series:
        return [], []
    title = appendix(number, "appendix_kpi", c.lang)
    pieces: list[Any] = [
        PageBreak(PORTRAIT),
        *heading(title, c.styles.h1, before=14, after=6, rule=True, toc=True),
    ]
    height = min(330.0, c.width * 0.5)
    for s in series:
        demo = f"　【{mark}】" if s.spec.demo_months else ""  # kept with its chart
        pieces += heading(f"{s.spec.code} {s.spec.name}{demo}", c.styles.h2, before=6, after=2)
        pieces.append(Block(_chart_painter(s, c.width, height, c.lang), height))
        pieces += forecast_note(s, c)  # the year-end forecast beside the chart (issue 28)
    return pieces, rows


def _fmt(value: float | None, unit: str) -> str:
    from desktop.models.warnings import format_value

    return "" if value is None else format_value(value, unit)


def _chart_painter(
    series: Any, width: float, height: float, lang: str = "zh_TW"
) -> Callable[[QPainter, QRectF], None]:
    """The chart painted as vectors when its page is painted (nothing kept in memory): laid
    out at twice the size, as the screen's chart image was, and drawn at half scale, in the
    document's print font so that the PDF's text layer holds the chart's text."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        from desktop.render import fonts
        from desktop.render.kpi_chart import paint_kpi_chart

        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.topLeft())
        painter.scale(0.5, 0.5)
        area = QRectF(0, 0, rect.width() * 2, rect.height() * 2)
        paint_kpi_chart(painter, area, series, lang=lang, family=fonts.document_family(lang))
        painter.restore()

    return paint
