"""user add / list / roles / remove, signoff and verify (key passwords are read from stdin)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Refused

from . import choose_plan, shown, workspace
from .secrets import read_secrets

ROLE_CHOICES = ("admin", "compiler", "reviewer", "approver")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", help="the people who sign in a workspace")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = users.add_parser(
        "add",
        parents=[common],
        help="enrol a person from their identity file (admin's key password on stdin)",
    )
    add.add_argument("--identity", required=True, type=Path, help="ID.pem from 'key new'")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=ROLE_CHOICES,
        help="a role; repeat for several",
    )
    add.add_argument("--admin", help="the admin who certifies them (not for the first admin)")
    add.set_defaults(handler=cmd_user_add)
    listing = users.add_parser("list", parents=[common], help="people, roles, certificates")
    listing.set_defaults(handler=cmd_user_list)
    roles = users.add_parser("roles", parents=[common], help="certify other roles for a person")
    roles.add_argument("--name", required=True)
    roles.add_argument("--role", action="append", required=True, choices=ROLE_CHOICES)
    roles.add_argument("--admin", required=True)
    roles.set_defaults(handler=cmd_user_roles)
    rekey = users.add_parser("rekey", parents=[common], help="certify a person's new key")
    rekey.add_argument("--identity", required=True, type=Path)
    rekey.add_argument("--admin", required=True)
    rekey.set_defaults(handler=cmd_user_rekey)
    remove = users.add_parser("remove", parents=[common], help="take a person off")
    remove.add_argument("--name", required=True)
    remove.add_argument("--admin", required=True)
    remove.set_defaults(handler=cmd_user_remove)
    root = users.add_parser(
        "root",
        parents=[common],
        help="print the trust root's fingerprint; --out writes its certificate",
    )
    root.add_argument("--out", type=Path, help="root.pem, to trust in a PDF reader")
    root.set_defaults(handler=cmd_user_root)
    p = sub.add_parser("signoff", parents=[common], help="sign (or reject) a plan in a role")
    p.add_argument("--plan")
    p.add_argument("--role", required=True, choices=ROLE_CHOICES[1:])
    p.add_argument("--user", required=True)
    p.add_argument("--reject", action="store_true")
    p.add_argument("--comment", default="")
    p.set_defaults(handler=cmd_signoff)
    p = sub.add_parser(
        "verify",
        parents=[common],
        help="check signatures against a pinned trust root, and the audit chain",
    )
    p.add_argument("--plan")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help="accept this trust root (SHA-256 of its certificate) for this check",
    )
    p.set_defaults(handler=cmd_verify)


def read_identity_file(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise Refused(f"{path}: no such identity file")
        return path.read_bytes()[:1_000_000]
    except OSError as exc:
        raise Refused(f"{path}: {exc.strerror or exc}") from None


def show_certification(plan: Any) -> None:
    """What is about to be certified, printed before the admin's key is asked for."""
    from desktop.signoff.certs import grouped

    print(f"certifying {plan.name} ({','.join(plan.roles)})")
    print(f"  key {grouped(plan.key_fingerprint)}", flush=True)


def cmd_user_add(args: argparse.Namespace) -> int:
    from desktop.signoff.people import SignoffRefused, count_people, enrol, preview_enrol

    identity = read_identity_file(args.identity)
    with workspace(args.db, write=True) as ws:
        with ws.session() as session:
            first = count_people(session) == 0 and not args.admin
        who = "your own key" if first else f"admin {args.admin}'s key"
        try:
            plan = preview_enrol(ws, identity, args.role)
            show_certification(plan)
            (password,) = read_secrets([f"Password of {who}: "])
            name, root = enrol(
                ws,
                identity,
                args.role,
                admin=args.admin,
                password=password,
                expected_key=plan.key_fingerprint,
            )
        except SignoffRefused as exc:
            raise Refused(f"{shown(args.db)}: {exc}") from None
    from desktop.signoff.certs import grouped

    print(f"{name}\t{','.join(plan.roles)}")
    print(f"trust root {root}" + (" (pinned for this user)" if first else ""))
    print(f"  {grouped(root)}")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    """People with the roles their certificate grants; a row that disagrees is flagged."""
    from desktop.signoff.certs import fingerprint
    from desktop.signoff.people import list_people, workspace_root
    from desktop.signoff.standing import standing

    with workspace(args.db, write=False) as ws, ws.session() as session:
        root = workspace_root(session)
        for person in list_people(session):
            found = standing(session, person, root)
            if found.legacy:
                print(f"{person.name}\t-\tlegacy, not anchored")
                continue
            roles = ",".join(found.roles) or "-"
            cert = fingerprint(found.certificate)[:16] if found.certificate else "-"
            flag = f"\tFLAGGED: {found.problem}" if found.problem is not None else ""
            print(f"{person.name}\t{roles}\t{cert}{flag}")
    return 0


def cmd_user_root(args: argparse.Namespace) -> int:
    from desktop.signoff.certs import fingerprint, grouped, to_pem
    from desktop.signoff.people import workspace_root

    with workspace(args.db, write=False) as ws, ws.session() as session:
        root = workspace_root(session)
    if root is None:
        raise Refused(f"{shown(args.db)}: no trust root yet (enrol the first admin)")
    if args.out is not None:
        if args.out.exists():
            raise Refused(f"{args.out} already exists; choose another file")
        try:
            args.out.write_text(to_pem([root]), encoding="ascii")
        except OSError as exc:
            raise Refused(f"{args.out}: {exc.strerror or exc}") from None
    print(fingerprint(root))
    print(f"  {grouped(fingerprint(root))}")
    return 0


def _admin_action(args: argparse.Namespace, action: str) -> None:
    from desktop.signoff import admin_actions as actions
    from desktop.signoff.people import SignoffRefused

    with workspace(args.db, write=True) as ws:
        try:
            if action == "remove":
                (password,) = read_secrets([f"Password of admin {args.admin}'s key: "])
                actions.remove_person(ws, args.name, admin=args.admin, password=password)
                return
            if action == "roles":
                plan = actions.preview_change_roles(ws, args.name, args.role)
            else:
                identity = read_identity_file(args.identity)
                plan = actions.preview_replace_key(ws, identity)
            show_certification(plan)
            (password,) = read_secrets([f"Password of admin {args.admin}'s key: "])
            expected = plan.key_fingerprint
            if action == "roles":
                actions.change_roles(
                    ws,
                    args.name,
                    args.role,
                    admin=args.admin,
                    password=password,
                    expected_key=expected,
                )
            else:
                actions.replace_key(
                    ws, identity, admin=args.admin, password=password, expected_key=expected
                )
        except SignoffRefused as exc:
            raise Refused(f"{shown(args.db)}: {exc}") from None


def cmd_user_roles(args: argparse.Namespace) -> int:
    _admin_action(args, "roles")
    print(f"{args.name}\t{','.join(args.role)}")
    return 0


def cmd_user_rekey(args: argparse.Namespace) -> int:
    _admin_action(args, "rekey")
    print(f"new key certified from {args.identity}")
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    _admin_action(args, "remove")
    print(f"{args.name} removed")
    return 0


def cmd_signoff(args: argparse.Namespace) -> int:
    from desktop.signoff.people import SignoffRefused
    from desktop.signoff.workflow import sign

    with workspace(args.db, write=True) as ws:
        with ws.session() as session:
            plan = choose_plan(session, args.plan, args.db)
            title, revision = plan.title, plan.revision
            uuid = plan.uuid
        (password,) = read_secrets([f"Password of {args.user}'s signing key: "])
        try:
            result = sign(
                ws, uuid, args.role, args.user, password, reject=args.reject, comment=args.comment
            )
        except SignoffRefused as exc:
            raise Refused(f"{title} revision {revision}: {exc}") from None
    verb = "rejected" if args.reject else "signed"
    print(
        f"{args.role} {verb} by {args.user}: {title} revision {revision} is now "
        f"{result.status}; content sha256 {result.content_hash}"
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.signoff.keystore import KeyStoreError
    from desktop.signoff.records import format_time
    from desktop.signoff.verify import trusted_roots, verify_plan

    from .keys import fingerprints

    try:
        trusted = trusted_roots(fingerprints(args.trust))
    except KeyStoreError as exc:
        raise Refused(str(exc)) from None
    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        title = plan.title
        report = verify_plan(session, plan, trusted=trusted)
    print(
        f"plan {report.plan_uuid} revision {report.revision} status {report.status} "
        f"content sha256 {report.content_hash}"
    )
    for version, digest in report.older_hashes.items():  # what older signatures compare with
        text = f"content sha256 {digest}" if digest else "holds fields added since: not covered"
        print(f"content version {version}: {text}")
    anchor = "pinned" if report.anchored else "NOT ANCHORED"
    print(f"trust root {report.root_fingerprint or '(none)'} {anchor}")
    for v in report.verdicts:
        cert = f"\t{v.certificate_subject}" if v.certificate_subject else ""
        print(f"{v.role}\t{v.signer}\t{format_time(v.signed_at)}\t{v.origin}\t{v.text}{cert}")
    chain = report.chain
    state = "ok" if chain.ok else f"BROKEN: {chain.problem}"
    print(f"audit chain: {state} ({chain.count} events), head {chain.head}")
    people = report.people_chain
    print(
        f"people audit chain: {'ok' if people.ok else 'BROKEN: ' + people.problem} "
        f"({people.count} events), head {people.head}"
    )
    for problem in report.problems:
        print(f"problem: {problem}")
    if not report.ok:
        raise Refused(f"{title} revision {report.revision}: " + "; ".join(report.problems))
    return 0
