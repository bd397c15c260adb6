"""Sub-commands of ``plandesk``; shared helpers for opening workspaces and choosing plans.

Importing this package (and each command module's ``register``) loads nothing heavy:
``plandesk`` builds its whole argument parser before the GUI's first paint, so SQLAlchemy,
the models and the store are imported inside the helpers and handlers that use them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import Refused

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.models import Plan
    from desktop.store import Workspace


@contextmanager
def workspace(db: str, *, write: bool) -> Iterator[Workspace]:
    """Open the workspace for a command.

    A reading command (``write=False``) opens it read-only and writes nothing at all: no
    lock file, no migration, no backup, no new file (``store.sqlite_file``). A writing
    command is refused (one line) on a read-only, locked, foreign or newer workspace.
    """
    from desktop.store import WorkspaceError, WorkspaceLocked, open_workspace

    try:
        ws = open_workspace(db, read_only=not write)
    except (WorkspaceError, WorkspaceLocked) as exc:
        raise Refused(str(exc)) from None
    if ws.older_schema:
        import sys

        label = shown(db)
        print(
            f"{label}: written by an older PlanDesk, read through an upgraded copy in memory; "
            f"run 'plandesk upgrade --db {label}' to upgrade the file (a backup is kept)",
            file=sys.stderr,
        )
    try:
        yield ws
    finally:
        ws.close()


def writable_output(path: Path) -> Path:
    """``path`` if a command may write its output file there; Refused (one line) if not."""
    import os

    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise Refused(f"{path}: the folder {folder} does not exist")
    effective = os.access in os.supports_effective_ids
    if path.is_dir():
        raise Refused(f"{path}: is a folder; give a file name")
    if not os.access(folder, os.W_OK | os.X_OK, effective_ids=effective):
        raise Refused(f"{path}: cannot write (the folder {folder} is read-only)")
    if path.exists() and not os.access(path, os.W_OK, effective_ids=effective):
        raise Refused(f"{path}: cannot write (the file is read-only)")
    return path


def shown(db: str) -> str:
    """The workspace as messages show it: a server URL without its password."""
    if "://" not in db:
        return db
    from sqlalchemy.engine import make_url

    try:
        return make_url(db).render_as_string(hide_password=True)
    except Exception:  # not a URL after all: show nothing secret
        return db.split("://", 1)[0] + "://…"


def choose_plan(session: Session, plan_ref: str | None, db: str) -> Plan:
    """The plan named by ``--plan`` (id or uuid prefix), or the workspace's only plan."""
    from sqlalchemy import select

    from desktop.models import Plan
    from desktop.operations import find_plan

    db = shown(db)
    if plan_ref:
        try:
            return find_plan(session, plan_ref)
        except LookupError as exc:
            raise Refused(f"{db}: {exc}") from None
    plans = list(session.scalars(select(Plan).order_by(Plan.id)))
    if not plans:
        raise Refused(f"{db}: the workspace holds no plan (try 'plandesk sample')")
    if len(plans) > 1:
        raise Refused(f"{db}: the workspace holds {len(plans)} plans; choose one with --plan ID")
    return plans[0]
