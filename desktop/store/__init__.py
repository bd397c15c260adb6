"""The workspace store: engines, sessions, SQLite pragmas, lock, backups and migrations.

Names load on first use (PEP 562), so ``desktop.store.revisions`` and ``desktop.store.lock``
can be imported without SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .lock import WorkspaceLocked
    from .workspace import (
        Workspace,
        WorkspaceError,
        WorkspaceReadOnly,
        default_workspace_path,
        is_url,
        open_workspace,
        prepare_workspace,
    )

_WHERE = {
    "Workspace": "workspace",
    "WorkspaceError": "workspace",
    "WorkspaceReadOnly": "workspace",
    "WorkspaceLocked": "lock",
    "default_workspace_path": "workspace",
    "is_url": "workspace",
    "open_workspace": "workspace",
    "prepare_workspace": "workspace",
}
__all__ = [
    "Workspace",
    "WorkspaceError",
    "WorkspaceLocked",
    "WorkspaceReadOnly",
    "default_workspace_path",
    "is_url",
    "open_workspace",
    "prepare_workspace",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
