"""A per-workspace lock file so that only one PlanDesk writes a SQLite workspace at a time.

Stdlib only (the fast start probes the lock before SQLAlchemy loads). Two OS mechanisms:

* POSIX (Linux, macOS): ``fcntl.flock`` on the whole file, advisory; the holder's text is
  readable by everyone.
* Windows: ``msvcrt.locking``, a *mandatory* byte-range lock on the bytes from the current
  file position: other handles cannot read a locked byte either. So the lock is one byte at
  ``WINDOWS_LOCK_OFFSET``, far past the end of the file (Windows allows locking beyond the
  end), and the holder's text at the start stays readable for the "in use by ..." message.

Both locks belong to one open file (a handle), not to the process: a second open of the same
workspace in the same process is refused like another process. The OS drops the lock when
the process dies, so a crash never leaves a stale lock. ``locker(os_name)`` picks the
mechanism; tests drive both branches with a stand-in ``msvcrt``/``fcntl`` module.
"""

from __future__ import annotations

import importlib
import os
import socket
from pathlib import Path
from typing import Any, Protocol

WINDOWS_LOCK_OFFSET = 1 << 30  # one byte here; < 2**31 for msvcrt's 32-bit offsets
HOLDER_MAX = 200  # bytes of holder text read back


class WorkspaceLocked(Exception):
    """Another PlanDesk holds the workspace; it can still be opened read-only."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(
            f"{path}: the workspace is in use by another PlanDesk ({holder}); "
            "open it read-only or close the other one"
        )


class Locker(Protocol):
    def lock(self, fd: int) -> None:
        """Take the exclusive lock without waiting; OSError if someone else holds it."""

    def unlock(self, fd: int) -> None: ...


class PosixLocker:
    """``flock``: whole-file, advisory, per open file description."""

    def __init__(self, fcntl_module: Any = None) -> None:
        self.fcntl = fcntl_module or importlib.import_module("fcntl")

    def lock(self, fd: int) -> None:
        self.fcntl.flock(fd, self.fcntl.LOCK_EX | self.fcntl.LOCK_NB)

    def unlock(self, fd: int) -> None:
        self.fcntl.flock(fd, self.fcntl.LOCK_UN)


class WindowsLocker:
    """``msvcrt.locking`` on one byte at ``WINDOWS_LOCK_OFFSET``; the file position is put
    back at 0 afterwards so the holder text is written and read at the start."""

    def __init__(self, msvcrt_module: Any = None) -> None:
        self.msvcrt = msvcrt_module or importlib.import_module("msvcrt")

    def lock(self, fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_NBLCK, 1)  # no retries, unlike LK_LOCK
        finally:
            os.lseek(fd, 0, os.SEEK_SET)

    def unlock(self, fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_UNLCK, 1)
        finally:
            os.lseek(fd, 0, os.SEEK_SET)


def locker(os_name: str | None = None) -> Locker:
    """The lock mechanism of this OS (``os.name``: ``"nt"`` is Windows)."""
    return WindowsLocker() if (os_name or os.name) == "nt" else PosixLocker()


def open_flags() -> int:
    """Read/write, created if missing; binary and not inherited by child processes on Windows."""
    return os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WorkspaceLock:
    """An exclusive, non-blocking OS lock on ``<workspace>.lock``, held until released."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None
        self._locker: Locker | None = None

    def acquire(self) -> None:
        mechanism = locker()
        fd = os.open(self.path, open_flags(), 0o644)
        try:
            mechanism.lock(fd)
        except OSError:
            holder = _read(fd) or "unknown process"
            os.close(fd)
            raise WorkspaceLocked(self.path.with_suffix(""), holder) from None
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}".encode())
        self._fd, self._locker = fd, mechanism

    def release(self) -> None:
        if self._fd is not None and self._locker is not None:
            try:
                self._locker.unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = self._locker = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def lock_is_free(db_path: Path) -> bool:
    """Whether no other PlanDesk holds ``db_path``'s lock (probed, then let go at once)."""
    path = lock_path(db_path)
    if not path.exists():
        return True
    mechanism = locker()
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        mechanism.lock(fd)
        mechanism.unlock(fd)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def _read(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, HOLDER_MAX).decode(errors="replace").strip()
    except OSError:
        return ""
