"""`plandesk` reaches its first paint without the heavy libraries; lazy registration loses no
sub-command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

HEAVY = (
    "sqlalchemy",
    "openpyxl",
    "pyqtgraph",
    "alembic",
    "cryptography",
    "pyhanko",
    "argon2",
    "docx",
    "icalendar",
)
# what the editable window does without: loaded when a menu entry first needs them
FEATURE_LIBRARIES = {"openpyxl", "pyqtgraph", "cryptography", "pyhanko", "docx", "icalendar"}
COMMANDS = {
    "sample",
    "list",
    "dump",
    "check",
    "set",
    "export",
    "import",
    "print",
    "user",
    "signoff",
    "verify",
    "key",
    "review",
    "pdf",
}
ACTIONS = {
    "user": ("add", "list", "roles", "rekey", "remove"),
    "key": ("new", "list", "export-p12"),
    "review": ("export", "sign", "merge"),
    "pdf": ("sign",),
}

# Runs the real entry point (``python -m desktop`` or the installed ``plandesk`` script) and
# records, at each start-up mark, which heavy libraries are loaded.
PROBE = """
import json, runpy, sys
import desktop.app as app
heavy, seen, mark = {heavy!r}, {{}}, app.startup_mark
def probe(name):
    seen.setdefault(name, sorted(m for m in heavy if m in sys.modules))
    mark(name)
    if name == "window":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "people_action"))
        window.people_action.trigger()  # Settings > People...: its module loads only now
        seen["people"] = sorted(m for m in heavy if m in sys.modules)
        QTimer.singleShot(0, lambda: app.__dict__["_quit"]())
def quit_app():
    from PySide6.QtWidgets import QApplication
    QApplication.instance().quit()
app._quit, app.startup_mark = quit_app, probe
entry = sys.argv[1]
sys.argv = ["plandesk", *sys.argv[2:]]
try:
    if entry == "module":
        runpy.run_module("desktop", run_name="__main__", alter_sys=True)
    else:
        runpy.run_path(entry, run_name="__main__")
except SystemExit:
    pass
print("SEEN " + json.dumps(seen))
"""


def _probe(entry: str, *args: str, home: Path) -> dict[str, list[str]]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PLANDESK_NO_ERROR_DIALOG="1",
        PLANDESK_QUIT_AFTER_MS="60000",
        PYTHONPATH=str(REPO),
    )
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home)
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), entry, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=180,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("SEEN ")), None)
    assert line is not None, result.stderr[-3000:]
    return json.loads(line[5:])


@pytest.mark.parametrize("entry", ["module", "script"])
def test_first_paint_imports_no_heavy_library(entry: str, tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    assert run_cli("sample", "--db", str(db)).returncode == 0
    script = Path(sys.executable).with_name("plandesk")
    seen = _probe(
        "module" if entry == "module" else str(script),
        "--db",
        str(db),
        "--lang",
        "en",
        home=tmp_path,
    )
    assert seen["preview"] == []  # the board is painted before any of them loads
    assert "sqlalchemy" in seen["window"]  # the editable window has its workspace open
    assert not FEATURE_LIBRARIES & set(seen["window"]), seen["window"]  # menus load on use
    assert "cryptography" in seen["people"]  # the People dialog loaded the sign-off stack


def test_version_and_help_import_no_heavy_library(tmp_path: Path) -> None:
    code = (
        "import sys, runpy; sys.argv = ['plandesk', sys.argv[1]]\n"
        "try:\n    runpy.run_module('desktop', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print('LOADED', sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    for flag in ("--version", "--help"):
        out = subprocess.run(
            [sys.executable, "-c", code, flag], capture_output=True, text=True, cwd=REPO, check=True
        ).stdout
        assert "LOADED []" in out, out


def _commands(help_text: str) -> set[str]:
    block = re.search(r"\{([^}]*)\}", help_text)
    listed = set(block.group(1).split(",")) if block else set()
    described = set(re.findall(r"^    (\S+)\s", help_text, re.M))
    return listed | described


def test_help_lists_every_sub_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert _commands(result.stdout) >= COMMANDS, result.stdout
    for command in sorted(COMMANDS):
        sub = run_cli(command, "--help")
        assert sub.returncode == 0, (command, sub.stderr)
        assert sub.stdout.startswith(f"usage: plandesk {command}"), sub.stdout
        for action in ACTIONS.get(command, ()):
            assert action in sub.stdout, (command, action)
            deeper = run_cli(command, action, "--help")
            assert deeper.returncode == 0 and f"plandesk {command} {action}" in deeper.stdout


def test_the_gui_path_parses_without_the_sub_commands() -> None:
    from desktop.cli import gui_options

    args = gui_options(["--db", "w.sqlite", "--lang", "en"])
    assert args is not None and (args.db, args.lang, args.command) == ("w.sqlite", "en", None)
    for argv in (["list", "--db", "w"], ["--help"], ["-h"], ["--lang", "xx"], ["--db"], ["x"]):
        assert gui_options(argv) is None  # the full parser answers these, as before
    bad = run_cli("--lang", "xx")
    assert bad.returncode == 2 and "invalid choice: 'xx'" in bad.stderr and "COMMAND" in bad.stderr
