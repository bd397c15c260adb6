"""Excel export then import gives back the very same canonical dump; no formulas from text."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange.excel.excel_export import export_plan
from desktop.exchange.excel.excel_import import read_import
from desktop.models.deserialize import load_plan
from desktop.models.sample import sample_data
from desktop.models.schedule import ScheduleRule
from desktop.models.schedule_parse import parse_rule
from desktop.models.serialize import canonical_json, dump_plan
from desktop.models.validate import CONTROL, nfc
from desktop.operations import find_plan
from desktop.operations.import_plan import apply_import
from desktop.store import Workspace, open_workspace

HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "=1+1"]


# ---- helpers (also used by the other Excel tests) ---------------------------------------------
def dump_text(ws: Workspace, uuid: str) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(find_plan(session, uuid)))


def all_dumps(ws: Workspace) -> str:
    from sqlalchemy import select

    from desktop.models import Plan

    with ws.session() as session:
        return "".join(
            canonical_json(dump_plan(p)) for p in session.scalars(select(Plan).order_by(Plan.id))
        )


def export(ws: Workspace, uuid: str, path: Path) -> Path:
    with ws.session() as session:
        export_plan(session, find_plan(session, uuid), path)
    return path


def import_into(ws: Workspace, path: Path) -> str:
    result = read_import(path)
    assert not result.errors, [p.text() for p in result.errors]
    return apply_import(ws, result)[1]


def add_plan(ws: Workspace, data: dict[str, Any]) -> str:
    with ws.write() as session:
        return load_plan(session, data).uuid


def hostile_plan() -> dict[str, Any]:
    data = json.loads(json.dumps(sample_data()))
    data["plan"]["title"] = HOSTILE[0]
    data["plan"]["organisation"] = HOSTILE[4]
    data["plan"]["compiler"] = "@王小明"
    data["plan"]["introduction"] = HOSTILE[2]
    data["tasks"][0]["title"] = HOSTILE[1]
    data["tasks"][0]["subtasks"][0]["resources"] = HOSTILE[3]
    data["tasks"][0]["subtasks"][1]["title"] = HOSTILE[0]
    data["tasks"][0]["subtasks"][1]["code"] = "=T1"
    data["teams"][0]["name"] = "=團隊"
    subtasks = [s for t in data["tasks"] for s in t["subtasks"]]
    for item in subtasks + data["milestones"] + data["risks"] + data["monitoring"]:
        if item["owner"] == sample_data()["teams"][0]["name"]:
            item["owner"] = "=團隊"
    data["risks"][0]["measure"] = HOSTILE[4]
    data["goals"][0]["kpis"][0]["actuals"] = [
        {"month": 1, "value": 0.1 + 0.2, "source": "=A1", "note": "-"},
        {"month": 2, "value": 1e-300, "source": "", "note": "_x0041_ 字面\r\n第二行\ufffe"},
        {"month": 3, "value": -123456789.12345679, "source": "", "note": ""},
    ]
    data["tasks"][1]["subtasks"][0]["done"] = ["2027-01-04", "2027-03-01"]
    data["risks"][1]["review_on"] = "2027-06-30"
    data["plan"]["compiled_on"] = "2027-01-15"
    return data


# ---- tests -------------------------------------------------------------------------------------
def test_sample_round_trip_by_command_line(cli, tmp_path):
    a, b, xlsx = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "plan.xlsx"
    uuid = cli("sample", "--db", str(a)).stdout.strip()
    exported = cli("export", "--db", str(a), "--xlsx", str(xlsx))
    assert exported.returncode == 0, exported.stderr
    imported = cli("import", "--db", str(b), "--xlsx", str(xlsx))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == uuid
    first, second = cli("dump", "--db", str(a)).stdout, cli("dump", "--db", str(b)).stdout
    assert first and first.encode() == second.encode()


def test_user_text_never_becomes_a_formula(ws, tmp_path):
    uuid = add_plan(ws, hostile_plan())
    path = export(ws, uuid, tmp_path / "hostile.xlsx")
    wb = openpyxl.load_workbook(path)
    texts = []
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                texts.append(cell.value)
    for text in HOSTILE:
        assert text in texts
    cover = wb["封面 (Cover)"]
    assert cover["A1"].value == HOSTILE[0] and cover["A1"].data_type == "s"
    with open_workspace(tmp_path / "other.sqlite") as other:
        assert import_into(other, path) == uuid
        assert dump_text(other, uuid) == dump_text(ws, uuid)


def test_workbook_has_real_spreadsheet_features(sample_ws, tmp_path):
    ws, uuid = sample_ws
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "封面 (Cover)"
    assert wb["_meta"].sheet_state == "hidden" and wb["_lists"].sheet_state == "hidden"
    meta = {r[0]: r[1] for r in wb["_meta"].iter_rows(values_only=True)}
    assert meta["uuid"] == uuid and meta["format"] == "plandesk.xlsx/1" and meta["exported_at"]
    risks = wb["風險 (Risks)"]
    assert risks.freeze_panes == "A2" and risks.auto_filter.ref.startswith("A1:")
    # the risk register is too wide for A4: A3 landscape, fitted to its columns
    assert risks.page_setup.orientation == "landscape" and int(risks.page_setup.paperSize) == 8
    assert risks.page_setup.fitToWidth == 1 and risks.sheet_properties.pageSetUpPr.fitToPage
    assert risks.print_title_rows == "$1:$1"
    assert risks.oddFooter.center.text == "第 &P 頁 / 共 &N 頁"
    sources = {dv.formula1 for dv in risks.data_validations.dataValidation}
    assert any("_lists" in s for s in sources) and len(sources) >= 4  # 1–5 scale, team, …
    assert risks["E2"].value == 3 and isinstance(risks["E2"].value, int)
    assert risks.column_dimensions["B"].width >= 20
    header = [c.value for c in risks[1]]
    assert "可能性 (Likelihood)" in header and "責任人 (Owner team)" in header
    cover = [v for row in wb["封面 (Cover)"].iter_rows(values_only=True) for v in row if v]
    for label in (
        "編制人 (Compiler)",
        "審核人 (Reviewer)",
        "批準人 (Approver)",
        "編制日期 (Date)",
        "狀態 (Status)",
        "修訂版本 (Revision)",
        "簽署記錄 (Sign-offs)",
    ):
        assert label in cover
    board = wb["看板 (Board)"]
    assert board.freeze_panes == "E3" and board["E1"].value == "1月"
    filled = [c for c in board[4][4:] if c.fill.fgColor.rgb not in (None, "00000000")]
    assert filled  # the first subtask's weeks carry its team's colour


def test_dates_are_date_cells(ws, tmp_path):
    uuid = add_plan(ws, hostile_plan())
    wb = openpyxl.load_workbook(export(ws, uuid, tmp_path / "d.xlsx"))
    assert wb["進度 (Progress)"]["B2"].is_date
    assert wb["風險 (Risks)"]["P3"].is_date
    cover = wb["封面 (Cover)"]
    row = next(r for r in cover.iter_rows() if r[0].value == "編制日期 (Date)")
    assert row[1].is_date and row[1].value.date().isoformat() == "2027-01-15"


# ---- hypothesis: random plans ---------------------------------------------------------------
# what people may type: no controls or invisible characters (refused), stored as NFC
_text_chars = st.characters(blacklist_categories=("Cs", "Cc", "Cf")).filter(
    lambda ch: not CONTROL.search(ch)
)
_cjk = st.sampled_from(
    [*"計劃風險團隊內容每月第一周😀🚀測試", "\n", "\t", "\r\n", "\ufffe", "_x0041_"]
)


def _text(max_size: int = 60, min_size: int = 0) -> st.SearchStrategy[str]:
    base = st.lists(st.one_of(_text_chars, _cjk), min_size=min_size, max_size=max_size // 2).map(
        lambda parts: "".join(parts)[:max_size]
    )
    prefixed = st.tuples(st.sampled_from(["=", "+", "-", "@", ""]), base).map("".join)
    long = st.just("長" * max_size)
    return (
        st.one_of(prefixed, long)
        .map(lambda s: nfc(s.strip()))
        .filter(lambda s: min_size <= len(s) <= max_size)
    )


_floats = st.floats(allow_nan=False, allow_infinity=False, width=64)
_months = st.lists(st.integers(1, 12), max_size=4, unique=True).map(tuple)


@st.composite
def _rules(draw: Any) -> dict[str, Any] | None:
    kind = draw(
        st.sampled_from(
            ["none", "daily", "weekly", "week", "period", "quarterly", "yearly", "once", "range"]
        )
    )
    if kind == "none":
        return None
    if kind == "daily":
        rule = ScheduleRule("daily", months=draw(_months))
    elif kind == "weekly":
        rule = ScheduleRule(
            "weekly", weekday=draw(st.none() | st.integers(0, 6)), months=draw(_months)
        )
    elif kind == "week":
        rule = ScheduleRule("monthly_week", week=draw(st.integers(1, 6)), months=draw(_months))
    elif kind == "period":
        rule = ScheduleRule(
            "monthly_period",
            period=draw(st.sampled_from(["early", "mid", "late"])),
            period_word=draw(st.sampled_from(["chu", "xun"])),
            months=draw(_months),
        )
    elif kind == "quarterly":
        rule = ScheduleRule("quarterly", quarter_month=draw(st.integers(1, 3)))
    elif kind == "yearly":
        rule = ScheduleRule("yearly", months=draw(st.sampled_from([(), (1,), (6,), (12,)])))
    else:
        start = draw(
            st.dates(
                min_value=__import__("datetime").date(2026, 1, 1),
                max_value=__import__("datetime").date(2028, 12, 31),
            )
        )
        end = start + __import__("datetime").timedelta(days=draw(st.integers(0, 90)))
        rule = ScheduleRule(kind, start=start, end=end if kind == "range" else None)
    return rule.to_dict()


@st.composite
def plans(draw: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(sample_data()))
    head = data["plan"]
    head["language"] = draw(st.sampled_from(["zh_TW", "zh_CN", "en"]))
    head["week_convention"] = draw(st.sampled_from(["calendar", "blocks"]))
    head["title"] = draw(_text(200, 1))
    head["organisation"] = draw(_text(200))
    head["introduction"] = draw(_text(300))
    head["compiler"] = draw(_text(100))
    for task in data["tasks"]:
        task["title"] = draw(_text(200, 1))
        task["description"] = draw(_text(80))
        for sub in task["subtasks"]:
            sub["schedule"] = draw(_rules())
            sub["resources"] = draw(_text(60))
    for goal in data["goals"]:
        for kpi in goal["kpis"]:
            kpi["baseline"] = draw(st.none() | _floats)
            kpi["target"] = draw(st.none() | _floats)
            months = draw(st.lists(st.integers(1, 12), max_size=3, unique=True))
            kpi["actuals"] = [
                {
                    "month": m,
                    "value": draw(_floats),
                    "source": draw(_text(20)),
                    "note": draw(_text(40)),
                }
                for m in sorted(months)
            ]
    for risk in data["risks"]:
        risk["title"] = draw(_text(200, 1))
        risk["likelihood"] = draw(st.none() | st.integers(1, 5))
        risk["schedule"] = draw(_rules())
        risk["warning_threshold"] = draw(st.none() | _floats)
    for item in data["monitoring"] + data["evaluation"]:
        item["schedule"] = draw(_rules())
    for line in data["resources"]:
        line["amount"] = draw(st.none() | _floats)
    return data


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plans())
def test_random_plans_round_trip(data):
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        with open_workspace(tmp_path / "a.sqlite") as a, open_workspace(tmp_path / "b.sqlite") as b:
            uuid = add_plan(a, data)
            path = export(a, uuid, tmp_path / "plan.xlsx")
            assert import_into(b, path) == uuid
            assert dump_text(b, uuid) == dump_text(a, uuid)


@settings(max_examples=25, deadline=None)
@given(_rules().filter(bool), st.sampled_from(["zh_TW", "zh_CN", "en"]))
def test_schedule_text_reads_back_as_the_same_rule(rule, lang):
    parsed = ScheduleRule.from_dict(rule)
    assert parse_rule(parsed.text(lang)) == parsed
