"""sample, list, dump, check, set and --version, run as a user runs them."""

from __future__ import annotations

import json

from desktop import __version__


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"plandesk {__version__}"


def test_sample_list_dump(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    made = cli("sample", "--db", db)
    assert made.returncode == 0, made.stderr
    uuid = made.stdout.strip()
    assert len(uuid) == 36
    listed = cli("list", "--db", db)
    assert listed.stdout == f"{uuid}\t2027\t1\tdraft\t社交媒體運用的年度目標計劃\n"
    dump = cli("dump", "--db", db)
    assert dump.returncode == 0
    data = json.loads(dump.stdout)
    assert data["plan"]["uuid"] == uuid
    for fact in (
        "內容選題",
        "內容策劃團隊",
        "數據收集與分析",
        "每月第六周",
        "策略調整團隊",
        "行業報告、用戶調研",
        "用戶互動響應不及時",
        "A/B測試",
        "Trello、Asana",
    ):
        assert fact in dump.stdout or fact in json.dumps(data, ensure_ascii=False), fact
    assert cli("dump", "--db", db).stdout == dump.stdout


def test_reading_commands_on_a_new_path_create_nothing(cli, tmp_path):
    db = tmp_path / "new.sqlite"
    for command in ("list", "dump"):
        result = cli(command, "--db", str(db))
        assert result.returncode == 1
        assert result.stderr == f"plandesk {command}: {db}: no such workspace\n"
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]


def test_an_empty_workspace_holds_no_plan(cli, db_path):
    from desktop.store import open_workspace

    open_workspace(db_path).close()
    assert cli("list", "--db", str(db_path)).stdout == ""
    result = cli("dump", "--db", str(db_path))
    assert result.returncode == 1
    assert "holds no plan" in result.stderr


def test_plan_choice_when_several(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    first = cli("sample", "--db", db).stdout.strip()
    cli("sample", "--db", db)
    result = cli("dump", "--db", db)
    assert result.returncode == 1 and "--plan" in result.stderr
    chosen = cli("dump", "--db", db, "--plan", first[:8])
    assert json.loads(chosen.stdout)["plan"]["uuid"] == first


def test_check_lists_week_findings(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    cli("sample", "--db", db)
    result = cli("check", "--db", db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("warning\tsubtask T5.2 策略調整與優化\t") for line in lines)
    assert any("T3.2" in line and "Feb" in line for line in lines)
    assert all(line.split("\t")[0] in ("error", "warning", "info") for line in lines)


def test_set_changes_header_and_refuses_invalid(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    cli("sample", "--db", db)
    before = cli("dump", "--db", db).stdout
    bad = cli("set", "--db", db, "year=abc")
    assert bad.returncode == 1
    assert "year" in bad.stderr and "abc" in bad.stderr and len(bad.stderr.splitlines()) == 1
    for wrong in ("compiled_on=2027-02-30", "title=", "colour=red", "organisation=a\x01b"):
        assert cli("set", "--db", db, wrong).returncode == 1, wrong
    assert cli("dump", "--db", db).stdout == before
    ok = cli(
        "set",
        "--db",
        db,
        "compiler=王小明",
        "year=2028",
        "compiled_on=2027-12-01",
        "organisation=市場部",
    )
    assert ok.returncode == 0, ok.stderr
    plan = json.loads(cli("dump", "--db", db).stdout)["plan"]
    assert (plan["compiler"], plan["year"], plan["compiled_on"], plan["organisation"]) == (
        "王小明",
        2028,
        "2027-12-01",
        "市場部",
    )


def test_usage_error_exits_2(cli):
    assert cli("dump").returncode == 2
    assert cli("frobnicate").returncode == 2


def test_non_gui_commands_do_not_import_qt_widgets(tmp_path):
    import subprocess
    import sys

    db = str(tmp_path / "w.sqlite")
    code = (
        f"import sys; from desktop.cli import main; main(['sample', '--db', {db!r}]); "
        f"main(['dump', '--db', {db!r}]); main(['check', '--db', {db!r}]);"
        "bad = [m for m in ('PySide6.QtWidgets', 'openpyxl', 'pyqtgraph') if m in sys.modules];"
        "sys.stderr.write(repr(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stderr.strip().endswith("[]"), result.stderr


def test_messages_never_show_a_server_password():
    from desktop.commands import shown

    assert shown("postgresql://ann:s3cret@db.example.org/plan") == (
        "postgresql://ann:***@db.example.org/plan"
    )
    assert shown("/tmp/w.sqlite") == "/tmp/w.sqlite"


def test_dump_is_utf8_with_lf_even_on_a_windows_style_stdout(sample_ws, monkeypatch):
    """Windows' stdout is a text stream in the ANSI code page that writes CRLF; the CLI
    switches it to UTF-8 and LF, so a redirected dump is the canonical text byte for byte."""
    import io
    import sys

    from desktop.cli import main
    from desktop.commands.plan import dump_data
    from desktop.models.serialize import canonical_json
    from desktop.operations import find_plan

    ws, uuid = sample_ws
    raw = io.BytesIO()
    windows_stdout = io.TextIOWrapper(raw, encoding="cp1252", newline="\r\n")
    monkeypatch.setattr(sys, "stdout", windows_stdout)
    assert main(["dump", "--db", str(ws.path)]) == 0
    windows_stdout.flush()
    with ws.session() as session:
        expected = canonical_json(dump_data(session, find_plan(session, uuid), False))
    assert b"\r\n" not in raw.getvalue()
    assert raw.getvalue() == expected.encode("utf-8")
