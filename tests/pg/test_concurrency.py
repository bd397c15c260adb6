"""Several PlanDesks on one PostgreSQL workspace: no lost update, one signature per chain slot.

Every test opens the same fresh database through separate engines, as two PlanDesk
instances on two machines would.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Signature, Subtask, Task
from desktop.models.sample import add_sample_plan
from desktop.operations import ConflictError, find_plan, run_change
from desktop.operations.audit import check_chain
from desktop.operations.concurrency import expect_version
from desktop.operations.edits import update_item
from desktop.store import Workspace, open_workspace


@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[Workspace, Workspace, str]]:
    """Two PlanDesks (engines) on one database that holds the sample plan."""
    alice, bob = open_workspace(pg_url), open_workspace(pg_url)
    with alice.write() as session:
        uuid = add_sample_plan(session).uuid
    yield alice, bob, uuid
    alice.close()
    bob.close()


def subtask(ws: Workspace, code: str = "T1.1") -> tuple[int, int, str]:
    """(id, version, title) as a view shows it."""
    with ws.session() as session:
        sub = session.scalars(select(Subtask).where(Subtask.code == code)).one()
        return sub.id, sub.version, sub.title


def chain_ok(ws: Workspace, uuid: str, count: int) -> None:
    with ws.session() as session:
        check = check_chain(session, uuid)
        assert check.ok, check.problem
        assert check.count == count
        links = list(
            session.execute(
                select(AuditEvent.prev_hash, AuditEvent.hash)
                .where(AuditEvent.plan_uuid == uuid)
                .order_by(AuditEvent.id)
            )
        )
    assert len({prev for prev, _ in links}) == count  # no two events share a predecessor


def test_stale_edit_of_the_same_subtask_is_refused_with_who_and_when(two):
    alice, bob, uuid = two
    sub_id, version, _ = subtask(alice)  # both views show version 1
    assert subtask(bob)[1] == version
    run_change(
        bob,
        uuid,
        "retitle",
        expect_version(
            update_item(Subtask, sub_id, {"title": "Bob's title"}), Subtask, sub_id, version
        ),
        actor="bob",
        tables=("subtask",),
    )
    with pytest.raises(ConflictError, match=r"changed by bob at \d{4}-\d\d-\d\d \d\d:\d\d"):
        run_change(
            alice,
            uuid,
            "retitle",
            expect_version(
                update_item(Subtask, sub_id, {"title": "Alice's title"}), Subtask, sub_id, version
            ),
            actor="alice",
            tables=("subtask",),
        )
    _, new_version, title = subtask(alice)  # the reloaded row
    assert (title, new_version) == ("Bob's title", version + 1)
    chain_ok(alice, uuid, 1)


def test_overlapping_transactions_on_one_subtask_one_wins_no_lost_update(two):
    """Alice's transaction reads the row, Bob commits a change to it, then Alice writes."""
    alice, bob, uuid = two
    sub_id, version, _ = subtask(alice)
    read, bob_done = threading.Event(), threading.Event()

    def alice_edit(session, plan):
        sub = session.get(Subtask, sub_id)
        assert sub.version == version
        read.set()
        assert bob_done.wait(30)
        sub.title = "Alice's title"
        sub.resources = "Alice's resources"

    def bob_edit(session, plan):
        session.get(Subtask, sub_id).title = "Bob's title"

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(
            run_change, alice, uuid, "edit", alice_edit, actor="alice", tables=("subtask",)
        )
        assert read.wait(30)
        run_change(bob, uuid, "edit", bob_edit, actor="bob", tables=("subtask",))
        bob_done.set()
        with pytest.raises(ConflictError, match="changed by bob at"):
            future.result(timeout=60)
    with bob.session() as session:
        sub = session.get(Subtask, sub_id)
        assert (sub.title, sub.version) == ("Bob's title", version + 1)
        assert sub.resources != "Alice's resources"  # nothing of the refused edit was written
    chain_ok(bob, uuid, 1)


def test_concurrent_changes_keep_the_audit_chain_linear(pg_url):
    """Writers on different rows all succeed; their audit events form one chain."""
    workers = 4
    spaces = [open_workspace(pg_url) for _ in range(workers)]
    try:
        with spaces[0].write() as session:
            uuid = add_sample_plan(session).uuid
        with spaces[0].session() as session:
            task_ids = list(session.scalars(select(Task.id).order_by(Task.id)))[:workers]
        for round_ in range(2):
            barrier = threading.Barrier(workers, timeout=30)

            def edit(i: int, *, barrier=barrier, round_=round_) -> None:
                def apply(session, plan):
                    session.get(Task, task_ids[i]).title = f"任務 {round_}.{i}"
                    barrier.wait()  # every writer is inside its transaction before any appends

                run_change(
                    spaces[i], uuid, f"rename task {i}", apply, actor=f"user{i}", tables=("task",)
                )

            with ThreadPoolExecutor(workers) as pool:
                for future in [pool.submit(edit, i) for i in range(workers)]:
                    future.result(timeout=60)
        chain_ok(spaces[0], uuid, 2 * workers)
    finally:
        for ws in spaces:
            ws.close()


def test_concurrent_signoffs_one_wins_the_other_is_told_to_retry(two, monkeypatch):
    from desktop.signoff import SignoffRefused, workflow
    from desktop.signoff.verify import verify_plan
    from tests.signoff.conftest import PASSWORDS, add_people, name_signers

    alice, bob, uuid = two
    add_people(alice)
    name_signers(alice, uuid)
    both_inside = threading.Barrier(2, timeout=30)
    real_payload = workflow.signed_payload

    def payload_after_both_read(sig, key):  # both transactions have read the chain head
        both_inside.wait()
        return real_payload(sig, key)

    monkeypatch.setattr(workflow, "signed_payload", payload_after_both_read)

    def submit(ws: Workspace):
        try:
            return workflow.submit(ws, uuid, "王編制", PASSWORDS["王編制"])
        except SignoffRefused as exc:
            return exc

    with ThreadPoolExecutor(2) as pool:
        results = [
            f.result(timeout=120) for f in [pool.submit(submit, alice), pool.submit(submit, bob)]
        ]
    refused = [r for r in results if isinstance(r, SignoffRefused)]
    assert len(refused) == 1, results
    assert "try again" in str(refused[0])
    with alice.session() as session:
        plan = find_plan(session, uuid)
        assert plan.status == "in_review"
        assert len(list(session.scalars(select(Signature)))) == 1
        report = verify_plan(session, plan)
        assert report.ok, report.problems
        assert check_chain(session, uuid).ok
