"""The cover's approval block in every combination (issue 24, item 7): names and compile date
filled or empty, for signature or not, A4 and A3, each language. Nothing crashes and the
text layer of the cover gives back the names, the date and the role labels, with no Kangxi
radical look-alikes (U+2E80-U+2FDF)."""

from __future__ import annotations

import itertools
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.exchange.document.document_text import label
from desktop.exchange.document.pdf_for_signature import build_pdf_for_signature
from desktop.exchange.document.plan_document import DocumentOptions, build_document
from desktop.models.content_plan import plan_from_content
from desktop.models.sample import sample_data
from desktop.models.serialize import strip_tracking

NAMES = {"compiler": "王編制", "reviewer": "李審核", "approver": "張批準"}
DAY = date(2027, 1, 15)
DAY_TEXT = {"en": "2027-01-15", "zh_TW": "2027年1月15日", "zh_CN": "2027年1月15日"}
CASES = list(
    itertools.product(
        (True, False),  # names filled
        (True, False),  # compile date filled
        (True, False),  # for signature
        ("A4", "A3"),
        ("zh_TW", "zh_CN", "en"),
    )
)


def cover_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "cover.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    )
    return out.stdout


@pytest.mark.parametrize(
    "names, dated, for_signature, paper, lang",
    CASES,
    ids=[
        f"{'names' if n else 'no-names'}-{'date' if d else 'no-date'}-"
        f"{'signature' if s else 'print'}-{p}-{lang}"
        for n, d, s, p, lang in CASES
    ],
)
def test_approval_block(
    qapp: Any, tmp_path: Path, names: bool, dated: bool, for_signature: bool, paper: str, lang: str
) -> None:
    data = strip_tracking(sample_data())
    data["plan"] |= {
        **{role: (name if names else "XXX") for role, name in NAMES.items()},
        "compiled_on": DAY.isoformat() if dated else None,
    }
    plan = plan_from_content(data, status="draft")
    options = DocumentOptions(
        paper=paper,
        lang=lang,
        include_board=False,
        include_kpi_charts=False,
        include_checks=False,
    )
    if for_signature:
        doc, pdf = build_pdf_for_signature(None, plan, options)
        assert set(doc.cover.signature_boxes) == set(NAMES)
    else:
        doc = build_document(None, plan, options)
        pdf = doc.pdf_bytes()
    text = cover_text(pdf, tmp_path)
    for key in (*NAMES, "compiled_on"):
        assert label(key, lang) in text, (key, text)
    for name in NAMES.values():
        assert (name in text) is names
    assert (DAY_TEXT[lang] in text) is dated
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF], "Kangxi look-alikes"
