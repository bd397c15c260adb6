"""The command line on a PostgreSQL workspace gives the same plan as on a SQLite file."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.models import Plan
from desktop.models.sample import add_sample_plan
from desktop.models.serialize import canonical_json, dump_plan
from desktop.store import open_workspace


def plain(url: str) -> str:
    """``postgresql://...`` as a user types it (no driver name)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def test_sample_then_dump_matches_sqlite(cli, pg_url, tmp_path):
    done = cli("sample", "--db", plain(pg_url))
    assert done.returncode == 0, done.stderr
    pg_uuid = done.stdout.strip()
    pg_dump = cli("dump", "--db", plain(pg_url))
    assert pg_dump.returncode == 0, pg_dump.stderr
    # what `plandesk sample` + `plandesk dump` give on a SQLite file (same functions)
    with open_workspace(tmp_path / "w.sqlite") as ws:
        with ws.write() as session:
            sqlite_uuid = add_sample_plan(session).uuid
        with ws.session() as session:
            sqlite_dump = canonical_json(dump_plan(session.scalars(select(Plan)).one()))
    assert pg_uuid != sqlite_uuid
    assert pg_dump.stdout.replace(pg_uuid, "U") == sqlite_dump.replace(sqlite_uuid, "U")


def test_server_and_user_come_from_the_environment(cli, pg_url):
    """``postgresql:///DB`` with libpq's PG* variables (or ~/.pgpass) fills in the rest."""
    url = make_url(pg_url)
    env = {"PGHOST": url.host or "", "PGPORT": str(url.port or 5432), "PGUSER": url.username or ""}
    listed = cli("list", "--db", f"postgresql:///{url.database}", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr
