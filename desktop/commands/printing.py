"""``plandesk print``: the plan document as a PDF, with no display needed (QtGui only)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop.cli import Refused

from . import choose_plan, workspace, writable_output


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "print", parents=[common], help="write the plan document (cover, sections, board) as a PDF"
    )
    p.add_argument("--plan")
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument("--paper", choices=("A4", "A3"), default="A4")
    p.add_argument("--no-checks", action="store_true", help="leave out the plan-checks appendix")
    p.add_argument(
        "--for-signature",
        action="store_true",
        help="add signature fields for 編制人, 審核人 and 批準人 and attach the "
        "signed content, for signing in any PDF reader",
    )
    p.add_argument(
        "--trust",
        metavar="FINGERPRINT",
        help="the trust root's SHA-256 fingerprint to print on the cover",
    )
    p.set_defaults(handler=cmd_print)


def gui_application() -> Any:
    """A QGuiApplication (offscreen when there is no display); never QtWidgets."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["plandesk"])


def cmd_print(args: argparse.Namespace) -> int:
    out = writable_output(Path(args.pdf))
    app = gui_application()  # noqa: F841 - keeps the application alive while painting
    from desktop.exchange.document.plan_document import (
        DocumentOptions,
        build_document,
        font_warning,
    )

    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        lang = plan.language
        warning = font_warning(lang)
        if warning:
            print(f"plandesk print: warning: {warning}", file=sys.stderr)
        options = DocumentOptions(
            paper=args.paper,
            include_checks=not args.no_checks,
            root_fingerprint=root_fingerprint(args, session),
        )
        if args.for_signature:
            from desktop.exchange.document.pdf_for_signature import build_pdf_for_signature
            from desktop.signoff.people import SignoffRefused

            try:
                doc, data = build_pdf_for_signature(session, plan, options)
            except SignoffRefused as exc:
                raise Refused(f"{out}: {exc}") from None
        else:
            doc, data = build_document(session, plan, options), None
    try:
        if data is None:
            doc.write_pdf(out)
        else:
            out.write_bytes(data)
    except OSError as exc:
        raise Refused(f"{out}: {exc}") from None
    if not out.exists() or out.stat().st_size == 0:
        raise Refused(f"{out}: the PDF could not be written")
    extra = "\tfor signature" if args.for_signature else ""
    print(f"{out}\t{doc.page_count} pages\t{args.paper}{extra}")
    return 0


def root_fingerprint(args: argparse.Namespace, session: Any) -> str | None:
    """``--trust`` (64 hex digits, colons allowed), normalised; None without it.

    (Hook for the key store: the root pinned for this workspace belongs here as the default.)
    """
    if args.trust:
        digits = "".join(c for c in args.trust if c not in ": \t-").lower()
        if len(digits) != 64 or any(c not in "0123456789abcdef" for c in digits):
            raise Refused(
                f"--trust: not a SHA-256 fingerprint: {args.trust!r} (64 hex digits expected)"
            )
        return digits
    return None
