"""Someone who can write the workspace (the SQLite file, or the database as a team member) but
holds nobody's key tries to forge or rewrite an approval. Every attempt must leave ``verify``
(with the root pinned by the admin, or given by ``--trust``) failing. Staged with raw SQL on
SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import inspect, select, text

from desktop.models import Plan
from desktop.operations.audit import GENESIS, append_event, event_hash
from desktop.signoff import certs
from desktop.signoff.content import signed_text
from desktop.signoff.keystore import KeyStore
from desktop.signoff.payload import record_hash, signed_payload
from desktop.signoff.people import workspace_root
from desktop.signoff.verify import verify_plan
from desktop.signoff.workflow import chain_signatures, new_record, seal_record, sign

from .conftest import PASSWORDS

ROLES = (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準"))
COLUMNS = (
    "plan_uuid",
    "revision",
    "role",
    "signer",
    "person_id",
    "meaning",
    "signed_at",
    "comment",
    "content_hash",
    "snapshot",
    "prev_hash",
    "record_hash",
    "signature",
    "released",
    "external",
    "certificates",
    "origin",
    "content_version",  # bound by the record from content version 2 on (issue 26)
)


def raw(ws, sql, **params):
    with ws.engine.begin() as conn:
        conn.execute(text(sql), params)


def drop_guards(ws):
    """What a writer of the SQLite file can do; on PostgreSQL the owner can."""
    if ws.is_sqlite:
        for name in (
            "signature_no_update",
            "signature_no_delete",
            "audit_event_no_update",
            "audit_event_no_delete",
        ):
            raw(ws, f"DROP TRIGGER IF EXISTS {name}")
    else:
        raw(ws, "DROP TRIGGER IF EXISTS signature_append_only ON signature")
        raw(ws, "DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")


def plan_of(session, uuid):
    return session.scalars(select(Plan).where(Plan.uuid == uuid)).one()


def root_of(ws):
    with ws.session() as s:
        return certs.fingerprint(workspace_root(s))


def report(ws, uuid, trusted):
    with ws.session() as s:
        return verify_plan(s, plan_of(s, uuid), trusted=trusted)


def mallory_ca(name="PlanDesk trust root (管理員)"):
    """The attacker's own root, named like the real one."""
    key = certs.new_key()
    return key, certs.make_root(key, name.removeprefix("PlanDesk trust root (").rstrip(")"))


def forge_signatures(ws, uuid, roles, issuer_key, issuer):
    """Insert sign-off rows with the real people's names, made with fresh keys that
    ``issuer`` certifies, correctly chained and sealed, plus the matching audit events."""
    with ws.session() as s:
        plan = plan_of(s, uuid)
        content = signed_text(plan)
        chain = chain_signatures(s, uuid)
        records = []
        for role, name in roles:
            key = certs.new_key()
            cert = certs.issue_person(issuer_key, issuer, key.public_key(), name, [role])
            sig = new_record(
                plan,
                chain + records,
                role,
                name,
                reject=False,
                comment="",
                chain=[cert],
                content=content,
            )
            seal_record(sig, key, cert)
            records.append(sig)
        rows = [{c: getattr(sig, c) for c in COLUMNS if c != "person_id"} for sig in records]
    for row in rows:
        raw(
            ws,
            f"INSERT INTO signature ({', '.join(COLUMNS)}) VALUES "
            f"({', '.join(':' + c if c != 'person_id' else 'NULL' for c in COLUMNS)})",
            **row,
        )
    with ws.write() as s:
        for role, row in zip(roles, rows, strict=True):
            append_event(
                s,
                uuid,
                actor=role[1],
                action=f"sign-off: {role[0]} signed",
                item="x",
                changes={"signature": row["record_hash"]},
            )
    raw(ws, "UPDATE plan SET status = 'approved' WHERE uuid = :u", u=uuid)


def test_inserted_person_and_signatures_do_not_verify(people_ws):
    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    root = root_of(ws)
    key, fake_root = mallory_ca()
    raw(
        ws,
        "INSERT INTO person (name, roles, public_key, certificates, removed, created_at, "
        "version) VALUES ('mallory', 'reviewer,approver', :k, :c, false, "
        "'2027-01-01 00:00:00', 1)",
        k=b"x",
        c=certs.to_pem([fake_root]),
    )
    forge_signatures(ws, uuid, ROLES[1:], key, fake_root)
    rep = report(ws, uuid, {root})
    assert not rep.ok
    forged = [v for v in rep.verdicts if v.role in ("reviewer", "approver")]
    assert [v.kind for v in forged] == ["invalid", "invalid"]
    assert all("not certified by this workspace's trust root" in v.reason for v in forged)


def test_replaced_root_is_not_anchored(people_ws):
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    real = root_of(ws)
    assert report(ws, uuid, {real}).ok
    drop_guards(ws)
    raw(ws, "DELETE FROM signature")
    raw(ws, "DELETE FROM audit_event WHERE plan_uuid = :u AND action LIKE 'sign-off:%'", u=uuid)
    raw(ws, "UPDATE task SET title = '偷改的標題' WHERE code = 'T1'")
    key, fake_root = mallory_ca()
    raw(
        ws,
        "UPDATE trust_root SET certificate = :c, fingerprint = :f",
        c=fake_root.public_bytes(serialization.Encoding.DER),
        f=certs.fingerprint(fake_root),
    )
    raw(ws, "UPDATE plan SET status = 'draft' WHERE uuid = :u", u=uuid)
    rebuild_audit_chain(ws, uuid)
    forge_signatures(ws, uuid, ROLES, key, fake_root)
    rep = report(ws, uuid, {real})
    assert not rep.ok and not rep.anchored
    assert any(p.startswith("not anchored") for p in rep.problems)
    assert {v.kind for v in rep.verdicts} == {"unanchored"}
    # even someone who trusts the forged root does not accept it: keys the people audit trail
    # never enrolled sign nothing (signoff/trail.py)
    forged = report(ws, uuid, {certs.fingerprint(fake_root)})
    assert not forged.ok and {v.kind for v in forged.verdicts} == {"invalid"}
    assert all("not their certificate in force" in v.reason for v in forged.verdicts)


def rebuild_audit_chain(ws, uuid):
    """Re-hash the plan's audit chain after deleting events (the attacker can compute it)."""
    with ws.engine.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT id, at, actor, action, item, changes FROM audit_event "
                "WHERE plan_uuid = :u ORDER BY id"
            ),
            {"u": uuid},
        ).all()
        prev = GENESIS
        for row in rows:
            changes = json.loads(row.changes) if isinstance(row.changes, str) else row.changes
            at = datetime.fromisoformat(row.at) if isinstance(row.at, str) else row.at
            digest = event_hash(prev, uuid, at, row.actor, row.action, row.item, changes)
            conn.execute(
                text("UPDATE audit_event SET prev_hash = :p, hash = :h WHERE id = :i"),
                {"p": prev, "h": digest, "i": row.id},
            )
            prev = digest


def test_edited_approved_plan_with_resealed_records_fails(people_ws):
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    real = root_of(ws)
    drop_guards(ws)
    raw(ws, "UPDATE task SET title = '偷改的標題' WHERE code = 'T1'")
    with ws.session() as s:
        content = signed_text(plan_of(s, uuid))
    digest = hashlib.sha256(content.encode()).hexdigest()
    # keep the real certificates, re-hash the content and re-seal with a key of one's own
    raw(ws, "UPDATE signature SET content_hash = :h, snapshot = :c", h=digest, c=content)
    with ws.session() as s:
        rows = chain_signatures(s, uuid)
        key = certs.new_key()
        for sig in rows:
            leaf = certs.from_pem(sig.certificates)[0]
            payload = signed_payload(sig, certs.fingerprint(leaf))
            raw(
                ws,
                "UPDATE signature SET record_hash = :r, signature = :s WHERE id = :i",
                r=record_hash(payload),
                s=certs.sign_bytes(key, payload),
                i=sig.id,
            )
    rep = report(ws, uuid, {real})
    assert not rep.ok
    assert all(v.kind == "invalid" for v in rep.verdicts)
    assert rep.status == "approved"


def test_no_secret_is_stored_in_the_workspace(people_ws):
    """Private keys, passwords and password hashes never reach the workspace."""
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    store = KeyStore()
    secrets: list[bytes] = [p.encode() for p in PASSWORDS.values()]
    for stored in store.list_keys():
        key = store.open(stored, PASSWORDS[stored.name])
        secrets.append(key.private_numbers().private_value.to_bytes(32, "big"))
        secrets.append(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    with ws.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        dumped = b""
        for table in tables:
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                for value in row:
                    dumped += value if isinstance(value, bytes) else str(value).encode()
        columns = {c["name"] for c in inspect(conn).get_columns("person")}
    assert not columns & {"password_hash", "private_key_encrypted"}
    for secret in secrets:
        assert secret not in dumped
    assert b"argon2" not in dumped.lower()
    if ws.is_sqlite:
        ws.close()
        data = b"".join(p.read_bytes() for p in ws.path.parent.glob(ws.path.name + "*"))
        for secret in secrets:
            assert secret not in data


@pytest.mark.parametrize("pinned", [False, True])
def test_a_root_nobody_pinned_is_never_valid(people_ws, pinned, tmp_path, monkeypatch):
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "someone-else"))
    with ws.session() as s:
        rep = verify_plan(s, plan_of(s, uuid))
        root = rep.root_fingerprint
        again = verify_plan(s, plan_of(s, uuid), trusted={root} if pinned else {"0" * 64})
    assert not rep.ok and not rep.anchored
    assert all(v.kind == "unanchored" for v in rep.verdicts)
    assert again.ok is pinned
