"""The workbook's cover prints legibly on A4 (issue 27: LibreOffice shrank it to about 5 pt):
A4 landscape fitted to one page wide, columns that need no shrinking, and in LibreOffice's
PDF the cover's text at its own size."""

from __future__ import annotations

import re
import subprocess

import openpyxl
import pytest

from desktop.exchange.excel.excel_export import export_plan
from desktop.operations import find_plan
from tests.exchange.excel.test_excel_libreoffice import soffice_convert

pytestmark = pytest.mark.sqlite_only  # the workbook does not depend on the database


def test_cover_prints_at_about_full_size(sample_ws, tmp_path):
    ws, uuid = sample_ws
    path = tmp_path / "plan.xlsx"
    with ws.session() as session:
        export_plan(session, find_plan(session, uuid), path)
    cover = openpyxl.load_workbook(path).worksheets[0]
    setup = cover.page_setup
    assert (setup.paperSize, setup.orientation) == (9, "landscape")  # A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert cover.sheet_properties.pageSetUpPr.fitToPage
    widths = [cover.column_dimensions[c].width for c in "ABCDEFG"]
    assert sum(widths) <= 135  # A4 landscape holds ~140 characters at full size

    pdf = soffice_convert(path, tmp_path / "lo", "pdf", tmp_path / "lo-profile")
    bbox = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words: dict[str, float] = {}  # the first time each word is printed: its height
    for y_min, y_max, text in re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>',
        bbox,
    ):
        words.setdefault(text, float(y_max) - float(y_min))
    title = words["社交媒體運用的年度目標計劃"]
    assert title >= 18, title  # 20 pt, not shrunk
    label = words["計劃資料"]
    assert label >= 10, label  # 12 pt section label (was ~5 pt)
