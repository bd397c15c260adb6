"""plandesk upgrade: an older workspace is migrated on purpose, after a backup; reading
commands leave it as it is and say to run upgrade."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.cli import main
from desktop.store.revisions import head_revision
from tests.readonly import folder_state
from tests.store.old_schema import old_workspace_with_sample


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def schema_of(path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


@pytest.mark.sqlite_only
def test_reading_an_older_workspace_says_to_upgrade_and_upgrade_migrates_after_a_backup(
    tmp_path, capsys
):
    db = tmp_path / "old.sqlite"
    old_workspace_with_sample(db, "0005")
    before = folder_state(tmp_path)

    code, out, err = run(capsys, "dump", "--db", str(db))
    assert code == 0 and "社交媒體" in out
    assert f"run 'plandesk upgrade --db {db}'" in err
    assert folder_state(tmp_path) == before  # reading wrote nothing
    dump_before = out

    code, out, err = run(capsys, "upgrade", "--db", str(db))
    assert code == 0, err
    assert out.startswith(f"{db}: upgraded from schema 0005 to {head_revision()}; backup ")
    assert schema_of(db) == head_revision()
    backups = list(tmp_path.glob("old.sqlite.backup-0005-*"))
    assert len(backups) == 1 and schema_of(backups[0]) == "0005"

    code, out, err = run(capsys, "dump", "--db", str(db))
    assert code == 0 and err == "" and out == dump_before

    code, out, _ = run(capsys, "upgrade", "--db", str(db))
    assert code == 0 and out.strip() == f"{db}: already at schema {head_revision()}; nothing to do"
    assert len(list(tmp_path.glob("old.sqlite.backup-*"))) == 1


@pytest.mark.sqlite_only
def test_upgrade_of_a_missing_or_foreign_file_is_refused_and_writes_nothing(tmp_path, capsys):
    missing = tmp_path / "nope.sqlite"
    code, _, err = run(capsys, "upgrade", "--db", str(missing))
    assert code == 1 and err.strip() == f"plandesk upgrade: {missing}: no such workspace"
    assert not missing.exists()

    foreign = tmp_path / "other.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notes (id INTEGER)")
    con.commit()
    con.close()
    before = folder_state(tmp_path)
    code, _, err = run(capsys, "upgrade", "--db", str(foreign))
    assert code == 1 and "not a PlanDesk workspace" in err and err.count("\n") == 1
    assert folder_state(tmp_path) == before
