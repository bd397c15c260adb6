"""user add / user list, signoff and verify (passwords are read from stdin)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from desktop.cli import Refused

from . import choose_plan, shown, workspace

ROLE_CHOICES = ("admin", "compiler", "reviewer", "approver")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", help="manage the people who sign")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = users.add_parser("add", parents=[common], help="add a person (password on stdin)")
    add.add_argument("--name", required=True)
    add.add_argument("--role", action="append", required=True, choices=ROLE_CHOICES,
                     help="a role; repeat for several")  # fmt: skip
    add.add_argument("--admin", help="the admin who allows it (their password follows on stdin)")
    add.set_defaults(handler=cmd_user_add)
    listing = users.add_parser("list", parents=[common], help="list people and their roles")
    listing.set_defaults(handler=cmd_user_list)
    p = sub.add_parser("signoff", parents=[common], help="sign (or reject) a plan in a role")
    p.add_argument("--plan")
    p.add_argument("--role", required=True, choices=ROLE_CHOICES[1:])
    p.add_argument("--user", required=True)
    p.add_argument("--reject", action="store_true")
    p.add_argument("--comment", default="")
    p.set_defaults(handler=cmd_signoff)
    p = sub.add_parser("verify", parents=[common], help="check signatures and the audit chain")
    p.add_argument("--plan")
    p.set_defaults(handler=cmd_verify)


def read_passwords(prompts: list[str]) -> list[str]:
    """One password per line from stdin (prompted without echo on a terminal)."""
    if sys.stdin.isatty():
        return [getpass.getpass(prompt) for prompt in prompts]
    lines = sys.stdin.read().splitlines()
    return [lines[i] if i < len(lines) else "" for i in range(len(prompts))]


def cmd_user_add(args: argparse.Namespace) -> int:
    from desktop.signoff.people import SignoffRefused, add_person, count_people

    with workspace(args.db, write=True) as ws:
        with ws.session() as session:
            first = count_people(session) == 0
        prompts = [f"Password for {args.name}: "]
        if not first:
            prompts.append(f"Password of admin {args.admin or '?'}: ")
        passwords = read_passwords(prompts)
        if not passwords[0]:
            raise Refused("no password given on stdin for the new person")
        try:
            add_person(ws, args.name, args.role, passwords[0], admin=args.admin,
                       admin_password=passwords[1] if len(passwords) > 1 else None)  # fmt: skip
        except SignoffRefused as exc:
            raise Refused(f"{shown(args.db)}: {exc}") from None
        with ws.session() as session:
            from desktop.signoff.people import find_person

            person = find_person(session, args.name)
            assert person is not None
            print(f"{person.name}\t{person.roles}")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from desktop.signoff.people import list_people

    with workspace(args.db, write=False) as ws, ws.session() as session:
        for person in list_people(session):
            print(f"{person.name}\t{person.roles}\t{person.public_key.hex()[:16]}")
    return 0


def cmd_signoff(args: argparse.Namespace) -> int:
    from desktop.signoff.people import SignoffRefused
    from desktop.signoff.workflow import sign

    with workspace(args.db, write=True) as ws:
        with ws.session() as session:
            plan = choose_plan(session, args.plan, args.db)
            uuid, revision = plan.uuid, plan.revision
        (password,) = read_passwords([f"Password for {args.user}: "])
        try:
            result = sign(ws, uuid, args.role, args.user, password, reject=args.reject,
                          comment=args.comment)  # fmt: skip
        except SignoffRefused as exc:
            raise Refused(f"plan {uuid[:8]} revision {revision}: {exc}") from None
    verb = "rejected" if args.reject else "signed"
    print(f"{args.role} {verb} by {args.user}: plan {uuid[:8]} revision {revision} is now "
          f"{result.status}; content sha256 {result.content_hash}")  # fmt: skip
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.signoff.records import format_time
    from desktop.signoff.verify import verify_plan

    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        report = verify_plan(session, plan)
    print(f"plan {report.plan_uuid} revision {report.revision} status {report.status} "
          f"content sha256 {report.content_hash}")  # fmt: skip
    for v in report.verdicts:
        print(f"{v.role}\t{v.signer}\t{format_time(v.signed_at)}\t{v.text}")
    chain = report.chain
    state = "ok" if chain.ok else f"BROKEN: {chain.problem}"
    print(f"audit chain: {state} ({chain.count} events), head {chain.head}")
    people = report.people_chain
    print(f"people audit chain: {'ok' if people.ok else 'BROKEN: ' + people.problem} "
          f"({people.count} events), head {people.head}")  # fmt: skip
    for problem in report.problems:
        print(f"problem: {problem}")
    if not report.ok:
        raise Refused(f"plan {report.plan_uuid[:8]}: " + "; ".join(report.problems))
    return 0
