"""Revision N+1 (``operations/revise.py``): of an approved or rejected plan only, the old
revision untouched, refused with a one-line reason in each language otherwise."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Plan
from desktop.models.serialize import content_dump, dump_plan
from desktop.operations.revise import REJECTION_MEANING, revise
from tests.approved import PASSWORDS, make_approved_plan, verify_ok


def reject_as_reviewer(ws, uuid: str) -> None:
    from desktop.signoff.workflow import sign

    sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"], reject=True, comment="重寫第三節")


def plan_of(ws, uuid: str) -> Plan:
    with ws.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        session.expunge(plan)
        return plan


def test_rejection_meaning_is_the_sign_off_one():
    from desktop.signoff.payload import MEANINGS

    assert MEANINGS["reject"] == REJECTION_MEANING


def test_an_approved_plan_gets_revision_2_and_stays_as_it_was(sample_ws):
    ws, _ = sample_ws
    uuid = make_approved_plan(ws, sample_ws[1])
    with ws.session() as session:
        before = dump_plan(session.scalars(select(Plan).where(Plan.uuid == uuid)).one())
    revised = revise(ws, uuid)
    assert revised.revision == 2
    with ws.session() as session:
        old = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        new = session.get(Plan, revised.plan_id)
        assert dump_plan(old) == before and old.status == "approved"
        assert (new.status, new.lineage, new.uuid) == ("draft", old.lineage, revised.uuid)
        assert content_dump(new)["goals"] == content_dump(old)["goals"]
    assert verify_ok(ws, uuid) == []
    with pytest.raises(ValueError, match="revision 2 of this plan already exists"):
        revise(ws, uuid)


def test_a_rejected_plan_can_be_revised(sample_ws):
    ws, uuid = sample_ws
    make_approved_plan(ws, uuid, upto="compiler")
    reject_as_reviewer(ws, uuid)
    assert plan_of(ws, uuid).status == "draft"
    assert revise(ws, uuid).revision == 2


@pytest.mark.parametrize(
    ("upto", "key"),
    [(None, "revise_draft"), ("compiler", "revise_in_review"), ("reviewer", "revise_in_review")],
)
def test_drafts_and_plans_in_review_are_refused(sample_ws, upto, key):
    from desktop.models.refusal import Invalid

    ws, uuid = sample_ws
    if upto:
        make_approved_plan(ws, uuid, upto=upto)
    with pytest.raises(Invalid) as refused:
        revise(ws, uuid)
    assert refused.value.key == key and "\n" not in str(refused.value)
    assert "第 1 版" in refused.value.message("zh_TW")
    with ws.session() as session:
        assert session.scalars(select(Plan.revision)).all() == [1]
