"""The command line end to end, as separate people on separate machines would use it: each
person has their own key store (their own HOME), the plan travels as review packages, and
``verify --trust`` decides. Runs ``plandesk`` in subprocesses (the real key-file KDF)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PEOPLE = (
    ("管理員", "admin"),
    ("王編制", "compiler"),
    ("李審核", "reviewer"),
    ("張批準", "approver"),
)
PASSWORDS = {name: f"{role}-secret-1" for name, role in PEOPLE}


def as_person(cli, home: Path):
    """``run(*args, stdin=…)`` as the user whose data folder is ``home``."""
    env = {
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "HOME": str(home),
    }

    def run(*args: str, stdin: str | None = None):
        return cli(*args, stdin=stdin, env=env)

    return run


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_three_people_on_three_machines_sign_offline(cli, tmp_path, home_of):
    db = str(tmp_path / "w.sqlite")
    run = {name: as_person(cli, home_of(name)) for name, _ in PEOPLE}
    ids = {}
    for name, _ in PEOPLE:
        made = run[name](
            "key",
            "new",
            "--name",
            name,
            "--out",
            str(tmp_path / f"{name}.pem"),
            stdin=PASSWORDS[name] + "\n",
        )
        assert made.returncode == 0, made.stderr
        ids[name] = tmp_path / f"{name}.pem"
        assert made.stdout.split("\t")[1].startswith(name)
        listed = run[name]("key", "list").stdout.splitlines()
        assert len(listed) == 1 and listed[0].endswith(f"\t{name}")

    admin = run["管理員"]
    assert admin("sample", "--db", db).returncode == 0
    first = admin(
        "user",
        "add",
        "--db",
        db,
        "--identity",
        str(ids["管理員"]),
        "--role",
        "admin",
        stdin=PASSWORDS["管理員"] + "\n",
    )
    assert first.returncode == 0, first.stderr
    root = next(x for x in first.stdout.splitlines() if x.startswith("trust root ")).split()[2]
    assert len(root) == 64 and "pinned for this user" in first.stdout
    for name, role in PEOPLE[1:]:
        added = admin(
            "user",
            "add",
            "--db",
            db,
            "--identity",
            str(ids[name]),
            "--role",
            role,
            "--admin",
            "管理員",
            stdin=PASSWORDS["管理員"] + "\n",
        )
        assert added.returncode == 0, added.stderr
    assert (
        admin("set", "--db", db, "compiler=王編制", "reviewer=李審核", "approver=張批準").returncode
        == 0
    )

    # the compiler signs on the author's machine? No: on their own, from a package
    steps = (("王編制", "compiler"), ("李審核", "reviewer"), ("張批準", "approver"))
    for n, (name, role) in enumerate(steps):
        package = tmp_path / f"p{n}.pdreview"
        reply = tmp_path / f"r{n}.pdreview"
        exported = admin("review", "export", "--db", db, "--out", str(package))
        assert exported.returncode == 0, exported.stderr
        unpinned = run[name](
            "review",
            "sign",
            str(package),
            "--role",
            role,
            "--user",
            name,
            "--out",
            str(reply),
            stdin=PASSWORDS[name] + "\n",
        )
        assert unpinned.returncode == 1 and "not anchored" in one_line(unpinned)
        signed = run[name](
            "review",
            "sign",
            str(package),
            "--role",
            role,
            "--user",
            name,
            "--trust",
            root,
            "--out",
            str(reply),
            stdin=PASSWORDS[name] + "\n",
        )
        assert signed.returncode == 0, signed.stderr
        merged = admin("review", "merge", "--db", db, str(reply))
        assert merged.returncode == 0, merged.stderr
        again = admin("review", "merge", "--db", db, str(reply))
        assert again.returncode == 1, again.stdout
    assert "\tapproved\t" in admin("list", "--db", db).stdout

    ok = run["李審核"]("verify", "--db", db, "--trust", root)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    for name, role in steps:
        line = next(x for x in ok.stdout.splitlines() if x.startswith(f"{role}\t{name}\t"))
        assert "\tpackage\tvalid\t" in line and f"{name} ({role})" in line, line
    assert admin("verify", "--db", db).returncode == 0  # the admin pinned the root
    stranger = as_person(cli, home_of("stranger"))
    unanchored = stranger("verify", "--db", db)
    assert unanchored.returncode == 1 and "not anchored" in one_line(unanchored)
    assert stranger("verify", "--db", db, "--trust", "ab" * 32).returncode == 1
    assert (
        stranger(
            "verify",
            "--db",
            db,
            "--trust",
            ":".join(root[i : i + 2].upper() for i in range(0, 64, 2)),
        ).returncode
        == 0
    )

    # tampering with the content voids every signature
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE task SET title = '偷改的標題' WHERE code = 'T1'")
    con.close()
    bad = admin("verify", "--db", db)
    assert bad.returncode == 1 and "void" in one_line(bad)


def test_offline_refusals_change_nothing(cli, tmp_path, home_of):
    db = str(tmp_path / "w.sqlite")
    run = {name: as_person(cli, home_of(name)) for name, _ in PEOPLE}
    for name, _ in PEOPLE:
        assert (
            run[name](
                "key",
                "new",
                "--name",
                name,
                "--out",
                str(tmp_path / f"{name}.pem"),
                stdin=PASSWORDS[name] + "\n",
            ).returncode
            == 0
        )
    admin = run["管理員"]
    admin("sample", "--db", db)
    admin(
        "user",
        "add",
        "--db",
        db,
        "--identity",
        str(tmp_path / "管理員.pem"),
        "--role",
        "admin",
        stdin=PASSWORDS["管理員"] + "\n",
    )
    for name, role in PEOPLE[1:]:
        admin(
            "user",
            "add",
            "--db",
            db,
            "--identity",
            str(tmp_path / f"{name}.pem"),
            "--role",
            role,
            "--admin",
            "管理員",
            stdin=PASSWORDS["管理員"] + "\n",
        )
    admin("set", "--db", db, "compiler=王編制", "reviewer=李審核", "approver=張批準")
    root = admin("verify", "--db", db).stdout.splitlines()[1].split()[2]
    package = tmp_path / "p.pdreview"
    admin("review", "export", "--db", db, "--out", str(package))
    before = Path(db).read_bytes()

    def sign(name, role, *extra, password=None):
        out = tmp_path / f"reply-{name}-{role}-{len(extra)}.pdreview"
        result = run[name](
            "review",
            "sign",
            str(package),
            "--role",
            role,
            "--user",
            name,
            "--trust",
            root,
            "--out",
            str(out),
            *extra,
            stdin=(password or PASSWORDS[name]) + "\n",
        )
        return result, out

    wrong_pw, _ = sign("王編制", "compiler", password="not-my-password")
    assert wrong_pw.returncode == 1 and "wrong password" in one_line(wrong_pw)
    wrong_person, _ = sign("李審核", "compiler")
    assert wrong_person.returncode == 1 and "may not sign as compiler" in one_line(wrong_person)
    wrong_order, _ = sign("李審核", "reviewer")
    assert wrong_order.returncode == 1 and "out of order" in one_line(wrong_order)
    empty = run["王編制"](
        "review",
        "sign",
        str(package),
        "--role",
        "compiler",
        "--user",
        "王編制",
        "--trust",
        root,
        "--out",
        str(tmp_path / "e.pdreview"),
        stdin="",
    )
    assert empty.returncode == 2 and "stdin" in one_line(empty)
    no_key = run["李審核"](
        "signoff",
        "--db",
        db,
        "--role",
        "compiler",
        "--user",
        "王編制",
        stdin=PASSWORDS["王編制"] + "\n",
    )
    assert no_key.returncode == 1 and "not in this user's key store" in one_line(no_key)

    good, reply = sign("王編制", "compiler")
    assert good.returncode == 0, good.stderr
    text = reply.read_text(encoding="utf-8")
    altered = tmp_path / "altered.pdreview"
    altered.write_text(text.replace('"comment": ""', '"comment": "x"', 1), encoding="utf-8")
    refused = admin("review", "merge", "--db", db, str(altered))
    assert refused.returncode == 1 and "altered" in one_line(refused)
    assert admin("set", "--db", db, "organisation=改過的單位").returncode == 0
    changed = admin("review", "merge", "--db", db, str(reply))
    assert changed.returncode == 1 and "changed since the package was made" in one_line(changed)
    assert "\tdraft\t" in admin("list", "--db", db).stdout
    assert Path(db).read_bytes() != before  # only the organisation edit

    # a deleted key store: that person cannot sign any more
    import shutil

    shutil.rmtree(home_of("王編制") / "data" / "PlanDesk" / "keys")
    gone, _ = sign("王編制", "compiler", "--comment", "again")
    assert gone.returncode == 1 and "is not in this user's key store" in one_line(gone)
