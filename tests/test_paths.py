"""The user folders per platform (desktop.paths, monkeypatched ``sys.platform``): local, not
roaming, on Windows; one ``PlanDesk`` level (no author folder); all movable for the tests."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from desktop import paths
from desktop.store import default_workspace_path


def test_windows_folders_are_in_local_appdata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    local = r"C:\Users\Wang\AppData\Local"
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\Wang\AppData\Roaming")
    assert PureWindowsPath(paths.data_dir()) == PureWindowsPath(local, "PlanDesk")
    assert PureWindowsPath(paths.log_dir()) == PureWindowsPath(local, "PlanDesk", "Logs")
    assert PureWindowsPath(paths.cache_dir()) == PureWindowsPath(local, "PlanDesk", "Cache")


def test_macos_folders_are_in_the_library(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(var, raising=False)
    library = tmp_path / "Library"
    assert paths.data_dir() == library / "Application Support" / "PlanDesk"
    assert paths.log_dir() == library / "Logs" / "PlanDesk"
    assert paths.cache_dir() == library / "Caches" / "PlanDesk"


def test_linux_folders_follow_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(var, raising=False)
    assert paths.data_dir() == tmp_path / ".local" / "share" / "PlanDesk"
    assert paths.log_dir() == tmp_path / ".local" / "state" / "PlanDesk" / "log"
    assert paths.cache_dir() == tmp_path / ".cache" / "PlanDesk"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere" / "PlanDesk"


def test_the_default_workspace_is_created_in_this_platforms_data_folder(
    private_user_dirs: Path,
) -> None:
    path = default_workspace_path()
    assert path.name == "workspace.sqlite" and path.parent == paths.data_dir()
    assert path.parent.is_dir() and private_user_dirs in path.parents


def test_no_module_hard_codes_a_user_folder() -> None:
    """User folders come from platformdirs (desktop.paths): no ~/.local, AppData or Library
    literals anywhere, whatever the platform the code was written on."""
    root = Path(paths.__file__).parent
    offenders = []
    for source in root.rglob("*.py"):
        if source.name == "paths.py" or "migrations" in source.parts:
            continue
        text = source.read_text(encoding="utf-8")
        for needle in (
            "~/.local",
            ".local/share",
            ".cache/",
            "AppData",
            "~/Library/",
            "/tmp/",
            'expanduser("~',
        ):
            if needle in text:
                offenders.append(f"{source.relative_to(root)}: {needle}")
    assert offenders == []
