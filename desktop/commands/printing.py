"""``plandesk print``: the plan document as a PDF, with no display needed (QtGui only)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Refused

from . import writable_output


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


def cmd_print(args: argparse.Namespace) -> int:
    from desktop.exchange.export.registry import ExportOptions
    from desktop.signoff.people import SignoffRefused

    from .exporting import export_file

    out = writable_output(Path(args.pdf))
    key = "pdf_signature" if args.for_signature else "pdf"
    options = ExportOptions(
        paper=args.paper,
        include_checks=not args.no_checks,
        root_fingerprint=root_fingerprint(args, None),
    )
    try:
        result = export_file(args.db, args.plan, key, out, options, warn_as="plandesk print")
    except SignoffRefused as exc:
        raise Refused(f"{out}: {exc}") from None
    if not out.exists() or out.stat().st_size == 0:
        raise Refused(f"{out}: the PDF could not be written")
    extra = "\tfor signature" if args.for_signature else ""
    print(f"{out}\t{result.count} pages\t{args.paper}{extra}")
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
