"""The trust root fingerprint is printed on the PDF cover and the Excel cover, so a reader can
compare it with the one their admin gave them."""

from __future__ import annotations

import subprocess

import openpyxl
import pytest
from sqlalchemy import select

from desktop.exchange.document.plan_document import write_pdf
from desktop.exchange.excel.excel_export import export_plan
from desktop.models import Plan
from desktop.signoff.certs import grouped

pytestmark = pytest.mark.sqlite_only


def test_root_fingerprint_on_both_covers(people_ws, tmp_path, qapp):
    ws, uuid = people_ws
    with ws.session() as s:
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        from desktop.signoff.records import trust_root_fingerprint

        root = trust_root_fingerprint(s)
        write_pdf(s, plan, tmp_path / "plan.pdf")
        export_plan(s, plan, tmp_path / "plan.xlsx")
    assert len(root) == 64
    text = subprocess.run(
        ["pdftotext", "-l", "1", str(tmp_path / "plan.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "信任根指紋" in text and grouped(root) in " ".join(text.split())
    cover = openpyxl.load_workbook(tmp_path / "plan.xlsx").worksheets[0]
    values = [c for row in cover.iter_rows(values_only=True) for c in row if c]
    assert grouped(root) in values
