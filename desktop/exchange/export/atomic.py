"""Atomic file writes (stdlib only): a temporary file next to the target, moved into place.

Every export writes through ``save_atomically``, so an error, a cancellation or a crash on the
way leaves the file at the target as it was (or absent) and no temporary file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

TEMP_PREFIX = ".plandesk-"


def file_mode(target: Path) -> int:
    """The mode the file would get if written directly: the old file's, else 0666 & ~umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def save_atomically(path: str | Path, write: Callable[[Path], T]) -> T:
    """``write(temporary)`` in ``path``'s folder, then move it onto ``path`` and return what
    ``write`` returned. Anything raised on the way (``BaseException`` too: a cancellation,
    Ctrl+C) removes the temporary file and leaves ``path`` untouched.

    The temporary file is created first, so a folder that cannot be written fails before any
    work is done; it gets the mode of the file it replaces (else a new file's).
    """
    target = Path(path)
    fd, name = tempfile.mkstemp(
        prefix=TEMP_PREFIX, suffix=f".part{target.suffix}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(name)
    try:
        result = write(tmp)
        os.chmod(tmp, file_mode(target))  # mkstemp made it 0600
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result


def save_bytes(
    path: str | Path, data: bytes, progress: Callable[[float, str], None] | None = None
) -> None:
    """Write ``data`` at ``path`` atomically; ``progress(99, "")`` is called once the bytes
    are in the temporary file, before the move (a cancel there still leaves ``path`` as it was).
    """

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
        if progress is not None:
            progress(99, "")

    save_atomically(path, write)
