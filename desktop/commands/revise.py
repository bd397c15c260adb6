"""``plandesk revise``: start revision N+1 of an approved (or rejected) plan as a draft."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli import Refused

from . import choose_plan, shown, workspace


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "revise",
        parents=[common],
        help="start revision N+1 of an approved (or rejected) plan as a draft; the approved "
        "revision stays as it was; prints the new revision number",
    )
    p.add_argument("--plan")
    p.set_defaults(handler=cmd_revise)


def cmd_revise(args: argparse.Namespace) -> int:
    from desktop.operations.revise import revise

    with workspace(args.db, write=True) as ws:
        with ws.session() as session:
            plan = choose_plan(session, args.plan, args.db)
            plan_uuid, title = plan.uuid, plan.title
        try:
            revised = revise(ws, plan_uuid)
        except (ValueError, LookupError) as exc:
            raise Refused(f"{shown(args.db)}: “{title}”: {exc}") from None
    print(revised.revision)
    return 0
