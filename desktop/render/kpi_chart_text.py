"""The words of a KPI chart in zh_TW, zh_CN and en: status names, the headline (latest value,
status and gap), the "as of" marker's label and legend, axis titles. Qt-free; shared by the
chart painter (``kpi_chart``), the KPI pane and the printed plan.
"""

from __future__ import annotations

from desktop.models.kpi_figures import entered_unit, in_target_terms
from desktop.models.kpi_math import AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK, KpiSeries
from desktop.models.warnings import format_value, month_name

TEXTS: dict[str, dict[str, str]] = {
    ON_TRACK: {"en": "on track", "zh_TW": "達標", "zh_CN": "达标"},
    AT_RISK: {"en": "at risk", "zh_TW": "有風險", "zh_CN": "有风险"},
    OFF_TRACK: {"en": "off track", "zh_TW": "未達標", "zh_CN": "未达标"},
    NO_DATA: {"en": "no data", "zh_TW": "無數據", "zh_CN": "无数据"},
    "no_actuals": {"en": "no actuals yet", "zh_TW": "尚無實際數據", "zh_CN": "尚无实际数据"},
    "latest": {"en": "{0}: {1}", "zh_TW": "{0}：{1}", "zh_CN": "{0}：{1}"},
    "growth": {
        "en": " ({0:+.1f}% on previous month)",
        "zh_TW": "（環比 {0:+.1f}%）",
        "zh_CN": "（环比 {0:+.1f}%）",
    },
    "by": {"en": "{0} by {1}", "zh_TW": "{0}，差 {1}", "zh_CN": "{0}，差 {1}"},
    "should": {"en": "should be {0}", "zh_TW": "今天應達 {0}", "zh_CN": "今天应达 {0}"},
    "should_latest": {
        "en": "month {1}: should be {0}",
        "zh_TW": "{1}月應達 {0}",
        "zh_CN": "{1}月应达 {0}",
    },
    "should_year_end": {
        "en": "year end: should be {0}",
        "zh_TW": "年底應達 {0}",
        "zh_CN": "年底应达 {0}",
    },
    "warning_line": {
        "en": "{0} early warning {1} {2}",
        "zh_TW": "{0} 風險預警線 {1} {2}",
        "zh_CN": "{0} 风险预警线 {1} {2}",
    },
    "at_most": {"en": "at most {0}", "zh_TW": "上限 {0}", "zh_CN": "上限 {0}"},
    "target": {
        "en": "target (band: tolerance)",
        "zh_TW": "目標（色帶：容差）",
        "zh_CN": "目标（色带：容差）",
    },
    "today": {
        "en": "where we should be today",
        "zh_TW": "今天應達到的位置",
        "zh_CN": "今天应达到的位置",
    },
    "marker_latest": {
        "en": "where we should be in the latest month with data",
        "zh_TW": "最新有數據月份應達到的位置",
        "zh_CN": "最新有数据月份应达到的位置",
    },
    "marker_year_end": {
        "en": "where we should be at year end",
        "zh_TW": "年底應達到的位置",
        "zh_CN": "年底应达到的位置",
    },
    "volume": {"en": "volume", "zh_TW": "數量", "zh_CN": "数量"},
    "growth_axis": {
        "en": "growth on previous month, %",
        "zh_TW": "環比增長（%）",
        "zh_CN": "环比增长（%）",
    },
    "improvement_axis": {
        "en": "improvement over baseline, %",
        "zh_TW": "較基線提升（%）",
        "zh_CN": "较基线提升（%）",
    },
    "rate_latest": {
        "en": "{0}: {1} ({2}, target {3})",
        "zh_TW": "{0}：{1}（{2}，目標 {3}）",
        "zh_CN": "{0}：{1}（{2}，目标 {3}）",
    },
    "entered": {"en": "entered {0}", "zh_TW": "填報 {0}", "zh_CN": "填报 {0}"},
    "table_row": {
        "en": "{0}: actual {1}, target {2}",
        "zh_TW": "{0}：實際 {1}，目標 {2}",
        "zh_CN": "{0}：实际 {1}，目标 {2}",
    },
    "demo": {
        "en": "示範數據 / demo data — generated, not measured",
        "zh_TW": "示範數據 / demo data — 系統生成，並非實測",
        "zh_CN": "示范数据 / demo data — 系统生成，并非实测",
    },
}


def signed(value: float, unit: str = "%") -> str:
    """A growth or improvement figure with its sign: ``+10%``, ``-3.5%``."""
    return ("+" if value > 0 else "") + format_value(value, unit)


def text(key: str, lang: str = "zh_TW") -> str:
    """A chart text in ``en``, ``zh_TW`` or ``zh_CN`` (charts are printed in the plan's
    language, so they do not follow the Qt translator)."""
    texts = TEXTS[key]
    return texts.get(lang, texts["en"])


def status_text(status: str, lang: str = "zh_TW") -> str:
    return text(status, lang)


def value_unit(series: KpiSeries) -> str:
    """The unit of the plotted values: "%" for growth / improvement figures, else the unit
    of the entered values (a growth KPI's volume has none)."""
    return "%" if series.spec.in_rates else entered_unit(series.spec)


def chart_title(series: KpiSeries, lang: str = "zh_TW") -> str:
    """``code name（unit）``, or for growth / improvement what the % figures are."""
    spec = series.spec
    if spec.in_rates:
        return f"{spec.code} {spec.name}（{text(spec.target_kind + '_axis', lang)}）"
    unit = value_unit(series)
    return f"{spec.code} {spec.name}" + (f"（{unit}）" if unit else "")


def ratio_text(ratio: float) -> str:
    """A gap ratio as a signed percentage (one decimal when under 1 %)."""
    if 0 < abs(ratio) < 0.0005:
        return ("-" if ratio < 0 else "+") + "<0.1%"
    return f"{ratio:+.1%}" if abs(ratio) < 0.01 else f"{ratio:+.0%}"


def headline(series: KpiSeries, lang: str = "zh_TW", *, short: bool = False) -> str:
    """Latest value, status and gap, e.g. ``9月：1.32% · 未達標，差 0.16%（-11%）``."""
    series = in_target_terms(series)
    latest = series.latest()
    if latest is None or latest.actual is None:
        return text("no_actuals", lang)
    unit = value_unit(series)
    if series.spec.in_rates:  # +10% on the previous month, next to the target growth
        out = text("rate_latest", lang).format(
            month_name(latest.month, lang),
            signed(latest.actual),
            status_text(latest.status, lang),
            signed(series.spec.target) if series.spec.target is not None else "—",
        )
        return out
    out = text("latest", lang).format(
        month_name(latest.month, lang), format_value(latest.actual, unit)
    )
    if short:  # the overview tiles: value, status and the gap in %
        out += " · " + status_text(latest.status, lang)
        if latest.status in (AT_RISK, OFF_TRACK) and latest.gap_ratio is not None:
            out += " " + ratio_text(latest.gap_ratio)
        return out
    if series.spec.target_kind == "growth":
        rate = series.growth_rate(latest.month)
        if rate is not None:
            out += text("growth", lang).format(rate)
    if latest.gap is not None and latest.status in (AT_RISK, OFF_TRACK):
        out += " · " + text("by", lang).format(
            status_text(latest.status, lang), format_value(abs(latest.gap), unit)
        )
        if latest.gap_ratio is not None:
            out += f" ({ratio_text(latest.gap_ratio)})"
    else:
        out += " · " + status_text(latest.status, lang)
    return out


def should_text(series: KpiSeries, expected: float, lang: str = "zh_TW") -> str:
    """The label of the "as of" marker, saying what it marks (today, year end, latest month)."""
    value = signed(expected) if series.spec.in_rates else format_value(expected, value_unit(series))
    if series.spec.target_kind == "ceiling":
        out = text("at_most", lang).format(value)
        return out if series.as_of_kind == "today" else f"{marker_text(series, lang)}: {out}"
    key = {"latest": "should_latest", "year_end": "should_year_end"}.get(
        series.as_of_kind, "should"
    )
    return text(key, lang).format(value, int(series.as_of or 0))


def marker_text(series: KpiSeries | None, lang: str = "zh_TW") -> str:
    """The legend entry of the "as of" marker: today, year end or the latest month with data."""
    kind = series.as_of_kind if series is not None else "today"
    return text(f"marker_{kind}" if kind in ("latest", "year_end") else "today", lang)


def warning_line_text(code: str, op: str, threshold: float, unit: str, lang: str = "zh_TW") -> str:
    return text("warning_line", lang).format(code, op, format_value(threshold, unit))


def table_text(series: KpiSeries, lang: str = "zh_TW") -> str:
    """The chart as a table in words, one line a month (its text alternative for screen
    readers): "March: actual 120, target 115 · on track"."""
    shown = in_target_terms(series)
    unit = value_unit(shown)
    lines = []
    for month in range(1, 13):
        point = shown.point(month)
        actual = "–" if point.actual is None else format_value(point.actual, unit)
        target = "–" if point.target is None else format_value(point.target, unit)
        line = text("table_row", lang).format(month_name(month, lang), actual, target)
        if point.status != NO_DATA:
            line += " · " + status_text(point.status, lang)
        lines.append(line)
    return "\n".join(lines)
