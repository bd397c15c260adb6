"""Issue 24, the second red team: someone with write access to the workspace (the SQLite file,
or the PostgreSQL database as the least-privileged planner role: SELECT, INSERT, UPDATE and
DELETE on the tables, nothing else) and keys of their own, but nobody else's key.

Each attack leaves the admin action or the merge refused with nothing changed (``dump
--with-signoffs``, the people and the audit trail compared before and after), or ``verify
--trust`` failing."""

from __future__ import annotations

import io
import sys
from datetime import datetime

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from desktop.cli import main
from desktop.models import Person, Plan
from desktop.signoff import certs
from desktop.signoff.admin_actions import change_roles, replace_key
from desktop.signoff.keystore import KeyStore
from desktop.signoff.payload import MEANINGS
from desktop.signoff.people import SignoffRefused, enrol, workspace_root
from desktop.signoff.standing import public_der
from desktop.signoff.verify import verify_plan
from desktop.signoff.workflow import chain_signatures, sign

from .conftest import PASSWORDS, identity
from .hostile_writer import restore_replaced_certificate

ROLES = (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準"))


@pytest.fixture
def attacker(people_ws, workspace_target):
    """``attack(sql, **params)`` as someone who can write the workspace: the SQLite file's
    writer, or on PostgreSQL a planner role with only the README's grants."""
    ws, _uuid = people_ws
    if ws.is_sqlite:
        engine = create_engine(f"sqlite:///{ws.path}")
        yield lambda sql, **p: _run(engine, sql, p)
        engine.dispose()
        return
    url = make_url(str(workspace_target))
    planner = f"{url.database}_planner"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{planner}" LOGIN'))
        for grant in (
            f'GRANT CONNECT ON DATABASE "{url.database}" TO "{planner}"',
            f'GRANT USAGE ON SCHEMA public TO "{planner}"',
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{planner}"',
            f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{planner}"',
        ):
            conn.execute(text(grant))
    engine = create_engine(url.set(username=planner))
    with engine.connect() as conn, pytest.raises(Exception, match="must be owner"):
        conn.execute(text("DROP TRIGGER signature_append_only ON signature"))  # no more than that
    yield lambda sql, **p: _run(engine, sql, p)
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP OWNED BY "{planner}"'))
        conn.execute(text(f'DROP ROLE "{planner}"'))
    admin.dispose()


def _run(engine, sql, params):  # noqa: ANN001, ANN202
    with engine.begin() as conn:
        conn.execute(text(sql), params)


def everything(ws, uuid) -> tuple:  # noqa: ANN001
    """What must not change when an action is refused: the plan with its sign-offs (``dump
    --with-signoffs``), the people, the trust root and the audit trail."""
    from desktop.models.serialize import canonical_json, dump_plan
    from desktop.signoff.records import signoff_dump

    with ws.session() as s:
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        dumped = canonical_json(dump_plan(plan) | signoff_dump(s, plan))
        people = s.execute(
            text("SELECT name, roles, public_key, certificates, removed FROM person ORDER BY name")
        ).all()
        audit = s.execute(text("SELECT count(*) FROM audit_event")).scalar()
        root = s.execute(text("SELECT fingerprint FROM trust_root")).all()
    return dumped, [tuple(r) for r in people], audit, root


def root_of(ws) -> str:  # noqa: ANN001
    with ws.session() as s:
        return certs.fingerprint(workspace_root(s))


def report(ws, uuid, trusted):  # noqa: ANN001, ANN201
    with ws.session() as s:
        return verify_plan(
            s, s.scalars(select(Plan).where(Plan.uuid == uuid)).one(), trusted=trusted
        )


def own_identity(name: str):  # noqa: ANN201
    """Mallory's key and an identity certificate naming ``name`` (she can make any)."""
    key = certs.new_key()
    return key, certs.make_identity(key, name)


# ----- item 1: ``user roles`` certifies whatever key sits in a person's row --------------------
@pytest.mark.parametrize("planted", ["own identity", "own key only", "someone else's certificate"])
def test_a_key_planted_in_a_row_is_never_certified(people_ws, attacker, planted):
    ws, uuid = people_ws
    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    key, mallory = own_identity("張批準")
    with ws.session() as s:
        reviewer = s.scalars(select(Person).where(Person.name == "李審核")).one().certificates
    theirs = certs.from_pem(reviewer)[0]
    cert_pem, key_der = {
        "own identity": (certs.to_pem([mallory]), public_der(mallory)),
        "own key only": (None, public_der(mallory)),
        "someone else's certificate": (reviewer, public_der(theirs)),
    }[planted]
    if cert_pem is None:
        attacker("UPDATE person SET public_key = :k WHERE name = '張批準'", k=key_der)
    else:
        attacker(
            "UPDATE person SET public_key = :k, certificates = :c WHERE name = '張批準'",
            k=key_der,
            c=cert_pem,
        )
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match="not believed"):  # the admin's routine change
        change_roles(ws, "張批準", "approver", admin="管理員", password=PASSWORDS["管理員"])
    assert everything(ws, uuid) == before
    # without a certificate from the real root her key signs nothing that verifies
    from tests.signoff.test_forgery import forge_signatures

    with ws.session() as s:
        rows = chain_signatures(s, uuid)
    assert len(rows) == 2
    rep = report(ws, uuid, {root_of(ws)})
    assert rep.ok  # nothing was signed in the approver's name
    issuer = certs.make_root(key, "管理員")
    forge_signatures(ws, uuid, ROLES[2:], key, issuer)
    assert not report(ws, uuid, {root_of(ws)}).ok


def test_user_list_and_roles_show_the_certificate_and_flag_the_row(
    people_ws, attacker, workspace_target, monkeypatch, capsys
):
    ws, uuid = people_ws
    _key, mallory = own_identity("張批準")
    attacker(
        "UPDATE person SET public_key = :k, certificates = :c, roles = 'admin,approver' "
        "WHERE name = '張批準'",
        k=public_der(mallory),
        c=certs.to_pem([mallory]),
    )
    attacker("UPDATE person SET roles = 'admin,compiler,reviewer' WHERE name = '李審核'")
    before = everything(ws, uuid)
    ws.close()
    db = str(workspace_target)

    def run(*args: str, stdin: str = ""):  # noqa: ANN202
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        code = main(list(args))
        return (code, *capsys.readouterr())

    code, out, err = run("user", "list", "--db", db)
    assert code == 0, err
    lines = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert lines["張批準"][1] == "-" and "FLAGGED" in lines["張批準"][3]
    assert "does not chain to this workspace's trust root" in lines["張批準"][3]
    assert lines["李審核"][1] == "reviewer"  # the certificate, not the column
    assert "certificate grants reviewer" in lines["李審核"][3]
    assert lines["王編制"] == [lines["王編制"][0], "compiler", lines["王編制"][2]]
    code, out, err = run(
        "user",
        "roles",
        "--db",
        db,
        "--name",
        "張批準",
        "--role",
        "approver",
        "--admin",
        "管理員",
        stdin=PASSWORDS["管理員"] + "\n",
    )
    assert code == 1 and err.count("\n") == 1 and "not believed" in err, err
    assert "certifying" not in out  # refused before anything was shown or asked
    with open_again(workspace_target) as again:
        assert everything(again, uuid) == before


def open_again(target):  # noqa: ANN001, ANN201
    from desktop.store import open_workspace

    return open_workspace(target)


def test_the_admin_is_shown_the_name_and_key_before_certifying(
    people_ws, workspace_target, monkeypatch, capsys, tmp_path
):
    ws, _uuid = people_ws
    ws.close()
    pem = tmp_path / "new.pem"
    pem.write_bytes(identity("陳新人", password="newbie-secret-1"))
    key = certs.key_fingerprint(certs.from_pem(pem.read_bytes())[0].public_key())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"wrong-password\n")))
    args = ["user", "add", "--db", str(workspace_target), "--identity", str(pem)]
    code = main([*args, "--role", "reviewer", "--admin", "管理員"])
    out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "wrong password" in err
    assert out.splitlines() == ["certifying 陳新人 (reviewer)", f"  key {certs.grouped(key)}"]
    stdin = (PASSWORDS["管理員"] + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    assert main([*args, "--role", "reviewer", "--admin", "管理員"]) == 0
    out, _err = capsys.readouterr()
    assert out.splitlines()[:3] == [
        "certifying 陳新人 (reviewer)",
        f"  key {certs.grouped(key)}",
        "陳新人\treviewer",
    ]


# ----- item 2: ``user rekey`` takes the roles from the writable ``roles`` column -------------
def test_rekey_keeps_the_certified_roles_not_the_column(people_ws, attacker):
    ws, uuid = people_ws
    attacker("UPDATE person SET roles = 'admin,compiler,reviewer,approver' WHERE name = '李審核'")
    new_pem = identity("李審核", password="new-reviewer-secret-1")
    replace_key(ws, new_pem, admin="管理員", password=PASSWORDS["管理員"])
    with ws.session() as s:
        person = s.scalars(select(Person).where(Person.name == "李審核")).one()
        issued = certs.from_pem(person.certificates)[0]
        assert person.roles == "reviewer"  # the column is written back from the certificate
    assert certs.cert_roles(issued) == ["reviewer"] and not certs.is_ca(issued)
    # with the new key he is still no admin: a look-alike approver is refused, nothing changed
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match="李審核 is not an admin"):
        enrol(
            ws,
            identity("張批凖", password="look-alike-secret-1"),
            "approver",
            admin="李審核",
            password="new-reviewer-secret-1",
        )
    assert everything(ws, uuid) == before


def test_rekey_of_a_row_whose_certificate_is_not_the_root_s_is_refused(people_ws, attacker):
    ws, uuid = people_ws
    key, fake_root = own_identity("x")
    ca = certs.make_root(key, "管理員")
    insider = certs.new_key()
    forged = certs.issue_person(
        key, ca, insider.public_key(), "李審核", ["admin", "compiler", "reviewer", "approver"]
    )
    attacker(
        "UPDATE person SET certificates = :c, public_key = :k, roles = 'admin' "
        "WHERE name = '李審核'",
        c=certs.to_pem([forged, ca]),
        k=public_der(forged),
    )
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match="does not chain to this workspace's trust root"):
        replace_key(
            ws,
            identity("李審核", password="new-reviewer-secret-1"),
            admin="管理員",
            password=PASSWORDS["管理員"],
        )
    assert everything(ws, uuid) == before


def test_an_older_certificate_of_the_person_is_not_their_last(people_ws, attacker):
    """A writer restores the certificate of a key the admin replaced: not re-certified."""
    ws, uuid = people_ws
    restore_replaced_certificate(ws, attacker, "張批準", "approver-new-secret-1")
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match="not the last one the people audit trail records"):
        change_roles(ws, "張批準", "approver", admin="管理員", password=PASSWORDS["管理員"])
    assert everything(ws, uuid) == before


def test_an_admin_action_needs_the_root_pinned_here(people_ws, tmp_path, monkeypatch):
    ws, uuid = people_ws
    store = KeyStore()
    pins = store.root / "trusted-roots.json"
    pins.write_text('{"roots": {}}', encoding="utf-8")
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match="is not pinned for this user"):
        change_roles(
            ws, "張批準", "approver,reviewer", admin="管理員", password=PASSWORDS["管理員"]
        )
    assert everything(ws, uuid) == before


# ----- item 4: a planted "legacy" rejection passes ---------------------------------------------
@pytest.mark.parametrize("signed", [2, 3])
def test_a_planted_legacy_rejection_does_not_pass(people_ws, attacker, signed):
    ws, uuid = people_ws
    for role, name in ROLES[:signed]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    root = root_of(ws)
    assert report(ws, uuid, {root}).ok
    with ws.session() as s:
        last = chain_signatures(s, uuid)[-1]
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        revision, prev = plan.revision, last.record_hash
    attacker(
        "INSERT INTO signature (plan_uuid, revision, role, signer, meaning, signed_at, comment, "
        "content_hash, snapshot, prev_hash, record_hash, signature, released, external, "
        "certificates, origin) VALUES (:u, :r, 'approver', '張批準', :m, :t, '不同意', :h, '', "
        ":p, :rh, :s, false, false, '', 'app')",
        u=uuid,
        r=revision,
        m=MEANINGS["reject"],
        t=datetime(2027, 1, 5, 9, 0),
        h="0" * 64,
        p=prev,
        rh="1" * 64,
        s=b"",
    )
    attacker("UPDATE plan SET status = 'draft' WHERE uuid = :u", u=uuid)
    rep = report(ws, uuid, {root})
    assert not rep.ok
    assert any("approver rejection by 張批準: not anchored" in p for p in rep.problems)
    assert any(p.startswith("status draft is not backed") for p in rep.problems)
    planted = [v for v in rep.verdicts if v.kind == "legacy"]
    assert len(planted) == 1 and planted[0].in_force  # it bears on the status: reported
    counted = [v for v in rep.verdicts if v.kind == "valid"]
    assert [v.role for v in counted] == [r for r, _ in ROLES[:signed]]  # still in force


def test_verify_trust_exits_non_zero_on_a_legacy_rejection(
    people_ws, attacker, workspace_target, monkeypatch, capsys
):
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    root = root_of(ws)
    with ws.session() as s:
        prev = chain_signatures(s, uuid)[-1].record_hash
    attacker(
        "INSERT INTO signature (plan_uuid, revision, role, signer, meaning, signed_at, comment, "
        "content_hash, snapshot, prev_hash, record_hash, signature, released, external, "
        "certificates, origin) VALUES (:u, 1, 'approver', '張批準', :m, :t, '', '', '', :p, "
        ":rh, :s, false, false, '', 'app')",
        u=uuid,
        m=MEANINGS["reject"],
        t=datetime(2027, 1, 5),
        p=prev,
        rh="2" * 64,
        s=b"",
    )
    attacker("UPDATE plan SET status = 'draft' WHERE uuid = :u", u=uuid)
    ws.close()
    code = main(["verify", "--db", str(workspace_target), "--trust", root])
    out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1
    assert "not anchored" in err and "status draft is not backed" in err
    assert "approver\t張批準\t" in out and "\tlegacy: " in out


def test_user_rekey_prints_and_certifies_the_roles_of_the_certificate(
    people_ws, attacker, workspace_target, monkeypatch, capsys, tmp_path
):
    ws, _uuid = people_ws
    attacker("UPDATE person SET roles = 'admin,compiler,reviewer,approver' WHERE name = '李審核'")
    ws.close()
    pem = tmp_path / "李審核-new.pem"
    pem.write_bytes(identity("李審核", password="new-reviewer-secret-1"))
    key = certs.key_fingerprint(certs.from_pem(pem.read_bytes())[0].public_key())
    stdin = (PASSWORDS["管理員"] + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    db = str(workspace_target)
    code = main(["user", "rekey", "--db", db, "--identity", str(pem), "--admin", "管理員"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.splitlines()[:2] == ["certifying 李審核 (reviewer)", f"  key {certs.grouped(key)}"]
    assert main(["user", "list", "--db", db]) == 0
    listed = {line.split("\t")[0]: line for line in capsys.readouterr()[0].splitlines()}
    assert listed["李審核"].split("\t")[1] == "reviewer" and "FLAGGED" not in listed["李審核"]
