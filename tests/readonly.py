"""Read-only files and folders that stay read-only for root.

The tests run as root here and in CI, and root ignores permission bits: ``chmod 555`` alone
would not stop it writing, so a read-only test would pass without ever taking PlanDesk's
read-only path. Bind or tmpfs mounts need privileges a CI container may not give, and
``chattr +i`` does not work on overlayfs. What always works: permission bits bind root only
through its capabilities CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER, and any
process (thread, on Linux) may lower its own *effective* capabilities and raise them again
later (they stay in its permitted set). ``permission_bits_apply()`` does that around a block;
a subprocess started with ``preexec_fn=drop_override_for_exec`` loses them for good (bounding
set, so that exec does not give them back). ``read_only()`` chmods a file or folder and
checks that a write there really fails, so a test can never pass by not being read-only.
"""

from __future__ import annotations

import ctypes
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3
OVERRIDES = (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER)
_VERSION_3 = 0x20080522
PR_CAPBSET_DROP = 24


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


_libc = ctypes.CDLL(None, use_errno=True) if os.name == "posix" else None


def _is_root() -> bool:
    return getattr(os, "geteuid", lambda: -1)() == 0


def _caps() -> tuple[_Header, ctypes.Array]:
    header = _Header(_VERSION_3, 0)
    data = (_Data * 2)()
    if _libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    return header, data


def _set(header: _Header, data: ctypes.Array) -> None:
    if _libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")


@contextmanager
def permission_bits_apply() -> Iterator[None]:
    """Within the block, this thread obeys permission bits even as root."""
    if not _is_root():
        yield
        return
    header, data = _caps()
    saved = data[0].effective
    for cap in OVERRIDES:
        data[0].effective &= ~(1 << cap)
    _set(header, data)
    try:
        yield
    finally:
        header, data = _caps()
        data[0].effective = saved
        _set(header, data)


def drop_override_for_exec() -> None:
    """``preexec_fn``: the child (and what it execs) obeys permission bits even as root."""
    if not _is_root():
        return
    for cap in OVERRIDES:
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "PR_CAPBSET_DROP failed")
    header, data = _caps()
    for cap in OVERRIDES:
        data[0].effective &= ~(1 << cap)
        data[0].permitted &= ~(1 << cap)
    _set(header, data)


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """chmod ``paths`` read-only (folders 555, files 444) and obey permission bits; checks
    that writing really fails, then restores the modes (so tmp_path can be cleaned up)."""
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        with permission_bits_apply():
            for p in paths:
                _assert_unwritable(p)
            yield
    finally:
        for p, mode in modes.items():
            p.chmod(stat.S_IMODE(mode))


def _assert_unwritable(path: Path) -> None:
    try:
        if path.is_dir():
            fd = os.open(path / ".probe", os.O_CREAT | os.O_WRONLY, 0o644)
        else:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    except PermissionError:
        return
    os.close(fd)
    (path / ".probe").unlink(missing_ok=True)
    raise AssertionError(f"{path} is still writable: the read-only test would prove nothing")


def folder_state(folder: Path) -> dict[str, str]:
    """Every entry of ``folder`` (hidden ones too) with the SHA-256 of its bytes."""
    import hashlib

    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        for p in sorted(folder.iterdir())
    }
