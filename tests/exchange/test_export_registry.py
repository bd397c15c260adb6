"""The export registry (``desktop.exchange.export``): every format has its command-line route,
writes atomically through its one writer, and an export that fails midway leaves the file it
would have replaced as it was, with no temporary file behind."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import build_parser
from desktop.exchange.export.atomic import save_atomically, save_bytes
from desktop.exchange.export.registry import FORMATS, ExportOptions, export_format
from desktop.operations import run_change
from desktop.operations.plan_edits import set_header
from desktop.store import Workspace
from tests.approved import add_people, name_signers

KEYS = [fmt.key for fmt in FORMATS]


@pytest.fixture
def filled(sample_ws: tuple[Workspace, str]) -> tuple[Workspace, str]:
    """The sample plan with every approval field filled, people enrolled and a trust root."""
    ws, uuid = sample_ws
    add_people(ws)
    name_signers(ws, uuid)
    header = {"compiled_on": "2026-12-01", "organisation": "市場推廣部（社交媒體組）"}
    run_change(ws, uuid, "header", set_header(header), tables=("plan",))
    return ws, uuid


def test_every_format_is_a_command(tmp_path: Path) -> None:
    parser = build_parser()
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt.ext}"
        args = parser.parse_args(fmt.cli.argv(str(tmp_path / "w.sqlite"), out, plan="abc"))
        assert callable(args.handler), fmt.key
        assert str(getattr(args, fmt.cli.option.lstrip("-").replace("-", "_"))) == str(out)
        assert args.plan == "abc"
    assert parser.parse_args(export_format("pdf_signature").cli.argv("w", "o.pdf")).for_signature
    assert not parser.parse_args(export_format("pdf").cli.argv("w", "o.pdf")).for_signature


def test_default_names() -> None:
    names = {f.key: f.default_name("年度計劃: 社交/媒體", 2027, 3) for f in FORMATS}
    assert names == {
        "xlsx": "年度計劃 社交 媒體 2027 r3.xlsx",
        "ics": "年度計劃 社交 媒體 2027 r3.ics",
        "docx": "年度計劃 社交 媒體 2027 r3.docx",
        "pdf": "年度計劃 社交 媒體 2027 r3.pdf",
        "pdf_signature": "年度計劃 社交 媒體 2027 r3 for signature.pdf",
        "review": "年度計劃 社交 媒體 2027 r3.pdreview",
    }
    assert (
        export_format("pdf_signature").default_name("P", 2027, 1, "供簽署")
        == "P 2027 r1 供簽署.pdf"
    )


def test_save_atomically_keeps_the_mode_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    save_bytes(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640
    for error in (OSError("disk full"), KeyboardInterrupt()):

        def write(tmp: Path, error: BaseException = error) -> None:
            tmp.write_bytes(b"half")
            raise error

        with pytest.raises(type(error)):
            save_atomically(target, write)
        assert target.read_bytes() == b"new"
        assert os.listdir(folder) == ["plan.xlsx"]
    with pytest.raises(FileNotFoundError):
        save_bytes(tmp_path / "no folder" / "plan.ics", b"x")


class Interrupt(Exception):
    """What the test's progress raises (as the GUI's Cancel raises ``Cancelled``)."""


@pytest.mark.sqlite_only
@pytest.mark.parametrize("when", ["midway", "last"])
# openpyxl's write-only sheets are generators: one left half-written is closed by the garbage
# collector, which reports lxml's complaint as "unraisable"; the file is gone all the same
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("key", KEYS)
def test_an_interrupted_export_leaves_the_old_file(
    filled: tuple[Workspace, str], tmp_path: Path, key: str, when: str
) -> None:
    ws, uuid = filled
    fmt = export_format(key)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"plan.{fmt.ext}"
    calls: list[float] = []
    result = fmt.write(ws, uuid, target, ExportOptions(), lambda p, _t: calls.append(p))
    assert result.path == target and target.stat().st_size > 0
    old = target.read_bytes()
    stop_at = len(calls) if when == "last" else (len(calls) + 1) // 2
    seen: list[float] = []

    def progress(percent: float, _text: str) -> None:
        seen.append(percent)
        if len(seen) == stop_at:
            raise Interrupt(f"stopped at {percent}")

    with pytest.raises(Interrupt):
        fmt.write(ws, uuid, target, ExportOptions(), progress)
    assert target.read_bytes() == old
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary file behind


@pytest.mark.sqlite_only
def test_a_refused_command_line_export_keeps_the_file(
    filled: tuple[Workspace, str], tmp_path: Path, cli: Any
) -> None:
    ws, _uuid = filled
    target = tmp_path / "plan.ics"
    target.write_bytes(b"BEGIN:VCALENDAR last week's")
    ran = cli("export", "--db", str(ws.path), "--ics", str(target), "--team", "沒有這個團隊")
    assert ran.returncode == 1 and "沒有這個團隊" in ran.stderr
    assert target.read_bytes() == b"BEGIN:VCALENDAR last week's"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".plandesk")] == []


def test_every_format_writes_on_this_backend(filled: tuple[Workspace, str], tmp_path: Path) -> None:
    """The writers open their own sessions: SQLite and PostgreSQL workspaces alike."""
    ws, uuid = filled
    for fmt in FORMATS:
        target = tmp_path / f"plan.{fmt.ext}"
        reports: list[float] = []
        result = fmt.write(ws, uuid, target, progress=lambda p, _t, seen=reports: seen.append(p))
        assert result.path == target and target.stat().st_size > 0, fmt.key
        assert reports and max(reports) <= 100, fmt.key
        target.unlink()
    with pytest.raises(LookupError):
        export_format("ics").write(ws, "no-such-plan", tmp_path / "x.ics")
    assert list(tmp_path.glob("*.ics")) == []
