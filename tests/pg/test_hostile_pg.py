"""A team workspace on PostgreSQL made by a newer PlanDesk, or holding other tables: refused in
one line by reading and writing commands alike, and left as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from desktop.cli import main


def _execute(url: str, statement: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(statement))
    engine.dispose()


def _revision(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = list(
            conn.execute(
                text(
                    "SELECT table_name FROM information_schema.tables WHERE table_name = "
                    "'alembic_version'"
                )
            ).scalars()
        )
        if found:
            found += list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    engine.dispose()
    return found


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            "UPDATE alembic_version SET version_num = '7777'",
            "made by a newer PlanDesk (workspace schema 7777); update PlanDesk to open it",
        ),
        ("DROP TABLE alembic_version", "not a PlanDesk workspace (a database with other tables: "),
    ],
)
def test_newer_or_foreign_server_workspace(pg_url, capsys, change, reason):
    _execute(pg_url, change)
    before = _revision(pg_url)
    for command in (["list"], ["dump"], ["set", "title=x"]):
        assert main([command[0], "--db", pg_url, *command[1:]]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and reason in err, err
    assert _revision(pg_url) == before
