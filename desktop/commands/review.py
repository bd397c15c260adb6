"""review export / sign / merge: sign-off by reviewers on their own machines, offline."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Refused

from . import shown, workspace
from .secrets import read_secrets

SIGN_ROLES = ("compiler", "reviewer", "approver")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("review", help="review packages for people on other machines")
    review = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    export = review.add_parser("export", parents=[common], help="write a review package")
    export.add_argument("--plan")
    export.add_argument("--out", required=True, type=Path)
    export.set_defaults(handler=cmd_export)
    sign = review.add_parser(
        "sign", help="check a package and write a signed reply (key password on stdin)"
    )
    sign.add_argument("package", type=Path)
    sign.add_argument("--role", required=True, choices=SIGN_ROLES)
    sign.add_argument("--user", required=True)
    sign.add_argument("--reject", action="store_true")
    sign.add_argument("--comment", default="")
    sign.add_argument("--trust", action="append", default=[], metavar="FINGERPRINT")
    sign.add_argument("--out", required=True, type=Path)
    sign.set_defaults(handler=cmd_sign)
    merge = review.add_parser(
        "merge", parents=[common], help="verify a reply (package or signed PDF) and record it"
    )
    merge.add_argument("reply", type=Path)
    merge.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help="accept this trust root (SHA-256 of its certificate) for this merge",
    )
    merge.set_defaults(handler=cmd_merge)


def _read(path: Path) -> bytes:
    from desktop.signoff.review import MAX_BYTES

    try:
        if not path.is_file():
            raise Refused(f"{path}: no such file")
        data = path.open("rb").read(MAX_BYTES + 1)
    except OSError as exc:
        raise Refused(f"{path}: {exc.strerror or exc}") from None
    return data


def _write(path: Path, data: bytes) -> None:
    if not path.parent.is_dir():
        raise Refused(f"{path.parent}: no such folder")
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise Refused(f"{path}: {exc.strerror or exc}") from None


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.signoff.people import SignoffRefused

    from .exporting import export_file

    if not args.out.parent.is_dir():
        raise Refused(f"{args.out.parent}: no such folder")
    try:
        result = export_file(args.db, args.plan, "review", args.out)
    except SignoffRefused as exc:
        raise Refused(f"{shown(args.db)}: {exc}") from None
    print(f"review package of {result.summary} written to {args.out}")
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from desktop.signoff.certs import CertificateError
    from desktop.signoff.keystore import KeyStoreError
    from desktop.signoff.people import SignoffRefused
    from desktop.signoff.review import sign_package

    from .keys import fingerprints

    trust = fingerprints(args.trust)
    raw = _read(args.package)
    if args.out.exists():
        raise Refused(f"{args.out} already exists; choose another file for the reply")
    (password,) = read_secrets([f"Password of {args.user}'s signing key: "])
    try:
        reply = sign_package(
            raw,
            args.role,
            args.user,
            password,
            reject=args.reject,
            comment=args.comment,
            trust=trust,
        )
    except (SignoffRefused, CertificateError, KeyStoreError) as exc:
        raise Refused(f"{args.package}: {exc}") from None
    _write(args.out, reply)
    verb = "rejection" if args.reject else "signature"
    print(f"{args.role} {verb} by {args.user} written to {args.out}: send it back to the author")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from desktop.signoff.certs import CertificateError
    from desktop.signoff.keystore import KeyStoreError
    from desktop.signoff.people import SignoffRefused
    from desktop.signoff.review import merge_file

    from .keys import fingerprints

    trust = fingerprints(args.trust)
    raw = _read(args.reply)
    if raw.startswith(b"%PDF"):  # its pages are painted again and compared (signoff/pdf_pages)
        from desktop.commands.exporting import gui_application

        app = gui_application()  # noqa: F841 - alive while painting
    with workspace(args.db, write=True) as ws:
        try:
            results = merge_file(ws, raw, trust=trust, where=str(args.reply))
        except (SignoffRefused, CertificateError, KeyStoreError) as exc:
            raise Refused(f"{args.reply}: {exc}") from None
    result = results[-1]
    print(
        f"{len(results)} sign-off(s) from {args.reply} recorded: the plan is now "
        f"{result.status}; content sha256 {result.content_hash}"
    )
    return 0
