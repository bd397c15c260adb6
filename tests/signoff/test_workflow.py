"""Workflow, refusals, verification and the append-only tables, through the Python API."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop.models import AuditEvent, Person, Plan, Signature
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations import PlanLocked, run_change
from desktop.operations.external_signoffs import record_external_signoffs
from desktop.signoff.people import SignoffRefused, enrol
from desktop.signoff.records import signoff_dump, signoff_rows
from desktop.signoff.verify import verify_plan
from desktop.signoff.workflow import new_revision, sign

from .conftest import PASSWORDS, identity

ROLES = (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準"))


def sign_all(ws, uuid, upto=3):
    for role, name in ROLES[:upto]:
        sign(ws, uuid, role, name, PASSWORDS[name])


def state(ws, uuid):
    """Everything a refused action must leave as it was."""
    with ws.session() as s:
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        return (
            plan.status,
            canonical_json(dump_plan(plan)),
            s.scalar(select(func.count(Signature.id))),
            s.scalar(select(func.count(AuditEvent.id))),
        )


def report(ws, uuid):
    with ws.session() as s:
        return verify_plan(s, s.scalars(select(Plan).where(Plan.uuid == uuid)).one())


def test_full_sign_off_verifies_and_locks(people_ws):
    ws, uuid = people_ws
    sign_all(ws, uuid)
    rep = report(ws, uuid)
    assert rep.ok, rep.problems
    assert rep.status == "approved"
    assert [(v.role, v.signer, v.kind) for v in rep.verdicts] == [(r, n, "valid") for r, n in ROLES]
    assert rep.anchored and len(rep.root_fingerprint) == 64
    assert [v.certificate_subject.split(";")[:2] for v in rep.verdicts] == [
        [f"{n} ({r})", " certified by PlanDesk trust root (管理員)"] for r, n in ROLES
    ]
    assert rep.chain.ok and len(rep.chain.head) == 64
    with pytest.raises(PlanLocked):
        run_change(ws, uuid, "retitle", lambda s, p: setattr(p, "title", "x"))
    with ws.session() as s:
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        dumped = signoff_dump(s, plan)
        rows = signoff_rows(s, plan, lang="zh_TW")
    assert dumped["status"] == "approved" and dumped["verified"]
    assert [d["verdict"] for d in dumped["signoffs"]] == ["valid"] * 3
    assert [(r["role_label"], r["signer"], r["verdict_text"]) for r in rows] == [
        ("編制人", "王編制", "有效"),
        ("審核人", "李審核", "有效"),
        ("批準人", "張批準", "有效"),
    ]
    assert rows[0]["fingerprint"].replace(" ", "") == rows[0]["content_hash"][:16]


@pytest.mark.parametrize(
    "case", ["wrong password", "wrong person", "wrong order", "locked", "no comment"]
)
def test_refusals_change_nothing(people_ws, case):
    ws, uuid = people_ws
    if case == "locked":
        sign_all(ws, uuid)
    before = state(ws, uuid)
    attempt, message = {
        "wrong password": (
            lambda: sign(ws, uuid, "compiler", "王編制", "nope-nope-1"),
            "wrong password for the signing key of 王編制",
        ),
        "wrong person": (
            lambda: sign(ws, uuid, "compiler", "李審核", PASSWORDS["李審核"]),
            "李審核 may not sign as compiler: the plan names 王編制",
        ),
        "wrong order": (
            lambda: sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"]),
            "out of order: the plan is draft",
        ),
        "locked": (
            lambda: sign(ws, uuid, "approver", "張批準", PASSWORDS["張批準"]),
            "approved and locked",
        ),
        "no comment": (
            lambda: sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"], reject=True),
            "needs a comment",
        ),
    }[case]
    with pytest.raises(SignoffRefused, match=message):
        attempt()
    assert state(ws, uuid) == before


def test_key_files_use_a_slow_kdf_and_refuse_a_weakened_one(people_ws, monkeypatch):
    from desktop.signoff import keystore

    ws, uuid = people_ws
    real = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
    assert keystore.KDF_FLOOR is not real  # the test fixture lowered it for speed
    monkeypatch.setattr(keystore, "KDF_FLOOR", real)
    before = state(ws, uuid)
    with pytest.raises(SignoffRefused, match="weaker than PlanDesk's"):
        sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    assert state(ws, uuid) == before


def test_one_person_two_roles_needs_the_plan_setting(sample_ws):
    ws, uuid = sample_ws
    enrol(ws, identity("管理員"), "admin", admin=None, password=PASSWORDS["管理員"])
    enrol(
        ws,
        identity("一人", password="solo-secret-1"),
        "compiler,reviewer",
        admin="管理員",
        password=PASSWORDS["管理員"],
    )
    from .conftest import name_signers

    name_signers(ws, uuid, compiler="一人", reviewer="一人")
    sign(ws, uuid, "compiler", "一人", "solo-secret-1")
    with pytest.raises(SignoffRefused, match="already signed this plan as compiler"):
        sign(ws, uuid, "reviewer", "一人", "solo-secret-1")
    with ws.write() as s:  # the plan's settings allow it (a header field, no workflow change)
        s.scalars(select(Plan).where(Plan.uuid == uuid)).one().allow_dual_roles = True
    # the content changed, so the compiler's signature is now void: reject and resubmit
    sign(ws, uuid, "reviewer", "一人", "solo-secret-1", reject=True, comment="再簽一次")
    sign(ws, uuid, "compiler", "一人", "solo-secret-1")
    sign(ws, uuid, "reviewer", "一人", "solo-secret-1")
    rep = report(ws, uuid)
    assert rep.ok, rep.problems
    assert rep.status == "reviewed"
    with ws.session() as s:
        rows = signoff_rows(s, s.scalars(select(Plan).where(Plan.uuid == uuid)).one())
    assert rows[0]["dual_roles"] is True


def test_rejection_releases_and_resubmission_verifies(people_ws):
    ws, uuid = people_ws
    sign_all(ws, uuid, upto=2)
    sign(ws, uuid, "approver", "張批準", PASSWORDS["張批準"], reject=True, comment="預算不清楚")
    assert state(ws, uuid)[0] == "draft"
    run_change(ws, uuid, "fix", lambda s, p: setattr(p.tasks[0], "title", "改好了"))
    rep = report(ws, uuid)
    assert rep.ok, rep.problems
    assert [v.kind for v in rep.verdicts] == ["released"] * 3
    sign_all(ws, uuid)
    rep = report(ws, uuid)
    assert rep.ok, rep.problems
    assert [v.kind for v in rep.verdicts] == ["released"] * 3 + ["valid"] * 3
    with ws.session() as s:
        released = s.scalars(select(Signature.released).order_by(Signature.id)).all()
    assert released == [True, True, True, False, False, False]


def test_new_revision_keeps_old_signatures_valid(people_ws):
    ws, uuid = people_ws
    sign_all(ws, uuid)
    new_id = new_revision(ws, uuid)
    with ws.session() as s:
        new = s.get(Plan, new_id)
        new_uuid, lineage = new.uuid, new.lineage
        old = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        assert (new.revision, new.status, lineage) == (2, "draft", old.lineage)
        assert new.compiler == "王編制" and new.tasks[0].title == old.tasks[0].title
    run_change(ws, new_uuid, "edit r2", lambda s, p: setattr(p.tasks[0], "title", "第二版"))
    rep = report(ws, uuid)
    assert rep.ok and [v.kind for v in rep.verdicts] == ["valid"] * 3
    assert report(ws, new_uuid).verdicts == []
    with pytest.raises(SignoffRefused, match="revision 2 of this plan already exists"):
        new_revision(ws, uuid)
    with pytest.raises(SignoffRefused, match="still a draft"):
        new_revision(ws, new_uuid)
    sign_all(ws, new_uuid)
    assert report(ws, new_uuid).ok and report(ws, uuid).ok


def raw(ws, sql, **params):
    """Raw SQL behind PlanDesk's back, as someone with the database file would."""
    with ws.engine.begin() as conn:
        conn.execute(text(sql), params)


def drop_trigger(ws, table, kind):
    if ws.is_sqlite:
        raw(ws, f"DROP TRIGGER {table}_no_{kind}")
    else:
        raw(ws, f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")


def test_audit_rows_are_append_only_and_tampering_is_detected(people_ws):
    ws, uuid = people_ws
    sign_all(ws, uuid)
    for sql in (
        "UPDATE audit_event SET actor = 'mallory'",
        "DELETE FROM audit_event",
        "UPDATE signature SET signer = 'mallory'",
        "DELETE FROM signature",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            raw(ws, sql)
    assert report(ws, uuid).ok
    drop_trigger(ws, "audit_event", "update")
    raw(
        ws,
        "UPDATE audit_event SET actor = 'mallory' WHERE id = "
        "(SELECT min(id) FROM audit_event WHERE plan_uuid = :u)",
        u=uuid,
    )
    rep = report(ws, uuid)
    assert not rep.ok and not rep.chain.ok
    assert "was altered after it was written" in rep.chain.problem
    drop_trigger(ws, "signature", "update")
    raw(ws, "UPDATE signature SET comment = '改過' WHERE role = 'reviewer'")
    rep = report(ws, uuid)
    reviewer = next(v for v in rep.verdicts if v.role == "reviewer")
    assert reviewer.kind == "invalid" and "altered" in reviewer.reason


def test_deleted_audit_event_and_forged_status_are_detected(people_ws):
    ws, uuid = people_ws
    sign_all(ws, uuid, upto=1)
    assert report(ws, uuid).ok
    raw(ws, "UPDATE plan SET status = 'approved' WHERE uuid = :u", u=uuid)
    assert any("not backed" in p for p in report(ws, uuid).problems)
    raw(ws, "UPDATE plan SET status = 'in_review' WHERE uuid = :u", u=uuid)
    drop_trigger(ws, "audit_event", "delete")
    raw(
        ws,
        "DELETE FROM audit_event WHERE id = (SELECT min(id) FROM audit_event WHERE plan_uuid = :u)",
        u=uuid,
    )
    rep = report(ws, uuid)
    assert not rep.chain.ok and "removed or inserted" in rep.chain.problem


def test_imported_signoffs_are_never_valid(people_ws):
    ws, uuid = people_ws
    with ws.write() as s:
        plan = s.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        record_external_signoffs(
            s,
            plan,
            [
                {"role": "approver", "signer": "外部主管", "signed_at": "2027-01-05"},
                {"role": "reviewer", "signer": "XXX"},
            ],
        )
    rep = report(ws, uuid)
    assert rep.ok and [(v.signer, v.kind) for v in rep.verdicts] == [("外部主管", "external")]
    assert rep.verdicts[0].text == "recorded elsewhere, not verified"
    with ws.session() as s:
        rows = signoff_rows(s, s.scalars(select(Plan).where(Plan.uuid == uuid)).one(), "en")
    assert rows[2]["verdict"] == "unsigned" and rows[3]["verdict_text"] == (
        "recorded elsewhere, not verified"
    )
    assert state(ws, uuid)[0] == "draft"


def test_people_rules(ws):
    with pytest.raises(SignoffRefused, match="first person of a workspace must be an admin"):
        enrol(
            ws,
            identity("第一人", password="first-secret-1"),
            "compiler",
            admin=None,
            password="first-secret-1",
        )
    first = identity("第一人", password="first-secret-1")
    with pytest.raises(SignoffRefused, match="wrong password"):
        enrol(ws, first, "admin,compiler", admin=None, password="bad-bad-bad")
    enrol(ws, first, "compiler,admin", admin=None, password="first-secret-1")
    with ws.session() as s:
        assert s.scalars(select(Person.roles)).one() == "admin,compiler"
    second = identity("第二人", password="second-secret-1")
    with pytest.raises(SignoffRefused, match="only an admin"):
        enrol(ws, second, "reviewer", admin=None, password="second-secret-1")
    with pytest.raises(SignoffRefused, match="wrong password"):
        enrol(ws, second, "reviewer", admin="第一人", password="bad-bad-bad")
    with pytest.raises(SignoffRefused, match="already enrolled"):
        enrol(ws, first, "reviewer", admin="第一人", password="first-secret-1")
    enrol(ws, second, "reviewer", admin="第一人", password="first-secret-1")
    with pytest.raises(SignoffRefused, match="第二人 is not an admin"):
        enrol(
            ws,
            identity("第三人", password="third-secret-1"),
            "approver",
            admin="第二人",
            password="second-secret-1",
        )
    forged = second.replace(b"MII", b"MIJ", 1)
    with pytest.raises(SignoffRefused, match="not a PEM|not signed by its own key"):
        enrol(ws, forged, "approver", admin="第一人", password="first-secret-1")


def test_expired_certificate_and_uncertified_role_are_refused(people_ws, monkeypatch):
    from datetime import timedelta

    from desktop.signoff import certs

    ws, uuid = people_ws
    before = state(ws, uuid)
    later = certs.utcnow() + timedelta(days=6 * 365)
    with monkeypatch.context() as patch:
        patch.setattr(certs, "utcnow", lambda: later)
        with pytest.raises(SignoffRefused, match="expired"):
            sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    from .conftest import name_signers

    name_signers(ws, uuid, compiler="李審核")  # named, but certified as reviewer only
    with pytest.raises(SignoffRefused, match="not certified for the compiler role"):
        sign(ws, uuid, "compiler", "李審核", PASSWORDS["李審核"])
    with ws.session() as s:
        assert s.scalars(select(func.count(Signature.id))).one() == before[2]


def test_key_store_lists_only_finished_key_files(tmp_path):
    """A key file being rewritten (another sign-off at the same moment) is never picked up."""
    from desktop.signoff.keystore import KeyStore

    store = KeyStore(tmp_path / "keys")
    key = store.create("王編制", PASSWORDS["王編制"])
    (store.root / ".tmp-half-written.pdkey").write_bytes(key.path.read_bytes())
    assert [k.path for k in store.list_keys()] == [key.path]
    assert store.find(name="王編制").path == key.path
