"""The command line end to end: people, set, signoff, verify, tampering, and the lock."""

from __future__ import annotations

import sqlite3

from .conftest import PASSWORDS, PEOPLE


def test_sign_off_verify_tamper_and_lock(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    assert cli("sample", "--db", db).returncode == 0
    first = cli("user", "add", "--db", db, "--name", "管理員", "--role", "admin",
                stdin=PASSWORDS["管理員"] + "\n")  # fmt: skip
    assert first.returncode == 0, first.stderr
    for name, role in PEOPLE[1:]:
        made = cli("user", "add", "--db", db, "--name", name, "--role", role, "--admin", "管理員",
                   stdin=f"{PASSWORDS[name]}\n{PASSWORDS['管理員']}\n")  # fmt: skip
        assert made.returncode == 0, made.stderr
        assert made.stdout == f"{name}\t{role}\n"
    named = cli("set", "--db", db, "compiler=王編制", "reviewer=李審核", "approver=張批準")
    assert named.returncode == 0, named.stderr
    for name, role in PEOPLE[1:]:
        signed = cli("signoff", "--db", db, "--role", role, "--user", name,
                     stdin=PASSWORDS[name] + "\n")  # fmt: skip
        assert signed.returncode == 0, signed.stderr
    assert "\tapproved\t" in cli("list", "--db", db).stdout

    ok = cli("verify", "--db", db)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    lines = ok.stdout.splitlines()
    for name, role in PEOPLE[1:]:
        line = next(x for x in lines if x.startswith(f"{role}\t{name}\t"))
        assert line.endswith("\tvalid"), line
        assert line.split("\t")[2].endswith("Z")
    assert any(x.startswith("audit chain: ok (") and " head " in x for x in lines)

    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE task SET title = '偷改的標題' WHERE code = 'T1'")
    con.close()
    bad = cli("verify", "--db", db)
    assert bad.returncode == 1
    for name, role in PEOPLE[1:]:
        line = next(x for x in bad.stdout.splitlines() if x.startswith(f"{role}\t{name}\t"))
        assert "void: content changed since signing" in line and "tasks: T1" in line, line
    assert "void" in bad.stderr and "tasks" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1

    refused = cli("set", "--db", db, "title=不可以")
    assert refused.returncode == 1
    assert "approved" in refused.stderr and "read-only" in refused.stderr
    assert "不可以" not in cli("dump", "--db", db).stdout


def test_cli_refusals(cli, tmp_path):
    from desktop.store import open_workspace

    from .conftest import add_people, name_signers

    db = str(tmp_path / "w.sqlite")
    uuid = cli("sample", "--db", db).stdout.strip()
    with open_workspace(db) as ws:
        add_people(ws)
        name_signers(ws, uuid)
    bad_admin = cli("user", "add", "--db", db, "--name", "路人", "--role", "reviewer",
                    "--admin", "王編制", stdin=f"whatever-123\n{PASSWORDS['王編制']}\n")  # fmt: skip
    assert bad_admin.returncode == 1 and "王編制 is not an admin" in bad_admin.stderr
    wrong = cli("signoff", "--db", db, "--role", "compiler", "--user", "王編制",
                stdin="not-the-password\n")  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("plandesk signoff: plan ") and "wrong password" in wrong.stderr
    person = cli("signoff", "--db", db, "--role", "compiler", "--user", "李審核",
                 stdin=PASSWORDS["李審核"] + "\n")  # fmt: skip
    assert person.returncode == 1 and "may not sign as compiler" in person.stderr
    usage = cli("signoff", "--db", db, "--role", "boss", "--user", "王編制")
    assert usage.returncode == 2
    listed = cli("list", "--db", db)
    assert "\tdraft\t" in listed.stdout
    people = cli("user", "list", "--db", db).stdout.splitlines()
    assert [p.split("\t")[0] for p in people] == sorted(n for n, _ in PEOPLE)
