"""The one writer of each export format, called by the command line and the GUI alike.

``write_<format>(workspace, plan_ref, path, options, progress) -> ExportResult``: reads the plan
in a session of its own (so it runs on the GUI's worker thread: SQLite connections belong to
the thread that opened them), builds the file and writes it through ``save_atomically``.
``progress(percent, text)`` may raise (the GUI's Cancel): nothing is written then.

The PDFs are laid out and painted here too, off the GUI thread: QPainter on a QPdfWriter,
QTextDocument and QFont are usable from any thread as long as each object stays in the thread
that made it (the command line paints without a window at all; the GUI's worker the same way).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.exchange.export.atomic import save_atomically, save_bytes
from desktop.exchange.export.registry import ExportOptions, ExportResult, Progress

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.exchange.document.plan_document import DocumentOptions, PlanDocument
    from desktop.models import Plan
    from desktop.store import Workspace


def find_plan(session: Session, plan_ref: str | int) -> Plan:
    """The plan with database id ``plan_ref`` (an int) or uuid ``plan_ref``; LookupError."""
    from sqlalchemy import select

    from desktop.models import Plan

    if isinstance(plan_ref, int):
        plan = session.get(Plan, plan_ref)
    else:
        plan = session.scalars(select(Plan).where(Plan.uuid == plan_ref)).first()
    if plan is None:
        raise LookupError(f"no plan {plan_ref!r} in this workspace")
    return plan


def write_xlsx(
    workspace: Workspace,
    plan_ref: str | int,
    path: Path,
    options: ExportOptions,
    progress: Progress,
) -> ExportResult:
    """The workbook: every sheet, the cover with its sign-off record and trust root."""
    from desktop.exchange.excel.excel_export import export_plan

    with workspace.session() as session:
        plan = find_plan(session, plan_ref)
        save_atomically(
            path,
            lambda tmp: export_plan(session, plan, tmp, now=options.now, progress=progress),
        )
    return ExportResult(path)


def write_ics(
    workspace: Workspace,
    plan_ref: str | int,
    path: Path,
    options: ExportOptions,
    progress: Progress,
) -> ExportResult:
    """The calendar of occurrences (``options.team``: one owner team's; UnknownTeam)."""
    from desktop.exchange.calendar_ics_text import calendar_bytes

    progress(5, "")
    with workspace.session() as session:
        plan = find_plan(session, plan_ref)
        data, count = calendar_bytes(session, plan, team=options.team)
    save_bytes(path, data, progress)
    return ExportResult(path, count, f"{count} events")


def write_docx(
    workspace: Workspace,
    plan_ref: str | int,
    path: Path,
    options: ExportOptions,
    progress: Progress,
) -> ExportResult:
    """The plan document in Word (charts painted as pictures: needs a Qt GUI application)."""
    from desktop.exchange.document.word_export import build_docx

    progress(5, "")
    with workspace.session() as session:
        plan = find_plan(session, plan_ref)
        doc, summary = build_docx(session, plan)
    progress(80, "")

    def save(tmp: Path) -> None:
        doc.save(str(tmp))
        progress(99, "")

    save_atomically(path, save)
    return ExportResult(path, 0, str(summary))


def document_options(options: ExportOptions) -> DocumentOptions:
    from desktop.exchange.document.plan_document import DocumentOptions

    return DocumentOptions(
        paper=options.paper,
        include_checks=options.include_checks,
        root_fingerprint=options.root_fingerprint,
    )


class PageSteps:
    """``PlanDocument.paint``'s page callback over ``progress``: an exception the progress
    raises (a cancel) stops the painting and is raised again afterwards by ``reraise``."""

    def __init__(self, progress: Progress, start: float) -> None:
        self.progress, self.start = progress, start
        self.error: BaseException | None = None

    def __call__(self, done: int, total: int) -> bool:
        try:
            self.progress(self.start + (99 - self.start) * done / max(total, 1), "")
        except BaseException as exc:  # re-raised by reraise() once the painter has ended
            self.error = exc
            return False
        return True

    def reraise(self) -> None:
        if self.error is not None:
            raise self.error


def _paint_pdf(doc: PlanDocument, tmp: Path, steps: PageSteps) -> None:
    try:
        doc.write_pdf(tmp, steps)
    except InterruptedError:
        steps.reraise()
        raise
    steps.reraise()  # the report after the last page: its result is not looked at by paint


def write_pdf(
    workspace: Workspace,
    plan_ref: str | int,
    path: Path,
    options: ExportOptions,
    progress: Progress,
) -> ExportResult:
    """The plan document as a PDF, laid out and painted page by page."""
    from desktop.exchange.document.plan_document import build_document

    progress(2, "")
    with workspace.session() as session:
        plan = find_plan(session, plan_ref)
        doc = build_document(session, plan, document_options(options))
    steps = PageSteps(progress, 10)
    save_atomically(path, lambda tmp: _paint_pdf(doc, tmp, steps))
    return ExportResult(path, doc.page_count, f"{doc.page_count} pages")


def write_pdf_for_signature(
    workspace: Workspace,
    plan_ref: str | int,
    path: Path,
    options: ExportOptions,
    progress: Progress,
) -> ExportResult:
    """The PDF with a signature field per role and the signed content attached
    (``SignoffRefused`` for an approved revision or demo actuals)."""
    from desktop.exchange.pdf.pdf_for_signature import build_pdf_for_signature

    progress(2, "")
    with workspace.session() as session:
        plan = find_plan(session, plan_ref)
        doc, data = build_pdf_for_signature(session, plan, document_options(options))
    save_bytes(path, data, progress)
    return ExportResult(path, doc.page_count, f"{doc.page_count} pages")


def write_review_package(
    workspace: Workspace,
    plan_ref: str | int,
    path: Path,
    options: ExportOptions,
    progress: Progress,
) -> ExportResult:
    """The review package: the plan, its sign-offs and the certificates, in one file
    (``SignoffRefused`` when the workspace has no trust root)."""
    from desktop.signoff.review import export_package

    progress(5, "")
    with workspace.session() as session:
        plan = find_plan(session, plan_ref)
        uuid, title, revision = plan.uuid, plan.title, plan.revision
    data = export_package(workspace, uuid)
    save_bytes(path, data, progress)
    return ExportResult(path, 0, f"{title} revision {revision}")
