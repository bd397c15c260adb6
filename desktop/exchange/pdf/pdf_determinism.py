"""The PDF for signature as a function of what it shows: the same content gives the same
bytes (Qt-free; pyHanko).

    writer = content_dated_writer(painted_pdf, stamp)     # add fields, attachments; write

QPdfWriter puts the clock (``/CreationDate``, ``/ModDate``, the XMP dates) and random
UUIDs (XMP ``DocumentID``, trailer ``/ID``) into every file, and pyHanko's writers stamp the
time and a random second ``/ID`` on every write. Here the painted file is copied object by
object into a new pyHanko writer (so its byte layout no longer depends on the painter's
offsets or date lengths), the XMP packet is left out, font subsets are tagged in the order
they appear (Qt numbers them by a per-process object counter), the Info dictionary keeps its text
entries with both dates taken from the content, and the ``/ID`` is derived from the content.
Whatever else the painter writes must already be the same for the same content (no random
font-subset tags or object names): ``tests/exchange/pdf/test_pdf_pages_bound.py`` paints a
plan twice, in two processes, and compares the bytes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import PdfFileWriter, copy_into_new_writer

DATE_KEYS = ("/CreationDate", "/ModDate")
FONT_NAME_KEYS = ("/BaseFont", "/FontName")
SUBSET_TAG = re.compile(r"^/([A-Z]{6})\+")


@dataclass(frozen=True)
class ContentStamp:
    """What stands in for the clock and the random numbers: a date and a document id."""

    when: datetime
    document_id: bytes  # 16 bytes

    @classmethod
    def of(cls, day: date | None, year: int, *texts: str) -> ContentStamp:
        """Dated ``day`` (the compile date) or 1 January of ``year``; the id hashes ``texts``."""
        start = day or date(year, 1, 1)
        digest = hashlib.sha256("\n".join(texts).encode("utf-8")).digest()
        return cls(datetime(start.year, start.month, start.day, tzinfo=UTC), digest[:16])


class _ContentDatedWriter(PdfFileWriter):
    """A pyHanko writer that keeps the Info dictionary it was given (no 'now', no producer
    rewrite); the document id is set by ``content_dated_writer``."""

    def _update_meta(self) -> None:
        return None


def content_dated_writer(pdf_bytes: bytes, stamp: ContentStamp) -> PdfFileWriter:
    """A new writer holding every object of ``pdf_bytes`` with dates and id from ``stamp``."""
    reader = PdfFileReader(BytesIO(pdf_bytes), strict=False)
    writer = copy_into_new_writer(reader)
    writer.__class__ = _ContentDatedWriter  # the same writer, minus the clock
    root = writer.root
    if "/Metadata" in root:  # XMP: dates and a random DocumentID
        _blank(writer, root.raw_get("/Metadata"))
        del root["/Metadata"]
    info = generic.DictionaryObject()
    if writer._info is not None:
        old = writer._info.get_object()
        for key, value in old.items():
            if key not in DATE_KEYS and isinstance(value, generic.TextStringObject):
                info[key] = value
        _blank(writer, writer._info)
    for key in DATE_KEYS:
        info[pdf_name(key)] = generic.pdf_date(stamp.when)
    writer._info = writer.add_object(info)
    _retag_font_subsets(writer)
    doc_id = generic.ByteStringObject(stamp.document_id)
    writer._document_id = generic.ArrayObject([doc_id, doc_id])
    return writer


def _blank(writer: PdfFileWriter, ref: object) -> None:
    """Empty the copied object behind ``ref`` (it keeps its number, as null)."""
    if isinstance(ref, generic.IndirectObject):
        writer.objects[(ref.generation, ref.idnum)] = generic.NullObject()


def _retag_font_subsets(writer: PdfFileWriter) -> None:
    """Rename the subset tags (``ABCDEF+Font``) to ``PDAAAA``, ``PDAAAB``… in object order,
    one new tag per old one (a font's /BaseFont, its descendant's and its descriptor's
    /FontName keep sharing theirs)."""
    tags: dict[str, str] = {}
    for key in sorted(writer.objects):
        obj = writer.objects[key]
        found = [obj] if isinstance(obj, generic.DictionaryObject) else []
        while found:
            node = found.pop()
            for name in FONT_NAME_KEYS:
                value = node.get(name) if name in node else None
                match = (
                    SUBSET_TAG.match(str(value)) if isinstance(value, generic.NameObject) else None
                )
                if match is None:
                    continue
                old = match.group(1)
                new = tags.setdefault(old, _tag(len(tags)))
                node[pdf_name(name)] = generic.NameObject(f"/{new}+" + str(value)[8:])
            for kid in node.values():
                if isinstance(kid, generic.DictionaryObject):
                    found.append(kid)
                elif isinstance(kid, generic.ArrayObject):
                    found += [v for v in kid if isinstance(v, generic.DictionaryObject)]


def _tag(number: int) -> str:
    letters = []
    for _ in range(4):
        number, digit = divmod(number, 26)
        letters.append(chr(ord("A") + digit))
    return "PD" + "".join(reversed(letters))
