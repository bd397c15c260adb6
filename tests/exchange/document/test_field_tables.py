"""The printed plan's and the Word document's task table take their columns from the field
table: the task budget (a money field) is a column headed 預算 / Budget, amounts as HK$…, and
a plan without budgets prints as it did before the field existed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.models.fields import MILESTONES, SUBTASKS, TASKS
from desktop.operations import run_change
from tests.exchange.document.test_document import flat, pdftotext
from tests.exchange.document.test_word_export import export_docx, header_texts

pytestmark = pytest.mark.sqlite_only  # the document does not depend on the database
BUDGETS = [12000.0, 1234.5, 0.0, None, None]
HEADERS = {
    "zh_TW": ["編號", "任務", "說明", "重要性", "預期成果"],
    "zh_CN": ["编号", "任务", "说明", "重要性", "预期成果"],
    "en": ["Code", "Task", "Description", "Importance", "Expected result"],
}
BUDGET = {"zh_TW": "預算", "zh_CN": "预算", "en": "Budget"}


def _set(ws: Any, uuid: str, budgets: list[float | None], lang: str = "zh_TW") -> None:
    def apply(_session: Any, plan: Any) -> None:
        plan.language = lang
        for task, budget in zip(plan.tasks, budgets, strict=False):
            task.budget = budget

    run_change(ws, uuid, "budgets", apply)


def _task_table(document: Any, lang: str) -> Any:
    return next(t for t in document.tables if header_texts(t)[:5] == HEADERS[lang])


def _tasks_part(text: str, lang: str) -> str:
    """The text of the task table's sub-section (關鍵任務 up to section three)."""
    start, end = {"zh_TW": ("2.關鍵任務", "三、"), "en": ("2.2Keytasks", "3.Detailed")}[lang]
    text = flat(text)
    return text[text.index(start) : text.index(end, text.index(start))]


@pytest.mark.parametrize("lang", ["zh_TW", "en"])
def test_the_pdf_task_table_has_the_budget_column(sample_ws, db_path, tmp_path, lang):
    ws, uuid = sample_ws
    _set(ws, uuid, BUDGETS, lang)
    out = tmp_path / "plan.pdf"
    assert main(["print", "--db", str(db_path), "--pdf", str(out)]) == 0
    part = _tasks_part(pdftotext(out), lang)
    assert BUDGET[lang] in part
    for amount in ("HK$12,000", "HK$1,234.50", "HK$0"):
        assert amount in part
    assert part.index("HK$12,000") < part.index("HK$1,234.50") < part.index("HK$0")


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN", "en"])
def test_the_word_task_table_has_the_budget_column(sample_ws, db_path, tmp_path, lang):
    ws, uuid = sample_ws
    _set(ws, uuid, BUDGETS, lang)
    table = _task_table(export_docx(db_path, tmp_path / "plan.docx"), lang)
    assert header_texts(table) == [*HEADERS[lang], BUDGET[lang]]
    cells = [row.cells[-1].text for row in table.rows[1:]]
    assert cells == ["HK$12,000", "HK$1,234.50", "HK$0", "—", "—"]
    # the shares of the field table: the budget as wide as its print_share says
    widths = [c.width for c in table.rows[0].cells]
    # the columns printed: the first version's and the budget (a later field left empty is not)
    shares = [f.print_share for f in TASKS.printed() if f.since == 1 or f.key == "budget"]
    assert widths[-1] / sum(widths) == pytest.approx(shares[-1] / sum(shares), rel=0.02)


def test_a_plan_without_budgets_prints_its_task_table_as_before(sample_ws, db_path, tmp_path):
    ws, uuid = sample_ws
    table = _task_table(export_docx(db_path, tmp_path / "plan.docx"), "zh_TW")
    assert header_texts(table) == HEADERS["zh_TW"]
    assert table.rows[1].cells[1].text == "內容策劃與創作\n（指標：d1、d2）"
    out = tmp_path / "plan.pdf"
    assert main(["print", "--db", str(db_path), "--pdf", str(out)]) == 0
    assert "HK$" not in pdftotext(out) and "預算" not in _tasks_part(pdftotext(out), "zh_TW")


def test_word_document_xml_holds_the_budget(sample_ws, db_path, tmp_path):
    import zipfile

    ws, uuid = sample_ws
    _set(ws, uuid, BUDGETS)
    out = tmp_path / "plan.docx"
    export_docx(db_path, out)
    xml = zipfile.ZipFile(Path(out)).read("word/document.xml").decode("utf-8")
    assert ">預算<" in xml and ">HK$12,000<" in xml


@pytest.mark.parametrize("lang", ["zh_TW", "en"])
def test_breakdown_and_milestone_tables_are_the_field_tables_columns(
    sample_ws, db_path, tmp_path, lang
):
    ws, uuid = sample_ws
    _set(ws, uuid, [], lang)
    document = export_docx(db_path, tmp_path / "plan.docx")
    tables = {tuple(header_texts(t)): t for t in document.tables}
    for entity in (SUBTASKS, MILESTONES):
        header = tuple(f.print_header(lang) for f in entity.printed())
        assert header in tables, (header, list(tables))
    breakdown = tables[tuple(f.print_header(lang) for f in SUBTASKS.printed())]
    assert breakdown.rows[1].cells[0].text == "T1 內容策劃與創作"  # a task's group row
    first = [c.text for c in breakdown.rows[2].cells]
    assert first[:3] == ["T1.1", "內容選題", "內容策劃團隊"]
    assert first[3] == {"zh_TW": "每月第一周", "en": "every month, week 1"}[lang]
    milestones = tables[tuple(f.print_header(lang) for f in MILESTONES.printed())]
    m2 = [c.text for c in milestones.rows[2].cells]
    assert m2[0] == "M2" and m2[-1] == "T3.1 廣告策略制定、T3.2 廣告內容創作"
    headers = {"zh_TW": "依賴的子任務", "en": "Depends on"}
    assert header_texts(milestones)[-1] == headers[lang]
