"""``plandesk rollover``: a draft plan for another year made from this one."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli import Refused

from . import choose_plan, workspace


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "rollover",
        parents=[common],
        help="a draft plan for YEAR from this one (no tracking data, no sign-offs); prints its id",
    )
    p.add_argument("--plan")
    p.add_argument("--year", required=True, help="the new plan's year, e.g. 2028")
    p.add_argument(
        "--lang",
        choices=("en", "zh_TW", "zh_CN"),
        default="en",
        help="language of the plan-check lines on stderr",
    )
    p.set_defaults(handler=cmd_rollover)


def cmd_rollover(args: argparse.Namespace) -> int:
    from desktop.models.validate import parse_year
    from desktop.operations.rollover import roll_over

    try:
        year = parse_year(args.year, "--year")
    except ValueError as exc:
        raise Refused(str(exc)) from None
    with workspace(args.db, write=True) as ws:
        with ws.session() as session:
            plan_uuid = choose_plan(session, args.plan, args.db).uuid
        try:
            result = roll_over(ws, plan_uuid, year)
        except (ValueError, LookupError) as exc:
            raise Refused(str(exc)) from None
    for finding in result.findings:  # the checks, re-run for the new year's calendar
        print(f"check: {finding.line(args.lang)}", file=sys.stderr)
    print(result.uuid)
    return 0
