"""Issue 24, an independent red team on main: attacks the earlier tests did not try.

The attacker can write the workspace (the SQLite file, or PostgreSQL as the planner role with
only the README's grants: the ``attacker`` fixture of test_forgery_admin.py), holds keys of
their own and may be a certified person of this or another workspace; they hand people files
but cannot write anyone's ``trusted-roots.json``. Each attack must leave ``verify --trust``
failing, or the action refused with nothing changed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models import Person, Plan
from desktop.operations.audit import append_event
from desktop.signoff import certs
from desktop.signoff.content import signed_text
from desktop.signoff.keystore import KeyStore
from desktop.signoff.people import enrol, workspace_root
from desktop.signoff.workflow import (
    chain_signatures,
    new_record,
    new_revision,
    seal_record,
    sign,
)
from desktop.store import open_workspace

from .conftest import PASSWORDS
from .hostile_writer import restore_replaced_certificate
from .test_forgery import COLUMNS
from .test_forgery_admin import attacker, everything, report, root_of  # noqa: F401

ROLES = (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準"))


def plan_of(session, uuid):  # noqa: ANN001, ANN201
    return session.scalars(select(Plan).where(Plan.uuid == uuid)).one()


def insert_rows(attack, rows: list[dict]) -> None:  # noqa: ANN001
    """Insert sign-off rows as the attacker (INSERT is all the planner role needs)."""
    cols = [c for c in COLUMNS if c != "person_id"]
    for row in rows:
        attack(
            f"INSERT INTO signature ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})",
            **{c: row[c] for c in cols},
        )


def forge(ws, uuid, roles, key, chain, attack, *, status="approved") -> None:  # noqa: ANN001
    """Sign-off rows for ``roles`` made with ``key`` whose certificate chain is ``chain``
    (leaf first), sealed and chained, with their audit events, and the status set."""
    with ws.session() as s:
        plan = plan_of(s, uuid)
        content = signed_text(plan)
        made = list(chain_signatures(s, uuid))
        rows = []
        for role, name in roles:
            leaf = chain[name] if isinstance(chain, dict) else chain
            sig = new_record(
                plan, made, role, name, reject=False, comment="", chain=leaf, content=content
            )
            seal_record(sig, key[name] if isinstance(key, dict) else key, leaf[0])
            made.append(sig)
            rows.append({c: getattr(sig, c) for c in COLUMNS})
    insert_rows(attack, rows)
    with ws.write() as s:  # the audit trail is an unsigned hash chain: anyone can extend it
        for (role, name), row in zip(roles, rows, strict=True):
            append_event(
                s,
                uuid,
                actor=name,
                action=f"sign-off: {role} signed",
                item="x",
                changes={"signature": row["record_hash"]},
            )
    attack("UPDATE plan SET status = :st WHERE uuid = :u", st=status, u=uuid)


def other_workspace(tmp_path, first_admin: str):  # noqa: ANN001, ANN201
    """A second SQLite workspace whose trust root ``first_admin`` creates (their key in this
    user's key store, so its root is pinned here too)."""
    other = open_workspace(tmp_path / "other.plandesk")
    store = KeyStore()
    own = store.find(name=first_admin)
    if first_admin in PASSWORDS:
        pem = certs.to_pem([own.identity]).encode()
        password = PASSWORDS[first_admin]
    else:
        pem, password = certs.to_pem([own.identity]).encode(), "mallory-secret-1"
    enrol(other, pem, "admin", admin=None, password=password)
    return other


def person_chain_in(ws, name):  # noqa: ANN001, ANN201
    with ws.session() as s:
        person = s.scalars(select(Person).where(Person.name == name)).one()
        return certs.from_pem(person.certificates)


# ----- 1. an admin of another workspace whose root the same admin key made ----------------------
def test_an_admin_of_another_workspace_cannot_certify_here(people_ws, attacker, tmp_path):  # noqa: F811
    """The organisation's admin made workspace A and workspace B with the same personal key.
    Mallory is an admin in B only. Her admin certificate from B must not certify anyone in A."""
    ws, uuid = people_ws
    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    other = other_workspace(tmp_path, "管理員")
    mallory = KeyStore().create("林小美", "mallory-secret-1")
    pem = certs.to_pem([mallory.identity]).encode()
    enrol(other, pem, "admin", admin="管理員", password=PASSWORDS["管理員"])
    her_ca = person_chain_in(other, "林小美")[0]
    other.close()
    key = KeyStore().open(mallory, "mallory-secret-1")
    fake = certs.new_key()
    approver = certs.issue_person(key, her_ca, fake.public_key(), "張批準", ["approver"])
    forge(ws, uuid, ROLES[2:], fake, [approver, her_ca], attacker)
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok
    assert "not certified by this workspace's trust root" in rep.verdicts[-1].reason


def test_each_trust_root_is_distinct_even_from_one_admin_key(people_ws, tmp_path):
    ws, _uuid = people_ws
    other = other_workspace(tmp_path, "管理員")
    with ws.session() as s, other.session() as o:
        mine, theirs = workspace_root(s), workspace_root(o)
    other.close()
    assert mine.public_key() == theirs.public_key()  # one admin, one key
    assert mine.subject != theirs.subject  # but a certificate names which root issued it


# ----- 2. the workspace's root swapped for another root this user also pinned ------------------
def test_a_root_swapped_for_another_pinned_one_fails_verify_trust(
    people_ws,
    attacker,  # noqa: F811
    tmp_path,
    workspace_target,
    capsys,
):
    """The verifier works with two workspaces and pinned both roots. Mallory, first admin of
    B, writes B's root into A and re-signs everything under it. ``verify --trust A`` names
    the root to accept: nothing else."""
    ws, uuid = people_ws
    real_root = root_of(ws)
    mallory = KeyStore().create("林小美", "mallory-secret-1")
    other = other_workspace(tmp_path, "林小美")  # B's root is pinned for this user now
    with other.session() as o:
        b_root = workspace_root(o)
    other.close()
    key = KeyStore().open(mallory, "mallory-secret-1")
    assert certs.fingerprint(b_root) in KeyStore().pinned()
    attacker(
        "UPDATE trust_root SET certificate = :c, fingerprint = :f",
        c=b_root.public_bytes(certs.serialization.Encoding.DER),
        f=certs.fingerprint(b_root),
    )
    keys, chains = {}, {}
    for _role, name in ROLES:
        keys[name] = certs.new_key()
        role = dict((n, r) for r, n in ROLES)[name]
        chains[name] = [certs.issue_person(key, b_root, keys[name].public_key(), name, [role])]
    forge(ws, uuid, ROLES, keys, chains, attacker)
    ws.close()
    code = main(["verify", "--db", str(workspace_target), "--trust", real_root])
    out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1, (out, err)
    assert "not anchored" in err and certs.grouped(certs.fingerprint(b_root)) in err
    assert "\tvalid" not in out


# ----- 6. the header's names changed after signing -------------------------------------------
def test_header_names_changed_after_approval_void_it(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    attacker("UPDATE plan SET approver = '林小美', reviewer = '張批準' WHERE uuid = :u", u=uuid)
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok
    assert all(v.kind == "void" and "plan: approver, reviewer" in v.details for v in rep.verdicts)


# ----- 7. signatures copied onto the next revision or another plan ---------------------------
def test_signatures_copied_to_the_next_revision_do_not_verify(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    new_revision(ws, uuid)
    with ws.session() as s:
        old = chain_signatures(s, uuid)
        rows = [{c: getattr(sig, c) for c in COLUMNS} for sig in old]
        nxt = s.scalars(select(Plan).where(Plan.revision == 2)).one()
        new_uuid, refs = nxt.uuid, [sig.record_hash for sig in old]
    for keep_revision in (True, False):
        copies = [
            r | {"plan_uuid": new_uuid} | ({} if keep_revision else {"revision": 2}) for r in rows
        ]
        insert_rows(attacker, copies)
        with ws.write() as s:
            for ref in refs:
                append_event(
                    s,
                    new_uuid,
                    actor="x",
                    action="sign-off: x",
                    item="x",
                    changes={"signature": ref},
                )
        attacker("UPDATE plan SET status = 'approved' WHERE uuid = :u", u=new_uuid)
        rep = report(ws, new_uuid, {root_of(ws)})
        assert not rep.ok
        assert {v.kind for v in rep.verdicts} == {"invalid"}


# ----- 8. a status the signatures do not back ---------------------------------------------------
def test_status_approved_on_in_review_signatures_fails(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    attacker("UPDATE plan SET status = 'approved' WHERE uuid = :u", u=uuid)
    rep = report(ws, uuid, {root_of(ws)})
    assert rep.problems == ["status approved is not backed by the signatures in force (compiler)"]


# ----- 10. the people audit trail rewritten ------------------------------------------------------
def test_a_deleted_enrolment_event_breaks_the_people_chain(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    delete = "DELETE FROM audit_event WHERE action = 'enrol person' AND item = '王編制'"
    if ws.is_sqlite:  # the file's writer drops the guards
        attacker("DROP TRIGGER IF EXISTS audit_event_no_delete")
        attacker(delete)
        rep = report(ws, uuid, {root_of(ws)})
        assert not rep.ok and any(p.startswith("people audit chain broken") for p in rep.problems)
    else:  # the planner role cannot
        before = everything(ws, uuid)
        with pytest.raises(Exception, match="append-only"):
            attacker(delete)
        assert everything(ws, uuid) == before


# ----- 12. verify --trust names exactly the roots to accept --------------------------------------
def test_verify_trust_accepts_only_the_roots_given(people_ws, workspace_target, capsys):
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    real = root_of(ws)
    ws.close()
    other = "ab" * 32
    assert main(["verify", "--db", str(workspace_target), "--trust", real]) == 0
    capsys.readouterr()
    assert main(["verify", "--db", str(workspace_target), "--trust", other]) == 1
    assert "not anchored" in capsys.readouterr().err
    assert main(["verify", "--db", str(workspace_target)]) == 0  # pinned here


# ----- 13. replies: replayed onto a later package, or merged under another pinned root ----------
def test_a_reply_replayed_after_a_rejection_is_refused(people_ws):
    from desktop.signoff.people import SignoffRefused
    from desktop.signoff.review import export_package, merge_file, sign_package

    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    reply = sign_package(export_package(ws, uuid), "reviewer", "李審核", PASSWORDS["李審核"])
    merge_file(ws, reply, where="r.pdreview")
    sign(ws, uuid, "approver", "張批準", PASSWORDS["張批準"], reject=True, comment="重寫")
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])  # the same content, again
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused):
        merge_file(ws, reply, where="r.pdreview")
    assert everything(ws, uuid) == before


def test_merge_trust_names_exactly_the_root_to_accept(people_ws):
    from desktop.signoff.people import SignoffRefused
    from desktop.signoff.review import export_package, merge_file, sign_package

    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    reply = sign_package(export_package(ws, uuid), "reviewer", "李審核", PASSWORDS["李審核"])
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match="not pinned"):
        merge_file(ws, reply, trust=["ab" * 32], where="r.pdreview")
    with pytest.raises(SignoffRefused, match="not anchored"):
        sign_package(export_package(ws, uuid), "reviewer", "李審核", "x", trust=["ab" * 32])
    assert everything(ws, uuid) == before
    merge_file(ws, reply, trust=[root_of(ws)], where="r.pdreview")


# ----- 14. an older certificate restored with a matching entry appended to the people trail ------
def test_an_older_certificate_restored_in_row_and_trail_is_not_re_certified(people_ws, attacker):  # noqa: F811
    from desktop.signoff.admin_actions import change_roles
    from desktop.signoff.people import SignoffRefused

    ws, uuid = people_ws
    old_cert = restore_replaced_certificate(ws, attacker, "張批準", "approver-new-secret-1")
    with ws.write() as s:
        fp = certs.fingerprint(certs.from_pem(old_cert)[0])
        append_event(
            s,
            "",
            actor="管理員",
            action="enrol person",
            item="張批準",
            changes={"name": "張批準", "certificate_sha256": fp},
        )
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match="not the last one the people audit trail records"):
        change_roles(ws, "張批準", "approver", admin="管理員", password=PASSWORDS["管理員"])
    assert everything(ws, uuid) == before
