"""The release workflow and its helpers: the Linux job is .ci/run (``make test`` with
CI=true, which ends with ``make dist-smoke``), every OS tests and smoke-starts its bundle, and
scripts/dist_smoke.py passes a working program and names what fails in a broken one."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dist_smoke = _load("dist_smoke")


def jobs(text: str) -> dict[str, str]:
    """The text of each job under ``jobs:`` (keys indented by two spaces)."""
    body = text.split("\njobs:\n", 1)[1]
    parts = re.split(r"(?m)^  ([A-Za-z0-9_-]+):\n", body)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def runs(job: str) -> list[str]:
    """The commands of a job's ``run:`` steps (block scalars joined into one string)."""
    commands = []
    for match in re.finditer(r"(?m)^(\s+)(?:- )?run: ?(\|?|>-?)(.*)$", job):
        indent, block, rest = match.groups()
        if not block:
            commands.append(rest.strip())
            continue
        lines = []
        for line in job[match.end() :].splitlines()[1:]:
            if line.strip() and len(line) - len(line.lstrip()) <= len(indent):
                break
            lines.append(line.strip())
        commands.append(" ".join(filter(None, lines)))
    return commands


def test_linux_job_is_ci_run_make_test_with_ci_true() -> None:
    workflow = jobs(WORKFLOW.read_text(encoding="utf-8"))
    assert set(workflow) == {"linux", "windows", "macos", "publish"}
    linux = workflow["linux"]
    assert re.search(r'(?m)^    env:\n      CI: "true"$', linux)
    commands = runs(linux)
    assert commands[0] == "sudo bash scripts/system_deps.sh test gui fonts dist"  # set-up
    assert commands[1] == "make test"  # the only check: everything else is in the Makefile
    assert all("pytest" not in c and "pyinstaller" not in c for c in commands)
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci_run.strip().splitlines()[-1] == "make test"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert 'if [ -n "$${CI:-}" ]; then $(MAKE) dist-smoke; fi' in test_recipe
    assert "$(BIN)/actionlint $(WORKFLOWS)" in test_recipe  # and in make lint
    assert "$(PY) -m mypy" in test_recipe  # the type checker ([tool.mypy]) runs in CI too
    lint_recipe = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "$(PY) -m mypy" in lint_recipe
    assert "scripts/dist_smoke.py dist/plandesk/plandesk" in makefile


@pytest.mark.parametrize(
    ("job", "venv_bin", "executable"),
    [
        ("windows", ".venv\\Scripts\\", "dist\\plandesk\\plandesk.exe"),
        ("macos", ".venv/bin/", "dist/PlanDesk.app/Contents/MacOS/plandesk"),
    ],
)
def test_windows_and_macos_test_then_build_and_start_the_bundle(
    job: str, venv_bin: str, executable: str
) -> None:
    text = jobs(WORKFLOW.read_text(encoding="utf-8"))[job]
    commands = runs(text)
    order = [
        next(i for i, c in enumerate(commands) if needle in c)
        for needle in (
            "python scripts/dev.py test",
            f"{venv_bin}pyinstaller --noconfirm --log-level WARN build.spec",
            f"scripts{venv_bin[5]}dist_smoke.py {executable}",
        )
    ]
    assert order == sorted(order)
    assert "PLANDESK_TEST_PG_URL: ${{ steps.postgres.outputs.connection-uri }}" in text


def test_default_bundle_executable_per_platform() -> None:
    dist = ROOT / "dist"
    assert dist_smoke.default_executable("linux") == dist / "plandesk" / "plandesk"
    assert dist_smoke.default_executable("win32") == dist / "plandesk" / "plandesk.exe"
    app = dist / "PlanDesk.app"
    assert dist_smoke.default_executable("darwin") == app / "Contents" / "MacOS" / "plandesk"
    assert dist_smoke.bundle_root(app / "Contents" / "MacOS" / "plandesk") == app
    assert dist_smoke.bundle_root(dist / "plandesk" / "plandesk") == dist / "plandesk"


def test_smoke_start_keeps_every_user_folder_in_the_temporary_home(tmp_path: Path) -> None:
    env = dist_smoke.smoke_env(tmp_path, {"PATH": "/bin"})
    assert env["QT_QPA_PLATFORM"] == "offscreen" and env["PLANDESK_QUIT_AFTER_MS"]
    for var in (
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
        "WIN_PD_OVERRIDE_LOCAL_APPDATA",
        "WIN_PD_OVERRIDE_APPDATA",
    ):
        assert env[var] == str(tmp_path)


def _stand_in(path: Path, body: str) -> Path:
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for the bundle")
def test_smoke_passes_the_real_program_and_reports_a_broken_one(tmp_path: Path, capsys) -> None:
    # The unbundled program behind a launcher: --version and a real offscreen start.
    good = _stand_in(
        tmp_path / "plandesk", f'cd "{ROOT}" && exec "{sys.executable}" -m desktop "$@"'
    )
    assert dist_smoke.smoke(good) == []
    assert "plandesk 0.1.0" in capsys.readouterr().out
    broken = _stand_in(tmp_path / "broken", 'echo "plandesk 0.1.0"; [ "$1" = --version ]')
    [problem] = dist_smoke.smoke(broken)
    assert problem.startswith("offscreen start: exit 1")
    assert dist_smoke.main([str(tmp_path / "missing")]) == 1
    assert "no such bundle executable" in capsys.readouterr().err


def test_bundle_icons_hold_every_size_windows_and_macos_ask_for(qapp, tmp_path: Path) -> None:
    from PySide6.QtGui import QImageReader

    make_icons = _load("make_icons")
    written = make_icons.make_icons(tmp_path)
    for kind, sizes in (
        ("ico", {16, 24, 32, 48, 64, 128, 256}),
        ("icns", {16, 32, 64, 128, 256, 512, 1024}),
    ):
        reader = QImageReader(str(written[kind]))
        found = set()
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert not image.isNull(), f"{kind} image {index}: {reader.errorString()}"
            assert image.width() == image.height()
            found.add(image.width())
        assert found == sizes, kind


def test_windows_version_resource_text_is_what_pyinstaller_evaluates() -> None:
    """PyInstaller ``eval``s the version file with its versioninfo classes (Windows-only
    imports); stand-ins record the calls, so the text's structure is checked here."""
    win_version = _load("win_version")
    assert win_version.version_numbers("1.2.0rc1") == (1, 2, 0, 1)
    assert win_version.version_numbers("3") == (3, 0, 0, 0)
    calls: list[tuple[str, tuple, dict]] = []

    def stand_in(name: str):
        def record(*args: Any, **kwargs: Any) -> str:
            calls.append((name, args, kwargs))
            return name

        return record

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    version = win_version.project_version()
    text = win_version.version_info_text(version)
    assert eval(text, {"__builtins__": {}}, {n: stand_in(n) for n in names}) == "VSVersionInfo"
    by_name = {name: (args, kwargs) for name, args, kwargs in calls}
    fixed = by_name["FixedFileInfo"][1]
    assert fixed["filevers"] == fixed["prodvers"] == win_version.version_numbers(version)
    strings = dict(args for name, args, _ in calls if name == "StringStruct")
    assert strings["ProductName"] == "PlanDesk" and strings["FileVersion"] == version
    assert by_name["StringTable"][0][0] == "040904B0"  # US English, Unicode
    assert by_name["VarStruct"][0] == ("Translation", [0x0409, 1200])
