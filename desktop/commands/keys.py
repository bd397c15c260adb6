"""key new / key list: this user's personal signing keys (never in a workspace)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Refused, UsageError

from .secrets import read_secrets


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("key", help="this user's personal signing keys")
    keys = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    new = keys.add_parser(
        "new", help="create a signing key (new password on stdin) and write its identity file"
    )
    new.add_argument("--name", required=True, help="your name as plans name you")
    new.add_argument("--out", required=True, type=Path, help="identity file to write (ID.pem)")
    new.set_defaults(handler=cmd_key_new)
    listing = keys.add_parser("list", help="fingerprint and name of each key")
    listing.set_defaults(handler=cmd_key_list)
    p12 = keys.add_parser(
        "export-p12",
        help="your digital ID (.p12) for a PDF reader; stdin: "
        "key password, then a password for the .p12",
    )
    p12.add_argument("--user", required=True)
    p12.add_argument("--out", required=True, type=Path)
    p12.set_defaults(handler=cmd_export_p12)
    trust = keys.add_parser(
        "trust", help="pin a trust root for this user (compare its fingerprint with your admin's)"
    )
    trust.add_argument("fingerprint", metavar="FINGERPRINT", help="SHA-256 of the root (hex)")
    trust.add_argument("--label", default="", help="a name for it in your list of roots")
    trust.set_defaults(handler=cmd_key_trust)


def fingerprints(values: list[str], option: str = "--trust") -> list[str]:
    """Each ``--trust`` value as 64 hex digits; a wrongly formatted one is a usage error."""
    from desktop.signoff.certs import CertificateError, normalise_fingerprint

    try:
        return [normalise_fingerprint(v) for v in values]
    except CertificateError as exc:
        raise UsageError(f"{option}: {exc}") from None


def cmd_key_trust(args: argparse.Namespace) -> int:
    """Pin a root: what the GUI's "Accept this root…" does."""
    from desktop.signoff.certs import grouped
    from desktop.signoff.keystore import KeyStore, KeyStoreError

    (fp,) = fingerprints([args.fingerprint], "FINGERPRINT")
    label = " ".join(args.label.split()) or "accepted with 'plandesk key trust'"
    store = KeyStore()
    try:
        known = fp in store.pinned()
        store.pin(fp, label)
    except (KeyStoreError, OSError) as exc:
        raise Refused(str(exc)) from None
    print(f"{fp}\t{label}")
    print(f"  {grouped(fp)}")
    print("already pinned for this user" if known else "pinned for this user")
    return 0


def cmd_key_new(args: argparse.Namespace) -> int:
    from desktop.models.people import Person
    from desktop.models.validate import entity_text
    from desktop.signoff.certs import grouped, to_pem
    from desktop.signoff.keystore import KeyStore, KeyStoreError

    try:
        name = entity_text(Person, "name", args.name, required=True)
    except ValueError as exc:
        raise Refused(str(exc)) from None
    out: Path = args.out
    if out.exists():
        raise Refused(f"{out} already exists; choose another file for the identity")
    if not out.parent.is_dir():
        raise Refused(f"{out.parent}: no such folder")
    (password,) = read_secrets([f"New password for {name}'s key: "], confirm_first=True)
    try:
        key = KeyStore().create(name, password)
    except KeyStoreError as exc:
        raise Refused(str(exc)) from None
    try:
        out.write_text(to_pem([key.identity]), encoding="ascii")
    except OSError as exc:
        key.path.unlink(missing_ok=True)
        raise Refused(f"{out}: {exc.strerror or exc}") from None
    print(f"{key.fingerprint}\t{key.name}")
    print(f"  {grouped(key.fingerprint)}")
    print(f"identity written to {out}: give it to your admin; the key stays in {key.path.parent}")
    return 0


def cmd_key_list(args: argparse.Namespace) -> int:
    from desktop.signoff.keystore import KeyStore

    for key in KeyStore().list_keys():
        print(f"{key.fingerprint}\t{key.name}")
    return 0


def cmd_export_p12(args: argparse.Namespace) -> int:
    from desktop.exchange.pdf.pdf_signing import PdfSigningError, export_p12
    from desktop.signoff.keystore import KeyStore, KeyStoreError

    store = KeyStore()
    out: Path = args.out
    if out.exists():
        raise Refused(f"{out} already exists; choose another file")
    try:
        stored = store.find(name=args.user)
    except KeyStoreError as exc:
        raise Refused(str(exc)) from None
    if not stored.issued:
        raise Refused(
            f"no workspace has certified {stored.name}'s key yet (sign once in "
            "PlanDesk or a review package, or ask your admin to enrol you)"
        )
    chain = list(stored.issued.values())[-1]
    key_password, p12_password = read_secrets(
        [f"Password of {args.user}'s signing key: ", "Password for the .p12 file: "]
    )
    try:
        key = store.open(stored, key_password)
        data = export_p12(key, chain[0], chain[1:], p12_password)
    except (KeyStoreError, PdfSigningError) as exc:
        raise Refused(str(exc)) from None
    try:
        out.write_bytes(data)
        out.chmod(0o600)
    except OSError as exc:
        raise Refused(f"{out}: {exc.strerror or exc}") from None
    print(f"digital ID of {stored.name} written to {out} (import it into your PDF reader)")
    return 0
