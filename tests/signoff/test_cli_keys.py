"""key new / list / export-p12, user root and pdf sign through ``desktop.cli.main`` (in-process,
so the cheap test KDF applies), with the stdin handling a script relies on."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from desktop.cli import main
from desktop.signoff.people import enrol
from desktop.store import open_workspace
from tests.signoff.conftest import identity

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def run(monkeypatch, capsys):
    def call(*args: str, stdin: bytes = b""):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_keys_root_p12_and_pdf_sign(run, tmp_path, qapp):
    db = str(tmp_path / "w.sqlite")
    ident = tmp_path / "me.pem"
    code, out, err = run("key", "new", "--name", "王小明", "--out", str(ident), stdin=b"        \n")
    assert code == 1 and "white space" in err and not ident.exists()
    code, out, err = run("key", "new", "--name", "王小明", "--out", str(ident), stdin=b"")
    assert code == 2 and "stdin" in err
    code, out, err = run("key", "new", "--name", "王小明", "--out", str(ident), stdin=b"\xff\xfe\n")
    assert code == 1 and "UTF-8" in err
    code, out, _ = run(
        "key", "new", "--name", "王小明", "--out", str(ident), stdin="正確的密碼-123\n".encode()
    )
    assert code == 0 and out.split("\t")[1].startswith("王小明")
    code, out, _ = run("key", "list")
    assert out.strip().endswith("\t王小明")
    code, out, err = run(
        "key",
        "export-p12",
        "--user",
        "王小明",
        "--out",
        str(tmp_path / "id.p12"),
        stdin="正確的密碼-123\np12-pass\n".encode(),
    )
    assert code == 1 and "no workspace has certified" in err
    assert run("sample", "--db", db)[0] == 0
    code, out, err = run(
        "user",
        "add",
        "--db",
        db,
        "--identity",
        str(ident),
        "--role",
        "admin",
        "--role",
        "reviewer",
        stdin="正確的密碼-123\n".encode(),
    )
    assert code == 0, err
    root = next(x for x in out.splitlines() if x.startswith("trust root ")).split()[2]
    code, out, err = run("user", "root", "--db", db, "--out", str(tmp_path / "root.pem"))
    assert code == 0 and out.splitlines()[0] == root
    wrong = run(
        "key",
        "export-p12",
        "--user",
        "王小明",
        "--out",
        str(tmp_path / "id.p12"),
        stdin=b"wrong-password\np12-pass\n",
    )
    assert wrong[0] == 1 and "wrong password" in wrong[2]
    code, out, err = run(
        "key",
        "export-p12",
        "--user",
        "王小明",
        "--out",
        str(tmp_path / "id.p12"),
        stdin="正確的密碼-123\np12-pass\n".encode(),
    )
    assert code == 0, err
    loaded = pkcs12.load_pkcs12((tmp_path / "id.p12").read_bytes(), b"p12-pass")
    from desktop.signoff.certs import cert_roles, common_name

    assert common_name(loaded.cert.certificate) == "王小明"
    assert cert_roles(loaded.cert.certificate) == ["admin", "reviewer"]
    assert [common_name(c.certificate) for c in loaded.additional_certs] == [
        "PlanDesk trust root (王小明)"
    ]
    assert run("set", "--db", db, "reviewer=王小明")[0] == 0
    with open_workspace(db) as ws:
        enrol(
            ws,
            identity("王編制", password="compiler-secret-1"),
            "compiler",
            admin="王小明",
            password="正確的密碼-123",
        )
    assert run("set", "--db", db, "compiler=王編制")[0] == 0
    code, _, err = run(
        "signoff",
        "--db",
        db,
        "--role",
        "compiler",
        "--user",
        "王編制",
        stdin=b"compiler-secret-1\n",
    )
    assert code == 0, err
    pdf = tmp_path / "plan.pdf"
    assert run("print", "--db", db, "--pdf", str(pdf), "--for-signature")[0] == 0
    signed = tmp_path / "signed.pdf"
    code, out, err = run(
        "pdf",
        "sign",
        str(pdf),
        "--role",
        "reviewer",
        "--user",
        "王小明",
        "--out",
        str(signed),
        stdin="正確的密碼-123\n".encode(),
    )
    assert code == 0, err
    code, out, err = run("review", "merge", "--db", db, str(signed))
    assert code == 0 and "now reviewed" in out, err
    assert run("verify", "--db", db)[0] == 0
    text = subprocess.run(
        ["pdftotext", "-l", "1", str(signed), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "審核人：王小明" in text
