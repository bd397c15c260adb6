"""``plandesk revise``, run as a user runs it."""

from __future__ import annotations

import json

from desktop.store import open_workspace
from tests.approved import make_approved_plan


def approved_workspace(path) -> str:
    ws = open_workspace(path)
    try:
        return make_approved_plan(ws)
    finally:
        ws.close()


def test_revise_prints_the_new_revision_and_keeps_the_approved_one(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    uuid = approved_workspace(db)
    before = cli("dump", "--db", db, "--with-signoffs").stdout
    result = cli("revise", "--db", db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2\n" and result.stderr == ""
    listed = [line.split("\t") for line in cli("list", "--db", db).stdout.splitlines()]
    assert [(row[2], row[3]) for row in listed] == [("1", "approved"), ("2", "draft")]
    assert cli("dump", "--db", db, "--plan", uuid, "--with-signoffs").stdout == before
    new = listed[1][0]
    assert json.loads(cli("dump", "--db", db, "--plan", new).stdout)["plan"]["revision"] == 2
    assert cli("verify", "--db", db, "--plan", uuid).returncode == 0
    again = cli("revise", "--db", db, "--plan", uuid)
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "revision 2 of this plan already exists: revise that one" in again.stderr


def test_revise_refuses_a_draft_in_one_line(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    cli("sample", "--db", db)
    result = cli("revise", "--db", db)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("plandesk revise: ") and result.stderr.count("\n") == 1
    assert "revision 1 is still a draft" in result.stderr
    assert len(cli("list", "--db", db).stdout.splitlines()) == 1
    assert cli("revise").returncode == 2  # --db is required
