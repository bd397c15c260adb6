#!/usr/bin/env python3
"""The built bundle starts: prints its version, opens a new workspace offscreen and quits.

    python scripts/dist_smoke.py [EXECUTABLE]

``make dist-smoke`` (Linux) and .github/workflows/release.yml (Windows, macOS) run this after
``pyinstaller build.spec``. EXECUTABLE defaults to this platform's bundle:
dist/plandesk/plandesk, dist/plandesk/plandesk.exe or dist/PlanDesk.app/Contents/MacOS/plandesk.
The smoke start uses a temporary workspace and temporary user folders (XDG_* and Windows'
LocalAppData/AppData overrides), so it leaves nothing behind. Standard library only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180


def default_executable(platform: str | None = None) -> Path:
    platform = platform or sys.platform
    if platform == "win32":
        return ROOT / "dist" / "plandesk" / "plandesk.exe"
    if platform == "darwin":
        return ROOT / "dist" / "PlanDesk.app" / "Contents" / "MacOS" / "plandesk"
    return ROOT / "dist" / "plandesk" / "plandesk"


def bundle_root(executable: Path) -> Path:
    """The folder (or .app) that is shipped."""
    for parent in executable.parents:
        if parent.suffix == ".app":
            return parent
    return executable.parent


def smoke_env(home: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    env.update(
        QT_QPA_PLATFORM="offscreen", PLANDESK_QUIT_AFTER_MS="2000", PLANDESK_NO_ERROR_DIALOG="1"
    )
    for var in (
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
        "WIN_PD_OVERRIDE_LOCAL_APPDATA",
        "WIN_PD_OVERRIDE_APPDATA",
    ):
        env[var] = str(home)
    return env


def size_mib(folder: Path) -> float:
    return (
        sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
        / 2**20
    )


def smoke(executable: Path) -> list[str]:
    """Run the checks; returns the problems (empty: the bundle works)."""
    if not executable.is_file():
        return [f"{executable}: no such bundle executable (build it with pyinstaller build.spec)"]
    version = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, timeout=TIMEOUT
    )
    print(version.stdout.strip() or version.stderr.strip())
    problems = []
    if version.returncode != 0 or not version.stdout.startswith("plandesk "):
        problems.append(
            f"--version: exit {version.returncode}, output {version.stdout!r} "
            f"{version.stderr[-500:]!r}"
        )
    with tempfile.TemporaryDirectory(prefix="plandesk-smoke-") as tmp:
        home = Path(tmp)
        db = home / "smoke.sqlite"
        started = subprocess.run(
            [str(executable), "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=smoke_env(home),
        )
        if started.returncode != 0:
            problems.append(f"offscreen start: exit {started.returncode}\n{started.stderr[-2000:]}")
        elif not db.is_file() or db.stat().st_size == 0:
            problems.append(f"offscreen start: {db.name} was not created")
    if sys.platform == "win32" and not (executable.parent / "plandeskw.exe").is_file():
        problems.append("plandeskw.exe (the windowed launcher) is missing")
    print(f"bundle size: {size_mib(bundle_root(executable)):.0f} MiB ({bundle_root(executable)})")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    executable = Path(args[0]) if args else default_executable()
    problems = smoke(executable.resolve())
    for problem in problems:
        print(f"dist_smoke: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
