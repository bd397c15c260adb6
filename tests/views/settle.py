"""Let the event loop run until screens have refreshed after a change, as they do before a
user's next look (``views.shared.refresh.DeferredRefresh`` refreshes on the next pass)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtTest import QTest


def settle(*screens: Any, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while any(s.refresher.pending() for s in screens):
        assert time.monotonic() < end, "a screen never refreshed"
        QTest.qWait(1)
