"""Occurrence notes (issue 29): set, change and clear, undoable, in the history, tracking data."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, OccurrenceNote, Subtask
from desktop.models.refusal import Invalid
from desktop.models.serialize import canonical_json, content_sha256, dump_plan
from desktop.operations import board as board_ops
from desktop.operations import find_plan, replay_change, run_change
from desktop.operations.audit_text import audit_names, describe_event
from desktop.operations.notes import TABLES_NOTE, clear_note, set_note
from tests.approved import make_approved_plan, verify_ok


def sub_id(ws, code: str = "T1.1") -> int:
    with ws.session() as session:
        return session.scalars(select(Subtask.id).where(Subtask.code == code)).one()


def dump(ws, uuid) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(find_plan(session, uuid)))


def history(ws, uuid, lang: str) -> list[str]:
    with ws.session() as session:
        names = audit_names(session, find_plan(session, uuid).id)
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        return [describe_event(e, lang, names).changes for e in events]


def test_a_note_is_set_changed_cleared_and_undone(sample_ws):
    ws, uuid = sample_ws
    sub = sub_id(ws)
    before = dump(ws, uuid)
    # T1.1 每月第一周, calendar weeks: March 2027 week 1 is 1–7 March.
    added = run_change(
        ws,
        uuid,
        "Note",
        set_note(sub, date(2027, 3, 1), " 選題延誤 ", "提前一周"),
        tables=TABLES_NOTE,
    )
    assert added.result is True and added.changes.tables == {"occurrence_note"}
    text = dump(ws, uuid)
    assert '"problem": "選題延誤"' in text and '"start": "2027-03-01"' in text
    changed = run_change(ws, uuid, "Note", set_note(sub, date(2027, 3, 1), "選題延誤", "已解決"))
    assert '"solution": "已解決"' in dump(ws, uuid)
    replay_change(ws, changed.changes, undo=True)
    assert '"solution": "提前一周"' in dump(ws, uuid)
    cleared = run_change(ws, uuid, "Note", clear_note(sub, date(2027, 3, 1)))
    assert cleared.result is False and dump(ws, uuid) == before
    replay_change(ws, cleared.changes, undo=True)
    assert '"problem": "選題延誤"' in dump(ws, uuid)
    zh, en = history(ws, uuid, "zh_TW"), history(ws, uuid, "en")
    assert zh[0] == "T1.1 2027-03-01 備註：問題 選題延誤；解決方案 提前一周"
    assert en[0] == "note on T1.1 2027-03-01: problem 選題延誤; solution 提前一周"
    assert en[1] == "note on T1.1 2027-03-01: solution 已解決"
    assert en[3] == "note on T1.1 2027-03-01 removed"


def test_a_note_needs_an_occurrence_and_valid_text(sample_ws):
    ws, uuid = sample_ws
    sub = sub_id(ws)
    with pytest.raises(ValueError, match="T1.1: no occurrence starts on 2027-03-09"):
        run_change(ws, uuid, "Note", set_note(sub, date(2027, 3, 9), "x", ""))
    with pytest.raises(Invalid, match="problem"):
        set_note(sub, date(2027, 3, 1), "a\x07b", "")
    with ws.session() as session:
        assert session.scalars(select(OccurrenceNote)).first() is None


def test_notes_on_an_approved_plan_leave_its_signatures_valid(sample_ws):
    ws, uuid = sample_ws
    uuid = make_approved_plan(ws, uuid)
    with ws.session() as session:
        content = content_sha256(find_plan(session, uuid))
    run_change(ws, uuid, "Note", set_note(sub_id(ws), date(2027, 3, 1), "延誤", "加人手"))
    with ws.session() as session:
        plan = find_plan(session, uuid)
        assert content_sha256(plan) == content
        assert plan.status == "approved"
    assert verify_ok(ws, uuid) == []


def test_a_note_follows_its_occurrence_when_the_bar_is_moved(sample_ws):
    ws, uuid = sample_ws
    sub = sub_id(ws)
    run_change(ws, uuid, "Note", set_note(sub, date(2027, 3, 1), "延誤", ""))
    run_change(ws, uuid, "done", board_ops.toggle_done(sub, date(2027, 3, 1)))
    run_change(
        ws,
        uuid,
        "move",
        board_ops.move_week(sub, 3, 3, every_month=False),
        tables=board_ops.TABLES_MOVE,
    )
    with ws.session() as session:
        note = session.scalars(select(OccurrenceNote)).one()
        sub_row = session.get(Subtask, sub)
        assert note.start == date(2027, 3, 15) == sub_row.progress[0].start
