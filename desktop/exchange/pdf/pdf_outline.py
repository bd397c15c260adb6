"""An outline (bookmarks) and the document language for the plan PDF (Qt-free).

QPdfWriter has neither. ``add_outline`` adds to the file Qt wrote an /Outlines tree with an
entry per section and appendix (each opening its page), and /Lang and /PageMode /UseOutlines
(readers open with the bookmarks shown) to its catalog. The file stays one revision: the
catalog is rewritten in place, the outline objects go after the last object and the cross-
reference table is written again (a signature's "revision N" means what it meant before).
Everything is written by hand from pyHanko's PDF objects — no new ID, no modification date —
so the same content gives the same bytes. A file that is not one classic revision (not what
Qt writes) gets the same objects as an incremental update instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.xref import TrailerDictionary

PDF_LANG = {"zh_TW": "zh-TW", "zh_CN": "zh-CN", "en": "en"}
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def add_outline(pdf: bytes, entries: Sequence[tuple[str, int]], lang: str) -> bytes:
    """``pdf`` with bookmarks for ``entries`` ((title, page number from 1)) and /Lang."""
    objects, trailer, size, previous_xref = _outline_objects(pdf, entries, lang)
    rewritten = _rewrite(pdf, objects, trailer, size, previous_xref)
    if rewritten is not None:
        return rewritten
    return pdf + _update(len(pdf), objects, trailer, size, previous_xref)


def _outline_objects(
    pdf: bytes, entries: Sequence[tuple[str, int]], lang: str
) -> tuple[list[tuple[int, int, generic.PdfObject]], TrailerDictionary, int, int]:
    """The outline's objects and the new catalog (last), the trailer, the new /Size and the
    offset of the file's cross-reference table."""
    match = _STARTXREF.search(pdf[-64:])
    if match is None:
        raise ValueError("not a complete PDF (no startxref at its end)")
    previous_xref = int(match.group(1))
    reader = PdfFileReader(BytesIO(pdf))
    trailer = reader.trailer
    root_ref = trailer.raw_get("/Root")
    size = int(trailer["/Size"])
    pages = [reader.find_page_for_modification(n - 1)[0] for _t, n in entries]
    outline_num = size
    item_nums = [size + 1 + i for i in range(len(entries))]
    objects: list[tuple[int, int, generic.PdfObject]] = []

    def ref(num: int) -> generic.IndirectObject:
        return generic.IndirectObject(num, 0, reader)

    outline = generic.DictionaryObject({pdf_name("/Type"): pdf_name("/Outlines")})
    if entries:
        outline[pdf_name("/First")] = ref(item_nums[0])
        outline[pdf_name("/Last")] = ref(item_nums[-1])
        outline[pdf_name("/Count")] = generic.NumberObject(len(entries))
    objects.append((outline_num, 0, outline))
    for i, ((title, _page), page_ref) in enumerate(zip(entries, pages, strict=True)):
        item = generic.DictionaryObject(
            {
                pdf_name("/Title"): generic.TextStringObject(title),
                pdf_name("/Parent"): ref(outline_num),
                pdf_name("/Dest"): generic.ArrayObject(
                    [
                        page_ref,
                        pdf_name("/XYZ"),
                        generic.NullObject(),
                        generic.NullObject(),
                        generic.NullObject(),
                    ]
                ),
            }
        )
        if i:
            item[pdf_name("/Prev")] = ref(item_nums[i - 1])
        if i + 1 < len(entries):
            item[pdf_name("/Next")] = ref(item_nums[i + 1])
        objects.append((item_nums[i], 0, item))
    catalog = generic.DictionaryObject(dict(reader.root.items()))
    catalog[pdf_name("/Outlines")] = ref(outline_num)
    catalog[pdf_name("/PageMode")] = pdf_name("/UseOutlines")
    catalog[pdf_name("/Lang")] = generic.TextStringObject(PDF_LANG.get(lang, "zh-TW"))
    objects.append((root_ref.idnum, root_ref.generation, catalog))
    return objects, trailer, size + 1 + len(entries), previous_xref


def _serialized(obj: generic.PdfObject) -> bytes:
    out = BytesIO()
    obj.write_to_stream(out)
    return out.getvalue()


def _rewrite(
    pdf: bytes,
    objects: list[tuple[int, int, generic.PdfObject]],
    trailer: TrailerDictionary,
    size: int,
    xref_at: int,
) -> bytes | None:
    """One revision with the catalog replaced and the outline added, or None when ``pdf`` is
    not a single revision with one classic cross-reference section."""
    head = re.match(rb"xref\s+0\s+(\d+)\s+", pdf[xref_at : xref_at + 40])
    if head is None or "/Prev" in trailer or pdf.count(b"%%EOF") != 1:
        return None
    count = int(head.group(1))
    table = pdf[xref_at + head.end() : xref_at + head.end() + 20 * count]
    rows = [table[i * 20 : i * 20 + 20] for i in range(count)]
    if len(rows) != count or any(len(r) != 20 or r[17:18] not in b"nf" for r in rows):
        return None
    offsets = [int(r[:10]) for r in rows]
    in_use = [r[17:18] == b"n" for r in rows]
    *added, (cat_num, cat_gen, catalog) = objects
    start = offsets[cat_num]
    end = pdf.index(b"endobj", start) + len(b"endobj")
    new_catalog = f"{cat_num} {cat_gen} obj\n".encode() + _serialized(catalog) + b"\nendobj"
    delta = len(new_catalog) - (end - start)
    body = bytearray(pdf[:start] + new_catalog + pdf[end:xref_at])
    offsets = [
        o + delta if used and o > start else o for o, used in zip(offsets, in_use, strict=True)
    ]
    for num, gen, obj in added:
        assert num == len(offsets)
        offsets.append(len(body))
        in_use.append(True)
        body += f"{num} {gen} obj\n".encode() + _serialized(obj) + b"\nendobj\n"
    new_xref = len(body)
    body += f"xref\n0 {len(offsets)}\n".encode()
    for n, offset in enumerate(offsets):  # each row: 10 digits, generation, kind, 2 bytes end
        body += b"%010d" % offset + (rows[n][10:] if n < count else b" 00000 n \n")
    new_trailer = generic.DictionaryObject({k: trailer.raw_get(k) for k in trailer})
    new_trailer[pdf_name("/Size")] = generic.NumberObject(size)
    body += b"trailer\n" + _serialized(new_trailer) + f"\nstartxref\n{new_xref}\n%%EOF\n".encode()
    return bytes(body)


def _update(
    offset: int,
    objects: list[tuple[int, int, generic.PdfObject]],
    trailer: TrailerDictionary,
    size: int,
    previous_xref: int,
) -> bytes:
    """The bytes of an incremental update holding ``objects`` (starting at ``offset``)."""
    out = BytesIO()
    out.write(b"\n")
    where: dict[int, tuple[int, int]] = {}
    for num, gen, obj in objects:
        where[num] = (offset + out.tell(), gen)
        out.write(f"{num} {gen} obj\n".encode())
        obj.write_to_stream(out)
        out.write(b"\nendobj\n")
    xref_at = offset + out.tell()
    out.write(b"xref\n")
    for num in sorted(where):  # one subsection per object: simple and valid
        at, gen = where[num]
        out.write(f"{num} 1\n{at:010d} {gen:05d} n\r\n".encode())
    new_trailer = generic.DictionaryObject(
        {k: trailer.raw_get(k) for k in trailer if k not in ("/Prev", "/Size", "/XRefStm")}
    )
    new_trailer[pdf_name("/Size")] = generic.NumberObject(size)
    new_trailer[pdf_name("/Prev")] = generic.NumberObject(previous_xref)
    out.write(b"trailer\n")
    new_trailer.write_to_stream(out)
    out.write(f"\nstartxref\n{xref_at}\n%%EOF\n".encode())
    return out.getvalue()
