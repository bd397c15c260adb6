"""The attacker of issue 24: write access to the workspace and nothing else. On SQLite that is
the file (triggers can be dropped); on PostgreSQL the least-privileged application role of
the README (SELECT, INSERT, UPDATE, DELETE on the tables; it owns nothing, so the append-only
triggers stay)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from desktop.store import Workspace


@contextmanager
def attacker_engine(ws: Workspace, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An engine with what the attacker holds: the SQLite file, or the application role."""
    if ws.is_sqlite:
        engine = create_engine(f"sqlite:///{ws.path}")
        try:
            yield engine
        finally:
            engine.dispose()
        return
    cluster = request.getfixturevalue("pg_cluster")
    url = ws.url
    role = f"{url.database}_app"
    admin = create_engine(cluster.admin_url, isolation_level="AUTOCOMMIT")
    owner = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'GRANT CONNECT ON DATABASE "{url.database}" TO "{role}"'))
    with owner.connect() as conn:
        for grant in (
            f'GRANT USAGE ON SCHEMA public TO "{role}"',
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"',
            f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
        ):
            conn.execute(text(grant))
    engine = create_engine(make_url(url).set(username=role, password=None))
    try:
        yield engine
    finally:
        engine.dispose()
        with owner.connect() as conn:
            conn.execute(text(f'REASSIGN OWNED BY "{role}" TO CURRENT_USER'))
            conn.execute(text(f'DROP OWNED BY "{role}"'))
        owner.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def run(engine: Engine, sql: str, **params: object) -> None:
    with engine.begin() as conn:
        conn.execute(text(sql), params)


def drop_guards(engine: Engine) -> None:
    """What a writer of the SQLite file can do (the PostgreSQL role cannot: not the owner)."""
    for name in (
        "signature_no_update",
        "signature_no_delete",
        "audit_event_no_update",
        "audit_event_no_delete",
    ):
        run(engine, f"DROP TRIGGER IF EXISTS {name}")


def restore_replaced_certificate(ws, attacker, name: str, new_password: str) -> str:  # noqa: ANN001
    """The admin replaces ``name``'s key (as the People dialog does); then the ``attacker``
    (the fixture of test_forgery_admin) writes the old certificate and key back into the
    person's row. Returns the old certificate (PEM)."""
    from sqlalchemy import select

    from desktop.models import Person
    from desktop.signoff.admin_actions import replace_key

    from .conftest import PASSWORDS, identity

    with ws.session() as s:
        old = s.scalars(select(Person).where(Person.name == name)).one()
        old_cert, old_key = old.certificates, old.public_key
    replace_key(
        ws, identity(name, password=new_password), admin="管理員", password=PASSWORDS["管理員"]
    )
    attacker(
        "UPDATE person SET certificates = :c, public_key = :k WHERE name = :n",
        c=old_cert,
        k=old_key,
        n=name,
    )
    return old_cert
