"""The workspace store: pragmas, migrations from an empty file, backups and the lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.store import WorkspaceError, WorkspaceLocked, open_workspace
from desktop.store.migrate import current_revision, head_revision, upgrade


@pytest.mark.sqlite_only
def test_pragmas_are_in_effect(ws):
    with ws.session() as session:
        pragma = lambda name: session.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000


def test_write_transactions_begin_immediate(ws, db_path):
    """A write session holds the write lock from its first statement."""
    with ws.write() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(db_path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_migration_runs_from_an_empty_file(db_path):
    db_path.write_bytes(b"")
    with open_workspace(db_path) as ws:
        assert current_revision(ws.engine) == head_revision()
        with ws.session() as session:
            tables = {
                r[0]
                for r in session.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
            }
    assert {"plan", "subtask", "risk", "kpi_actual", "audit_event", "signature"} <= tables


def test_backup_is_taken_before_migrating(db_path):
    from desktop.store.workspace import _sqlite_engine

    engine = _sqlite_engine(db_path, read_only=False)
    upgrade(engine, db_path, revision="0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO plan (uuid, lineage, revision, status, title, year, "
                "organisation, language, compiler, reviewer, approver, introduction,"
                " summary, outlook, week_convention, allow_dual_roles, version) "
                "VALUES ('u', 'u', 1, 'draft', '舊計劃', 2027, '', 'zh_TW', '', '', "
                "'', '', '', '', 'calendar', 0, 1)"
            )
        )
    engine.dispose()
    with open_workspace(db_path) as ws:
        assert current_revision(ws.engine) == head_revision()
    backups = list(db_path.parent.glob(db_path.name + ".backup-0001-*"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT title FROM plan").fetchall() == [("舊計劃",)]
    assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    old.close()


def test_second_opener_is_refused_the_write_lock(ws, db_path):
    with pytest.raises(WorkspaceLocked, match="in use by another PlanDesk"):
        open_workspace(db_path)
    with open_workspace(db_path, read_only=True) as reader:
        assert reader.read_only
        with pytest.raises(WorkspaceError, match="read-only"), reader.write():
            pass
        with reader.session() as session, pytest.raises(Exception, match="readonly|read-only"):
            session.execute(text("UPDATE plan SET title='x'"))


def test_lock_is_released_on_close(db_path):
    open_workspace(db_path).close()
    open_workspace(db_path).close()


def test_refuses_a_file_that_is_not_a_workspace(tmp_path: Path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("hello, this is not a database")
    with pytest.raises(WorkspaceError, match="not a PlanDesk workspace"):
        open_workspace(bogus)
    missing_folder = tmp_path / "nope" / "w.sqlite"
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(missing_folder)


def test_default_workspace_lives_in_user_data_dir(private_user_dirs):
    from desktop.store import default_workspace_path

    path = default_workspace_path()
    assert path.name == "workspace.sqlite"
    assert str(path).startswith(str(private_user_dirs / "data"))


def test_head_revision_matches_alembic():
    from alembic.script import ScriptDirectory

    from desktop.store.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_opening_a_current_workspace_does_not_import_alembic(db_path, tmp_path):
    import subprocess
    import sys

    open_workspace(db_path).close()
    code = (
        "import sys; from desktop.store import open_workspace; "
        f"open_workspace({str(db_path)!r}).close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
