"""Ways to tamper with a signed PDF, for the validation tests: each returns new PDF bytes."""

from __future__ import annotations

import re
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def change_page_content_byte(pdf: bytes, page: int = 0) -> bytes:
    """Flip one byte inside the content stream of ``page``, in place (same length)."""
    reader = PdfFileReader(BytesIO(pdf))
    page_ref = reader.find_page_for_modification(page)[0]
    contents = page_ref.get_object().raw_get("/Contents")
    ref = contents[0] if isinstance(contents, generic.ArrayObject) else contents
    header = re.search(rb"(?m)^%d 0 obj\b" % ref.idnum, pdf)
    assert header is not None, "the content stream is not a plain object"
    start = pdf.index(b"stream", header.end()) + len(b"stream\n") + 40
    data = bytearray(pdf)
    data[start] ^= 0x01
    return bytes(data)


def add_page(pdf: bytes) -> bytes:
    """An incremental update that appends a blank page."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    content = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 12 Tf ET"))
    page = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Page"),
            pdf_name("/MediaBox"): generic.ArrayObject(
                [generic.NumberObject(v) for v in (0, 0, 595, 842)]
            ),
            pdf_name("/Resources"): generic.DictionaryObject(),
            pdf_name("/Contents"): content,
        }
    )
    writer.insert_page(page)
    return _written(writer)


def add_annotation(pdf: bytes, page: int = 0) -> bytes:
    """An incremental update that puts a square annotation over the cover."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    page_ref = writer.find_page_for_modification(page)[0]
    annot = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Square"),
            pdf_name("/Rect"): generic.ArrayObject(
                [generic.NumberObject(v) for v in (100, 100, 300, 200)]
            ),
            pdf_name("/C"): generic.ArrayObject(
                [generic.FloatObject(1), generic.FloatObject(0), generic.FloatObject(0)]
            ),
            pdf_name("/Contents"): generic.TextStringObject("核准"),
        }
    )
    writer.register_annotation(page_ref, writer.add_object(annot))
    return _written(writer)


def clear_signature(pdf: bytes, field_name: str) -> bytes:
    """An incremental update that empties a signed field again (the signature removed)."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    for name, value, ref in enumerate_sig_fields(writer):
        if name == field_name and value is not None:
            field = ref.get_object()
            del field["/V"]
            writer.update_container(field)
            return _written(writer)
    raise AssertionError(f"{field_name} is not signed")


def blank_signature_contents(pdf: bytes) -> bytes:
    """Overwrite the last signature's CMS blob with zeros, in place (the signature stripped)."""
    blobs = [
        m for m in re.finditer(rb"/Contents\s*<([0-9a-fA-F]+)>", pdf) if len(m.group(1)) > 1000
    ]
    match = blobs[-1]
    start, end = match.span(1)
    return pdf[:start] + b"0" * (end - start) + pdf[end:]


def previous_revision(pdf: bytes) -> bytes:
    """The file as it was before its last incremental update."""
    ends = [m.end() for m in re.finditer(rb"%%EOF\r?\n?", pdf)]
    assert len(ends) >= 2, "no earlier revision"
    return pdf[: ends[-2]]
