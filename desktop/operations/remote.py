"""Other people's changes appear without restarting: a cheap poll of the workspace's marker.

Every change anyone makes appends an audit event in its own transaction, so the number of
audit events newer than the last one seen says whether something changed. When another
PlanDesk changed the workspace the views are told through ``ops.notify`` (they reload, as
after a local change) and ``updated`` carries a short hint for the status bar. The poll is
one indexed query every few seconds; on a SQLite file opened for writing nobody else can
write, so the watcher is only started for server workspaces and read-only files.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import func, select

from desktop.models import AuditEvent

from .concurrency import local_time

POLL_MS = 3000


def needs_watching(workspace: Any) -> bool:
    """Server workspaces (several writers) and read-only files (someone else writes)."""
    return not workspace.is_sqlite or workspace.read_only


class RemoteChanges(QObject):
    """Polls ``max(audit_event.id)``; emits ``updated(hint)`` after reloading the views."""

    updated = Signal(str)

    def __init__(
        self, ctx: Any, parent: QObject | None = None, *, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self._notifying = False
        self._seen = self._marker()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        ctx.ops.changed.connect(self._after_own_change)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _marker(self) -> int:
        with self.ctx.session() as session:
            return int(session.scalar(select(func.max(AuditEvent.id))) or 0)

    def _newer(self) -> list[tuple[int, str, Any]]:
        with self.ctx.session() as session:
            stmt = (
                select(AuditEvent.id, AuditEvent.actor, AuditEvent.at)
                .where(AuditEvent.id > self._seen)
                .order_by(AuditEvent.id)
            )
            return [tuple(row) for row in session.execute(stmt)]

    def _after_own_change(self, _plan_id: int, _tables: object) -> None:
        """Our own change adds one event: take it as seen unless others wrote meanwhile."""
        if self._notifying:
            return
        try:
            newer = self._newer()
        except Exception:  # noqa: BLE001 - the server is unreachable; the poll will tell
            return
        if len(newer) <= 1:
            self._seen = max([self._seen, *(row[0] for row in newer)])
        else:
            QTimer.singleShot(0, self.poll)

    def poll(self) -> bool:
        """Check once; True when other people's changes were found and the views told."""
        try:
            newer = self._newer()
        except Exception:  # noqa: BLE001 - a network hiccup: try again at the next tick
            return False
        if not newer:
            return False
        self._seen = newer[-1][0]
        _id, actor, at = newer[-1]
        plan_id = self.ctx.plan_id
        self._notifying = True
        try:
            self.ctx.ops.notify(plan_id if plan_id is not None else -1, set())
        finally:
            self._notifying = False
        self.updated.emit(
            self.tr("Updated: changes by {0} at {1} are shown").format(
                actor or self.tr("someone else"), local_time(at)
            )
        )
        return True


def attach(
    window: Any, *, interval_ms: int = POLL_MS, show: Callable[[str], None] | None = None
) -> RemoteChanges | None:
    """Start watching the window's workspace (when it needs it); hints go to the status bar."""
    if not needs_watching(window.ctx.workspace):
        return None
    watcher = RemoteChanges(window.ctx, window, interval_ms=interval_ms)
    watcher.updated.connect(show or (lambda text: window.statusBar().showMessage(text, 15000)))
    watcher.start()
    window.remote_changes = watcher
    return watcher
