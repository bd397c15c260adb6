"""Versioned signed content (issue 26): every new sign-off records the content version it
signed (``fields.CONTENT_VERSION``); its record binds the version from version 2 on; and
every check compares a signature's content hash with today's content taken back to that
version (``signoff.content.covers``). A field added since (a task's budget) does not void an
approval made before it while it is empty, and voids it once it holds a value.

A "version 1 sign-off" here is made as the previous release made it: over the content without
the budget key, with no ``content_version`` in its record (``seal_v1``)."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from sqlalchemy import select

from desktop.exchange.document.pdf_for_signature import painted_for_signature
from desktop.models import Plan, Signature, Task
from desktop.models.fields import CONTENT_VERSION
from desktop.models.fields.versions import content_in_version
from desktop.models.serialize import canonical_json
from desktop.operations import PlanLocked, find_plan, run_change
from desktop.operations.edits import update_item
from desktop.signoff.content import Content, content_hash_in, covers, sha256_text, signed_content_of
from desktop.signoff.keystore import KeyStore
from desktop.signoff.payload import signed_payload
from desktop.signoff.people import SignoffRefused, unlock
from desktop.signoff.review import export_package, merge_file, sign_package
from desktop.signoff.workflow import chain_signatures, commit_record, new_record, seal_record, sign
from desktop.store import open_workspace
from desktop.store.revisions import head_revision

from .conftest import PASSWORDS
from .test_forgery_admin import attacker, everything, report, root_of  # noqa: F401


def set_budget(ws, uuid: str, code: str, value: float | None):
    """A budget typed into the task editor: one change through the operations."""
    with ws.session() as session:
        plan_id = find_plan(session, uuid).id
        task_id = (
            session.scalars(select(Task).where(Task.plan_id == plan_id, Task.code == code)).one().id
        )
    return run_change(
        ws,
        uuid,
        f"Edit task {code}",
        update_item(Task, task_id, {"budget": value}),
        tables=("task",),
    )


def seal_v1(ws, uuid: str, role: str, name: str) -> None:
    """A sign-off as the previous release made it: content version 1, no version recorded."""
    with ws.session() as session:
        who = unlock(session, name, PASSWORDS[name], KeyStore())
    with ws.write() as session:
        plan = find_plan(session, uuid)
        text = Content.of(plan).text_in(1)
        assert text is not None and '"budget"' not in text
        sig = new_record(
            plan,
            chain_signatures(session, uuid),
            role,
            name,
            reject=False,
            comment="",
            chain=who.chain,
            content=text,
            version=1,
        )
        seal_record(sig, who.private_key, who.certificate)
        commit_record(session, plan, sig, actor=name)


def versions(ws, uuid: str) -> list[int | None]:
    with ws.session() as session:
        return [s.content_version for s in chain_signatures(session, uuid)]


def kinds(ws, uuid: str) -> list[str]:
    return [v.kind for v in report(ws, uuid, {root_of(ws)}).verdicts]


def test_a_new_signature_records_and_binds_the_content_version(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    set_budget(ws, uuid, "T1", 12000.0)
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    assert versions(ws, uuid) == [CONTENT_VERSION]
    rep = report(ws, uuid, {root_of(ws)})
    assert rep.ok and [v.kind for v in rep.verdicts] == ["valid"]
    with ws.session() as session:
        sig = chain_signatures(session, uuid)[0]
        assert json.loads(sig.snapshot)["tasks"][0]["budget"] == 12000.0
        assert f'"content_version":{CONTENT_VERSION}'.encode() in signed_payload(sig, "x")

    attacker("UPDATE signature SET content_version = NULL")  # pass it off as version 1
    rep = report(ws, uuid, {root_of(ws)})
    assert [(v.kind, v.reason) for v in rep.verdicts] == [
        ("invalid", "the signature record was altered after signing")
    ]


def test_a_budget_edited_after_a_v2_signature_voids_it(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    set_budget(ws, uuid, "T2", 800.0)
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    before = everything(ws, uuid)
    with pytest.raises(PlanLocked):  # in review: the signed content is locked
        set_budget(ws, uuid, "T2", 900.0)
    assert everything(ws, uuid) == before
    attacker("UPDATE task SET budget = 900 WHERE code = 'T2'")  # past the lock
    rep = report(ws, uuid, {root_of(ws)})
    assert [v.kind for v in rep.verdicts] == ["void"]
    assert rep.verdicts[0].details == ["tasks: T2"]
    with pytest.raises(SignoffRefused, match="covers other content"):
        sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"])


def test_a_v1_signature_stays_valid_and_the_reviewer_signs_now(people_ws, cli):
    """Submitted with the previous release (version 1), reviewed and approved with this one:
    the in-force check passes, each signature is valid in its own version, and ``verify``
    prints the content hash in version 1 that the older signature covers."""
    ws, uuid = people_ws
    seal_v1(ws, uuid, "compiler", "王編制")
    assert versions(ws, uuid) == [None]
    sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"])
    sign(ws, uuid, "approver", "張批準", PASSWORDS["張批準"])
    assert versions(ws, uuid) == [None, CONTENT_VERSION, CONTENT_VERSION]
    rep = report(ws, uuid, {root_of(ws)})
    assert rep.ok and [v.kind for v in rep.verdicts] == ["valid"] * 3
    with ws.session() as session:
        plan = find_plan(session, uuid)
        v1 = content_hash_in(plan, 1)
        sigs = chain_signatures(session, uuid)
        assert (
            sigs[0].content_hash
            == v1
            != sigs[1].content_hash
            == content_hash_in(plan, CONTENT_VERSION)
        )
        assert all(covers(s, plan) for s in sigs)
    assert rep.older_hashes == {1: v1}
    if ws.is_sqlite:
        out = cli("verify", "--db", str(ws.path), "--trust", root_of(ws))
        assert out.returncode == 0, out.stdout + out.stderr
        assert f"content version 1: content sha256 {v1}" in out.stdout


def test_a_budget_set_after_a_v1_signature_voids_it(people_ws, attacker):  # noqa: F811
    """Version 1 has no budget: content with one cannot be what a version 1 signer saw."""
    ws, uuid = people_ws
    seal_v1(ws, uuid, "compiler", "王編制")
    sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"])
    attacker("UPDATE task SET budget = 0 WHERE code = 'T1'")  # zero is an amount too
    rep = report(ws, uuid, {root_of(ws)})
    assert [v.kind for v in rep.verdicts] == ["void", "void"]
    assert all(v.details == ["tasks: T1"] for v in rep.verdicts)  # only what changed shows
    assert rep.older_hashes == {1: None}
    attacker("UPDATE task SET budget = NULL WHERE code = 'T1'")  # emptied again: covered
    assert kinds(ws, uuid) == ["valid", "valid"]


def test_a_version_planted_on_a_v1_signature_breaks_it(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    seal_v1(ws, uuid, "compiler", "王編制")
    assert kinds(ws, uuid) == ["valid"]
    attacker("UPDATE signature SET content_version = 1")  # the same version: nothing changes
    assert kinds(ws, uuid) == ["valid"]
    attacker(f"UPDATE signature SET content_version = {CONTENT_VERSION}")
    rep = report(ws, uuid, {root_of(ws)})
    assert [(v.kind, v.reason) for v in rep.verdicts] == [
        ("invalid", "the signature record was altered after signing")
    ]


def old_package(package: bytes) -> bytes:
    """The package as the previous release wrote it: no ``content_version`` anywhere, the
    dump without budget keys and the content hash of version 1."""
    data = json.loads(package)
    assert data.pop("content_version") == CONTENT_VERSION
    data["dump"] = content_in_version(data["dump"], 1)
    data["content_sha256"] = sha256_text(canonical_json(signed_content_of(data["dump"])))
    for record in data["signatures"]:
        assert "content_version" not in record  # version 1 records carry none
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def test_a_review_package_made_before_versions_still_merges(people_ws):
    ws, uuid = people_ws
    seal_v1(ws, uuid, "compiler", "王編制")
    root = root_of(ws)
    package = old_package(export_package(ws, uuid))
    reply = sign_package(package, "reviewer", "李審核", PASSWORDS["李審核"], trust=[root])
    assert "content_version" not in json.loads(reply)["reply"]  # it signed version 1
    [result] = merge_file(
        ws, reply, trust=[root], where="r.pdreview", repaint=painted_for_signature
    )
    assert result.status == "reviewed"
    assert versions(ws, uuid) == [None, None]
    rep = report(ws, uuid, {root})
    assert rep.ok and [v.kind for v in rep.verdicts] == ["valid", "valid"]


def test_a_package_of_today_signs_version_2(people_ws):
    ws, uuid = people_ws
    set_budget(ws, uuid, "T1", 5000.0)
    seal = sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    root = root_of(ws)
    package = export_package(ws, uuid)
    assert json.loads(package)["content_version"] == CONTENT_VERSION
    assert json.loads(package)["content_sha256"] == seal.content_hash
    reply = sign_package(package, "reviewer", "李審核", PASSWORDS["李審核"], trust=[root])
    assert json.loads(reply)["reply"]["content_version"] == CONTENT_VERSION
    merge_file(ws, reply, trust=[root], where="r.pdreview", repaint=painted_for_signature)
    assert versions(ws, uuid) == [CONTENT_VERSION, CONTENT_VERSION]
    assert kinds(ws, uuid) == ["valid", "valid"]


def test_a_package_of_an_unknown_version_is_refused(people_ws):
    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    data = json.loads(export_package(ws, uuid))
    data["content_version"] = CONTENT_VERSION + 1
    raw = json.dumps(data).encode("utf-8")
    with pytest.raises(SignoffRefused, match="which this PlanDesk does not know"):
        sign_package(raw, "reviewer", "李審核", PASSWORDS["李審核"], trust=[root_of(ws)])


def test_the_plan_keeps_one_stored_copy_per_signature(people_ws):
    """The snapshot stays the text of the version signed: version 1 without the key."""
    ws, uuid = people_ws
    seal_v1(ws, uuid, "compiler", "王編制")
    sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"])
    with ws.session() as session:
        first, second = session.scalars(select(Signature).order_by(Signature.id)).all()
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        assert first.snapshot == Content.of(plan).text_in(1)
        assert '"budget": null' in second.snapshot and '"budget"' not in first.snapshot


# ----- the approval made with the previous release (tests/fixtures, schema 0005) -------------
FIXTURE_UUID = "0c22d492-cb25-40d8-8a59-dccc12b7637b"


@pytest.fixture
def upgraded(cli, tmp_path):
    """A copy of the release fixture upgraded to today's schema (0007)."""
    from .test_release_fixture import FIXTURE, schema_of

    db = tmp_path / "plan.sqlite"
    shutil.copy(FIXTURE, db)
    done = cli("upgrade", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert schema_of(db) == head_revision()  # 0007 (a task's budget) or later
    return db


def content_v1_sha256(cli, db, *plan: str) -> str:
    """``dump --content`` taken back to content version 1, hashed."""
    dumped = cli("dump", "--db", str(db), "--content", *plan)
    assert dumped.returncode == 0, dumped.stderr
    data = json.loads(dumped.stdout)
    assert [t["budget"] for t in data["tasks"]] == [None] * 5
    return sha256_text(canonical_json(content_in_version(data, 1)))


@pytest.mark.sqlite_only
def test_the_fixture_upgraded_to_0007_verifies(cli, upgraded):
    from .test_release_fixture import CONTENT_SHA256, ROOT, assert_three_valid

    result = cli("verify", "--db", str(upgraded), "--trust", ROOT)
    assert_three_valid(result)  # exit 0, three valid sign-offs
    assert f"content version 1: content sha256 {CONTENT_SHA256}" in result.stdout
    assert "status approved" in result.stdout
    assert content_v1_sha256(cli, upgraded) == CONTENT_SHA256
    signoffs = json.loads(cli("dump", "--db", str(upgraded), "--with-signoffs").stdout)
    assert [
        (s["content_version"], s["content_sha256"]) for s in signoffs["workflow"]["signoffs"]
    ] == [(1, CONTENT_SHA256)] * 3
    with open_workspace(upgraded) as ws, ws.session() as session:
        assert [s.content_hash for s in chain_signatures(session, FIXTURE_UUID)] == [
            CONTENT_SHA256
        ] * 3
        assert [s.content_version for s in chain_signatures(session, FIXTURE_UUID)] == [None] * 3


@pytest.mark.sqlite_only
def test_a_budget_on_the_upgraded_approval_needs_a_new_revision(cli, upgraded):
    """The approved content is locked: a budget typed in is refused, nothing changes and the
    approval stands; ``plandesk revise`` starts revision 2, where the budget goes in."""
    from .test_release_fixture import CONTENT_SHA256, ROOT, assert_three_valid

    with open_workspace(upgraded) as ws, pytest.raises(PlanLocked):
        set_budget(ws, FIXTURE_UUID, "T1", 20000.0)
    assert_three_valid(cli("verify", "--db", str(upgraded), "--trust", ROOT))

    revised = cli("revise", "--db", str(upgraded))
    assert revised.returncode == 0, revised.stderr
    assert revised.stdout.strip() == "2"
    with open_workspace(upgraded) as ws:
        with ws.session() as session:
            draft = session.scalars(select(Plan).where(Plan.revision == 2)).one().uuid
        set_budget(ws, draft, "T1", 20000.0)
    dumped = json.loads(cli("dump", "--db", str(upgraded), "--plan", draft).stdout)
    assert dumped["tasks"][0]["budget"] == 20000.0
    assert content_v1_sha256(cli, upgraded, "--plan", FIXTURE_UUID) == CONTENT_SHA256
    assert_three_valid(
        cli("verify", "--db", str(upgraded), "--plan", FIXTURE_UUID, "--trust", ROOT)
    )


@pytest.mark.sqlite_only
def test_a_budget_written_past_the_lock_voids_the_upgraded_approval(cli, upgraded):
    from .test_release_fixture import ROOT

    con = sqlite3.connect(upgraded)
    con.execute("UPDATE task SET budget = 1 WHERE code = 'T4'")
    con.commit()
    con.close()
    result = cli("verify", "--db", str(upgraded), "--trust", ROOT)
    assert result.returncode != 0
    assert (
        result.stdout.count("\tapp\tvoid: content changed since signing (changed: tasks: T4)") == 3
    )
    assert "content version 1: holds fields added since: not covered" in result.stdout


@pytest.mark.sqlite_only
def test_a_version_planted_on_the_fixture_signatures_breaks_them(cli, upgraded):
    from .test_release_fixture import ROOT

    con = sqlite3.connect(upgraded)
    con.execute("DROP TRIGGER IF EXISTS signature_no_update")
    triggers = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in triggers:
        if "signature" in name:
            con.execute(f'DROP TRIGGER "{name}"')
    con.execute(f"UPDATE signature SET content_version = {CONTENT_VERSION}")
    con.commit()
    con.close()
    result = cli("verify", "--db", str(upgraded), "--trust", ROOT)
    assert result.returncode != 0
    assert (
        result.stdout.count("\tapp\tinvalid: the signature record was altered after signing") == 3
    )


def test_the_pdf_route_signs_version_2_over_a_v1_submission(people_ws, qapp, attacker):  # noqa: F811
    """Submitted as version 1, reviewed by signing the PDF for signature (which carries
    version 2 content): the merge compares the PDF's content in its version, records the
    version, and a budget written afterwards voids both."""
    from desktop.exchange.document.pdf_for_signature import pdf_for_signature
    from desktop.signoff.pdf import merge_pdf, sign_pdf_file

    ws, uuid = people_ws
    fp = root_of(ws)
    seal_v1(ws, uuid, "compiler", "王編制")
    with ws.session() as s:
        pdf = pdf_for_signature(s, s.scalars(select(Plan).where(Plan.uuid == uuid)).one())
    signed = sign_pdf_file(pdf, "reviewer", "李審核", PASSWORDS["李審核"], trust=[fp])
    [result] = merge_pdf(ws, signed, trust=[fp], where="signed.pdf", repaint=painted_for_signature)
    assert result.status == "reviewed"
    assert versions(ws, uuid) == [None, CONTENT_VERSION]
    rep = report(ws, uuid, {fp})
    assert rep.ok, rep.problems
    assert [(v.origin, v.kind) for v in rep.verdicts] == [("app", "valid"), ("pdf", "valid")]
    attacker("UPDATE task SET budget = 10 WHERE code = 'T5'")
    assert kinds(ws, uuid) == ["void", "void"]


@pytest.mark.sqlite_only
def test_the_signoff_screen_shows_the_fingerprint_the_old_signatures_signed(qtbot, upgraded):
    """Upgraded, the plan's fingerprint is today's (content version 2); the screen also shows
    the version 1 fingerprint that the three sign-offs beside it carry."""
    from desktop.views.shared.context import AppContext
    from desktop.views.signoff.signoff_actions import short_hash
    from desktop.views.signoff.signoff_screen import SignoffScreen

    from .test_release_fixture import CONTENT_SHA256

    with open_workspace(upgraded) as ws:
        screen = SignoffScreen(AppContext(ws))
        qtbot.addWidget(screen)
        screen.refresh()
        text = screen.fingerprint.text()
        assert "content version 1" in text and short_hash(CONTENT_SHA256) in text
        assert short_hash(screen.report.content_hash) in text
        assert screen.report.content_hash != CONTENT_SHA256
        screen.close()
