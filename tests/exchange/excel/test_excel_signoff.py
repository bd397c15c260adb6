"""A signed plan: the cover shows the sign-offs; importing never makes signatures and never
changes the approved revision. Imported sign-off rows are recorded as "recorded elsewhere, not
verified": shown by verify, the Sign-off rows and the next export, never counted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from desktop.exchange.excel.excel_import import read_import
from desktop.models import Plan, Signature
from desktop.operations.import_plan import apply_import
from desktop.signoff.payload import EXTERNAL, MEANINGS
from desktop.signoff.records import fingerprint, signoff_dump, signoff_rows, verdict_summary
from desktop.signoff.verify import verify_plan
from desktop.signoff.workflow import approve, review, submit
from desktop.store import Workspace, open_workspace
from tests.exchange.excel.test_excel_roundtrip import dump_text, export
from tests.signoff.conftest import PASSWORDS, add_people, name_signers

COVER = "封面 (Cover)"
SIGNERS = [("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準")]


def counts(ws: Workspace) -> tuple[int, int]:
    """(signatures made here, sign-offs recorded elsewhere)."""
    with ws.session() as session:
        made = session.scalar(
            select(func.count()).select_from(Signature).where(Signature.external.is_(False))
        )
        external = session.scalar(
            select(func.count()).select_from(Signature).where(Signature.external.is_(True))
        )
    return made, external


def cover_rows(path: Path) -> list[list[Any]]:
    sheet = openpyxl.load_workbook(path)[COVER]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def sign_all(ws: Workspace, uuid: str) -> Any:
    add_people(ws)
    name_signers(ws, uuid)
    submit(ws, uuid, "王編制", PASSWORDS["王編制"])
    review(ws, uuid, "李審核", PASSWORDS["李審核"])
    return approve(ws, uuid, "張批準", PASSWORDS["張批準"])


def test_signed_plan_export_and_import(sample_ws, tmp_path, monkeypatch, cli):
    ws, uuid = sample_ws
    signed = sign_all(ws, uuid)
    path = export(ws, uuid, tmp_path / "signed.xlsx")
    cover = cover_rows(path)
    approver_row = next(r for r in cover if r[0] == "批準人" and r[2] == "張批準")
    assert approver_row[4] == "有效" and approver_row[5] == fingerprint(signed.content_hash)
    assert approver_row[3]  # the signing time
    assert approver_row[6] == "批準執行"  # the meaning, in the plan's language
    assert any(r[:2] == ["狀態 (Status)", "已批準"] for r in cover)
    before = dump_text(ws, uuid)
    with ws.session() as session:
        originals = {s.role: s for s in session.scalars(select(Signature))}
        signed_at = {role: s.signed_at.replace(microsecond=0) for role, s in originals.items()}
        fingerprints = {role: fingerprint(s.content_hash) for role, s in originals.items()}
    signatures = counts(ws)
    # into an empty workspace: the same content, no signature, three sign-offs recorded
    # elsewhere (not verified) that change neither the status nor the verdict
    other_db = tmp_path / "other.sqlite"
    with open_workspace(other_db) as other:
        _target, new = apply_import(other, read_import(path))
        assert new == uuid and dump_text(other, uuid) == before
        assert counts(other) == (0, 3)
        assert json.loads(dump_text(other, uuid))["plan"]["revision"] == 1
        with other.session() as session:
            plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
            assert plan.status == "draft"
            report = verify_plan(session, plan)
            assert report.ok and not any(v.in_force for v in report.verdicts)
            assert {(v.role, v.signer, v.kind) for v in report.verdicts} == {
                (role, name, "external") for role, name in SIGNERS
            }
            rows = signoff_rows(session, plan, "zh_TW")
            assert [r["verdict"] for r in rows[:3]] == ["unsigned"] * 3
            external = rows[3:]
            assert [(r["role"], r["signer"]) for r in external] == SIGNERS
            for r in external:
                assert r["external"] and r["verdict_text"] == "外部記錄，未經驗證"
                assert r["fingerprint"] == fingerprints[r["role"]]
                assert r["meaning_en"] == MEANINGS[r["role"]]
                assert r["signed_at"] == signed_at[r["role"]].isoformat() + "Z"
            kind, text = verdict_summary(session, plan, "en")
            assert kind == "unsigned" and text == (
                "not signed yet (3 sign-offs recorded elsewhere, not verified)"
            )
            assert signoff_dump(session, plan)["status"] == "draft"
        # the same workbook again: nothing recorded twice
        target, _ = apply_import(other, read_import(path))
        assert target.kind == "update" and counts(other) == (0, 3)
        assert dump_text(other, uuid) == before
        # the next export shows them as recorded elsewhere; importing it records nothing more
        again = export(other, uuid, tmp_path / "again.xlsx")
        shown = [r for r in cover_rows(again) if r[2] in dict(SIGNERS).values()]
        assert [r[4] for r in shown] == ["外部記錄，未經驗證"] * 3
        assert any(r[:2] == ["狀態 (Status)", "草稿"] for r in cover_rows(again))
        apply_import(other, read_import(again))
        assert counts(other) == (0, 3)
    verified = cli("verify", "--db", str(other_db))
    assert verified.returncode == 0, verified.stderr
    out = verified.stdout
    assert "status draft" in out
    for role, name in SIGNERS:
        assert f"{role}\t{name}\t" in out
    assert out.count(EXTERNAL) == 3 and "valid" not in out.replace("not verified", "")
    dumped = cli("dump", "--db", str(other_db))
    assert dumped.returncode == 0 and json.loads(dumped.stdout) == json.loads(before)
    # back into the signing workspace: the signed content is the same, so the approved plan's
    # tracking data is updated in place (nothing changed here) and the signatures made here
    # are not recorded again
    target, new = apply_import(ws, read_import(path))
    assert target.kind == "track" and new == uuid
    assert dump_text(ws, uuid) == before
    assert counts(ws) == signatures
    with ws.session() as session:
        assert verify_plan(session, session.scalars(select(Plan).where(Plan.uuid == uuid)).one()).ok


def test_hand_edited_signoff_rows(sample_ws, tmp_path):
    """Whatever the verdict column says, a row is only recorded elsewhere; rows that cannot be
    read are left out with a warning and the content is imported all the same."""
    ws, uuid = sample_ws
    path = export(ws, uuid, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    sheet = wb[COVER]
    head = next(r for r in sheet.iter_rows() if r[0].value == "角色 (Role)")[0].row
    edits = [
        ("批準人", "外部主管", "2027-01-05T09:30:00Z", "有效", "ABCD 0123 4567 89ef", "批準執行"),
        ("Reviewer", "外部審核", datetime_cell(), "valid", "", "looked at it"),
        ("主席", "某人", "2027-01-05", "有效", "", ""),
        ("編制人", "某人", "昨天", "有效", "", ""),
        ("編制人", "XXX", "2027-01-05", "", "", ""),
    ]
    for merged in [m for m in sheet.merged_cells.ranges if m.min_row > head]:
        sheet.unmerge_cells(str(merged))  # the note below the rows
    for offset, values in enumerate(edits, 1):
        row = [values[0], "", *values[1:]]
        for col, value in enumerate(row, 1):
            sheet.cell(head + offset, col).value = value
    wb.save(path)
    result = read_import(path)
    assert not result.errors
    warnings = [p.text() for p in result.warnings]
    assert any("sign-off by 某人: the role '主席'" in w for w in warnings)
    assert any("sign-off by 某人: the signing time '昨天'" in w for w in warnings)
    assert [(r["role"], r["signer"]) for r in result.data["signoffs"]] == [
        ("approver", "外部主管"),
        ("reviewer", "外部審核"),
    ]
    with open_workspace(tmp_path / "other.sqlite") as other:
        apply_import(other, result)
        with other.session() as session:
            plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
            rows = {r["signer"]: r for r in signoff_rows(session, plan, "en")[3:]}
            assert verify_plan(session, plan).ok and plan.status == "draft"
        assert counts(other) == (0, 2)
    approver, reviewer = rows["外部主管"], rows["外部審核"]
    assert approver["verdict"] == reviewer["verdict"] == "external"
    assert approver["fingerprint"] == "abcd 0123 4567 89ef"
    assert approver["signed_at"] == "2027-01-05T09:30:00Z"
    assert approver["meaning_en"] == MEANINGS["approver"]
    assert reviewer["meaning_en"] == "looked at it" and reviewer["fingerprint"] == ""
    assert reviewer["signed_at"] == "2027-01-04T16:00:00Z"


def datetime_cell() -> Any:
    from datetime import datetime

    return datetime(2027, 1, 4, 16, 0)
