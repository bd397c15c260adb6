"""The plan document as a PDF for signature (QtGui for painting, pyHanko for the fields).

    data = pdf_for_signature(session, plan, root_fingerprint=fp)   # inside a session

The cover's approval block gets an empty signature field per role (編制人, 審核人, 批準人)
exactly where the cover painted that role's signature box, and the signed content and the
signing info are attached (see pdf_signature_fields).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.exchange.document.plan_document import DocumentOptions, PlanDocument, build_document
from desktop.exchange.pdf.pdf_signature_fields import (
    ROLE_FIELDS,
    FieldBox,
    add_signature_fields,
    page_height_pt,
    signed_content_json,
    signing_info,
)
from desktop.models import Plan
from desktop.models.refusal import Invalid


def pdf_for_signature(
    session: Session | None,
    plan: Plan,
    options: DocumentOptions | None = None,
    root_fingerprint: str | None = None,
) -> bytes:
    """The plan document with three empty signature fields and the signed content attached."""
    return build_pdf_for_signature(session, plan, options, root_fingerprint)[1]


def signature_refusal(plan: Plan) -> Invalid | None:
    """Why no PDF for signature is made of ``plan``, or None: an approved revision has
    nothing left to sign (start revision N+1), and demo KPI actuals can never be signed."""
    from desktop.models import PlanStatus
    from desktop.signoff.messages import said

    if plan.status == PlanStatus.APPROVED.value:
        return said("revision_locked", revision=plan.revision)
    demo = sum(a.demo for goal in plan.goals for kpi in goal.kpis for a in kpi.actuals)
    return said("demo_actuals", demo=demo) if demo else None


def build_pdf_for_signature(
    session: Session | None,
    plan: Plan,
    options: DocumentOptions | None = None,
    root_fingerprint: str | None = None,
) -> tuple[PlanDocument, bytes]:
    """The laid-out document (page count, ...) and its PDF for signature; SignoffRefused
    (one line, worded per language) where ``signature_refusal`` says no."""
    from desktop.signoff.people import SignoffRefused

    refusal = signature_refusal(plan)
    if refusal is not None:
        raise SignoffRefused(refusal)
    options = replace(options or DocumentOptions(), for_signature=True)
    if root_fingerprint:
        options.root_fingerprint = root_fingerprint
    doc = build_document(session, plan, options)
    content = signed_content_json(plan)
    root = options.root_fingerprint or (doc.cover.root_fingerprint if doc.cover else None)
    info = signing_info(plan, content, root)
    info["named"] = {role: str(getattr(plan, role) or "") for role in ROLE_FIELDS}
    if session is not None:
        from desktop.signoff.pdf import signing_material

        info.update(signing_material(session, plan))
    return doc, fields_for_document(doc, doc.pdf_bytes(), content, info)


def fields_for_document(
    doc: PlanDocument, pdf_bytes: bytes, content: str, info: dict[str, object]
) -> bytes:
    """Add the fields where ``doc`` painted its signature boxes (call after painting)."""
    if doc.cover is None or not doc.cover.signature_boxes:
        raise ValueError("the cover painted no signature boxes (not built for signature)")
    height = page_height_pt(pdf_bytes, 0)
    boxes = {
        role: FieldBox.from_page_px(0, box, height)
        for role, box in doc.cover.signature_boxes.items()
    }
    return add_signature_fields(pdf_bytes, boxes, content, info)


def write_pdf_for_signature(
    session: Session | None,
    plan: Plan,
    path: str | Path,
    options: DocumentOptions | None = None,
    root_fingerprint: str | None = None,
) -> Path:
    path = Path(path)
    path.write_bytes(pdf_for_signature(session, plan, options, root_fingerprint))
    return path
