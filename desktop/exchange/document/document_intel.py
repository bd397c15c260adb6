"""The plan document's look-ahead parts: the team-load appendix (PDF and Word), the
"changes since revision N" appendix for a reviewer (PDF), and the forecast line printed under
each KPI chart. Built with a section ``Context`` (``document_sections.Context`` for the PDF,
``word_export.WordContext`` for Word), so both files get the same blocks."""

from __future__ import annotations

from typing import Any

from desktop.exchange.document.document_text import label

FORECAST = {
    "en": {
        "few": "Forecast: too few actuals for a forecast (it needs 3 months).",
        "none": "Forecast: none (a growth KPI needs volumes above zero).",
        "line": "Forecast for December: {0} (80 % range {1}–{2})",
        "chance": "; {0} % chance of reaching {1}",
    },
    "zh_TW": {
        "few": "預測：實際數據太少，無法預測（至少需要 3 個月）。",
        "none": "預測：無（增長類指標的數值須大於零）。",
        "line": "12 月預測：{0}（80 % 區間 {1}–{2}）",
        "chance": "；達到 {1} 的機會為 {0} %",
    },
    "zh_CN": {
        "few": "预测：实际数据太少，无法预测（至少需要 3 个月）。",
        "none": "预测：无（增长类指标的数值须大于零）。",
        "line": "12 月预测：{0}（80 % 区间 {1}–{2}）",
        "chance": "；达到 {1} 的机会为 {0} %",
    },
}


def forecast_words(spec: Any, lang: str) -> str:
    """The forecast of one KPI (``kpi_math.KpiSpec`` of entered values) in one line."""
    from desktop.models.forecast import NOT_POSITIVE, TOO_FEW, forecast, format_number
    from desktop.models.kpi_figures import entered_unit

    words = FORECAST.get(lang, FORECAST["zh_TW"])
    f = forecast(spec)
    if f.reason == TOO_FEW:
        return words["few"]
    if f.reason == NOT_POSITIVE:
        return words["none"]
    unit = entered_unit(spec)
    suffix = f" {unit}" if unit else ""
    text = words["line"].format(
        format_number(f.projected) + suffix, format_number(f.low), format_number(f.high)
    )
    if f.chance is not None and f.target is not None:
        text += words["chance"].format(
            round(f.chance * 100), format_number(_short(f.target)) + suffix
        )
    return text


def _short(value: float) -> float:
    from desktop.models.forecast import rounded, step_for

    return value if float(value).is_integer() else rounded(value, step_for(0, value))


def forecast_note(series: Any, c: Any) -> list[Any]:
    """The forecast paragraph printed under a KPI chart (the chart shows ``series``)."""
    return c.para(forecast_words(series.spec, c.lang))


# ----- team load -------------------------------------------------------------------------
def load_rows(plan: Any, lang: str) -> list[list[str]]:
    """One row per team: limit, busiest weeks, weeks with items, weeks above the limit."""
    from desktop.models.team_load import plan_load

    loads = plan_load(plan)
    sep = ", " if lang == "en" else "、"
    none = label("none", lang)
    rows = []
    for team in sorted(plan.teams, key=lambda t: t.position):
        weeks = [w for w in loads if w.team == team.name]
        if not weeks:
            rows.append([team.name, str(team.weekly_limit or none), none, "0", none])
            continue
        peak = max(w.count for w in weeks)
        busiest = [w.week for w in weeks if w.count == peak]
        shown = sep.join(busiest[:4]) + (" …" if len(busiest) > 4 else "")
        limit = team.weekly_limit
        over = [w for w in weeks if limit is not None and w.count > limit]
        over_text = (
            f"{len(over)}: "
            + sep.join(f"{w.week} ({w.count})" for w in over[:6])
            + (" …" if len(over) > 6 else "")
            if over
            else ("0" if limit is not None else none)
        )
        rows.append([team.name, str(limit or none), f"{peak}: {shown}", str(len(weeks)), over_text])
    return rows


def section_load(plan: Any, c: Any, title: str) -> list[Any]:
    out = c.heading1(title)
    out += c.para(c.t("load_intro"))
    return out + c.table(
        ["team", "load_limit", "load_peak", "load_weeks", "load_over"],
        [2.2, 1.0, 3.2, 1.2, 3.6],
        load_rows(plan, c.lang),
    )


# ----- changes since revision N ----------------------------------------------------------
def changes_base(session: Any, plan: Any) -> Any:
    """The earlier revision a reviewer compares with (last approved, else the previous one);
    None for a plan's first revision."""
    from sqlalchemy.orm import object_session

    from desktop.exchange.plan_diff import NoRevision, default_base

    session = session or object_session(plan)
    if session is None or plan.revision <= 1:
        return None
    try:
        return default_base(session, plan)
    except NoRevision:
        return None


def section_changes(session: Any, plan: Any, base: Any, c: Any, title: str) -> list[Any]:
    from desktop.exchange.plan_diff import revision_changes

    changes = revision_changes(session, base, plan)
    out = c.heading1(title)
    if not changes:
        return out + c.para(c.t("no_changes").format(base.revision))
    rows = []
    for change in changes:
        w = change.words(c.lang)
        detail = f"{w['field']}: {w['old']} → {w['new']}" if change.field else w["what"]
        rows.append([w["section"], w["item"], detail])
    return out + c.table(["section", "item", "change"], [1.4, 3.0, 5.6], rows)


def pdf_appendices(session: Any, plan: Any, c: Any, number: int) -> tuple[list[Any], int]:
    """The team-load appendix and, from revision 2 on, the changes since the revision a
    reviewer compares with, each on a new page; returns them and the next appendix number."""
    from desktop.exchange.document.document_layout import PORTRAIT, PageBreak
    from desktop.exchange.document.document_text import appendix

    pieces = [
        PageBreak(PORTRAIT),
        *section_load(plan, c, appendix(number, "appendix_load", c.lang)),
    ]
    number += 1
    base = changes_base(session, plan)
    if base is not None:
        from sqlalchemy.orm import object_session

        title = appendix(number, "appendix_changes", c.lang).format(base.revision)
        pieces += [
            PageBreak(PORTRAIT),
            *section_changes(session or object_session(plan), plan, base, c, title),
        ]
        number += 1
    return pieces, number
