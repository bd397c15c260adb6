"""The PDF for signature: ``plandesk print --for-signature``, signing it in turn as two
people (PAdES, pyHanko), validating it against the trust root, and refusing tampered PDFs."""

from __future__ import annotations

import json
import re
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from desktop.exchange.pdf.pdf_signature_fields import (
    CONTENT_NAME,
    INFO_NAME,
    ROLE_FIELDS,
    FieldBox,
    add_signature_fields,
    read_attachments,
    sha256_text,
)
from desktop.exchange.pdf.pdf_signing import PdfSigningError, sign_pdf, to_asn1_cert
from desktop.exchange.pdf.pdf_validation import read_signed_pdf
from tests.conftest import run_cli
from tests.exchange import pdf_tamper
from tests.exchange.pki import Pki, add_person, make_root, organisation

pytestmark = pytest.mark.sqlite_only
RADICALS = re.compile("[\u2e80-\u2fdf]")


@pytest.fixture(scope="module")
def pki() -> Pki:
    return organisation()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> dict[str, object]:
    """``plandesk sample``, ``plandesk print --for-signature`` and ``plandesk dump``."""
    tmp = tmp_path_factory.mktemp("sign")
    env = {
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "DISPLAY": "",
        "QT_QPA_PLATFORM": "",
    }
    db = tmp / "ws.sqlite"
    uuid = run_cli("sample", "--db", str(db), env=env).stdout.strip()
    pdf = tmp / "for-signature.pdf"
    result = run_cli(
        "print",
        "--db",
        str(db),
        "--pdf",
        str(pdf),
        "--for-signature",
        "--trust",
        pki.fingerprint,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("for signature")
    dump = run_cli("dump", "--db", str(db), "--content", env=env).stdout
    return {"pdf": pdf, "uuid": uuid, "dump": dump, "dir": tmp}


def sign_as(pdf: bytes, pki: Pki, name: str, role: str) -> bytes:
    person = pki.people[name]
    return sign_pdf(
        pdf,
        role,
        person.key,
        person.cert,
        person.chain,
        signer_name=name,
        reason=f"{role} sign-off",
    )


@pytest.fixture(scope="module")
def signed_twice(made: dict[str, object], pki: Pki) -> tuple[bytes, bytes]:
    """李審核 signs as reviewer, then 陳批準 as approver: (after one, after both)."""
    blank = Path(str(made["pdf"])).read_bytes()
    once = sign_as(blank, pki, "李審核", "reviewer")
    return once, sign_as(once, pki, "陳批準", "approver")


def pdftotext(data: bytes, tmp: Path, *args: str) -> str:
    path = tmp / "t.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


def test_pdf_for_signature_has_three_empty_fields_and_the_content(
    made: dict[str, object], pki: Pki, tmp_path: Path
) -> None:
    data = Path(str(made["pdf"])).read_bytes()
    reader = PdfFileReader(BytesIO(data))
    fields = {name: value for name, value, _ref in enumerate_sig_fields(reader)}
    assert fields == dict.fromkeys(ROLE_FIELDS.values())  # three fields, none signed
    files = read_attachments(reader)
    content = files[CONTENT_NAME].decode("utf-8")
    assert content == made["dump"]  # exactly the signed content (dump --content)
    info = json.loads(files[INFO_NAME])
    assert info["plan_uuid"] == made["uuid"] and info["revision"] == 1
    assert info["content_sha256"] == sha256_text(content)
    assert info["root_fingerprint"] == pki.fingerprint
    # the fields lie over the approval block's rows, in role order, on the cover
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
        r"(編制人|審核人|批準人)</word>",
        pdftotext(data, tmp_path, "-bbox", "-f", "1", "-l", "1"),
    )
    label_rows = {w: (float(top), float(bottom)) for _x, top, bottom, w in words}
    height = float(reader.root["/Pages"]["/Kids"][0]["/MediaBox"][3])
    for role, label in (("compiler", "編制人"), ("reviewer", "審核人"), ("approver", "批準人")):
        widget = next(
            ref.get_object()
            for name, _v, ref in enumerate_sig_fields(reader)
            if name == ROLE_FIELDS[role]
        )
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
        top, bottom = height - y2, height - y1  # pdftotext measures from the top
        label_top, label_bottom = label_rows[label]
        assert top < label_top < label_bottom < bottom, (role, widget["/Rect"])
        assert x2 - x1 > 200 and 30 < y2 - y1 < 50
    text = pdftotext(data, tmp_path, "-f", "1", "-l", "1")
    grouped = " ".join(pki.fingerprint[i : i + 4] for i in range(0, 64, 4))
    assert f"信任根指紋：{grouped}" in text.replace("\n", " ")


def test_two_people_sign_in_turn_and_both_validate(
    signed_twice: tuple[bytes, bytes], pki: Pki
) -> None:
    _once, both = signed_twice
    report = read_signed_pdf(both, [pki.root])
    assert report.problems == []
    assert [s.role for s in report.signatures] == ["reviewer", "approver"]
    assert report.empty_fields == [ROLE_FIELDS["compiler"]]
    reviewer, approver = report.signatures
    assert reviewer.signer_name == "李審核" and approver.signer_name == "陳批準"
    assert reviewer.certification and not approver.certification  # the first one certifies
    assert reviewer.modification_level == "FORM_FILLING" and approver.modification_level == "NONE"
    assert approver.coverage == "ENTIRE_FILE"
    assert reviewer.chain[-1] == pki.root and reviewer.signing_time is not None
    # pyHanko's own validator, straight
    context = ValidationContext(trust_roots=[to_asn1_cert(pki.root)], allow_fetching=False)
    reader = PdfFileReader(BytesIO(both))
    for sig in reader.embedded_signatures:
        status = validate_pdf_signature(sig, signer_validation_context=context)
        assert status.intact and status.valid and status.trusted and status.docmdp_ok
        assert status.md_algorithm == "sha256"
        assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    perms = reader.root["/Perms"]["/DocMDP"]["/Reference"][0]["/TransformParams"]["/P"]
    assert perms == 2  # form filling and signing only


def test_a_third_party_root_does_not_trust_them(signed_twice: tuple[bytes, bytes]) -> None:
    other = make_root("外人")
    report = read_signed_pdf(signed_twice[1], [other.root])
    assert [s.trusted for s in report.signatures] == [False, False]
    assert any("not certified by the trust root" in p for p in report.problems)


def test_a_signer_certified_by_another_root_is_reported(
    signed_twice: tuple[bytes, bytes], pki: Pki
) -> None:
    stranger = make_root("外人")
    add_person(stranger, "趙冒名", ["compiler"])
    forged = sign_as(signed_twice[1], stranger, "趙冒名", "compiler")
    report = read_signed_pdf(forged, [pki.root])
    compiler = report.signature_for("compiler")
    assert compiler is not None and compiler.intact and not compiler.trusted
    assert report.problems == [
        "the 編制人 signature: 趙冒名's certificate is not certified by the trust root"
    ]


@pytest.mark.parametrize(
    "tamper, expected",
    [
        (pdf_tamper.change_page_content_byte, "the signed bytes were changed"),
        (pdf_tamper.add_page, "the document was changed after the 審核人 signature"),
        (pdf_tamper.add_annotation, "the document was changed after the 批準人 signature"),
        (
            lambda pdf: pdf_tamper.clear_signature(pdf, ROLE_FIELDS["reviewer"]),
            "the 審核人 signature made in revision 2 was removed later",
        ),
        (pdf_tamper.blank_signature_contents, "the 批準人 signature cannot be read"),
    ],
    ids=["page-byte", "added-page", "added-annotation", "removed-signature", "stripped"],
)
def test_tampered_pdfs_are_reported(
    signed_twice: tuple[bytes, bytes], pki: Pki, tamper, expected: str
) -> None:
    report = read_signed_pdf(tamper(signed_twice[1]), [pki.root])
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems
    assert all("\n" not in p for p in report.problems)


def test_an_earlier_revision_shows_the_role_unsigned(
    signed_twice: tuple[bytes, bytes], pki: Pki
) -> None:
    """Cutting off the last update gives the honest earlier file: the approver's field is
    empty again, which whoever merges must check (the role expected to be signed)."""
    report = read_signed_pdf(pdf_tamper.previous_revision(signed_twice[1]), [pki.root])
    assert report.ok and report.signature_for("approver") is None
    assert ROLE_FIELDS["approver"] in report.empty_fields


def test_another_plan_or_revision_is_told_apart(
    signed_twice: tuple[bytes, bytes], pki: Pki, made: dict[str, object]
) -> None:
    report = read_signed_pdf(signed_twice[1], [pki.root])
    uuid, sha = str(made["uuid"]), sha256_text(str(made["dump"]))
    assert report.content_sha256 == sha
    assert report.plan_problems(uuid, 1, sha) == []
    other = report.plan_problems("00000000-0000-4000-8000-000000000000", 1, sha)
    assert len(other) == 1 and "another plan" in other[0]
    assert report.plan_problems(uuid, 2, sha) == [
        "the PDF is of revision 1, the plan is at revision 2"
    ]
    changed = report.plan_problems(uuid, 1, "f" * 64)
    assert len(changed) == 1 and "the plan changed since the PDF was made" in changed[0]


def test_signing_is_refused_with_one_line(
    signed_twice: tuple[bytes, bytes], pki: Pki, tmp_path: Path
) -> None:
    once, _both = signed_twice
    reviewer = pki.people["李審核"]
    cases = {
        "the reviewer field (plandesk.reviewer) is already signed": lambda: sign_as(
            once, pki, "李審核", "reviewer"
        ),
        "unknown role 'owner'": lambda: sign_as(once, pki, "李審核", "owner"),
        "李審核's certificate does not give the role approver": lambda: sign_as(
            once, pki, "李審核", "approver"
        ),
        "the signing key does not belong to the certificate": lambda: sign_pdf(
            once,
            "reviewer",
            pki.people["陳批準"].key,
            reviewer.cert,
            reviewer.chain,
            signer_name="李審核",
        ),
        "not a PDF file": lambda: sign_as(b"hello", pki, "李審核", "reviewer"),
    }
    for message, attempt in cases.items():
        with pytest.raises(PdfSigningError, match=re.escape(message)) as caught:
            attempt()
        assert "\n" not in str(caught.value)
    with pytest.raises(ValueError, match="^not a PDF file$"):
        read_signed_pdf(b"hello", [pki.root])
    db, plain = tmp_path / "ws.sqlite", tmp_path / "plain.pdf"
    assert run_cli("sample", "--db", str(db)).returncode == 0
    assert run_cli("print", "--db", str(db), "--pdf", str(plain)).returncode == 0
    with pytest.raises(PdfSigningError, match="not a PlanDesk PDF for signature"):
        sign_as(plain.read_bytes(), pki, "李審核", "reviewer")


def test_print_refuses_a_bad_trust_fingerprint(tmp_path: Path) -> None:
    db = tmp_path / "ws.sqlite"
    assert run_cli("sample", "--db", str(db)).returncode == 0
    result = run_cli(
        "print",
        "--db",
        str(db),
        "--pdf",
        str(tmp_path / "x.pdf"),
        "--for-signature",
        "--trust",
        "12:34",
    )
    assert result.returncode == 1 and not (tmp_path / "x.pdf").exists()
    assert result.stderr.strip() == (
        "plandesk print: --trust: not a SHA-256 fingerprint: '12:34' (64 hex digits expected)"
    )


def test_an_attachment_that_does_not_match_its_hash_is_reported(
    made: dict[str, object], pki: Pki, tmp_path: Path
) -> None:
    """A PDF whose attached content was swapped before anybody signed it."""
    plain = tmp_path / "plain.pdf"  # the plan document without fields or attachments
    db = str(Path(str(made["pdf"])).parent / "ws.sqlite")
    assert run_cli("print", "--db", db, "--pdf", str(plain)).returncode == 0
    painted = plain.read_bytes()
    reader = PdfFileReader(BytesIO(Path(str(made["pdf"])).read_bytes()))
    info = json.loads(read_attachments(reader)[INFO_NAME])
    forged = str(made["dump"]).replace("社交媒體運用的年度目標計劃", "另一個計劃")
    boxes = {
        role: FieldBox(0, 300, 400 - 50 * n, 500, 440 - 50 * n)
        for n, role in enumerate(ROLE_FIELDS)
    }
    pdf = sign_as(add_signature_fields(painted, boxes, forged, info), pki, "李審核", "reviewer")
    report = read_signed_pdf(pdf, [pki.root])
    assert report.signature_for("reviewer").trusted  # the signature itself is fine
    assert len(report.problems) == 1
    assert report.problems[0].startswith(
        f"the attached {CONTENT_NAME} does not match its declared hash"
    )
    assert report.content_sha256 == sha256_text(forged) != info["content_sha256"]
