#!/usr/bin/env python3
"""Set-up without make, for Windows, macOS and Linux (Python's standard library only).

    python scripts/dev.py run  [--venv DIR] [-- PLANDESK_ARGS...]
    python scripts/dev.py test [--venv DIR] [-- PYTEST_ARGS...]

``run``: creates the virtual environment (``.venv`` unless ``--venv``), installs PlanDesk
into it (``pip install -e .``), compiles the translations (``pyside6-lrelease``) and starts
``plandesk`` with the arguments after ``--``.
``test``: the same with the ``test`` extra, then ruff, mypy (and actionlint where installed,
as ``make lint`` does) and the whole test suite offscreen; it first names the outside tools the
suite needs that are missing (poppler, LibreOffice, PostgreSQL) and how to get them.

Re-running is cheap: the install is redone only when pyproject.toml is newer than the
venv's stamp (the same stamps as the Makefile's), translations only when a .ts file is
newer than its .qm. On Linux, ``make run`` / ``make test`` also install the Debian packages.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPORTED = ((3, 11), (3, 13))  # pyproject.toml: requires-python = ">=3.11,<3.14"
STAMPS = {"base": ".stamp-install-base", "test": ".stamp-install-test"}
LINT_PATHS = ("desktop", "tests", "benchmarks")


class SetupError(Exception):
    """A step failed; the message says which and what to do."""


def bin_dir(venv_dir: Path, platform: str | None = None) -> Path:
    """Where a venv keeps its programs: ``Scripts`` on Windows, ``bin`` elsewhere."""
    return venv_dir / ("Scripts" if (platform or sys.platform) == "win32" else "bin")


def program(venv_dir: Path, name: str, platform: str | None = None) -> Path:
    """A program installed in the venv (``name.exe`` on Windows)."""
    platform = platform or sys.platform
    return bin_dir(venv_dir, platform) / (name + (".exe" if platform == "win32" else ""))


def check_python(version: tuple[int, ...] = tuple(sys.version_info[:2])) -> None:
    low, high = SUPPORTED
    if not low <= tuple(version[:2]) <= high:
        raise SetupError(
            f"PlanDesk needs Python {low[0]}.{low[1]} to {high[0]}.{high[1]}; this is "
            f"{version[0]}.{version[1]}. Install Python 3.12 (python.org, `winget install "
            "Python.Python.3.12` or `brew install python@3.12`) and run this script with it."
        )


def needs_update(target: Path, *sources: Path) -> bool:
    """Whether ``target`` is missing or older than any of ``sources``."""
    if not target.exists():
        return True
    mtime = target.stat().st_mtime
    return any(source.stat().st_mtime > mtime for source in sources)


def run_step(argv: list[str | Path], what: str, env: dict[str, str] | None = None) -> None:
    print(f"dev.py: {what}", flush=True)
    done = subprocess.run([str(a) for a in argv], cwd=ROOT, env=env)
    if done.returncode != 0:
        raise SetupError(
            f"{what} failed (exit status {done.returncode}): {' '.join(str(a) for a in argv)}"
        )


def ensure_venv(venv_dir: Path, extra: str | None) -> Path:
    """Create ``venv_dir`` if needed and install the project (with ``extra``); its python."""
    python = program(venv_dir, "python")
    if not python.exists():
        print(f"dev.py: creating the virtual environment {venv_dir}", flush=True)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(venv_dir)
        run_step([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], "upgrading pip")
    stamp = venv_dir / STAMPS[extra or "base"]
    if needs_update(stamp, ROOT / "pyproject.toml"):
        spec = f".[{extra}]" if extra else "."
        run_step([python, "-m", "pip", "install", "-e", spec], f"installing PlanDesk ({spec})")
        stamp.touch()
        (venv_dir / STAMPS["base"]).touch()  # any extras include the base install
    return python


def compile_translations(venv_dir: Path) -> list[Path]:
    """``pyside6-lrelease`` every .ts newer than its .qm; returns the .qm files written."""
    lrelease = program(venv_dir, "pyside6-lrelease")
    written = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if needs_update(qm, ts):
            run_step([lrelease, ts, "-qm", qm], f"compiling {ts.name}")
            written.append(qm)
    return written


def missing_test_tools(env: dict[str, str], platform: str | None = None) -> list[str]:
    """The outside programs the test suite needs that are not on PATH, with how to get them."""
    platform = platform or sys.platform
    path = env.get("PATH")
    how = {
        "win32": {
            "poppler": "winget install oschwartz10612.Poppler (adds pdftotext)",
            "soffice": "winget install TheDocumentFoundation.LibreOffice, then add "
            "C:\\Program Files\\LibreOffice\\program to PATH",
            "postgres": "set PLANDESK_TEST_PG_URL to a PostgreSQL 15+ role that may "
            "CREATE DATABASE (winget install PostgreSQL.PostgreSQL.16)",
        },
        "darwin": {
            "poppler": "brew install poppler",
            "soffice": "brew install --cask libreoffice",
            "postgres": "brew install postgresql@16 (its bin folder on PATH), or set "
            "PLANDESK_TEST_PG_URL",
        },
    }.get(
        platform,
        {
            "poppler": "install poppler-utils",
            "soffice": "install LibreOffice (libreoffice-calc)",
            "postgres": "install the PostgreSQL server, or set PLANDESK_TEST_PG_URL",
        },
    )
    missing = []
    if not shutil.which("pdftotext", path=path):
        missing.append(f"pdftotext: {how['poppler']}")
    if not (shutil.which("soffice", path=path) or shutil.which("libreoffice", path=path)):
        missing.append(f"soffice: {how['soffice']}")
    has_server = (shutil.which("initdb", path=path) and shutil.which("pg_ctl", path=path)) or (
        platform.startswith("linux") and glob.glob("/usr/lib/postgresql/*/bin/initdb")
    )
    if not env.get("PLANDESK_TEST_PG_URL") and (platform == "win32" or not has_server):
        missing.append(f"PostgreSQL: {how['postgres']}")
    return missing


def cmd_run(venv_dir: Path, args: list[str]) -> int:
    python = ensure_venv(venv_dir, None)
    compile_translations(venv_dir)
    print("dev.py: starting PlanDesk", flush=True)
    return subprocess.call([str(python), "-m", "desktop", *args], cwd=ROOT)


def cmd_test(venv_dir: Path, args: list[str]) -> int:
    env = dict(os.environ)
    missing = missing_test_tools(env)
    if missing:
        raise SetupError("the test suite needs these programs first:\n  " + "\n  ".join(missing))
    python = ensure_venv(venv_dir, "test")
    compile_translations(venv_dir)
    run_step([program(venv_dir, "ruff"), "check", *LINT_PATHS], "ruff check")
    run_step([program(venv_dir, "ruff"), "format", "--check", *LINT_PATHS], "ruff format --check")
    run_step([str(python), "-m", "mypy"], "mypy (the packages [tool.mypy] lists)")
    actionlint = program(venv_dir, "actionlint")
    if actionlint.exists():
        run_step([actionlint], "actionlint (.github/workflows)")
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
    print("dev.py: pytest", flush=True)
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    own, rest = (
        (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    )
    parser = argparse.ArgumentParser(
        prog="python scripts/dev.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=("run", "test"))
    parser.add_argument(
        "--venv",
        type=Path,
        default=ROOT / ".venv",
        help="virtual environment folder (default: .venv in the project)",
    )
    args = parser.parse_args(own)
    try:
        check_python()
        venv_dir = args.venv.expanduser().resolve()
        return (cmd_run if args.command == "run" else cmd_test)(venv_dir, rest)
    except SetupError as exc:
        print(f"dev.py: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
