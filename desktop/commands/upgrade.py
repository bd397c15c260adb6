"""upgrade: migrate an older workspace on purpose, after a backup (reading commands never do)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli import Refused

from . import shown


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "upgrade",
        parents=[common],
        help="migrate an older workspace to this PlanDesk's schema (after a backup)",
    )
    p.set_defaults(handler=cmd_upgrade)


def cmd_upgrade(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.store import WorkspaceError, WorkspaceLocked, open_workspace
    from desktop.store.migrate import current_revision, upgrade
    from desktop.store.revisions import head_revision
    from desktop.store.workspace import is_url

    label = shown(args.db)
    if not is_url(args.db) and not Path(args.db).expanduser().exists():
        raise Refused(f"{label}: no such workspace")
    try:
        ws = open_workspace(args.db, migrate=False)
    except (WorkspaceError, WorkspaceLocked) as exc:
        raise Refused(str(exc)) from None
    try:
        before = current_revision(ws.engine)
        head = head_revision()
        if before == head:
            print(f"{label}: already at schema {head}; nothing to do")
            return 0
        try:
            backup = upgrade(ws.write_engine, ws.path)
        except WorkspaceError as exc:
            raise Refused(str(exc)) from None
    finally:
        ws.close()
    line = f"{label}: upgraded from schema {before or 'none'} to {head}"
    print(line + (f"; backup {backup}" if backup else ""))
    return 0
