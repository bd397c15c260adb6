"""Alembic migrations, run when a workspace opens, after a backup of a SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from .revisions import head_revision
from .sqlite_file import NEWER, WorkspaceError, schema_of, schema_refusal

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
KEEP_BACKUPS = 5
MIGRATION_LOCK = 0x504C414E  # "PLAN": PostgreSQL advisory lock held while migrating


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _current(conn)


def _current(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(db_path: Path, label: str) -> Path:
    """Copy a live SQLite file with the backup API (consistent even in WAL mode)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = db_path.with_name(f"{db_path.name}.backup-{label}-{stamp}")
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    # one backup per schema version: an earlier one of the same version (a migration that
    # failed and was tried again) is replaced by this newer copy
    for same in db_path.parent.glob(f"{db_path.name}.backup-{label}-*"):
        if same != target:
            same.unlink(missing_ok=True)
    old = sorted(db_path.parent.glob(f"{db_path.name}.backup-*"), key=lambda p: p.stat().st_mtime)
    for stale in old[:-KEEP_BACKUPS]:
        stale.unlink(missing_ok=True)
    return target


def upgrade(engine: Engine, db_path: Path | None, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; return the backup taken first, if any.

    A SQLite file that already holds tables is backed up before any migration runs. A schema
    made by a newer PlanDesk, or tables that are not PlanDesk's, raise ``WorkspaceError``
    before anything is written.
    """
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    tables = inspect(engine).get_table_names()
    kind = schema_of(tables, current)
    label = str(db_path) if db_path else engine.url.render_as_string(hide_password=True)
    refusal = schema_refusal(label, kind, tables, current)
    if refusal and (revision == "head" or kind == NEWER):
        raise WorkspaceError(refusal)
    backup = None
    if db_path is not None and inspect(engine).get_table_names():
        backup = backup_sqlite(db_path, current or "unversioned")
    config = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several PlanDesks may open a new team workspace at once: one migrates, the
            # others wait for it and then find the schema current.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            if _current(conn) == target:
                return None
        from alembic import command

        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    if backup is not None and (current or "0000") < "0004" <= target:
        scrub_legacy_secrets(backup)
    return backup


def scrub_legacy_secrets(copy: Path) -> None:
    """Blank the sealed private keys and password hashes that workspaces kept before personal
    keys (migration 0004) in a backup copy, so that no workspace file keeps them."""
    con = sqlite3.connect(copy)
    try:
        columns = {row[1] for row in con.execute("PRAGMA table_info(person)")}
        if {"password_hash", "private_key_encrypted"} <= columns:
            con.execute("PRAGMA secure_delete = ON")
            with con:
                con.execute("UPDATE person SET password_hash = '', private_key_encrypted = x''")
            con.execute("VACUUM")
    finally:
        con.close()
