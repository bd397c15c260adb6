"""Workspaces at an older schema revision holding a real plan, for migration tests.

The ORM always speaks the newest schema, so the plan is built in a current workspace and
its rows are copied, column by column where both schemas have them, into the old one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from desktop.models.sample import add_sample_plan
from desktop.operations.changes import PLAN_TABLES
from desktop.store import open_workspace
from desktop.store.migrate import upgrade


def _columns(con: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA {schema}.table_info({table})")]


def old_workspace_with_sample(path: Path, revision: str) -> str:
    """A workspace at ``revision`` holding the sample plan; returns the plan's uuid."""
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, path, revision=revision)
    engine.dispose()
    current = path.with_name(path.name + ".current.sqlite")
    with open_workspace(current) as ws, ws.write() as session:
        uuid = add_sample_plan(session).uuid
    con = sqlite3.connect(path)
    with con:
        con.execute("ATTACH DATABASE ? AS cur", (str(current),))
        for table in PLAN_TABLES:
            old = set(_columns(con, "main", table))
            shared = [c for c in _columns(con, "cur", table) if c in old]
            if not shared:
                continue
            names = ", ".join(shared)
            con.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM cur.{table}")
    con.execute("DETACH DATABASE cur")
    con.close()
    current.unlink()
    return uuid
