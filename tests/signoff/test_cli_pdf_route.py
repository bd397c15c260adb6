"""The PDF route end to end on the command line (issue 24): the sample plan with every
approval field filled is printed for signature, each person signs their field on their own
machine, the author merges the signed PDF, ``verify --trust`` passes, and pyHanko's own
validator accepts every signature against the root the admin exported."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from desktop.exchange.pdf.pdf_signing import to_asn1_cert
from desktop.signoff import certs

from .test_cli_signoff import PASSWORDS, PEOPLE, as_person, one_line

SIGNERS = (("王編制", "compiler"), ("李審核", "reviewer"), ("張批準", "approver"))


def enrolled(cli, tmp_path: Path, home_of) -> tuple[str, dict, str]:
    """Four people with keys of their own, enrolled; returns (db, runners, root)."""
    db = str(tmp_path / "w.sqlite")
    run = {name: as_person(cli, home_of(name)) for name, _ in PEOPLE}
    for name, _ in PEOPLE:
        out = str(tmp_path / f"{name}.pem")
        made = run[name]("key", "new", "--name", name, "--out", out, stdin=PASSWORDS[name] + "\n")
        assert made.returncode == 0, made.stderr
    admin = run["管理員"]
    assert admin("sample", "--db", db).returncode == 0
    for name, role in PEOPLE:
        extra = [] if role == "admin" else ["--admin", "管理員"]
        identity = str(tmp_path / f"{name}.pem")
        added = admin(
            "user", "add", "--db", db, "--identity", identity, "--role", role, *extra,
            stdin=PASSWORDS["管理員"] + "\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    root = admin("user", "root", "--db", db).stdout.splitlines()[0]
    assert len(root) == 64
    return db, run, root


def test_the_pdf_route_on_the_sample_plan_with_every_approval_field(cli, tmp_path, home_of):
    db, run, root = enrolled(cli, tmp_path, home_of)
    admin = run["管理員"]
    fields = ["compiler=王編制", "reviewer=李審核", "approver=張批準", "compiled_on=2027-01-15"]
    assert admin("set", "--db", db, *fields).returncode == 0
    pdf = tmp_path / "for-signature.pdf"
    printed = admin("print", "--db", db, "--pdf", str(pdf), "--for-signature")
    assert printed.returncode == 0, printed.stderr
    again = tmp_path / "again.pdf"
    assert admin("print", "--db", db, "--pdf", str(again), "--for-signature").returncode == 0
    assert again.read_bytes() == pdf.read_bytes()  # the same content: the same bytes

    current = pdf
    for n, (name, role) in enumerate(SIGNERS):
        signed = tmp_path / f"signed-{n}.pdf"
        done = run[name](
            "pdf", "sign", str(current), "--role", role, "--user", name, "--trust", root,
            "--out", str(signed), stdin=PASSWORDS[name] + "\n",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert f"{role} field signed by {name}" in done.stdout
        current = signed
    merged = admin("review", "merge", "--db", db, str(current))
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.startswith(
        f"3 sign-off(s) from {current} recorded: the plan is now approved"
    )
    again_merged = admin("review", "merge", "--db", db, str(current))
    assert again_merged.returncode == 1 and "adds no new signature" in one_line(again_merged)

    verified = run["李審核"]("verify", "--db", db, "--trust", root)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    for name, role in SIGNERS:
        line = next(x for x in verified.stdout.splitlines() if x.startswith(f"{role}\t{name}\t"))
        assert "\tpdf\tvalid\t" in line, line

    root_pem = tmp_path / "root.pem"
    assert admin("user", "root", "--db", db, "--out", str(root_pem)).returncode == 0
    (exported,) = certs.from_pem(root_pem.read_text())
    assert certs.fingerprint(exported) == root
    context = ValidationContext(trust_roots=[to_asn1_cert(exported)], allow_fetching=False)
    reader = PdfFileReader(BytesIO(current.read_bytes()))
    fields_signed = []
    for sig in reader.embedded_signatures:
        status = validate_pdf_signature(sig, signer_validation_context=context)
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()
        assert status.docmdp_ok is not False
        fields_signed.append(sig.field_name)
    assert fields_signed == ["plandesk.compiler", "plandesk.reviewer", "plandesk.approver"]


def test_a_pdf_whose_pages_were_changed_is_refused_on_the_command_line(cli, tmp_path, home_of):
    from tests.exchange import pdf_tamper

    db, run, root = enrolled(cli, tmp_path, home_of)
    admin = run["管理員"]
    assert (
        admin("set", "--db", db, "compiler=王編制", "reviewer=李審核", "approver=張批準").returncode
        == 0
    )
    pdf = tmp_path / "for-signature.pdf"
    assert admin("print", "--db", db, "--pdf", str(pdf), "--for-signature").returncode == 0
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(pdf_tamper.add_annotation(pdf.read_bytes()))
    signed = tmp_path / "signed.pdf"
    done = run["王編制"](
        "pdf", "sign", str(tampered), "--role", "compiler", "--user", "王編制", "--trust", root,
        "--out", str(signed), stdin=PASSWORDS["王編制"] + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    before = Path(db).read_bytes()
    refused = admin("review", "merge", "--db", db, str(signed))
    assert refused.returncode == 1
    assert "the PDF was changed before anybody signed it" in one_line(refused)
    assert "\tdraft\t" in admin("list", "--db", db).stdout
    assert Path(db).read_bytes() == before
