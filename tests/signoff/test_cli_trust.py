"""Issue 24 items 8 and 9 on the command line (in-process ``desktop.cli.main``, so the cheap
test KDF applies): ``key trust`` and ``review merge --trust``; a wrongly formatted ``--trust``
exits 2, a damaged trusted-roots.json and a deeply nested package or reply are refused in
one line (exit 1), never an "unexpected error"."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.signoff.keystore import KeyStore
from desktop.signoff.review import export_package, sign_package
from desktop.signoff.workflow import sign

from .conftest import PASSWORDS
from .test_forgery_admin import root_of

pytestmark = pytest.mark.sqlite_only  # files and this user's key store, not the database


@pytest.fixture
def run(monkeypatch, capsys):
    def call(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def signed(people_ws, tmp_path):
    """The sample plan submitted by its compiler; a reviewer's reply; the workspace closed
    (commands take its lock). Returns (db path, root fingerprint, package, reply)."""
    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    root = root_of(ws)
    package = tmp_path / "p.pdreview"
    package.write_bytes(export_package(ws, uuid))
    reply = tmp_path / "r.pdreview"
    reply.write_bytes(
        sign_package(package.read_bytes(), "reviewer", "李審核", PASSWORDS["李審核"], trust=[root])
    )
    ws.close()
    return str(ws.path), root, package, reply


def someone_else(monkeypatch, tmp_path: Path) -> KeyStore:
    """Another user of this computer: their own (empty) key store, nothing pinned."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "author" / "data"))
    return KeyStore()


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and "unexpected error" not in err, err
    return err


def test_key_trust_pins_a_root_for_this_user(run, signed, monkeypatch, tmp_path):
    db, root, _package, _reply = signed
    store = someone_else(monkeypatch, tmp_path)
    code, out, err = run("verify", "--db", db)
    assert code == 1 and "NOT ANCHORED" in out and "not anchored" in one_line(err)
    grouped = " ".join(root[i : i + 4] for i in range(0, 64, 4))
    code, out, err = run("key", "trust", grouped.upper(), "--label", "計劃組  的根")
    assert code == 0, err
    assert out.splitlines() == [f"{root}\t計劃組 的根", f"  {grouped}", "pinned for this user"]
    assert store.pinned() == {root: "計劃組 的根"}
    code, out, err = run("verify", "--db", db)
    assert code == 0 and f"trust root {root} pinned" in out, err
    code, out, _err = run("key", "trust", root)
    assert code == 0 and out.splitlines()[-1] == "already pinned for this user"


def test_review_merge_takes_trust(run, signed, monkeypatch, tmp_path):
    db, root, _package, reply = signed
    someone_else(monkeypatch, tmp_path)
    code, _out, err = run("review", "merge", "--db", db, reply)
    assert code == 1 and "not anchored" in one_line(err)
    code, out, err = run("review", "merge", "--db", db, reply, "--trust", root)
    assert code == 0 and "the plan is now reviewed" in out, err
    code, _out, err = run("verify", "--db", db)  # accepted for that merge, not pinned
    assert code == 1 and "not anchored" in one_line(err)
    assert run("verify", "--db", db, "--trust", root)[0] == 0


@pytest.mark.parametrize("bad", ["abc", "zz" * 32, "12345", ""])
def test_a_wrongly_formatted_trust_is_a_usage_error(run, signed, tmp_path, bad):
    db, _root, package, reply = signed
    commands = [
        ("verify", "--db", db, "--trust", bad),
        ("review", "merge", "--db", db, reply, "--trust", bad),
        (
            "review",
            "sign",
            package,
            "--role",
            "reviewer",
            "--user",
            "李審核",
            "--trust",
            bad,
            "--out",
            tmp_path / "x.pdreview",
        ),
        ("key", "trust", bad),
    ]
    for command in commands:
        code, _out, err = run(*command, stdin=PASSWORDS["李審核"] + "\n")
        assert code == 2, (command, err)
        assert "not a SHA-256 fingerprint" in one_line(err)
    assert not (tmp_path / "x.pdreview").exists()


@pytest.mark.parametrize(
    "content",
    ["[]", '{"roots": []}', '{"roots": {"not hex": "x"}}', "{not json", "\udcff", '"roots"'],
)
def test_a_damaged_list_of_trusted_roots_is_one_line(run, signed, content, tmp_path):
    db, root, package, reply = signed
    pins = KeyStore().root / "trusted-roots.json"
    pins.write_bytes(content.encode("utf-8", "surrogateescape"))
    before = pins.read_bytes()
    for command in (
        ("verify", "--db", db),
        ("verify", "--db", db, "--trust", root),
        ("key", "trust", root),
        ("review", "merge", "--db", db, reply),
        (
            "review",
            "sign",
            package,
            "--role",
            "reviewer",
            "--user",
            "李審核",
            "--out",
            tmp_path / "x.pdreview",
        ),
    ):
        code, _out, err = run(*command, stdin=PASSWORDS["李審核"] + "\n")
        assert code == 1, (command, err)
        assert "trusted-roots.json: the list of trusted roots is damaged" in one_line(err)
    code, out, err = run("dump", "--db", db, "--with-signoffs")  # reads: says, trusts nothing
    assert code == 0 and '"verified": false' in out and '"anchored": false' in out, err
    assert pins.read_bytes() == before  # never overwritten


@pytest.mark.parametrize("depth", [100_000, 2_000])
def test_a_deeply_nested_package_or_reply_is_one_line(run, signed, tmp_path, depth):
    db, root, _package, _reply = signed
    nested = "[" * depth + "]" * depth
    deep = tmp_path / "deep.pdreview"
    deep.write_text(
        '{"format": "plandesk.review/1", "plan": {}, "root": "", "people": {}, '
        f'"signatures": [], "content_sha256": "", "dump": {nested}, "reply": {nested}}}'
    )
    code, _out, err = run("review", "merge", "--db", db, deep, "--trust", root)
    assert code == 1 and "deep.pdreview is nested too deeply" in one_line(err)
    code, _out, err = run(
        "review",
        "sign",
        deep,
        "--role",
        "reviewer",
        "--user",
        "李審核",
        "--out",
        tmp_path / "r2.pdreview",
        stdin=PASSWORDS["李審核"] + "\n",
    )
    assert code == 1 and "nested too deeply" in one_line(err)
    assert not (tmp_path / "r2.pdreview").exists()
