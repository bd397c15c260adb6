"""Checks made before openpyxl ever opens a workbook: file type, zip sanity and zip-bomb caps.

Each refusal is an :class:`ExcelRefused` with a one-line reason naming the file.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_ENTRIES = 2_000
MAX_TOTAL = 512 * 1024 * 1024  # uncompressed bytes
MAX_ENTRY = 256 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_FILE = 200 * 1024 * 1024


class ExcelRefused(Exception):
    """A workbook PlanDesk will not read or write; the message is one line for people."""


def require_defusedxml() -> None:
    """Refuse to parse untrusted XML unless openpyxl parses it through defusedxml."""
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ExcelRefused(
            "openpyxl is not using defusedxml (is it installed, or is "
            "OPENPYXL_DEFUSEDXML set to False?): refusing to read workbooks"
        )


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = head.decode("utf-16")
        except UnicodeDecodeError:
            return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return printable >= 0.95 * len(text)


def check_file(path: str | Path) -> None:
    """Refuse anything but a plain, sane ``.xlsx`` (zip) workbook; see module doc."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise ExcelRefused(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    if size == 0:
        raise ExcelRefused(f"{name}: the file is empty")
    if size > MAX_FILE:
        raise ExcelRefused(
            f"{name}: the file is {size // 2**20} MB; at most {MAX_FILE // 2**20} MB is accepted"
        )
    if head.startswith(OLE_MAGIC):
        with path.open("rb") as fh:
            data = fh.read()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ExcelRefused(
                f"{name}: the workbook is password-protected (encrypted); "
                "remove the password in Excel and save it as .xlsx"
            )
        raise ExcelRefused(
            f"{name}: this is an old Excel 97–2003 (.xls) file; open it in "
            "Excel or LibreOffice and save it as .xlsx"
        )
    if not head.startswith(ZIP_MAGIC):
        if head.lstrip().startswith((b"<?xml", b"<")):
            raise ExcelRefused(f"{name}: this is an XML or HTML file, not an .xlsx workbook")
        if _looks_like_text(head):
            raise ExcelRefused(
                f"{name}: this is a CSV or text file, not an .xlsx workbook; "
                "open it in Excel or LibreOffice and save it as .xlsx"
            )
        raise ExcelRefused(f"{name}: not an .xlsx workbook (unknown file type)")
    _check_zip(path, name)


def _check_zip(path: Path, name: str) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "mimetype" in names and b"opendocument" in zf.read("mimetype")[:100]:
                raise ExcelRefused(
                    f"{name}: this is an OpenDocument spreadsheet (.ods); save it as .xlsx"
                )
    except zipfile.BadZipFile as exc:
        raise ExcelRefused(
            f"{name}: the file is damaged or truncated (not a readable zip: {exc})"
        ) from None
    except (OSError, EOFError, ValueError) as exc:
        raise ExcelRefused(f"{name}: the file is damaged or truncated ({exc})") from None
    if len(infos) > MAX_ENTRIES:
        raise ExcelRefused(
            f"{name}: the zip holds {len(infos)} entries (at most {MAX_ENTRIES}); "
            "refusing a possible zip bomb"
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ExcelRefused(f"{name}: the workbook is password-protected (encrypted)")
        total += info.file_size
        if info.file_size > MAX_ENTRY or total > MAX_TOTAL:
            raise ExcelRefused(
                f"{name}: the workbook unpacks to more than "
                f"{MAX_TOTAL // 2**20} MB; refusing a possible zip bomb"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExcelRefused(
                f"{name}: {info.filename} is compressed "
                f"{info.file_size // max(info.compress_size, 1)}:1; refusing a "
                "possible zip bomb"
            )
    _refuse_entities(path, name, infos)
    lowered = {n.lower() for n in names}
    if "xl/vbaproject.bin" in lowered or any(n.endswith(".bin") and "vba" in n for n in lowered):
        raise ExcelRefused(
            f"{name}: the workbook contains macros (.xlsm); save it as a plain "
            ".xlsx workbook without macros"
        )
    if "[content_types].xml" not in lowered or "xl/workbook.xml" not in lowered:
        raise ExcelRefused(f"{name}: a zip file but not an .xlsx workbook (no xl/workbook.xml)")


ENTITY_MARKS = tuple(
    m
    for mark in (b"<!DOCTYPE", b"<!ENTITY")
    for m in (mark, mark.decode().encode("utf-16-le"), mark.decode().encode("utf-16-be"))
)


def _refuse_entities(path: Path, name: str, infos: list[zipfile.ZipInfo]) -> None:
    """Excel never writes DTDs or entity declarations (the stuff of entity-expansion and
    external-entity attacks): refuse any XML part that declares them, before any parsing."""
    with zipfile.ZipFile(path) as zf:
        for info in infos:
            if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue
            try:
                prolog = _prolog(zf, info)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise ExcelRefused(f"{name}: the file is damaged or truncated ({exc})") from None
            if any(mark in prolog for mark in ENTITY_MARKS):
                raise ExcelRefused(
                    f"{name}: the workbook contains XML entity declarations "
                    f"({info.filename}), which PlanDesk never writes; "
                    "refusing it"
                )


ROOT_START = re.compile(rb"<\x00?[A-Za-z_]")  # an element (UTF-8 or UTF-16): the prolog is over


def _prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The bytes of an XML part up to its root element: where a DTD would have to be."""
    data = b""
    with zf.open(info) as fh:
        while chunk := fh.read(65536):
            data += chunk
            if ROOT_START.search(data):
                break
    return data
