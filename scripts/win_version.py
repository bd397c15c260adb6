#!/usr/bin/env python3
"""The Windows version resource of the bundle, as PyInstaller's version-file text.

    python scripts/win_version.py OUTFILE      (build.spec writes it; Windows uses it)

Explorer shows it under Properties > Details. PyInstaller reads the file with ``eval`` in
``PyInstaller.utils.win32.versioninfo`` (a module that only imports on Windows), so the text
is written here and checked on any platform by tests/test_release_workflow.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if match is None:
        raise ValueError("desktop/__init__.py has no __version__")
    return match.group(1)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Four numbers for the fixed part: "0.1.0" -> (0, 1, 0, 0); "1.2.0rc1" -> (1, 2, 0, 1)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info_text(version: str, exe_name: str = "plandesk.exe") -> str:
    numbers = version_numbers(version)
    strings = {
        "CompanyName": "PlanDesk",
        "FileDescription": "PlanDesk annual social-media plan desk",
        "FileVersion": version,
        "InternalName": "plandesk",
        "LegalCopyright": "MIT License",
        "OriginalFilename": exe_name,
        "ProductName": "PlanDesk",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [{table}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])])
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python scripts/win_version.py OUTFILE", file=sys.stderr)
        return 2
    Path(args[0]).parent.mkdir(parents=True, exist_ok=True)
    Path(args[0]).write_text(version_info_text(project_version()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
