"""The user's folders PlanDesk writes to, per platform (platformdirs; stdlib + platformdirs).

==========  ==========================================  ==========================================
folder      Windows                                     macOS / Linux
==========  ==========================================  ==========================================
data        ``%LOCALAPPDATA%\\PlanDesk``                 ``~/Library/Application Support/PlanDesk``
                                                        / ``~/.local/share/PlanDesk``
logs        ``%LOCALAPPDATA%\\PlanDesk\\Logs``            ``~/Library/Logs/PlanDesk``
                                                        / ``~/.local/state/PlanDesk/log``
cache       ``%LOCALAPPDATA%\\PlanDesk\\Cache``           ``~/Library/Caches/PlanDesk``
                                                        / ``~/.cache/PlanDesk``
==========  ==========================================  ==========================================

Local, not roaming, on Windows (a workspace and its lock must not follow a roaming profile).
``XDG_*`` variables move the macOS and Linux folders, ``WIN_PD_OVERRIDE_LOCAL_APPDATA`` the
Windows ones (the tests point all of them into a temporary folder). The platform is read at
call time from ``sys.platform`` so that tests can check each platform's layout.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

APP_NAME = "PlanDesk"


def platform_dirs(platform: str | None = None) -> PlatformDirsABC:
    """platformdirs' folders for PlanDesk on ``platform`` (default: this one)."""
    platform = platform or sys.platform
    dirs: type[PlatformDirsABC]
    if platform == "win32":
        from platformdirs.windows import Windows as dirs
    elif platform == "darwin":
        from platformdirs.macos import MacOS as dirs
    else:
        from platformdirs.unix import Unix as dirs
    return dirs(APP_NAME, appauthor=False, roaming=False)


def data_dir(*, create: bool = False) -> Path:
    path = Path(platform_dirs().user_data_dir)
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir(*, create: bool = False) -> Path:
    path = Path(platform_dirs().user_log_dir)
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    return Path(platform_dirs().user_cache_dir)
