"""The plan document as a PDF for signature (QtGui for painting, pyHanko for the fields).

    data = pdf_for_signature(session, plan, root_fingerprint=fp)   # inside a session

The cover's approval block gets an empty signature field per role (編制人, 審核人, 批準人)
exactly where the cover painted that role's signature box, and the signed content and the
signing info are attached (see pdf_signature_fields).

The pages are bound to the content: they are painted from the plan rebuilt from its signed
content alone (``models.content_plan``: no tracking data, no sign-off record or audit head
of the workspace) and from the signing info (status, paper, options, root fingerprint), and
the file takes its dates and id from them (``pdf_determinism``). ``render_for_signature``
paints it again from what a signed PDF carries, so a merge can compare the bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
    options = options or DocumentOptions()
    root = root_fingerprint or options.root_fingerprint
    if not root and session is not None:
        from desktop.signoff.records import trust_root_fingerprint

        root = trust_root_fingerprint(session)
    content = signed_content_json(plan)
    info = signing_info(plan, content, root)
    info["named"] = {role: str(getattr(plan, role) or "") for role in ROLE_FIELDS}
    info["status"] = plan.status
    info["document"] = {
        "paper": options.paper,
        "lang": options.lang or plan.language,
        "checks": options.include_checks,
        "board": options.include_board,
        "kpi_charts": options.include_kpi_charts,
    }
    if session is not None:
        from desktop.signoff.pdf_evidence import signing_material

        info.update(signing_material(session, plan))
    return render_for_signature(content, info)


def painted_for_signature(content: str, info: dict[str, object]) -> bytes:
    """The bytes of ``render_for_signature``: what ``signoff``'s merge of a signed PDF compares
    the pages with (``signoff.pdf_pages.Repaint``; the caller hands it over)."""
    return render_for_signature(content, info)[1]


def render_for_signature(content: str, info: dict[str, Any]) -> tuple[PlanDocument, bytes]:
    """The PDF for signature painted from the signed ``content`` and the signing ``info``
    alone (what a signed PDF carries); ValueError when they do not describe a plan."""
    from desktop.models.content_plan import plan_from_content

    shown = info.get("document")
    shown = shown if isinstance(shown, dict) else {}
    options = DocumentOptions(
        paper=str(shown.get("paper") or "A4"),
        include_checks=bool(shown.get("checks", True)),
        include_board=bool(shown.get("board", True)),
        include_kpi_charts=bool(shown.get("kpi_charts", True)),
        lang=str(shown.get("lang") or info.get("language") or "") or None,
        root_fingerprint=str(info.get("root_fingerprint") or "") or None,
        for_signature=True,
    )
    plan = plan_from_content(content, status=str(info.get("status") or "") or None)
    doc = build_document(None, plan, options)
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
