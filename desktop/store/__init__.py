"""The workspace store: engines, sessions, SQLite pragmas, lock, backups and migrations."""

from .lock import WorkspaceLocked
from .workspace import (
    Workspace,
    WorkspaceError,
    default_workspace_path,
    is_url,
    open_workspace,
)

__all__ = [
    "Workspace",
    "WorkspaceError",
    "WorkspaceLocked",
    "default_workspace_path",
    "is_url",
    "open_workspace",
]
