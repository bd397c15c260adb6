"""A workbook re-saved by LibreOffice imports back to the same dump (needs soffice: make test
installs libreoffice-calc-nogui)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.store import open_workspace
from tests.exchange.excel.test_excel_roundtrip import (
    add_plan,
    dump_text,
    export,
    hostile_plan,
    import_into,
)


def soffice_convert(src: Path, out_dir: Path, fmt: str, profile: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is required: make deps installs libreoffice-calc-nogui"
    out_dir.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out_dir),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    target = out_dir / (src.stem + "." + fmt.split(":")[0])
    assert run.returncode == 0 and target.exists(), run.stdout + run.stderr
    return target


@pytest.mark.sqlite_only  # LibreOffice sees the same workbook whatever the database
def test_libreoffice_resaved_workbook_imports_to_the_same_dump(ws, tmp_path):
    data = hostile_plan()  # the sample plus formula-like text, dates and 17-digit floats
    # LibreOffice writes literal "_x0041_" text back unescaped (Excel would read "A"): the one
    # text PlanDesk cannot keep through LibreOffice, so it is left out here.
    data["goals"][0]["kpis"][0]["actuals"][1]["note"] = "字面"
    uuid = add_plan(ws, data)
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    resaved = soffice_convert(path, tmp_path / "lo", "xlsx", tmp_path / "lo-profile")
    assert resaved.read_bytes() != path.read_bytes()
    with open_workspace(tmp_path / "other.sqlite") as other:
        assert import_into(other, resaved) == uuid
        assert dump_text(other, uuid) == dump_text(ws, uuid)
