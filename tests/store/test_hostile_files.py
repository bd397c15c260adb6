"""Read-only, foreign, future and special workspaces, through the command line as people use it.

Every reading command must leave the workspace file AND its folder byte-for-byte as they were
(``folder_state``: each entry and the SHA-256 of its bytes); every refusal is exit 1 with one
line on stderr. Read-only folders and files are made with ``tests.readonly.read_only``, which
also holds for root (see its docstring: the tests lower root's permission-override
capabilities, so PlanDesk's read-only path is really taken, and the helper checks that a
write there fails before the test goes on).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store import open_workspace
from tests.readonly import folder_state, read_only

# POSIX files, devices and permission bits (Windows folders have no write bit to take away)
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

READING = (["list"], ["dump"], ["dump", "--with-signoffs"], ["check"], ["verify"])


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Exit 1 with exactly one line on stderr; that line."""
    code, _out, err = run(capsys, *args)
    assert code == 1, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def reading_commands(db: Path, out: Path, xlsx: Path) -> list[list[str]]:
    """Every command that only reads, on ``db``; files they write go to ``out``."""
    where = ["--db", str(db)]
    commands = [[c[0], *where, *c[1:]] for c in READING]
    return [
        *commands,
        ["export", *where, "--xlsx", str(out / "plan.xlsx")],
        ["export", *where, "--ics", str(out / "plan.ics")],  # read without the ORM
        ["print", *where, "--pdf", str(out / "plan.pdf")],
        ["import", *where, "--xlsx", str(xlsx), "--dry-run"],
    ]


@pytest.fixture
def shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path]:
    """A workspace with the sample plan in its own folder, a workbook of it elsewhere."""
    folder = tmp_path / "share"
    folder.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    db = folder / "plan.sqlite"
    assert main(["sample", "--db", str(db)]) == 0
    assert main(["export", "--db", str(db), "--xlsx", str(out / "source.xlsx")]) == 0
    capsys.readouterr()
    return {"folder": folder, "db": db, "out": out, "xlsx": out / "source.xlsx"}


def assert_reading_writes_nothing(capsys, shared: dict[str, Path]) -> None:
    before = folder_state(shared["folder"])
    for command in reading_commands(shared["db"], shared["out"], shared["xlsx"]):
        code, out, err = run(capsys, *command)
        assert code == 0, (command, err)
        assert out or command[0] == "export", command
        assert folder_state(shared["folder"]) == before, command


def test_reading_commands_write_nothing_at_all(shared, capsys):
    """No lock file, no -wal/-shm, no backup, no change: not even in a writable folder."""
    assert set(folder_state(shared["folder"])) == {"plan.sqlite", "plan.sqlite.lock"}
    assert_reading_writes_nothing(capsys, shared)


def test_a_workspace_in_a_read_only_folder(shared, capsys):
    """An auditor's read-only share: reading works, writing is refused in one line."""
    with read_only(shared["folder"]):
        assert_reading_writes_nothing(capsys, shared)
        before = folder_state(shared["folder"])
        for command in (["set", "title=x"], ["sample"], ["import", "--xlsx", str(shared["xlsx"])]):
            line = refused(capsys, command[0], "--db", str(shared["db"]), *command[1:])
            assert line == (
                f"plandesk {command[0]}: {shared['db']} is read-only (the folder "
                f"{shared['folder']} cannot be written); PlanDesk can show it but "
                "not change it"
            )
        assert folder_state(shared["folder"]) == before


def test_a_read_only_workspace_file(shared, capsys):
    with read_only(shared["db"]):
        assert_reading_writes_nothing(capsys, shared)
        line = refused(capsys, "set", "--db", str(shared["db"]), "title=x")
        assert line.endswith(
            f"{shared['db']} is read-only (the file cannot be written); "
            "PlanDesk can show it but not change it"
        )


def test_reading_while_another_planDesk_writes_and_the_writer_cleans_up(shared, capsys):
    """While a writer has the file open, readers read through its -wal/-shm (also from a
    read-only folder); when the writer closes, the -wal is checkpointed and removed."""
    writer = open_workspace(shared["db"])
    with writer.write() as session:
        from desktop.models import Plan

        session.query(Plan).one().title = "寫入中的計劃"
    assert {"plan.sqlite-wal", "plan.sqlite-shm"} <= set(folder_state(shared["folder"]))
    with read_only(shared["folder"]):
        code, out, _err = run(capsys, "list", "--db", str(shared["db"]))
    assert code == 0 and "寫入中的計劃" in out
    line = refused(capsys, "set", "--db", str(shared["db"]), "title=x")
    assert "in use by another PlanDesk" in line
    writer.close()
    assert set(folder_state(shared["folder"])) == {"plan.sqlite", "plan.sqlite.lock"}
    assert "寫入中的計劃" in run(capsys, "list", "--db", str(shared["db"]))[1]


def test_another_applications_sqlite_file_is_left_alone(tmp_path, capsys):
    other = tmp_path / "notes.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('mine')")
    conn.commit()
    conn.close()
    before = folder_state(tmp_path)
    for command in ("list", "dump", "sample"):
        line = refused(capsys, command, "--db", str(other))
        assert line == (
            f"plandesk {command}: {other}: not a PlanDesk workspace (a database "
            "with other tables: notes)"
        )
    assert folder_state(tmp_path) == before


def test_a_workspace_of_a_newer_planDesk_is_not_touched(shared, capsys):
    newer = shared["folder"] / "newer.sqlite"
    shutil.copy(shared["db"], newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9001_future'")
    conn.commit()
    conn.close()
    before = folder_state(shared["folder"])
    for command in (["list"], ["dump"], ["set", "title=x"], ["sample"]):
        line = refused(capsys, command[0], "--db", str(newer), *command[1:])
        assert line == (
            f"plandesk {command[0]}: {newer}: made by a newer PlanDesk (workspace "
            "schema 9001_future); update PlanDesk to open it"
        )
    assert folder_state(shared["folder"]) == before  # no lock file, no backup


def _older_workspace(path: Path) -> None:
    """A workspace at the first schema revision holding one plan."""
    from sqlalchemy import text

    from desktop.store.migrate import upgrade
    from desktop.store.workspace import _sqlite_engine

    engine = _sqlite_engine(path, read_only=False)
    upgrade(engine, path, revision="0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO plan (uuid, lineage, revision, status, title, year, "
                "organisation, language, compiler, reviewer, approver, introduction,"
                " summary, outlook, week_convention, allow_dual_roles, version) "
                "VALUES ('0a0a', '0a0a', 1, 'draft', '舊計劃', 2027, '', 'zh_TW', '', "
                "'', '', '', '', '', 'calendar', 0, 1)"
            )
        )
    engine.dispose()


def test_an_older_workspace_is_read_without_migrating_and_migrated_once(tmp_path, capsys):
    db = tmp_path / "old.sqlite"
    _older_workspace(db)
    before = folder_state(tmp_path)
    code, out, err = run(capsys, "list", "--db", str(db))
    assert code == 0 and "舊計劃" in out, err
    assert run(capsys, "dump", "--db", str(db))[0] == 0
    assert folder_state(tmp_path) == before  # read in a migrated copy in memory
    assert run(capsys, "set", "--db", str(db), "title=新計劃")[0] == 0
    assert run(capsys, "set", "--db", str(db), "title=新計劃二")[0] == 0
    backups = sorted(p.name for p in tmp_path.glob("old.sqlite.backup-*"))
    assert len(backups) == 1 and backups[0].startswith("old.sqlite.backup-0001-")


def test_backups_are_one_per_schema_version(tmp_path):
    from desktop.store.migrate import backup_sqlite

    db = tmp_path / "w.sqlite"
    open_workspace(db).close()
    for _ in range(3):
        backup_sqlite(db, "0002")
    backup_sqlite(db, "0001")
    names = sorted(p.name.split("-")[1] for p in tmp_path.glob("w.sqlite.backup-*"))
    assert names == ["0001", "0002"]


def test_an_empty_file_is_no_workspace_to_read_but_may_become_one(tmp_path, capsys):
    db = tmp_path / "empty.sqlite"
    db.write_bytes(b"")
    before = folder_state(tmp_path)
    line = refused(capsys, "list", "--db", str(db))
    assert line == f"plandesk list: {db}: not a PlanDesk workspace (an empty file)"
    assert folder_state(tmp_path) == before
    assert run(capsys, "sample", "--db", str(db))[0] == 0


@pytest.mark.parametrize("kind", ["folder", "device", "proc", "text", "damaged"])
def test_paths_that_are_no_workspace_file(tmp_path, capsys, kind):
    targets = {
        "folder": (tmp_path, "is a folder, not a workspace file"),
        "device": (Path("/dev/null"), "is a device, pipe or socket, not a workspace file"),
        "proc": (Path("/proc/self/mem"), "a system file, not a workspace file"),
        "text": (tmp_path / "notes.txt", "not a PlanDesk workspace (not a SQLite file)"),
        "damaged": (tmp_path / "cut.sqlite", "cannot read it as a workspace"),
    }
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "cut.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\xff" * 90)
    before = folder_state(tmp_path)
    target, reason = targets[kind]
    for command in ("list", "sample"):
        line = refused(capsys, command, "--db", str(target))
        assert line.startswith(f"plandesk {command}: ") and reason in line
    assert folder_state(tmp_path) == before


def test_a_fifo_is_refused_without_being_opened(tmp_path, cli):
    """Opening a FIFO for reading would wait for a writer forever: it is never opened."""
    import os

    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    result = cli("list", "--db", str(fifo))
    assert result.returncode == 1
    assert result.stderr == (
        f"plandesk list: {fifo}: is a device, pipe or socket, not a workspace file\n"
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql://planner@localhost:99999/plans", "invalid port number"),
        ("postgresql://planner@localhost:port/plans", "not a database URL"),
        ("nosuchdb://somewhere/plans", "cannot use this database URL"),
    ],
)
def test_bad_database_addresses(capsys, url, reason):
    line = refused(capsys, "list", "--db", url)
    assert line.startswith("plandesk list: ") and reason in line


def test_commands_that_write_still_create_a_new_workspace(tmp_path, capsys):
    db = tmp_path / "new.sqlite"
    assert run(capsys, "sample", "--db", str(db))[0] == 0
    assert set(folder_state(tmp_path)) == {"new.sqlite", "new.sqlite.lock", "home"}


@pytest.mark.parametrize("command", ["export", "print"])
def test_output_into_a_read_only_folder_is_refused_before_any_work(shared, capsys, command):
    option = {"export": "--xlsx", "print": "--pdf"}[command]
    target = shared["folder"] / f"out.{option[2:]}"
    with read_only(shared["folder"]):
        before = folder_state(shared["folder"])
        line = refused(capsys, command, "--db", str(shared["db"]), option, str(target))
        assert folder_state(shared["folder"]) == before
    assert line == (
        f"plandesk {command}: {target}: cannot write (the folder {shared['folder']} is read-only)"
    )
