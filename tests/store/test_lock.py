"""The workspace lock on POSIX (real ``flock``) and, with a stand-in ``msvcrt`` that keeps
Windows' byte-range rules, the Windows branch (monkeypatched ``os.name``)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from desktop.store import lock as lock_mod
from desktop.store.lock import (
    HOLDER_MAX,
    WINDOWS_LOCK_OFFSET,
    PosixLocker,
    WindowsLocker,
    WorkspaceLock,
    WorkspaceLocked,
    lock_is_free,
    locker,
)


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows documents it: locks ``nbytes`` from the current file
    position, per handle; a range locked by another handle fails at once (EACCES) with
    LK_NBLCK; LK_UNLCK must name exactly a range this handle locked."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        self.locks: dict[tuple[int, int], dict[tuple[int, int], int]] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        st = os.fstat(fd)
        ranges = self.locks.setdefault((st.st_dev, st.st_ino), {})
        start = os.lseek(fd, 0, os.SEEK_CUR)
        span = (start, start + nbytes)
        if mode == self.LK_UNLCK:
            if ranges.get(span) != fd:
                raise PermissionError(errno.EACCES, "Permission denied")
            del ranges[span]
            return
        assert mode == self.LK_NBLCK, "PlanDesk must not wait for a lock"
        if any(lo < span[1] and span[0] < hi for lo, hi in ranges):
            raise PermissionError(errno.EACCES, "Permission denied")
        ranges[span] = fd

    def locked_ranges(self) -> list[tuple[int, int]]:
        return [span for ranges in self.locks.values() for span in ranges]


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock_mod.os, "name", "nt")
    return fake


def test_the_mechanism_follows_os_name(windows: FakeMsvcrt) -> None:
    assert isinstance(locker("nt"), WindowsLocker)
    assert isinstance(locker(), WindowsLocker)  # os.name is "nt" here
    assert isinstance(locker("posix"), PosixLocker)


def _second_opener_is_told_who_holds_it(db: Path) -> None:
    first = WorkspaceLock(db)
    first.acquire()
    assert first.held and not lock_is_free(db)
    with pytest.raises(WorkspaceLocked, match="in use by another PlanDesk") as refused:
        WorkspaceLock(db).acquire()
    assert refused.value.holder == f"pid {os.getpid()} on {lock_mod.socket.gethostname()}"
    first.release()
    assert not first.held and lock_is_free(db)
    second = WorkspaceLock(db)
    second.acquire()  # free again after release
    second.release()


def test_native_lock_refuses_a_second_opener_and_names_the_holder(tmp_path: Path) -> None:
    """This OS's own mechanism (flock here; the real msvcrt on a Windows runner)."""
    _second_opener_is_told_who_holds_it(tmp_path / "w.sqlite")


def test_windows_lock_refuses_a_second_opener_and_names_the_holder(
    tmp_path: Path, windows: FakeMsvcrt
) -> None:
    _second_opener_is_told_who_holds_it(tmp_path / "w.sqlite")
    assert windows.locked_ranges() == []  # every lock was given back, range for range


def test_windows_lock_leaves_the_holder_text_readable(tmp_path: Path, windows: FakeMsvcrt) -> None:
    db = tmp_path / "w.sqlite"
    held = WorkspaceLock(db)
    held.acquire()
    try:
        # Windows locks are mandatory: a locked byte cannot be read by another handle.
        [(start, end)] = windows.locked_ranges()
        assert start == WINDOWS_LOCK_OFFSET and end == start + 1
        assert start >= HOLDER_MAX  # the "pid … on host" text is outside the locked byte
        # The holder text was written at the start, not at the lock byte (no 1 GiB file).
        text = held.path.read_bytes()
        assert text.startswith(b"pid ") and len(text) < HOLDER_MAX
    finally:
        held.release()


def test_windows_probe_does_not_keep_the_lock(tmp_path: Path, windows: FakeMsvcrt) -> None:
    db = tmp_path / "w.sqlite"
    assert lock_is_free(db)  # no lock file yet
    held = WorkspaceLock(db)
    held.acquire()
    assert not lock_is_free(db) and len(windows.locked_ranges()) == 1  # the probe let go
    windows.locks.clear()  # what Windows does when the holding process ends
    assert lock_is_free(db) and windows.locked_ranges() == []
    os.close(held._fd or -1)


def test_posix_locker_uses_flock_without_waiting(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    class FakeFcntl:
        LOCK_EX, LOCK_NB, LOCK_UN = 2, 4, 8

        def flock(self, fd: int, op: int) -> None:
            calls.append((fd, op))

    fd = os.open(tmp_path / "x.lock", os.O_RDWR | os.O_CREAT)
    try:
        mechanism = PosixLocker(FakeFcntl())
        mechanism.lock(fd)
        mechanism.unlock(fd)
    finally:
        os.close(fd)
    assert calls == [(fd, 2 | 4), (fd, 8)]
