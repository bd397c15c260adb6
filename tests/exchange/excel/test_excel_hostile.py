"""Broken and hostile workbooks: each is refused with a clear one-line reason, nothing written."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.cli import main
from desktop.exchange.excel import excel_safety
from desktop.exchange.excel.excel_import import read_import
from desktop.exchange.excel.excel_safety import ExcelRefused
from desktop.models.sample import add_sample_plan
from desktop.store import open_workspace
from tests.exchange.excel.test_excel_roundtrip import all_dumps, export


@pytest.fixture
def base(tmp_path: Path) -> dict[str, Any]:
    """A workspace with the sample plan (closed again), its export and its dump."""
    db = tmp_path / "w.sqlite"
    with open_workspace(db) as ws:
        with ws.write() as session:
            uuid = add_sample_plan(session).uuid
        xlsx = export(ws, uuid, tmp_path / "plan.xlsx")
        before = all_dumps(ws)
    return {"db": db, "xlsx": xlsx, "dump": before, "uuid": uuid, "dir": tmp_path}


def refused(base: dict[str, Any], path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Import ``path`` by the command line: exit 1, one line on stderr, workspace unchanged."""
    code = main(["import", "--db", str(base["db"]), "--xlsx", str(path)])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if not line.startswith("warning:")]
    assert code == 1, err
    assert len(lines) == 1 and lines[0].startswith("plandesk import: "), err
    assert path.name in lines[0]
    with open_workspace(base["db"]) as ws:
        assert all_dumps(ws) == base["dump"]
    return lines[0]


def edited(base: dict[str, Any], name: str, change: Callable[[Any], None]) -> Path:
    wb = openpyxl.load_workbook(base["xlsx"])
    change(wb)
    out = base["dir"] / name
    wb.save(out)
    return out


def raw(base: dict[str, Any], name: str, data: bytes) -> Path:
    out = base["dir"] / name
    out.write_bytes(data)
    return out


def rezip(
    base: dict[str, Any], name: str, extra: dict[str, bytes] | None = None, drop: str = ""
) -> Path:
    out = base["dir"] / name
    with zipfile.ZipFile(base["xlsx"]) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != drop:
                z.writestr(info.filename, src.read(info.filename))
        for part, data in (extra or {}).items():
            z.writestr(part, data)
    return out


def test_openpyxl_uses_defusedxml(monkeypatch, tmp_path):
    assert openpyxl.DEFUSEDXML is True
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(ExcelRefused, match="defusedxml"):
        read_import(tmp_path / "any.xlsx")


def test_empty_file(base, capsys):
    assert "the file is empty" in refused(base, raw(base, "empty.xlsx", b""), capsys)


def test_old_xls(base, capsys):
    data = excel_safety.OLE_MAGIC + b"\0" * 600 + "Workbook".encode("utf-16-le")
    assert "Excel 97–2003 (.xls)" in refused(base, raw(base, "old.xls", data), capsys)


def test_password_protected(base, capsys):
    data = excel_safety.OLE_MAGIC + b"\0" * 600 + "EncryptedPackage".encode("utf-16-le")
    assert "password-protected" in refused(base, raw(base, "secret.xlsx", data), capsys)


def test_csv(base, capsys):
    path = raw(base, "plan.csv", "編號,名稱\nT1,內容策劃\n".encode())
    assert "CSV or text file" in refused(base, path, capsys)


def test_macros(base, capsys):
    path = rezip(base, "macro.xlsm", {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"})
    assert "contains macros (.xlsm)" in refused(base, path, capsys)


def test_truncated_zip(base, capsys):
    data = base["xlsx"].read_bytes()
    path = raw(base, "cut.xlsx", data[: len(data) // 2])
    assert "damaged or truncated" in refused(base, path, capsys)


def test_corrupt_entry(base, capsys):
    out = base["dir"] / "corrupt.xlsx"
    with zipfile.ZipFile(base["xlsx"]) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if "worksheets/" in info.filename:
                data = data[:200] + b"\x00\xff<<broken" + data[200:]
            z.writestr(info.filename, data)
    assert "damaged or unreadable" in refused(base, out, capsys)


def test_zip_that_is_no_workbook(base, capsys):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "hi")
    assert "not an .xlsx workbook" in refused(
        base, raw(base, "other.xlsx", buffer.getvalue()), capsys
    )


def test_zip_bomb_ratio(base, capsys):
    path = rezip(base, "bomb.xlsx", {"xl/media/zeros.bin": b"\0" * (4 * 1024 * 1024)})
    assert "possible zip bomb" in refused(base, path, capsys)


def test_zip_bomb_total_size(base, capsys, monkeypatch):
    monkeypatch.setattr(excel_safety, "MAX_TOTAL", 10_000)
    assert "possible zip bomb" in refused(base, base["xlsx"], capsys)


def test_zip_bomb_entry_count(base, capsys):
    path = rezip(base, "many.xlsx", {f"xl/x/{i}.xml": b"<a/>" for i in range(2100)})
    assert "entries" in refused(base, path, capsys)


def test_missing_sheet(base, capsys):
    path = edited(base, "nosheet.xlsx", lambda wb: wb.remove(wb["任務 (Tasks)"]))
    assert "the 任務 (Tasks) sheet is missing" in refused(base, path, capsys)


def test_missing_column(base, capsys):
    path = edited(base, "nocol.xlsx", lambda wb: wb["任務 (Tasks)"].delete_cols(1))
    assert "任務 (Tasks) row 1: the column 編號 (Code) is missing" in refused(base, path, capsys)


def test_wrong_type(base, capsys):
    def change(wb: Any) -> None:
        wb["風險 (Risks)"]["E6"] = "high"
        wb["指標實績 (KPI actuals)"].append(["a1", 13, "lots", "", ""])

    path = edited(base, "types.xlsx", change)
    line = refused(base, path, capsys)
    assert "指標實績 (KPI actuals) row 2, 月份 (Month): 13 is not a whole number 1–12" in line
    assert "(and 2 more problems)" in line
    texts = [p.text() for p in read_import(path).errors]
    assert texts[1:] == [
        "指標實績 (KPI actuals) row 2, 實績 (Value): 'lots' is not a number",
        "風險 (Risks) row 6, 可能性 (Likelihood): 'high' is not a whole number 1–5",
    ]


def test_duplicate_code(base, capsys):
    path = edited(base, "dup.xlsx", lambda wb: wb["任務 (Tasks)"].__setitem__("A3", "T1"))
    line = refused(base, path, capsys)
    assert "任務 (Tasks) row 3, 編號 (Code): duplicate code 'T1' (also on row 2)" in line


def test_unknown_team(base, capsys):
    path = edited(
        base, "team.xlsx", lambda wb: wb["子任務 (Subtasks)"].__setitem__("D2", "外星團隊")
    )
    assert "unknown team '外星團隊'" in refused(base, path, capsys)


def test_unknown_kpi(base, capsys):
    path = edited(base, "kpi.xlsx", lambda wb: wb["風險 (Risks)"].__setitem__("L2", "zz9"))
    line = refused(base, path, capsys)
    assert "風險 (Risks) row 2, 預警指標 (Warning KPI): unknown KPI 'zz9'" in line


def test_text_too_long(base, capsys):
    path = edited(base, "long.xlsx", lambda wb: wb["任務 (Tasks)"].__setitem__("B2", "長" * 201))
    assert "is 201 characters long; at most 200 allowed" in refused(base, path, capsys)


def test_control_character(base, capsys):
    # Excel stores characters XML cannot hold as _xHHHH_; a bell character in a title:
    path = edited(base, "bell.xlsx", lambda wb: wb["任務 (Tasks)"].__setitem__("B2", "鈴_x0007_"))
    assert "contains a control character (U+0007)" in refused(base, path, capsys)


def test_bad_schedule(base, capsys):
    path = edited(
        base, "when.xlsx", lambda wb: wb["子任務 (Subtasks)"].__setitem__("E2", "每月第九周")
    )
    assert "子任務 (Subtasks) row 2, 完成時間 (Schedule): cannot read schedule" in refused(
        base, path, capsys
    )


def test_formula_without_cached_value(base, capsys):
    path = edited(base, "formula.xlsx", lambda wb: wb["任務 (Tasks)"].__setitem__("B2", "=1+1"))
    assert "a formula without a cached value" in refused(base, path, capsys)


def test_formula_with_cached_value_reads_the_value(base, tmp_path):
    out = tmp_path / "cached.xlsx"
    wb = openpyxl.load_workbook(base["xlsx"])
    index = wb.sheetnames.index("任務 (Tasks)") + 1
    part = f"xl/worksheets/sheet{index}.xml"
    with zipfile.ZipFile(base["xlsx"]) as src, zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == part:
                start = data.index(b'<c r="B2"')
                end = data.index(b"</c>", start) + 4
                data = (
                    data[:start] + b'<c r="B2" t="str"><f>"X"&amp;"Y"</f><v>XY</v></c>' + data[end:]
                )
            z.writestr(info, data)
    result = read_import(out)
    assert not result.errors, [p.text() for p in result.errors]
    assert result.data["tasks"][0]["title"] == "XY"


def test_placeholders_are_read_as_empty_with_a_warning(base, capsys):
    def change(wb: Any) -> None:
        cover = wb["封面 (Cover)"]
        row = next(r for r in cover.iter_rows() if r[0].value == "編制人 (Compiler)")
        row[1].value = "XXX"
        date_row = next(r for r in cover.iter_rows() if r[0].value == "編制日期 (Date)")
        date_row[1].value = "XXXX年XX月XX日"

    path = edited(base, "placeholders.xlsx", change)
    code = main(["import", "--db", str(base["db"]), "--xlsx", str(path)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "編制人 (Compiler): placeholder 'XXX' read as empty" in err
    assert "placeholder 'XXXX年XX月XX日' read as empty" in err
    with open_workspace(base["db"]) as ws:
        assert all_dumps(ws) == base["dump"]  # the sample's fields are empty already


# ---- issue 17: sheets that went missing, entity declarations, invisible characters ---------
def test_a_missing_section_sheet_never_means_remove_all(base, capsys):
    """A PlanDesk workbook whose Risks sheet was deleted would remove all five risks."""
    path = edited(base, "norisks.xlsx", lambda wb: wb.remove(wb["風險 (Risks)"]))
    line = refused(base, path, capsys)
    assert line == (
        "plandesk import: norisks.xlsx: the 風險 (Risks) sheet is missing; to "
        "remove all risks, keep the sheet with its header row"
    )


def test_xml_entity_declarations_are_refused_in_one_line(base, capsys):
    with zipfile.ZipFile(base["xlsx"]) as zf:
        part = "xl/worksheets/sheet1.xml"
        data = zf.read(part)
    declared = b'<!DOCTYPE w [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;">]>' + data
    path = rezip(base, "entities.xlsx", {part: declared}, drop=part)
    assert refused(base, path, capsys) == (
        "plandesk import: entities.xlsx: the workbook contains XML entity declarations "
        f"({part}), which PlanDesk never writes; refusing it"
    )


def test_invisible_characters_in_names_are_refused(base, capsys):
    """A look-alike 王五 (zero-width space) and a right-to-left override are not accepted."""
    path = edited(
        base, "lookalike.xlsx", lambda wb: wb["任務 (Tasks)"].__setitem__("B2", "王\u200b五")
    )
    assert (
        "任務 (Tasks) row 2, 名稱 (Title): contains an invisible character (U+200B ZERO "
        "WIDTH SPACE) at position 2"
    ) in refused(base, path, capsys)
    path = edited(base, "rlo.xlsx", lambda wb: wb["任務 (Tasks)"].__setitem__("A2", "T\u202e1"))
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in refused(base, path, capsys)


def test_imported_text_is_stored_nfc(base, capsys):
    path = edited(base, "nfc.xlsx", lambda wb: wb["任務 (Tasks)"].__setitem__("B2", "Cafe\u0301"))
    assert main(["import", "--db", str(base["db"]), "--xlsx", str(path)]) == 0
    capsys.readouterr()
    assert main(["dump", "--db", str(base["db"])]) == 0
    out = capsys.readouterr().out
    assert '"title": "Caf\u00e9"' in out and "Cafe\u0301" not in out


def test_dry_run_lists_every_problem(base, capsys):
    def break_three(wb: Any) -> None:
        tasks = wb["任務 (Tasks)"]
        tasks["A3"] = None
        tasks["B4"] = "長" * 201
        wb["風險 (Risks)"]["E6"] = "high"

    path = edited(base, "three.xlsx", break_three)
    code = main(["import", "--db", str(base["db"]), "--xlsx", str(path), "--dry-run"])
    out, err = capsys.readouterr()
    assert code == 1
    errors = out.splitlines()
    assert len(errors) >= 3 and all(e.startswith("error: three.xlsx: ") for e in errors)
    assert any("row 3, 編號 (Code): is empty" in e for e in errors)
    assert any("row 4, 名稱 (Title): is 201 characters long" in e for e in errors)
    assert any(e.startswith("error: three.xlsx: 風險 (Risks) row 6") for e in errors)
    assert err.count("\n") == 1 and f"(and {len(errors) - 1} more problems)" in err


def test_dry_run_on_a_new_path_creates_nothing(base, capsys, tmp_path):
    new = tmp_path / "fresh" / "new.sqlite"
    new.parent.mkdir()
    code = main(["import", "--db", str(new), "--xlsx", str(base["xlsx"]), "--dry-run"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0] == f"would create the workspace {new}"
    assert out[1] == f"would create plan {base['uuid']} (社交媒體運用的年度目標計劃)"
    assert list(new.parent.iterdir()) == []
