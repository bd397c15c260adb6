"""Smoke tests for the build plumbing: scripts/system_deps.sh and the Makefile."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

# The Debian set-up (bash, make, dpkg); Windows sets up with scripts/dev.py instead.
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Linux/macOS set-up scripts")

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "system_deps.sh"


def _run(args, env=None, **kw):
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, **kw)


def _fake_bin(tmp_path: Path, name: str, body: str) -> None:
    path = tmp_path / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


def test_script_exists_and_is_executable():
    assert SCRIPT.is_file()
    assert SCRIPT.stat().st_mode & stat.S_IXUSR
    assert os.access(ROOT / ".ci" / "run", os.X_OK)


def test_usage_errors():
    assert _run(["bash", str(SCRIPT)]).returncode == 2
    res = _run(["bash", str(SCRIPT), "no-such-group"])
    assert res.returncode == 2
    assert "unknown group" in res.stderr


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs a Debian system")
def test_installed_group_is_silent_and_succeeds():
    res = _run([str(SCRIPT), "_selftest"])
    assert res.returncode == 0, res.stderr
    assert res.stdout == "" and res.stderr == ""


def test_missing_packages_as_non_root_are_reported(tmp_path):
    # dpkg-query says nothing is installed, id says we are not root, apt-get must not run.
    _fake_bin(tmp_path, "dpkg-query", "exit 1")
    _fake_bin(tmp_path, "id", "echo 1000")
    _fake_bin(tmp_path, "apt-get", f"touch {tmp_path}/apt-ran; exit 99")
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    env.pop("PLANDESK_SKIP_SYSTEM_DEPS", None)
    res = _run(["bash", str(SCRIPT), "_selftest"], env=env)
    assert res.returncode == 1
    assert "coreutils bash" in res.stderr
    assert "apt-get install -y --no-install-recommends coreutils bash" in res.stderr
    assert not (tmp_path / "apt-ran").exists()


def test_non_debian_prints_notice_and_continues(tmp_path):
    _fake_bin(tmp_path, "id", "echo 0")
    env = {"PATH": str(tmp_path)}  # no dpkg-query, no apt-get
    res = _run([shutil.which("bash") or "/bin/bash", str(SCRIPT), "_selftest"], env=env)
    assert res.returncode == 0
    assert "no dpkg" in res.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")
def test_make_run_without_display_explains_and_fails():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MAKEFLAGS", "MAKELEVEL"}
    }
    res = _run(["make", "-s", "check-display"], env=env, cwd=ROOT)
    assert res.returncode != 0
    assert "no display available" in res.stderr
    assert "xvfb-run" in res.stderr
