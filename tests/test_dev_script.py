"""scripts/dev.py, the set-up without make (Windows, macOS): its per-platform logic with
monkeypatched platforms, and ``run`` end to end against a stand-in virtual environment."""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("dev_script", ROOT / "scripts" / "dev.py")
assert spec is not None and spec.loader is not None
dev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dev)


def test_venv_programs_per_platform(tmp_path: Path) -> None:
    assert dev.program(tmp_path, "python", "win32") == tmp_path / "Scripts" / "python.exe"
    assert (
        dev.program(tmp_path, "pyside6-lrelease", "win32")
        == tmp_path / "Scripts" / "pyside6-lrelease.exe"
    )
    assert dev.program(tmp_path, "python", "darwin") == tmp_path / "bin" / "python"
    assert dev.program(tmp_path, "ruff", "linux") == tmp_path / "bin" / "ruff"


def test_python_version_is_checked_with_a_way_out() -> None:
    dev.check_python((3, 11))
    dev.check_python((3, 13))
    for too_old_or_new in ((3, 10), (3, 14)):
        with pytest.raises(dev.SetupError, match="Python 3.11 to 3.13.*winget.*brew"):
            dev.check_python(too_old_or_new)


def test_work_is_redone_only_when_a_source_is_newer(tmp_path: Path) -> None:
    source, target = tmp_path / "a.ts", tmp_path / "a.qm"
    source.write_text("x")
    assert dev.needs_update(target, source)  # missing
    target.write_text("y")
    os.utime(source, (time.time() - 60, time.time() - 60))
    assert not dev.needs_update(target, source)
    os.utime(source, (time.time() + 60, time.time() + 60))
    assert dev.needs_update(target, source)


@pytest.mark.parametrize(
    ("platform", "hint"),
    [
        ("win32", "winget install oschwartz10612.Poppler"),
        ("darwin", "brew install poppler"),
        ("linux", "poppler-utils"),
    ],
)
def test_missing_test_tools_are_named_with_the_platforms_install_command(
    tmp_path: Path, platform: str, hint: str
) -> None:
    empty = {"PATH": str(tmp_path)}
    missing = dev.missing_test_tools(empty, platform)
    assert missing[0].startswith("pdftotext: ") and hint in missing[0]
    assert any(m.startswith("soffice: ") for m in missing)
    with_server = dict(empty, PLANDESK_TEST_PG_URL="postgresql://u@localhost/postgres")
    assert not any(
        m.startswith("PostgreSQL") for m in dev.missing_test_tools(with_server, platform)
    )


def test_windows_needs_a_server_url_for_the_postgresql_tests(tmp_path: Path) -> None:
    for name in ("pdftotext", "soffice", "initdb", "pg_ctl"):
        _program(tmp_path, name, "exit 0")
    env = {"PATH": str(tmp_path)}
    assert dev.missing_test_tools(env, "darwin") == []  # a local server is started from these
    [postgres] = dev.missing_test_tools(env, "win32")  # tests/pg_cluster.py needs a URL there
    assert "PLANDESK_TEST_PG_URL" in postgres


def test_test_command_stops_before_installing_when_tools_are_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    venv_dir = tmp_path / "venv"
    assert dev.main(["test", "--venv", str(venv_dir)]) == 1
    err = capsys.readouterr().err
    assert "the test suite needs these programs first" in err and "pdftotext" in err
    assert not venv_dir.exists()


def _program(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.mark.skipif(os.name != "posix", reason="shell scripts stand in for the venv's programs")
def test_run_uses_an_installed_venv_and_passes_the_arguments_on(tmp_path: Path) -> None:
    """``dev.py run --venv DIR -- --version``: no reinstall (stamps newer than pyproject),
    lrelease only for stale .qm files, then ``python -m desktop --version``."""
    venv_dir = tmp_path / "venv"
    log = tmp_path / "calls.log"
    bindir = venv_dir / "bin"
    _program(bindir, "python", f'echo "python $*" >> "{log}"\nexec "{sys.executable}" "$@"')
    _program(bindir, "pyside6-lrelease", f'echo "lrelease $*" >> "{log}"')
    for stamp in dev.STAMPS.values():
        (venv_dir / stamp).touch()
    result = dev.subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "dev.py"),
            "run",
            "--venv",
            str(venv_dir),
            "--",
            "--version",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("plandesk 0.1.0")
    calls = log.read_text().splitlines()
    assert "pip install" not in " ".join(calls)
    stale = [
        ts
        for ts in (ROOT / "resources" / "translations").glob("*.ts")
        if dev.needs_update(ts.with_suffix(".qm"), ts)
    ]
    assert len([c for c in calls if c.startswith("lrelease ")]) == len(stale)
    assert calls[-1] == "python -m desktop --version"
