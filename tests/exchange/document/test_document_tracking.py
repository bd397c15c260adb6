"""The printed plan: demo actuals carry the demo mark on every page that shows them, and a
growth KPI is reported as its growth (b1 1,000 / 1,100 / 1,210 -> +10 %, not 1,210 %)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from desktop.exchange.document.plan_document import DocumentOptions, write_pdf
from desktop.models import Kpi
from desktop.operations import find_plan, run_change
from desktop.operations.kpi_demo import fill_demo_actuals
from desktop.operations.plan_edits import set_actuals_block

MARK = "示範數據 / demo data"


def pages(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")


def print_plan(ws, uuid, path: Path, lang: str = "zh_TW") -> list[str]:
    with ws.session() as session:
        write_pdf(
            session, find_plan(session, uuid), path, DocumentOptions(lang=lang, include_board=False)
        )
    return pages(path)


def test_every_page_showing_demo_actuals_carries_the_mark(qapp, sample_ws, tmp_path):
    ws, uuid = sample_ws
    run_change(ws, uuid, "fill demo", fill_demo_actuals())
    flat_mark = re.sub(r"\s", "", MARK)
    for lang, appendix, checks in (
        ("zh_TW", "附錄一指標圖表", "附錄二團隊負荷"),  # the charts end where the load begins
        ("en", "AppendixA.KPIcharts", "AppendixB.Teamload"),
    ):
        text = [
            re.sub(r"\s", "", page)
            for page in print_plan(ws, uuid, tmp_path / f"demo-{lang}.pdf", lang)
        ]
        status = [i for i, page in enumerate(text) if re.search(r"(9月|M9:)[+\d]", page)]
        first = next(i for i, page in enumerate(text) if appendix in page and i > 2)
        last = next(i for i, page in enumerate(text) if checks in page and i > first)
        charts = list(range(first, last))
        assert status and len(charts) >= 3, (lang, status, charts)
        for i in sorted(set(status) | set(charts)):
            assert flat_mark in text[i], f"page {i + 1} ({lang}) shows demo actuals unmarked"
        rows = sum(text[i].count(flat_mark) for i in status if i < first)
        assert rows == 11  # every KPI row of the status table (11 KPIs)


def test_growth_kpi_prints_its_growth_not_the_volume(qapp, sample_ws, tmp_path):
    ws, uuid = sample_ws
    with ws.session() as session:
        plan = find_plan(session, uuid)
        b1 = next(k.id for g in plan.goals for k in g.kpis if k.code == "b1")
    run_change(
        ws, uuid, "b1", set_actuals_block([(b1, 1, 1000.0), (b1, 2, 1100.0), (b1, 3, 1210.0)])
    )
    text = "\n".join(print_plan(ws, uuid, tmp_path / "b1.pdf"))
    assert "3月 +10%（1,210）" in text
    assert "1,210 %" not in text and "1,210%" not in text
    assert MARK not in text  # measured values are not marked
    with ws.session() as session:
        assert session.get(Kpi, b1).unit == "%"  # the entered value is stored as it was
