"""load (team load per ISO week), forecast (year-end KPI forecasts) and diff (what changed
between two revisions). All three only read the workspace."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli import Refused

from . import choose_plan, workspace


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("load", parents=[common], help="plan items per team per ISO week")
    p.add_argument("--plan")
    p.add_argument("--team", metavar="NAME", help="only this owner team")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_load)
    p = sub.add_parser("forecast", parents=[common], help="year-end forecast of every KPI")
    p.add_argument("--plan")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_forecast)
    p = sub.add_parser("diff", parents=[common], help="what changed between two revisions")
    p.add_argument("--plan")
    p.add_argument("--from", dest="from_rev", type=int, metavar="REV")
    p.add_argument("--to", dest="to_rev", type=int, metavar="REV")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "zh_TW", "zh_CN"), default="en")
    p.set_defaults(handler=cmd_diff)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def cmd_load(args: argparse.Namespace) -> int:
    from desktop.models.team_load import plan_load, team_limits

    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        limits = team_limits(plan)
        if args.team is not None and args.team not in limits:
            known = "、".join(limits) or "none"
            raise Refused(f"--team {args.team}: no such owner team in the plan (teams: {known})")
        loads = plan_load(plan, args.team)
    if args.json:
        sys.stdout.write(_dumps({"weeks": [w.as_json() for w in loads]}))
        return 0
    for w in loads:
        limit = limits.get(w.team)
        over = f"\tabove limit {limit}" if limit is not None and w.count > limit else ""
        print(f"{w.week}\t{w.team}\t{w.count}\t{', '.join(w.items)}{over}")
    return 0


def forecast_line(f: Any) -> str:
    from desktop.models.forecast import NOT_POSITIVE, TOO_FEW, format_number

    target = format_number(f.target)
    unit = f" {f.unit}" if f.unit and f.kind != "growth" else ""
    head = f"{f.code}\t{f.kind}\ttarget {target}{unit}\tactuals {f.points}"
    if f.reason == TOO_FEW:
        return f"{head}\ttoo few actuals (a forecast needs 3)"
    if f.reason == NOT_POSITIVE:
        return f"{head}\tno forecast (a growth KPI needs volumes above zero)"
    projected = (
        f"projected {format_number(f.projected)}{unit} "
        f"(80 % range {format_number(f.low)}–{format_number(f.high)})"
    )
    chance = "no target" if f.chance is None else f"{round(f.chance * 100)} % chance"
    return f"{head}\t{projected}\t{chance}"


def cmd_forecast(args: argparse.Namespace) -> int:
    from desktop.models.forecast import plan_forecasts

    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        forecasts = plan_forecasts(plan)
    if args.json:
        sys.stdout.write(_dumps({"kpis": [f.as_json() for f in forecasts]}))
        return 0
    for f in forecasts:
        print(forecast_line(f))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from desktop.exchange.plan_diff import NoRevision, default_base, revision_changes, revision_of

    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        try:
            new = revision_of(session, plan, args.to_rev) if args.to_rev else plan
            old = (
                revision_of(session, plan, args.from_rev)
                if args.from_rev
                else default_base(session, new)
            )
        except NoRevision as exc:
            raise Refused(str(exc)) from None
        changes = revision_changes(session, old, new)
        span = (old.revision, new.revision)
    if args.json:
        payload = {
            "from": span[0],
            "to": span[1],
            "changes": [c.as_json(args.lang) for c in changes],
        }
        sys.stdout.write(_dumps(payload))
        return 0
    print(f"revision {span[0]} → {span[1]}: {len(changes)} changes")
    for change in changes:
        print(change.line(args.lang))
    return 0
