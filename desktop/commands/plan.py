"""sample, list, dump, check and set."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from desktop.cli import Refused

from . import choose_plan, workspace


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sample", parents=[common], help="add the built-in sample plan")
    p.set_defaults(handler=cmd_sample)
    p = sub.add_parser("list", parents=[common], help="list the plans in the workspace")
    p.set_defaults(handler=cmd_list)
    p = sub.add_parser("dump", parents=[common], help="print a plan as canonical JSON")
    p.add_argument("--plan")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--with-signoffs", action="store_true")
    which.add_argument(
        "--content",
        action="store_true",
        help="only the signed content (no done marks, actuals, risk status)",
    )
    p.set_defaults(handler=cmd_dump)
    p = sub.add_parser("check", parents=[common], help="plan checks and KPI early warnings")
    p.add_argument("--plan")
    p.add_argument("--lang", choices=("en", "zh_TW", "zh_CN"), default="en")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("set", parents=[common], help="change header fields (FIELD=VALUE)")
    p.add_argument("--plan")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(handler=cmd_set)


def cmd_sample(args: argparse.Namespace) -> int:
    from desktop.models.sample import add_sample_plan

    with workspace(args.db, write=True) as ws, ws.write() as session:
        plan = add_sample_plan(session)
        print(plan.uuid)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.models import Plan

    with workspace(args.db, write=False) as ws, ws.session() as session:
        for plan in session.scalars(select(Plan).order_by(Plan.id)):
            print(f"{plan.uuid}\t{plan.year}\t{plan.revision}\t{plan.status}\t{plan.title}")
    return 0


def dump_data(session: Any, plan: Any, with_signoffs: bool) -> dict[str, Any]:
    from desktop.models.serialize import dump_plan

    data = dump_plan(plan)
    if with_signoffs:
        from desktop.signoff.records import signoff_dump

        data["workflow"] = signoff_dump(session, plan)
    return data


def cmd_dump(args: argparse.Namespace) -> int:
    from desktop.models.serialize import canonical_json, content_dump

    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        data = content_dump(plan) if args.content else dump_data(session, plan, args.with_signoffs)
        sys.stdout.write(canonical_json(data))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.models.checks import ERROR, check_plan

    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        findings = check_plan(plan, today=date.today())
        findings += _report_findings(session, plan)
        for finding in findings:
            print(finding.line(args.lang))
    return 1 if any(f.severity == ERROR for f in findings) else 0


def _report_findings(session: Any, plan: Any) -> list[Any]:
    """Months over without the monthly progress report the plan asks for (issue 29)."""
    from desktop.models.report.rhythm import missing_reports
    from desktop.operations.report_log import reports_produced

    return missing_reports(plan, reports_produced(session, plan), date.today())


def cmd_set(args: argparse.Namespace) -> int:
    from desktop.models.validate import header_value
    from desktop.operations import ConflictError, PlanLocked, run_change

    values: dict[str, Any] = {}
    for assignment in args.assignments:
        field, sep, raw = assignment.partition("=")
        if not sep:
            raise Refused(f"{assignment!r}: expected FIELD=VALUE")
        try:
            values[field.strip()] = header_value(field.strip(), raw)
        except ValueError as exc:
            raise Refused(str(exc)) from None

    def apply(_session: Any, plan: Any) -> None:
        for field, value in values.items():
            setattr(plan, field, value)

    with workspace(args.db, write=True) as ws:
        with ws.session() as session:
            plan_uuid = choose_plan(session, args.plan, args.db).uuid
        action = "set " + ", ".join(sorted(values))
        try:
            run_change(ws, plan_uuid, action, apply, tables=("plan",))
        except (PlanLocked, ConflictError) as exc:
            raise Refused(str(exc)) from None
    print(
        json.dumps(
            {k: str(v) if v is not None else None for k, v in values.items()},
            ensure_ascii=False,
            sort_keys=True,
        )
    )
    return 0
