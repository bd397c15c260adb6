"""The store on PostgreSQL: migrations on an empty database, read-only, URLs and labels."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import inspect, text

from desktop.store import WorkspaceError, open_workspace
from desktop.store.migrate import current_revision, head_revision
from desktop.store.workspace import server_url


@pytest.fixture
def empty_url(pg_cluster):
    url = pg_cluster.empty_database()
    yield url
    pg_cluster.drop_database(url)


def test_new_team_database_is_migrated_once_even_by_two_openers(empty_url):
    with ThreadPoolExecutor(2) as pool:
        spaces = list(pool.map(lambda _i: open_workspace(empty_url), range(2)))
    try:
        for ws in spaces:
            assert current_revision(ws.engine) == head_revision()
            assert ws.path is None and ws.lock is None and not ws.is_sqlite
        tables = set(inspect(spaces[0].engine).get_table_names())
        assert {"plan", "subtask", "audit_event", "signature", "alembic_version"} <= tables
        with spaces[0].session() as session:  # the append-only triggers came along
            triggers = set(
                session.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
            )
        assert {"audit_event_append_only", "signature_append_only"} <= triggers
    finally:
        for ws in spaces:
            ws.close()


def test_read_only_server_workspace_refuses_writes(pg_url):
    with open_workspace(pg_url, read_only=True) as reader:
        with pytest.raises(WorkspaceError, match="read-only"), reader.write():
            pass
        with reader.session() as session, pytest.raises(Exception, match="read-only"):
            session.execute(text("UPDATE plan SET title = 'x'"))


def test_urls_label_and_driver():
    url = server_url("postgresql://planner:pw@db.example.org/plans")
    assert url.drivername == "postgresql+psycopg"
    assert server_url("postgres://h/d").drivername == "postgresql+psycopg"
    assert server_url("postgresql+psycopg://h/d").drivername == "postgresql+psycopg"
    with pytest.raises(WorkspaceError) as refused:
        open_workspace("postgresql://planner:pw@127.0.0.1:1/plans")
    assert "pw" not in str(refused.value).replace("planner", "")
    assert "127.0.0.1" in str(refused.value)


def test_label_hides_the_password(pg_url):
    with open_workspace(pg_url) as ws:
        assert ws.label.startswith("postgresql+psycopg://")
        assert ws.url.get_backend_name() == "postgresql"


def test_the_minimum_privileges_of_the_readme_are_enough(pg_cluster, empty_url):
    """Owner migrates; a role with only the README's grants does the daily work."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url(empty_url)
    owner, planner = f"{url.database}_owner", f"{url.database}_planner"
    second = make_url(pg_cluster.empty_database())
    admin = create_engine(pg_cluster.admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{owner}" LOGIN'))
            conn.execute(text(f'CREATE ROLE "{planner}" LOGIN'))
            conn.execute(text(f'ALTER DATABASE "{url.database}" OWNER TO "{owner}"'))
            for db in (url.database, second.database):
                conn.execute(text(f'GRANT CONNECT ON DATABASE "{db}" TO "{planner}"'))
        check_privileges(url, second, owner, planner)
    finally:
        with admin.connect() as conn:
            for db in (url.database, second.database):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{planner}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{owner}"'))
        admin.dispose()


def check_privileges(url, second, owner: str, planner: str) -> None:
    from sqlalchemy import create_engine

    from desktop.models.sample import add_sample_plan
    from desktop.operations import run_change
    from desktop.operations.audit import check_chain

    db_admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with db_admin.connect() as conn:  # PostgreSQL 15: only the owner of public may create
        conn.execute(text(f'ALTER SCHEMA public OWNER TO "{owner}"'))
    db_admin.dispose()
    open_workspace(url.set(username=owner)).close()  # the owner runs the migrations
    owner_engine = create_engine(url.set(username=owner), isolation_level="AUTOCOMMIT")
    with owner_engine.connect() as conn:
        for grant in (
            f'GRANT USAGE ON SCHEMA public TO "{planner}"',
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{planner}"',
            f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{planner}"',
        ):
            conn.execute(text(grant))
    owner_engine.dispose()
    with open_workspace(url.set(username=planner)) as ws:
        with ws.write() as session:
            uuid = add_sample_plan(session).uuid
        run_change(ws, uuid, "rename", lambda s, p: setattr(p, "title", "新"), tables=("plan",))
        with ws.session() as session:
            assert check_chain(session, uuid).ok
        with ws.session() as session, pytest.raises(Exception, match="permission denied"):
            session.execute(text("CREATE TABLE sneaky (id int)"))
    with pytest.raises(WorkspaceError, match="permission denied"):  # no CREATE: no schema
        open_workspace(second.set(username=planner))
