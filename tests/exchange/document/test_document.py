"""The printed plan: ``plandesk print`` on the sample plan, the layout, the board, the cover,
KPI charts, the checks appendix setting and the print preview (pytest-qt, offscreen)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import KpiActual, Plan
from desktop.models.schedule import WeekConvention
from desktop.models.schedule_expand import expand
from desktop.models.serialize import content_hash
from desktop.resources import resource_path
from tests.conftest import run_cli

pytestmark = pytest.mark.sqlite_only
RADICALS = re.compile("[\u2e80-\u2fdf]")
HEADINGS = (
    "一、引言",
    "二、工作目標與任務概述",
    "三、詳細工作計劃",
    "四、風險評估與應對措施",
    "五、監控與評估",
    "六、溝通與協作",
    "七、總結與展望",
)
APPROVAL = ("編制人", "審核人", "批準人", "編制日期")


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    ]


def seed_names() -> dict[str, list[str]]:
    data = json.loads(resource_path("sample_plan.json").read_text(encoding="utf-8"))
    return {
        "goal": [g["title"] for g in data["goals"]],
        "task": [t["title"] for t in data["tasks"]],
        "subtask": [s["title"] for t in data["tasks"] for s in t["subtasks"]],
        "team": [t["name"] for t in data["teams"]],
        "risk": [r["title"] for r in data["risks"]],
        "measure": [r["measure"] for r in data["risks"]],
    }


@pytest.fixture(scope="module")
def printed_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """``plandesk sample`` + ``plandesk print`` in a separate process, without a display."""
    tmp = tmp_path_factory.mktemp("print")
    env = {
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "DISPLAY": "",
        "QT_QPA_PLATFORM": "",
    }
    db = tmp / "ws.sqlite"
    assert run_cli("sample", "--db", str(db), env=env).returncode == 0
    pdf = tmp / "plan.pdf"
    result = run_cli("print", "--db", str(db), "--pdf", str(pdf), env=env)
    assert result.returncode == 0, result.stderr
    return pdf, result.stdout


def test_print_command_text_layer_has_every_name(printed_pdf: tuple[Path, str]) -> None:
    pdf, _out = printed_pdf
    text = pdftotext(pdf)
    assert "社交媒體運用的年度目標計劃" in text
    for word in (*APPROVAL, *HEADINGS, "用戶互動管理", "數據收集與分析", "內容審核"):
        assert word in text, word
    joined = flat(text)
    for kind, names in seed_names().items():
        missing = [n for n in names if flat(n) not in joined]
        assert not missing, f"{kind} names missing from the PDF text: {missing}"
    assert not RADICALS.findall(text), "Kangxi radical look-alikes in the text layer"


def test_print_command_pages_fonts_and_footer(printed_pdf: tuple[Path, str]) -> None:
    pdf, out = printed_pdf
    sizes = page_sizes(pdf)
    count = int(re.search(r"(\d+) pages", out).group(1))
    assert len(sizes) == count >= 8
    portrait, landscape = (595.0, 842.0), (842.0, 595.0)
    assert sizes[0] == portrait  # the cover
    assert sizes.count(landscape) == 2  # the board: two half-years on A4
    assert set(sizes) == {portrait, landscape}
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column
    text = pdftotext(pdf)
    assert f"第 1 頁 / 共 {count} 頁" in text and f"第 {count} 頁 / 共 {count} 頁" in text
    assert "修訂 1" in text
    assert re.search(r"指紋 [0-9a-f]{12}", text)
    # no KPI actuals: the board, the team load, the checks
    assert "附錄四 計劃檢查" not in text and "附錄二 團隊負荷" in text and "附錄三 計劃檢查" in text


def test_print_command_refuses_a_missing_folder(tmp_path: Path, sample_ws: Any) -> None:
    ws, _uuid = sample_ws
    result = run_cli("print", "--db", str(ws.path), "--pdf", str(tmp_path / "no" / "x.pdf"))
    assert result.returncode == 1 and "does not exist" in result.stderr


@pytest.fixture
def plan_doc(qapp: Any, sample_ws: Any):
    from desktop.exchange.document.plan_document import DocumentOptions, build_document

    ws, uuid = sample_ws

    def build(**options: Any) -> Any:
        with ws.session() as session:
            plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
            return build_document(session, plan, DocumentOptions(**options))

    return ws, uuid, build


def test_board_prints_the_same_occurrences_as_the_screen(plan_doc: Any) -> None:
    from desktop.render.board_painter import board_rows_from
    from desktop.store.board_read import read_board

    ws, uuid, build = plan_doc
    doc = build()
    with ws.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        review = next(s for t in plan.tasks for s in t.subtasks if s.title == "內容審核")
        rule = review.rule
        assert rule.text("zh_TW") == "每月第三周"
        expected = [(o.start, o.end) for o in expand(rule, plan.year, WeekConvention.CALENDAR)]
        rows = board_rows_from(read_board(session, plan.id), "zh_TW")
        screen = next(r for r in rows if r.code == review.code)
    assert len(expected) == 12
    assert doc.printed.occurrences(review.code) == expected == list(screen.occurrences)
    assert doc.orientations().count("landscape") == len(doc.printed.pages) == 2


def test_a3_paper_and_the_checks_setting(plan_doc: Any, tmp_path: Path) -> None:
    _ws, _uuid, build = plan_doc
    a4 = build()
    a3 = build(paper="A3")
    no_checks = build(include_checks=False)
    assert a3.page_count < a4.page_count
    assert a3.orientations().count("landscape") == 1  # the whole year fits on A3
    assert no_checks.page_count == a4.page_count - 1
    path = no_checks.write_pdf(tmp_path / "no-checks.pdf")
    text = pdftotext(path)
    assert "計劃檢查" not in text and "七、總結與展望" in text
    a3_path = a3.write_pdf(tmp_path / "a3.pdf")
    assert page_sizes(a3_path)[0] == (842.0, 1191.0)


def test_kpi_charts_only_for_kpis_with_actuals(plan_doc: Any, tmp_path: Path) -> None:
    ws, uuid, build = plan_doc
    before = build()
    with ws.write() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        kpi = next(k for g in plan.goals for k in g.kpis if k.code == "c2")
        for month, value in ((1, 1.1), (2, 1.3), (3, 1.6)):
            session.add(KpiActual(kpi=kpi, month=month, value=value, source="test"))
    after = build()
    assert after.page_count == before.page_count + 1
    text = pdftotext(after.write_pdf(tmp_path / "kpi.pdf"))
    assert "附錄二 指標圖表" in text and "c2 廣告點擊率" in text
    assert "3. 指標達成情況" in text and "附錄四 計劃檢查" in text  # after 附錄三 團隊負荷
    assert "附錄二 指標圖表" not in pdftotext(before.write_pdf(tmp_path / "none.pdf"))


def test_cover_shows_names_signoffs_and_void(
    plan_doc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.signoff.records as records

    ws, uuid, build = plan_doc
    with ws.write() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        plan.compiler = "王小明"
        plan.reviewer = "XXX"  # the template's placeholder: an empty signature line
    with ws.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        fingerprint = content_hash(plan)[:12]
        real_rows = records.signoff_rows(session, plan, "zh_TW")
    assert [r["role"] for r in real_rows][:3] == ["compiler", "reviewer", "approver"]
    void = dict(
        real_rows[0],
        signer="王小明",
        signed_at="2027-01-05T09:30:00Z",
        meaning="compiled and submitted for review",
        fingerprint="abcd 1234 ef56 7890",
        verdict="void",
        verdict_text="失效：簽署後內容已更改 (goals)",
    )
    monkeypatch.setattr(records, "signoff_rows", lambda *_a, **_k: [void, *real_rows[1:]])
    cover = build().write_pdf(tmp_path / "cover.pdf")
    text = pdftotext(cover, "-f", "1", "-l", "1")
    for word in (*APPROVAL, "王小明", "作廢", "失效", "abcd1234ef567890", "草稿"):
        assert word in flat(text), word
    assert "XXX" not in text
    assert fingerprint in text


def test_print_preview_opens_and_paints(qtbot: Any, plan_doc: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    _ws, _uuid, build = plan_doc
    doc = build()
    painted: list[int] = []

    def paint(printer: QPrinter) -> None:
        assert doc.paint(printer)
        painted.append(printer.pageLayout().pageSize().id().value)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # must outlive the dialog
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    dialog.paintRequested.connect(paint)
    dialog.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=10_000)
    dialog.close()
    assert painted


def test_print_actions_in_the_main_window(
    qtbot: Any, sample_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.views.files import print_actions
    from desktop.views.main_window import MainWindow

    ws, _uuid = sample_ws
    window = MainWindow(ws)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    for name in ("Print Pre&view…", "&Print…", "Export P&DF…", "Print c&urrent view…"):
        assert name in texts
    assert window.print_actions["print"].shortcut().toString() == "Ctrl+P"
    out = print_actions.export_pdf(window, str(tmp_path / "gui.pdf"))
    assert out is not None and "社交媒體運用的年度目標計劃" in pdftotext(out)
    dialog = print_actions.open_preview(window, modal=False)
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5_000)
    dialog.close()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "view.pdf"))
    assert print_actions.print_current_view(window, printer)
    assert (tmp_path / "view.pdf").stat().st_size > 1000


def test_labels_follow_the_plan_language(plan_doc: Any, tmp_path: Path) -> None:
    ws, uuid, build = plan_doc
    with ws.write() as session:
        session.scalars(select(Plan).where(Plan.uuid == uuid)).one().language = "en"
    text = pdftotext(build().write_pdf(tmp_path / "en.pdf"))
    for word in (
        "1. Introduction",
        "7. Summary and outlook",
        "Compiler",
        "Approver",
        "Compile date",
        "Appendix A. Task board",
        "Page 1 of",
        "every month, week 3",
    ):
        assert word in text, word
    assert "一、引言" not in text
    assert "社交媒體運用的年度目標計劃" in text  # the plan's own words are never translated


def test_cover_contents_point_at_the_right_pages(plan_doc: Any, tmp_path: Path) -> None:
    from desktop.exchange.document.document_layout import contents

    _ws, _uuid, build = plan_doc
    doc = build()
    entries = contents(doc.pages)
    assert [title for title, _page in entries][:7] == list(HEADINGS)
    assert [title for title, _page in entries][7:] == [
        "附錄一 任務看板",
        "附錄二 團隊負荷",
        "附錄三 計劃檢查",
    ]
    path = doc.write_pdf(tmp_path / "toc.pdf")
    cover = pdftotext(path, "-f", "1", "-l", "1")
    assert "目錄" in cover
    for title, page in entries:
        assert title in pdftotext(path, "-f", str(page), "-l", str(page)), (title, page)


def test_a_printer_that_cannot_turn_the_paper_gets_landscape_pages_rotated(
    plan_doc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows (GDI) and macOS print engines keep one paper orientation for the whole job:
    PlanDesk then rotates the landscape board pages onto the first page's (portrait) paper.
    Emulated with a PDF writer that PlanDesk is told cannot turn pages."""
    from PySide6.QtGui import QPdfWriter

    from desktop.exchange.document import plan_document as document

    _ws, _uuid, build = plan_doc
    doc = build()
    landscape = [i for i, o in enumerate(doc.orientations()) if o == "landscape"]
    assert landscape and landscape[0] > 0 and doc.orientations()[0] == "portrait"

    def write(path: Path) -> list[tuple[float, float]]:
        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        assert doc.paint(writer)
        return page_sizes(path)

    assert document.turns_pages(QPdfWriter(str(tmp_path / "probe.pdf")))
    turned = write(tmp_path / "pdf.pdf")
    monkeypatch.setattr(document, "turns_pages", lambda device: False)
    kept = write(tmp_path / "windows.pdf")
    assert [w > h for w, h in turned] == [i in landscape for i in range(doc.page_count)]
    assert len(kept) == doc.page_count and all(w < h for w, h in kept)  # all portrait paper
    # The rotated board page carries all of its words (in another reading order): nothing
    # was clipped away by the turn. (Digits aside: the week header's last digit already
    # crosses the landscape page's right edge, and pdftotext drops it once it is rotated.)
    page = str(landscape[0] + 1)

    def words(path: Path) -> list[str]:
        return sorted(re.sub(r"[\s\d]+", "", pdftotext(path, "-f", page, "-l", page)))

    rotated = words(tmp_path / "windows.pdf")
    assert rotated == words(tmp_path / "pdf.pdf") and len(rotated) > 300


def test_approved_cover_keeps_its_table_of_contents(
    plan_doc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three signatures fill the cover: 目錄 moves to a page of its own (issue 16)."""
    import desktop.signoff.records as records
    from desktop.exchange.document.document_layout import contents

    ws, uuid, build = plan_doc
    with ws.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        rows = records.signoff_rows(session, plan, "zh_TW")
    signed = [
        dict(
            r,
            signer=name,
            signed_at="2027-01-05T09:30:00Z",
            verdict="valid",
            meaning="compiled and submitted for review, reviewed, approved",
            fingerprint="abcd 1234 ef56 7890 abcd 1234 ef56 7890",
            verdict_text="有效：簽署後內容未更改，證書鏈完整",
        )
        for r, name in zip(rows[:3], ("王小明", "李審核", "張批準"), strict=True)
    ]
    monkeypatch.setattr(records, "signoff_rows", lambda *_a, **_k: signed)
    doc = build()
    path = doc.write_pdf(tmp_path / "approved.pdf")
    assert "張批準" in pdftotext(path, "-f", "1", "-l", "1")
    assert "目錄" in pdftotext(path, "-f", "2", "-l", "2")  # no room left on the cover
    entries = contents(doc.pages)
    assert [title for title, _page in entries][:7] == list(HEADINGS)
    for title, page in entries:
        assert title in pdftotext(path, "-f", str(page), "-l", str(page)), (title, page)
