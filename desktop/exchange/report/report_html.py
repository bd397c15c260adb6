"""The progress report as simple HTML, for the Reports dialog's preview (same blocks as the
PDF and Word outputs)."""

from __future__ import annotations

from html import escape
from typing import Any

from desktop.models.report import Report

from .report_blocks import Heading, Para, Table, report_blocks
from .report_text import rt

_STYLE = (
    "table{border-collapse:collapse;margin:4px 0 10px 0}"
    "th{background:#e8edf3;border:1px solid #8a939e;padding:2px 6px}"
    "td{border:1px solid #b8c0ca;padding:2px 6px}"
    "td.group{background:#f3f5f8;font-weight:bold}"
    "h1{font-size:18pt;text-align:center;margin-bottom:0}"
    "h2{font-size:14pt;border-bottom:1px solid #5b6b7f}"
    "h3{font-size:12pt}"
)


def _cell(text: str, tag: str = "td", extra: str = "") -> str:
    body = escape(text).replace("\n", "<br>")
    return f"<{tag}{extra}>{body}</{tag}>"


def report_html(report: Report, lang: str) -> str:
    """The whole report: a title block, then every section."""
    plan = report.plan
    out = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(report.period.title(lang))}</h1>",
        f"<p align='center'>{escape(report.period.label(lang))} · {escape(plan['title'])} · "
        f"{escape(rt('revision', lang))} {plan['revision']}</p>",
    ]
    for block in report_blocks(report, lang):
        out.append(_block(block))
    out.append("</body></html>")
    return "".join(out)


def _block(block: Any) -> str:
    if isinstance(block, Heading):
        tag = "h2" if block.level == 1 else "h3"
        return f"<{tag}>{escape(block.text)}</{tag}>"
    if isinstance(block, Para):
        return f"<p>{'• ' if block.bullet else ''}{escape(block.text)}</p>"
    if isinstance(block, Table):
        rows = ["<tr>" + "".join(_cell(h, "th") for h in block.headers) + "</tr>"]
        span = len(block.headers)
        for row in block.rows:
            if isinstance(row, str):
                rows.append(f"<tr>{_cell(row, 'td', f' colspan={span} class=group')}</tr>")
            else:
                rows.append("<tr>" + "".join(_cell(str(c)) for c in row) + "</tr>")
        return "<table width='100%'>" + "".join(rows) + "</table>"
    return ""
