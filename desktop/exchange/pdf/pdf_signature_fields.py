"""The PDF for signature: empty signature fields for 編制人 / 審核人 / 批準人 and the signed
content attached (Qt-free; pyHanko).

A PlanDesk PDF for signature carries two embedded files:

* ``plandesk-content.json`` — the plan's signed content, exactly the text a signature covers;
* ``plandesk-signing.json`` — plan uuid, lineage, revision, title, the content's SHA-256 and
  the trust root's fingerprint (when given), so a returned PDF can be matched to its plan.

Both are part of the first revision, so every PDF signature (which covers the whole file up
to itself) also covers them. The file is written in one revision with dates and id taken
from the content (``pdf_determinism``): the same content and signing info give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from desktop.exchange.pdf.pdf_determinism import ContentStamp, content_dated_writer
from desktop.models.fields import CONTENT_VERSION

ROLES = ("compiler", "reviewer", "approver")
ROLE_FIELDS = {role: f"plandesk.{role}" for role in ROLES}
FIELD_ROLES = {name: role for role, name in ROLE_FIELDS.items()}
CONTENT_NAME = "plandesk-content.json"
INFO_NAME = "plandesk-signing.json"
INFO_FORMAT = "plandesk-pdf-for-signature/1"
PX_TO_PT = 72 / 96


def signed_content_json(plan: Any) -> str:
    """The text a signature on ``plan`` covers (the one place to change what is signed)."""
    from desktop.models.serialize import canonical_json, content_dump

    return canonical_json(content_dump(plan))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def signing_info(
    plan: Any, content_json: str, root_fingerprint: str | None = None
) -> dict[str, Any]:
    """What ``plandesk-signing.json`` says about the plan the PDF was made from."""
    info: dict[str, Any] = {
        "format": INFO_FORMAT,
        "plan_uuid": plan.uuid,
        "lineage": plan.lineage,
        "revision": plan.revision,
        "title": plan.title,
        "language": plan.language,
        "content_sha256": sha256_text(content_json),
        "content_version": CONTENT_VERSION,  # of the attached content (absent: version 1)
        "roles": dict(ROLE_FIELDS),
    }
    if root_fingerprint:
        info["root_fingerprint"] = root_fingerprint.replace(":", "").lower()
    return info


@dataclass(frozen=True)
class FieldBox:
    """Where a role's signature field goes: page index and a PDF rectangle in points."""

    page: int
    x1: float
    y1: float
    x2: float
    y2: float

    @classmethod
    def from_page_px(
        cls, page: int, box: tuple[float, float, float, float], page_height_pt: float
    ) -> FieldBox:
        """From (x, y, width, height) in CSS px measured from the page's top left corner."""
        x, y, w, h = (v * PX_TO_PT for v in box)
        return cls(page, x, page_height_pt - y - h, x + w, page_height_pt - y)


def page_height_pt(pdf_bytes: bytes, page: int = 0) -> float:
    """The height of ``page``'s MediaBox in points."""
    reader = PdfFileReader(BytesIO(pdf_bytes))
    node = reader.find_page_for_modification(page)[0].get_object()
    while "/MediaBox" not in node and "/Parent" in node:  # inherited from the page tree
        node = node["/Parent"].get_object()
    box = [float(v) for v in node["/MediaBox"]]
    return box[3] - box[1]


def add_signature_fields(
    pdf_bytes: bytes, boxes: dict[str, FieldBox], content_json: str, info: dict[str, Any]
) -> bytes:
    """``pdf_bytes`` with an empty signature field per role in ``boxes`` and both attachments."""
    unknown = set(boxes) - set(ROLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown role(s) for a signature field: {', '.join(sorted(unknown))}")
    info_bytes = (json.dumps(info, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()
    writer = content_dated_writer(pdf_bytes, content_stamp(content_json, info_bytes))
    for role in ROLES:
        box = boxes.get(role)
        if box is None:
            continue
        rect = (round(box.x1), round(box.y1), round(box.x2), round(box.y2))
        append_signature_field(writer, SigFieldSpec(ROLE_FIELDS[role], on_page=box.page, box=rect))
    _attach(
        writer,
        CONTENT_NAME,
        content_json.encode("utf-8"),
        "The plan's signed content (canonical JSON)",
    )
    _attach(
        writer,
        INFO_NAME,
        info_bytes,
        "Plan, revision and content hash this PDF was made for",
    )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def content_stamp(content_json: str, info_bytes: bytes) -> ContentStamp:
    """The file's dates (the compile date, else 1 January of the plan's year) and id (the
    SHA-256 of content and signing info) for ``content_json``."""
    try:
        head = json.loads(content_json).get("plan") or {}
        day = date.fromisoformat(head["compiled_on"]) if head.get("compiled_on") else None
        year = int(head.get("year") or 2000)
    except (AttributeError, TypeError, ValueError):
        day, year = None, 2000
    return ContentStamp.of(day, year, content_json, info_bytes.decode("utf-8"))


def _attach(writer: BasePdfFileWriter, name: str, data: bytes, description: str) -> None:
    stream = embed.EmbeddedFileObject.from_file_data(
        writer,
        data,
        mime_type="application/json",
        params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True),
    )
    embed.embed_file(
        writer,
        embed.FileSpec(
            file_spec_string=name, file_name=name, embedded_data=stream, description=description
        ),
    )


def read_attachments(reader: PdfFileReader) -> dict[str, bytes]:
    """The embedded files of the document's name tree (flat or one level of kids)."""
    try:
        tree = reader.root["/Names"]["/EmbeddedFiles"]
    except (KeyError, TypeError):
        return {}
    found: dict[str, bytes] = {}
    nodes = [tree]
    while nodes:
        node = nodes.pop().get_object()
        if "/Kids" in node:
            nodes.extend(kid.get_object() for kid in node["/Kids"].get_object())
        names = node.get("/Names")
        pairs = list(names.get_object()) if names is not None else []
        for i in range(0, len(pairs) - 1, 2):
            spec = pairs[i + 1].get_object()
            try:
                found[str(pairs[i])] = spec["/EF"]["/F"].get_object().data
            except (KeyError, TypeError, PdfError):
                continue
    return found


def open_reader(pdf_bytes: bytes) -> PdfFileReader:
    """A pyHanko reader, or ValueError with one line when the bytes are not a readable PDF."""
    if not pdf_bytes.lstrip()[:5] == b"%PDF-":
        raise ValueError("not a PDF file")
    try:
        return PdfFileReader(BytesIO(pdf_bytes), strict=False)
    except (PdfError, ValueError, KeyError, IndexError) as exc:
        raise ValueError(f"not a readable PDF file ({' '.join(str(exc).split())})") from None
