"""Issue 24, an independent red team on main (continued): attacks on who signs. Separation
of duties, look-alike names, people's rows swapped, signing times outside a certificate and
a removed person's certificate. Same attacker as test_forgery_redteam.py."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.exchange.document.pdf_for_signature import painted_for_signature
from desktop.models import Person
from desktop.operations.audit import append_event
from desktop.signoff import certs
from desktop.signoff.admin_actions import change_roles
from desktop.signoff.content import signed_text
from desktop.signoff.keystore import KeyStore
from desktop.signoff.people import SignoffRefused, enrol, workspace_root
from desktop.signoff.standing import standing
from desktop.signoff.workflow import chain_signatures, commit_record, new_record, seal_record, sign

from .conftest import PASSWORDS, identity
from .test_forgery_admin import attacker, everything, report, root_of  # noqa: F401
from .test_forgery_redteam import ROLES, person_chain_in, plan_of


# ----- 3. separation of duties decided by a writable column or a modified client ---------------
def test_one_person_in_two_roles_fails_verify_when_the_signed_plan_forbids_it(people_ws):
    """王編制 is certified compiler and reviewer. The plan (allow_dual_roles false in its
    signed content) names him for both; his own client skips the app's dual-role check."""
    ws, uuid = people_ws
    change_roles(ws, "王編制", "compiler,reviewer", admin="管理員", password=PASSWORDS["管理員"])
    from .conftest import name_signers

    name_signers(ws, uuid, reviewer="王編制")
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    with pytest.raises(SignoffRefused, match="王編制"):
        sign(ws, uuid, "reviewer", "王編制", PASSWORDS["王編制"])
    store = KeyStore()
    with ws.write() as s:  # his modified client
        plan = plan_of(s, uuid)
        person = s.scalars(select(Person).where(Person.name == "王編制")).one()
        chain = certs.from_pem(person.certificates)
        key = store.open(store.find(public=chain[0].public_key()), PASSWORDS["王編制"])
        sig = new_record(
            plan,
            chain_signatures(s, uuid),
            "reviewer",
            "王編制",
            reject=False,
            comment="",
            chain=chain,
            content=signed_text(plan),
        )
        seal_record(sig, key, chain[0])
        commit_record(s, plan, sig, actor="王編制")
    sign(ws, uuid, "approver", "張批準", PASSWORDS["張批準"])
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok
    assert any("王編制" in p and "two roles" in p for p in rep.problems), rep.problems


def test_dual_roles_allowed_in_the_signed_content_still_verify(people_ws):
    ws, uuid = people_ws
    change_roles(ws, "王編制", "compiler,reviewer", admin="管理員", password=PASSWORDS["管理員"])
    from desktop.operations import run_change

    from .conftest import name_signers

    name_signers(ws, uuid, reviewer="王編制")

    def allow(_s, plan):
        plan.allow_dual_roles = True

    run_change(ws, uuid, "allow dual roles", allow, tables=("plan",))
    for role, name in (("compiler", "王編制"), ("reviewer", "王編制"), ("approver", "張批準")):
        sign(ws, uuid, role, name, PASSWORDS[name])
    assert report(ws, uuid, {root_of(ws)}).ok


def test_the_dual_roles_column_flipped_after_signing_voids(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    for role, name in ROLES:
        sign(ws, uuid, role, name, PASSWORDS[name])
    attacker("UPDATE plan SET allow_dual_roles = true WHERE uuid = :u", u=uuid)
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok and {v.kind for v in rep.verdicts} == {"void"}


# ----- 4. look-alike names ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "look_alike",
    [
        "Alice Chen ",
        "Alice\u00a0Chen",
        "Alice\u200bChen",
        "A\u0301lice Chen",
        "Ａlice Chen",
        "\u0410lice Chen",
        "alice chen",
    ],
    ids=["trailing space", "nbsp", "zero width", "combining", "fullwidth", "cyrillic", "case"],
)
def test_a_look_alike_of_an_enrolled_name_is_refused(people_ws, look_alike):
    """Someone hands the admin an identity file whose name looks like a colleague's."""
    ws, uuid = people_ws
    pem = identity("Alice Chen", password="alice-secret-01")
    enrol(ws, pem, "reviewer", admin="管理員", password=PASSWORDS["管理員"])
    before = everything(ws, uuid)
    pem = certs.to_pem([KeyStore().create(look_alike, "look-alike-secret-1").identity])
    if look_alike == "A\u0301lice Chen":  # a different name; but NFD of it is refused alike
        enrol(ws, pem.encode(), "reviewer", admin="管理員", password=PASSWORDS["管理員"])
        return
    with pytest.raises(SignoffRefused) as refused:
        enrol(ws, pem.encode(), "approver", admin="管理員", password=PASSWORDS["管理員"])
    said = str(refused.value)  # one line naming the colleague (or the invisible character)
    assert "\n" not in said
    assert any(w in said for w in ("“Alice Chen”", "invisible character", "already enrolled"))
    assert everything(ws, uuid) == before


def test_an_nfd_spelling_of_an_enrolled_name_is_the_same_person(people_ws):
    ws, uuid = people_ws
    enrol(
        ws,
        identity("Éva Li", password="eva-secret-01"),
        "reviewer",
        admin="管理員",
        password=PASSWORDS["管理員"],
    )
    before = everything(ws, uuid)
    pem = certs.to_pem([KeyStore().create("E\u0301va Li", "look-alike-secret-1").identity])
    with pytest.raises(SignoffRefused, match="already"):
        enrol(ws, pem.encode(), "approver", admin="管理員", password=PASSWORDS["管理員"])
    assert everything(ws, uuid) == before


# ----- 5. people's rows swapped ------------------------------------------------------------------
def test_swapped_people_rows_sign_nothing_and_are_flagged(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    attacker("UPDATE person SET name = 'x' WHERE name = '李審核'")
    attacker("UPDATE person SET name = '李審核' WHERE name = '張批準'")
    attacker("UPDATE person SET name = '張批準' WHERE name = 'x'")
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused):  # the reviewer's key, now in the approver's row
        sign(ws, uuid, "approver", "張批準", PASSWORDS["李審核"])
    assert everything(ws, uuid) == before
    with ws.session() as s:
        root = workspace_root(s)
        for name in ("李審核", "張批準"):
            person = s.scalars(select(Person).where(Person.name == name)).one()
            assert standing(s, person, root).problem.key == "row_names_other"
    assert report(ws, uuid, {root_of(ws)}).ok  # what was signed is unchanged


# ----- 9. a signing time outside the certificate's validity ---------------------------------------
@pytest.mark.parametrize("shift", [timedelta(days=-2), timedelta(days=365 * 6)])
def test_a_signature_dated_outside_the_certificate_is_invalid(people_ws, shift):
    """The approver's own client back-dates (or forward-dates) the sign-off."""
    ws, uuid = people_ws
    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    store = KeyStore()
    with ws.write() as s:
        plan = plan_of(s, uuid)
        chain = person_chain_in(ws, "張批準")
        key = store.open(store.find(public=chain[0].public_key()), PASSWORDS["張批準"])
        when = chain[0].not_valid_before_utc.replace(tzinfo=None) + shift
        sig = new_record(
            plan,
            chain_signatures(s, uuid),
            "approver",
            "張批準",
            reject=False,
            comment="",
            chain=chain,
            content=signed_text(plan),
            when=when,
        )
        seal_record(sig, key, chain[0])
        commit_record(s, plan, sig, actor="張批準")
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok and "was not valid at" in rep.verdicts[-1].reason


# ----- 11. a removed person's certificate ---------------------------------------------------------
def test_a_sign_off_after_the_signer_was_removed_fails_verify(people_ws):
    """The admin removed the approver; her certificate is still within its validity and her
    own client signs anyway."""
    ws, uuid = people_ws
    from desktop.signoff.admin_actions import remove_person

    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    chain = person_chain_in(ws, "張批準")
    remove_person(ws, "張批準", admin="管理員", password=PASSWORDS["管理員"])
    store = KeyStore()
    with ws.write() as s:
        plan = plan_of(s, uuid)
        key = store.open(store.find(public=chain[0].public_key()), PASSWORDS["張批準"])
        sig = new_record(
            plan,
            chain_signatures(s, uuid),
            "approver",
            "張批準",
            reject=False,
            comment="",
            chain=chain,
            content=signed_text(plan),
        )
        seal_record(sig, key, chain[0])
        commit_record(s, plan, sig, actor="張批準")
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok
    assert "removed" in rep.verdicts[-1].reason


def test_a_removed_reviewer_s_reply_is_refused_on_merge(people_ws, attacker):  # noqa: F811
    """The reviewer signed a package, then was removed; a writer sets the row back."""
    from desktop.signoff.admin_actions import remove_person
    from desktop.signoff.review import export_package, merge_file, sign_package

    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    reply = sign_package(export_package(ws, uuid), "reviewer", "李審核", PASSWORDS["李審核"])
    remove_person(ws, "李審核", admin="管理員", password=PASSWORDS["管理員"])
    for restored in (False, True):
        if restored:
            attacker("UPDATE person SET removed = false WHERE name = '李審核'")
        before = everything(ws, uuid)
        with pytest.raises(SignoffRefused, match="李審核"):
            merge_file(ws, reply, where="r.pdreview", repaint=painted_for_signature)
        assert everything(ws, uuid) == before


# ----- an admin certificate, or a key, that was taken back ---------------------------------------
@pytest.mark.parametrize("in_trail", [False, True], ids=["", "enrolment appended"])
@pytest.mark.parametrize("taken_back", ["demoted", "removed"])
def test_a_former_admin_s_certificate_certifies_nobody(people_ws, attacker, taken_back, in_trail):  # noqa: F811
    """李審核 was an admin; his admin CA certificate still chains to the root after the admin
    demoted (or removed) him. With it he certifies a key of his own as 張批準 and approves."""
    from desktop.signoff.admin_actions import remove_person

    from .test_forgery_redteam import forge

    ws, uuid = people_ws
    change_roles(ws, "李審核", "admin,reviewer", admin="管理員", password=PASSWORDS["管理員"])
    old_ca = person_chain_in(ws, "李審核")[0]
    assert certs.is_ca(old_ca)
    store = KeyStore()
    his_key = store.open(store.find(public=old_ca.public_key()), PASSWORDS["李審核"])
    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    if taken_back == "demoted":
        change_roles(ws, "李審核", "reviewer", admin="管理員", password=PASSWORDS["管理員"])
    else:
        remove_person(ws, "李審核", admin="管理員", password=PASSWORDS["管理員"])
    fake = certs.new_key()
    approver = certs.issue_person(his_key, old_ca, fake.public_key(), "張批準", ["approver"])
    if in_trail:  # he also appends to the (unsigned) people trail: his old admin certificate
        with ws.write() as s:  # enrolled again, and the key he made for 張批準
            for name, cert in (("李審核", old_ca), ("張批準", approver)):
                append_event(
                    s,
                    "",
                    actor="李審核",
                    action="enrol person",
                    item=name,
                    changes={"name": name, "certificate_sha256": certs.fingerprint(cert)},
                )
    forge(ws, uuid, ROLES[2:], fake, [approver, old_ca], attacker)
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok
    reason = rep.verdicts[-1].reason
    if taken_back == "removed" and in_trail:  # enrolled again: his removal was undone
        assert "李審核's certificate in this chain" in reason, reason
    assert ("李審核" if in_trail else "張批準's certificate in this chain") in reason, reason


def test_a_replaced_key_signs_no_more(people_ws):
    """張批準's key was replaced (a lost laptop); the old key, still certified, approves."""
    from desktop.signoff.admin_actions import replace_key

    ws, uuid = people_ws
    old_chain = person_chain_in(ws, "張批準")
    store = KeyStore()
    old_key = store.open(store.find(public=old_chain[0].public_key()), PASSWORDS["張批準"])
    replace_key(
        ws,
        identity("張批準", password="approver-new-secret-1"),
        admin="管理員",
        password=PASSWORDS["管理員"],
    )
    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    with ws.write() as s:  # the old key's own client
        plan = plan_of(s, uuid)
        sig = new_record(
            plan,
            chain_signatures(s, uuid),
            "approver",
            "張批準",
            reject=False,
            comment="",
            chain=old_chain,
            content=signed_text(plan),
        )
        seal_record(sig, old_key, old_chain[0])
        commit_record(s, plan, sig, actor="張批準")
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok and "not their certificate in force" in rep.verdicts[-1].reason


def test_a_former_admin_cannot_renew_his_own_admin_certificate(people_ws, attacker):  # noqa: F811
    """Demoted, 李審核 issues himself a new admin certificate with his old one, records it in
    the people trail and certifies a key of his own as 張批準 with it."""
    from .test_forgery_redteam import forge

    ws, uuid = people_ws
    change_roles(ws, "李審核", "admin,reviewer", admin="管理員", password=PASSWORDS["管理員"])
    old_ca = person_chain_in(ws, "李審核")[0]
    store = KeyStore()
    his_key = store.open(store.find(public=old_ca.public_key()), PASSWORDS["李審核"])
    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    change_roles(ws, "李審核", "reviewer", admin="管理員", password=PASSWORDS["管理員"])
    renewed = certs.issue_person(his_key, old_ca, his_key.public_key(), "李審核", ["admin"])
    fake = certs.new_key()
    approver = certs.issue_person(his_key, renewed, fake.public_key(), "張批準", ["approver"])
    with ws.write() as s:
        for name, cert in (("李審核", renewed), ("張批準", approver)):
            append_event(
                s,
                "",
                actor="李審核",
                action="enrol person",
                item=name,
                changes={"name": name, "certificate_sha256": certs.fingerprint(cert)},
            )
    forge(ws, uuid, ROLES[2:], fake, [approver, renewed, old_ca], attacker)
    rep = report(ws, uuid, {root_of(ws)})
    assert not rep.ok and "李審核's certificate in this chain" in rep.verdicts[-1].reason


def test_a_row_restored_to_a_replaced_certificate_signs_nothing(people_ws, attacker):  # noqa: F811
    """Whoever kept the approver's old key restores her old certificate in her row and signs
    in the app with the old key's password."""
    from desktop.signoff.admin_actions import replace_key

    ws, uuid = people_ws
    with ws.session() as s:
        old = s.scalars(select(Person).where(Person.name == "張批準")).one()
        old_cert, old_key = old.certificates, old.public_key
    replace_key(
        ws,
        identity("張批準", password="approver-new-secret-1"),
        admin="管理員",
        password=PASSWORDS["管理員"],
    )
    for role, name in ROLES[:2]:
        sign(ws, uuid, role, name, PASSWORDS[name])
    attacker(
        "UPDATE person SET certificates = :c, public_key = :k WHERE name = '張批準'",
        c=old_cert,
        k=old_key,
    )
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match="not the last one the people audit trail records"):
        sign(ws, uuid, "approver", "張批準", PASSWORDS["張批準"])
    assert everything(ws, uuid) == before
