"""Streams: closed pipes, undecodable or empty stdin, unforeseen errors — one line or quiet,
never a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import Refused, UsageError, main
from desktop.commands.secrets import read_secrets
from tests.conftest import REPO


@pytest.fixture
def sample_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["sample", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


@pytest.mark.parametrize("command", ["dump", "list", "check"])
def test_a_reader_that_goes_away_ends_the_command_quietly(sample_db, command):
    """``plandesk dump | head``: the reader closes the pipe; PlanDesk stops, says nothing."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", command, "--db", str(sample_db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before PlanDesk writes a byte
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    assert err == ""
    assert code == 1


def test_head_reads_the_beginning_of_a_dump(sample_db):
    result = subprocess.run(
        f"{sys.executable} -m desktop dump --db '{sample_db}' | head -n 2",
        shell=True,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout == '{\n  "collaboration": [\n'
    assert result.stderr == ""


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)


def test_secret_lines_from_stdin(monkeypatch):
    _stdin(monkeypatch, "密碼 一\n\ufeffsecond\n\n".encode())
    assert read_secrets(["a", "b", "c"]) == ["密碼 一", "\ufeffsecond", ""]
    _stdin(monkeypatch, "\ufeffpässword\r\n".encode())
    assert read_secrets(["a"]) == ["pässword"]  # a byte-order mark from Notepad is no part


def test_undecodable_stdin_is_refused_in_one_line(monkeypatch):
    _stdin(monkeypatch, b"caf\xe9\n")
    with pytest.raises(Refused) as refused:
        read_secrets(["a"])
    assert str(refused.value) == (
        "stdin is not UTF-8 text (byte 4 cannot be read); give each "
        "password as UTF-8 on its own line"
    )


def test_empty_stdin_is_a_slip_not_an_attempt(monkeypatch):
    _stdin(monkeypatch, b"")
    with pytest.raises(UsageError, match="stdin"):
        read_secrets(["a", "b"])


def test_an_unforeseen_error_is_one_line(sample_db, capsys, monkeypatch):
    """The last-resort guard in ``cli.main``: one line, exit 1, details with PLANDESK_DEBUG."""
    import desktop.models.serialize as serialize

    def broken(*_a, **_k):
        raise RuntimeError("something nobody foresaw\nsecond line")

    monkeypatch.setattr(serialize, "canonical_json", broken)
    monkeypatch.delenv("PLANDESK_DEBUG", raising=False)
    assert main(["dump", "--db", str(sample_db)]) == 1
    err = capsys.readouterr().err
    assert err == (
        "plandesk dump: unexpected error: RuntimeError: something nobody foresaw "
        "(PLANDESK_DEBUG=1 shows the details)\n"
    )
    monkeypatch.setenv("PLANDESK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["dump", "--db", str(sample_db)])


def test_an_output_file_that_cannot_be_written(sample_db, capsys, tmp_path):
    target = tmp_path / "is-a-folder.xlsx"
    target.mkdir()
    assert main(["export", "--db", str(sample_db), "--xlsx", str(target)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"plandesk export: {target}")
