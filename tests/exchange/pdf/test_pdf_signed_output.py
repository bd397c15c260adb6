"""What a reader sees of a signed plan PDF: poppler renders the signature appearances (CJK
glyphs, no boxes), the text layer extracts the exact characters; and the .p12 digital ID."""

from __future__ import annotations

import re
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import enumerate_sig_fields
from PySide6.QtGui import QImage

from desktop.exchange.pdf.pdf_signature_fields import ROLE_FIELDS
from desktop.exchange.pdf.pdf_signing import PdfSigningError, export_p12, sign_pdf
from desktop.exchange.pdf.pdf_validation import read_signed_pdf
from tests.conftest import run_cli
from tests.exchange.pki import Pki, add_person, organisation

pytestmark = pytest.mark.sqlite_only
RADICALS = re.compile("[\u2e80-\u2fdf]")
SIGNERS = (("compiler", "周用目"), ("reviewer", "李審核"), ("approver", "陳批準"))


@pytest.fixture(scope="module")
def pki() -> Pki:
    pki = organisation()
    add_person(pki, "周用目", ["compiler"])  # 用 and 目 have Kangxi radical look-alikes
    return pki


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> Path:
    tmp = tmp_path_factory.mktemp("signed")
    db, pdf = tmp / "ws.sqlite", tmp / "for-signature.pdf"
    assert run_cli("sample", "--db", str(db)).returncode == 0
    result = run_cli("print", "--db", str(db), "--pdf", str(pdf), "--for-signature")
    assert result.returncode == 0, result.stderr
    data = pdf.read_bytes()
    for role, name in SIGNERS:
        person = pki.people[name]
        data = sign_pdf(data, role, person.key, person.cert, person.chain, signer_name=name)
    out = tmp / "signed.pdf"
    out.write_bytes(data)
    return out


def field_boxes(data: bytes) -> dict[str, tuple[float, float, float, float]]:
    reader = PdfFileReader(BytesIO(data))
    return {
        name: tuple(float(v) for v in ref.get_object()["/Rect"])
        for name, _v, ref in enumerate_sig_fields(reader)
    }


def ink(image: QImage, box: tuple[float, float, float, float], page_h: float, scale: float) -> int:
    """Dark pixels strictly inside a PDF rectangle (inset 4 pt from its edges)."""
    x1, y1, x2, y2 = box
    count = 0
    for y in range(int((page_h - y2 + 4) * scale), int((page_h - y1 - 4) * scale)):
        for x in range(int((x1 + 4) * scale), int((x2 - 4) * scale)):
            if image.pixelColor(x, y).lightness() < 110:
                count += 1
    return count


def test_poppler_renders_every_signature_appearance(signed_pdf: Path, tmp_path: Path) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "144",
            "-f",
            "1",
            "-l",
            "1",
            str(signed_pdf),
            str(tmp_path / "cover"),
        ],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("cover*.png"))))
    assert not image.isNull()
    boxes = field_boxes(signed_pdf.read_bytes())
    for role, _name in SIGNERS:
        assert ink(image, boxes[ROLE_FIELDS[role]], 841.89, 2.0) > 150, role


def test_the_text_layer_extracts_the_exact_characters(signed_pdf: Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(signed_pdf), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    for line in ("編制人：周用目", "審核人：李審核", "批準人：陳批準", "用戶互動管理"):
        assert line in text, line
    assert not RADICALS.findall(text), "Kangxi radical look-alikes in the text layer"


def test_an_unsigned_field_shows_nothing(pki: Pki, tmp_path: Path, signed_pdf: Path) -> None:
    data = signed_pdf.read_bytes()
    one_signed = data[: [m.end() for m in re.finditer(rb"%%EOF\r?\n?", data)][-3]]
    path = tmp_path / "one.pdf"
    path.write_bytes(one_signed)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(path), str(tmp_path / "one")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("one*.png"))))
    boxes = field_boxes(one_signed)
    assert ink(image, boxes[ROLE_FIELDS["compiler"]], 841.89, 1.0) > 20
    assert ink(image, boxes[ROLE_FIELDS["reviewer"]], 841.89, 1.0) == 0


def test_p12_digital_id_holds_key_certificate_and_chain(
    pki: Pki, tmp_path: Path, signed_pdf: Path
) -> None:
    person = pki.people["李審核"]
    data = export_p12(person.key, person.cert, person.chain, "秘密 passw0rd")
    loaded = pkcs12.load_pkcs12(data, "秘密 passw0rd".encode())
    assert loaded.key is not None and loaded.key.public_key() == person.cert.public_key()
    assert loaded.cert is not None and loaded.cert.certificate == person.cert
    assert loaded.cert.friendly_name == "李審核".encode()
    assert [c.certificate for c in loaded.additional_certs] == [pki.root]
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(data, b"wrong password")
    # another program reads it: OpenSSL, and pyHanko signing with the .p12 as a reader would
    p12 = tmp_path / "li.p12"
    p12.write_bytes(data)
    listed = subprocess.run(
        ["openssl", "pkcs12", "-in", str(p12), "-nokeys", "-passin", "pass:秘密 passw0rd"],
        capture_output=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count(b"BEGIN CERTIFICATE") == 2
    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase="秘密 passw0rd".encode())
    assert signer is not None
    db, blank = tmp_path / "ws.sqlite", tmp_path / "blank.pdf"
    assert run_cli("sample", "--db", str(db)).returncode == 0
    assert run_cli("print", "--db", str(db), "--pdf", str(blank), "--for-signature").returncode == 0
    writer = IncrementalPdfFileWriter(BytesIO(blank.read_bytes()))
    meta = signers.PdfSignatureMetadata(field_name=ROLE_FIELDS["reviewer"], md_algorithm="sha256")
    out = signers.PdfSigner(meta, signer).sign_pdf(writer, existing_fields_only=True)
    report = read_signed_pdf(out.getvalue(), [pki.root])
    assert report.ok and report.signature_for("reviewer").signer_name == "李審核"


def test_p12_export_refuses_a_short_password_or_a_foreign_key(pki: Pki) -> None:
    person = pki.people["李審核"]
    with pytest.raises(PdfSigningError, match="too short"):
        export_p12(person.key, person.cert, person.chain, "abc")
    with pytest.raises(PdfSigningError, match="does not belong"):
        export_p12(pki.people["陳批準"].key, person.cert, person.chain, "long enough")


def test_signing_and_validation_load_without_qt() -> None:
    """The lead's key store and ``review merge`` use these from plain Python (no Qt)."""
    code = (
        "import sys\n"
        "import desktop.exchange.pdf.pdf_signing, desktop.exchange.pdf.pdf_validation\n"
        "import desktop.exchange.pdf.pdf_signature_fields, desktop.exchange.pdf.pdf_font\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
