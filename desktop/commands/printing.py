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
    p = sub.add_parser("print", parents=[common],
                       help="write the plan document (cover, sections, board) as a PDF")  # fmt: skip
    p.add_argument("--plan")
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument("--paper", choices=("A4", "A3"), default="A4")
    p.add_argument("--no-checks", action="store_true",
                   help="leave out the plan-checks appendix")  # fmt: skip
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
    from desktop.exchange.document import DocumentOptions, build_document, font_warning

    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        lang = plan.language
        warning = font_warning(lang)
        if warning:
            print(f"plandesk print: warning: {warning}", file=sys.stderr)
        options = DocumentOptions(paper=args.paper, include_checks=not args.no_checks)
        doc = build_document(session, plan, options)
    try:
        doc.write_pdf(out)
    except OSError as exc:
        raise Refused(f"{out}: {exc}") from None
    if not out.exists() or out.stat().st_size == 0:
        raise Refused(f"{out}: the PDF could not be written")
    print(f"{out}\t{doc.page_count} pages\t{args.paper}")
    return 0
