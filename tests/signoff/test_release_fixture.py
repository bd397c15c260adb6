"""An upgrade never voids an approval: a workspace approved with the previous release
(schema 0005, tests/fixtures/approved_release_0005.sqlite, made as its README says) is read,
upgraded and tracked with today's code, and every signature in it stays valid.

Runs ``plandesk`` in subprocesses on a copy of the fixture (SQLite only: it is a file)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.sqlite_only

FIXTURE = REPO / "tests" / "fixtures" / "approved_release_0005.sqlite"
ROOT = "f1c6c5ebdfd53bc7b3fce5b5652856640ab52f69618d2b696fb786e846c2124f"
# sha256 of ``plandesk dump --content`` at that release (what the three signatures cover)
CONTENT_SHA256 = "ffac32fcd39a9da0526430e864678efb71c259f811536c1834887fb8e29c887b"
FIXTURE_SHA256 = "8b979b81824f0b61256e41b41d5d94a6a8a7ef2b913b7853425d33a86c5da8b2"
SIGNERS = (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準"))


@pytest.fixture
def old_copy(tmp_path: Path) -> Path:
    """A copy of the fixture alone in its own folder."""
    folder = tmp_path / "shared"
    folder.mkdir()
    return Path(shutil.copy(FIXTURE, folder / "plan.sqlite"))


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def assert_three_valid(result) -> None:
    """``verify`` exited 0 and shows the three sign-offs as valid, for the pinned root."""
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"trust root {ROOT} pinned" in result.stdout
    rows = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
    assert [(r[0], r[1], r[4]) for r in rows] == [(role, name, "valid") for role, name in SIGNERS]
    assert f"content sha256 {CONTENT_SHA256}" in result.stdout


def content_sha256(cli, db: Path) -> str:
    """``dump --content`` as content version 1 wrote it (what the three signatures signed).
    Today's dump also carries the fields of later versions, empty here (a task's budget,
    version 2): taken back to version 1 it must hash exactly as at that release."""
    from desktop.models.fields.versions import content_in_version
    from desktop.models.serialize import canonical_json

    dumped = cli("dump", "--db", str(db), "--content")
    assert dumped.returncode == 0, dumped.stderr
    data = json.loads(dumped.stdout)
    assert all(t.get("budget", None) is None for t in data["tasks"])
    text = canonical_json(content_in_version(data, 1))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def schema_of(path: Path) -> str:
    """The Alembic revision of a SQLite workspace, read without writing (not even -shm)."""
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_fixture_is_the_approved_plan_made_with_the_previous_release():
    """The file is the one the README describes: never regenerate it with today's code."""
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == FIXTURE_SHA256
    assert schema_of(FIXTURE) == "0005"
    con = sqlite3.connect(f"file:{FIXTURE}?mode=ro&immutable=1", uri=True)
    try:
        assert con.execute("SELECT status FROM plan").fetchall() == [("approved",)]
        assert con.execute("SELECT count(*) FROM signature").fetchone() == (3,)
    finally:
        con.close()


def test_verify_and_dump_read_the_old_file_without_writing(cli, old_copy):
    before = folder_state(old_copy.parent)

    assert_three_valid(cli("verify", "--db", str(old_copy), "--trust", ROOT))
    assert content_sha256(cli, old_copy) == CONTENT_SHA256

    assert folder_state(old_copy.parent) == before  # no migration, lock, backup or new file


def test_upgrade_keeps_every_approval_and_the_signed_content(cli, old_copy):
    upgraded = cli("upgrade", "--db", str(old_copy))

    assert upgraded.returncode == 0, upgraded.stderr
    assert "from schema 0005" in upgraded.stdout
    backups = list(old_copy.parent.glob("plan.sqlite.backup-0005-*"))
    assert len(backups) == 1 and schema_of(backups[0]) == "0005"
    assert content_sha256(cli, backups[0]) == CONTENT_SHA256
    assert schema_of(old_copy) != "0005"
    assert_three_valid(cli("verify", "--db", str(old_copy), "--trust", ROOT))
    assert content_sha256(cli, old_copy) == CONTENT_SHA256
    listed = cli("list", "--db", str(old_copy)).stdout.split("\t")
    assert listed[2:4] == ["1", "approved"]

    # the PDF prints, its cover showing the three signatures valid for a reader who pinned the root
    assert cli("key", "trust", ROOT).returncode == 0
    pdf = old_copy.parent / "plan.pdf"
    printed = cli("print", "--db", str(old_copy), "--pdf", str(pdf))
    assert printed.returncode == 0, printed.stderr
    cover = subprocess.run(
        ["pdftotext", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    assert "已批準" in cover and "作廢" not in cover
    assert cover.count("有效") == 2 * len(SIGNERS)  # the signature boxes and the sign-off log
    # the cover's fingerprint is that of today's content (content version 2: with the empty
    # budgets); the sign-off log shows what each signature covers, the version 1 content
    today = cli("dump", "--db", str(old_copy), "--content").stdout
    assert f"內容指紋：{hashlib.sha256(today.encode('utf-8')).hexdigest()[:12]}" in cover
    signed = " ".join(CONTENT_SHA256[i : i + 4] for i in range(0, 16, 4))
    assert cover.count(signed) == len(SIGNERS)
    assert " ".join(ROOT[i : i + 4] for i in range(0, 64, 4)) in cover


def test_tracking_after_the_upgrade_keeps_it_valid(cli, old_copy):
    """A done mark from the board, an occurrence note (new in schema 0006) and a KPI actual
    typed over on the approved plan are tracking data: the approval stands."""
    from sqlalchemy import select

    from desktop.models import Kpi, OccurrenceDone, Plan, Subtask
    from desktop.models.schedule import WeekConvention
    from desktop.models.schedule_expand import expand
    from desktop.operations import run_change
    from desktop.operations.board import TABLES_DONE, toggle_done
    from desktop.operations.kpi_demo import set_actual
    from desktop.operations.notes import TABLES_NOTE, set_note
    from desktop.store import open_workspace

    assert cli("upgrade", "--db", str(old_copy)).returncode == 0
    with open_workspace(old_copy) as ws:
        with ws.session() as session:
            plan = session.scalars(select(Plan)).one()
            uuid = plan.uuid
            done = {(d.subtask_id, d.start) for d in session.scalars(select(OccurrenceDone))}
            assert len(done) == 6  # the marks made with the previous release
            sub = session.scalars(
                select(Subtask).where(Subtask.id.in_({s for s, _ in done})).order_by(Subtask.code)
            ).first()
            starts = [
                o.start for o in expand(sub.rule, plan.year, WeekConvention(plan.week_convention))
            ]
            start: date = next(s for s in starts if (sub.id, s) not in done)
            kpi_id = session.scalars(select(Kpi).order_by(Kpi.code)).first().id
        marked = run_change(ws, uuid, "Mark done", toggle_done(sub.id, start), tables=TABLES_DONE)
        assert marked.result is True
        noted = run_change(
            ws, uuid, "Note", set_note(sub.id, start, "延誤", "加派人手"), tables=TABLES_NOTE
        )
        assert noted.result is True
        run_change(
            ws,
            uuid,
            "Actual",
            set_actual(kpi_id, 1, 98.5, source="後台統計"),
            tables=("kpi_actual",),
        )
        with ws.session() as session:
            assert len(session.scalars(select(OccurrenceDone)).all()) == 7

    assert_three_valid(cli("verify", "--db", str(old_copy), "--trust", ROOT))
    assert content_sha256(cli, old_copy) == CONTENT_SHA256
