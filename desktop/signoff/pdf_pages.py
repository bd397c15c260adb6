"""The pages people sign are bound to the content attached to the PDF (issue 24, item 5).

A PDF for signature is PlanDesk's painting of its attached signed content and signing info,
and that painting is deterministic (``exchange/document/pdf_for_signature.render_for_signature``,
``pdf_determinism``). So whoever merges a signed PDF paints it again from what the PDF
carries and compares the bytes with the revision its first signature covers: someone who
changed the pages (or added a revision) before the first signature is caught, even when every
signature is intact. The painting needs a QGuiApplication (the caller's: the GUI, or
``commands.exporting.gui_application``); painting the sample plan takes about a second.
The painter is handed over by the caller (``Repaint``: the command and the GUI pass
``exchange.document.pdf_for_signature.painted_for_signature``), so ``signoff`` imports no
document painter: ``exchange`` prints sign-off records, and ``signoff`` stays below it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from io import BytesIO
from typing import Any

from desktop.exchange.pdf.pdf_signature_fields import INFO_NAME, read_attachments

# (signed content JSON, signing info) -> the bytes PlanDesk prints for them, unsigned
Repaint = Callable[[str, dict[str, object]], bytes]


def unsigned_revision(raw: bytes) -> tuple[bytes, int] | None:
    """The bytes of the file before its first signature, and that signature's revision
    (None when nothing is signed)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(raw), strict=False)
    signatures = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    if not signatures:
        return None
    first = min(signatures, key=lambda s: s.signed_revision)
    start = reader.xrefs.get_startxref_for_revision(first.signed_revision - 1)
    end = raw.find(b"%%EOF", start)
    if end < 0:
        return None
    end += len(b"%%EOF")
    while end < len(raw) and raw[end : end + 1] in (b"\r", b"\n"):
        end += 1
    return raw[:end], first.signed_revision


def pages_problem(raw: bytes, content_json: str, repaint: Repaint) -> str:
    """Why the revision the first signature of ``raw`` covers is not PlanDesk's painting
    (``repaint``) of the attached ``content_json`` and signing info ('' when it is, byte for
    byte)."""
    found = unsigned_revision(raw)
    if found is None:
        return "nothing in the PDF is signed"
    signed, revision = found
    if revision != 1:
        return (
            f"the first signature covers revision {revision + 1}: the PDF was changed "
            "before anybody signed it"
        )
    try:
        info = _info(signed)
        painted = repaint(content_json, info)
    except ValueError as exc:
        return f"its pages cannot be painted again from the attached content ({exc})"
    if painted != signed:
        return (
            "its pages are not PlanDesk's printing of the attached content: they were "
            "changed before the first signature, or printed by another PlanDesk version"
        )
    return ""


def _info(unsigned: bytes) -> dict[str, Any]:
    from desktop.exchange.pdf.pdf_signature_fields import open_reader

    raw = read_attachments(open_reader(unsigned)).get(INFO_NAME)
    if raw is None:
        raise ValueError(f"no {INFO_NAME} attached")
    info = json.loads(raw.decode("utf-8"))
    if not isinstance(info, dict):
        raise ValueError(f"the attached {INFO_NAME} is not an object")
    return info
