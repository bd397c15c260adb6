"""A signed plan: the cover shows the sign-offs; importing never makes signatures and never
changes the approved revision."""

from __future__ import annotations

import json

import openpyxl
from sqlalchemy import func, select

from desktop.exchange.excel_import import apply_import, read_import
from desktop.models import Signature
from desktop.signoff.records import fingerprint
from desktop.signoff.workflow import approve, review, submit
from desktop.store import open_workspace
from tests.signoff.conftest import PASSWORDS, add_people, name_signers

from .test_excel_roundtrip import dump_text, export


def test_signed_plan_export_and_import(sample_ws, tmp_path, monkeypatch):
    monkeypatch.setenv("PLANDESK_ARGON2_FAST", "1")
    ws, uuid = sample_ws
    add_people(ws)
    name_signers(ws, uuid)
    submit(ws, uuid, "王編制", PASSWORDS["王編制"])
    review(ws, uuid, "李審核", PASSWORDS["李審核"])
    signed = approve(ws, uuid, "張批準", PASSWORDS["張批準"])
    path = export(ws, uuid, tmp_path / "signed.xlsx")
    sheet = openpyxl.load_workbook(path)["封面 (Cover)"]
    cover = [list(row) for row in sheet.iter_rows(values_only=True)]
    approver_row = next(r for r in cover if r[0] == "批準人" and r[2] == "張批準")
    assert approver_row[4] == "有效" and approver_row[5] == fingerprint(signed.content_hash)
    assert approver_row[3]  # the signing time
    assert any(r[:2] == ["狀態 (Status)", "已批準"] for r in cover)
    before = dump_text(ws, uuid)
    with ws.session() as session:
        signatures = session.scalar(select(func.count()).select_from(Signature))
    # into an empty workspace: the same content, no signature
    with open_workspace(tmp_path / "other.sqlite") as other:
        _target, new = apply_import(other, read_import(path))
        assert new == uuid and dump_text(other, uuid) == before
        with other.session() as session:
            assert session.scalar(select(func.count()).select_from(Signature)) == 0
            assert json.loads(dump_text(other, uuid))["plan"]["revision"] == 1
    # back into the signing workspace: the approved revision stays, revision 2 is a draft
    target, new = apply_import(ws, read_import(path))
    assert target.kind == "revision" and new != uuid
    assert dump_text(ws, uuid) == before
    with ws.session() as session:
        assert session.scalar(select(func.count()).select_from(Signature)) == signatures
