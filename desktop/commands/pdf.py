"""pdf sign: a PAdES signature in a PlanDesk PDF for signature, with this user's key."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Refused

from .secrets import read_secrets

MAX_PDF = 256 * 1024 * 1024


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("pdf", help="sign a PlanDesk PDF for signature")
    pdf = p.add_subparsers(dest="pdf_command", metavar="ACTION", required=True)
    sign = pdf.add_parser(
        "sign",
        help="sign your role's field: your approval in that role (key password on stdin); "
        "to reject, or to sign with a comment, use a review package",
    )
    sign.add_argument("pdf", type=Path)
    sign.add_argument("--role", required=True, choices=("compiler", "reviewer", "approver"))
    sign.add_argument("--user", required=True)
    sign.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help="accept this trust root (and pin it) if it is not pinned yet",
    )
    sign.add_argument("--out", required=True, type=Path)
    sign.set_defaults(handler=cmd_pdf_sign)


def read_pdf(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise Refused(f"{path}: no such file")
        with path.open("rb") as handle:
            data = handle.read(MAX_PDF + 1)
    except OSError as exc:
        raise Refused(f"{path}: {exc.strerror or exc}") from None
    if len(data) > MAX_PDF:
        raise Refused(f"{path}: larger than {MAX_PDF // 2**20} MiB")
    if not data.startswith(b"%PDF"):
        raise Refused(f"{path}: not a PDF")
    return data


def cmd_pdf_sign(args: argparse.Namespace) -> int:
    from desktop.signoff.certs import CertificateError
    from desktop.signoff.pdf import sign_pdf_file
    from desktop.signoff.people import SignoffRefused

    raw = read_pdf(args.pdf)
    if args.out.exists():
        raise Refused(f"{args.out} already exists; choose another file")
    if not args.out.parent.is_dir():
        raise Refused(f"{args.out.parent}: no such folder")
    (password,) = read_secrets([f"Password of {args.user}'s signing key: "])
    try:
        signed = sign_pdf_file(raw, args.role, args.user, password, trust=args.trust)
    except (SignoffRefused, CertificateError) as exc:
        raise Refused(f"{args.pdf}: {exc}") from None
    try:
        args.out.write_bytes(signed)
    except OSError as exc:
        raise Refused(f"{args.out}: {exc.strerror or exc}") from None
    from desktop.signoff.payload import MEANINGS

    # A PDF signature says one thing: this role's approval (no comment, no rejection).
    print(f"{args.role} field signed by {args.user} ({MEANINGS[args.role]}): {args.out}")
    return 0
