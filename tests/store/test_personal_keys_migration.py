"""Migration 0004: a workspace from before personal keys opens; its people and signatures are
shown as legacy (never trusted), and the sealed keys and password hashes are gone from the
file and from the backup taken before the upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from desktop.models import Plan
from desktop.signoff.verify import verify_plan
from desktop.store import open_workspace

from .old_schema import old_workspace_with_sample

pytestmark = pytest.mark.sqlite_only
SECRET = b"SEALED-PRIVATE-KEY-" * 4
HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$LEGACYHASHLEGACYHASH"


def legacy_workspace(path: Path) -> str:
    """A workspace at revision 0003 with a legacy person who signed the sample plan."""
    uuid = old_workspace_with_sample(path, "0003")
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT INTO person (name, roles, password_hash, public_key, "
            "private_key_encrypted, failed_attempts, created_at, version) VALUES "
            "('王編制', 'admin,compiler', ?, ?, ?, 0, '2026-01-01 00:00:00', 1)",
            (HASH, b"\x01" * 32, SECRET),
        )
        con.execute(
            "INSERT INTO signature (plan_uuid, revision, role, signer, person_id, meaning, "
            "signed_at, comment, content_hash, snapshot, prev_hash, record_hash, "
            "signature, released, external) VALUES (?, 1, 'compiler', '王編制', 1, "
            "'compiled and submitted for review', '2026-01-02 00:00:00', '', ?, '{}', "
            "?, ?, ?, 0, 0)",
            (uuid, "a" * 64, "0" * 64, "b" * 64, b"\x02" * 64),
        )
        con.execute("UPDATE plan SET status = 'in_review', compiler = '王編制'")
    con.close()
    return uuid


def test_legacy_workspace_opens_with_legacy_people_and_no_secrets(tmp_path):
    path = tmp_path / "old.sqlite"
    uuid = legacy_workspace(path)
    assert SECRET in path.read_bytes() or SECRET in Path(str(path) + "-wal").read_bytes()
    with open_workspace(path) as ws:
        with ws.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("person")}
        assert not columns & {"password_hash", "private_key_encrypted"}
        with ws.session() as session:
            from desktop.signoff.people import list_people

            people = list_people(session)
            assert [(p.name, p.legacy) for p in people] == [("王編制", True)]
            plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
            report = verify_plan(session, plan, trusted=set())
    assert not report.ok
    assert [(v.signer, v.kind) for v in report.verdicts] == [("王編制", "legacy")]
    assert "legacy" in report.verdicts[0].text
    files = [p for p in tmp_path.iterdir() if p.is_file()]
    backups = [p for p in files if ".backup-" in p.name]
    assert len(backups) == 1
    for file in files:
        data = file.read_bytes()
        assert SECRET not in data, file.name
        assert HASH.encode() not in data, file.name
