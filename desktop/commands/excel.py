"""export and import (Excel workbooks)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import Refused

from . import choose_plan, workspace
from .calendar_word import add_export_options, other_export


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common],
                       help="export a plan to an Excel workbook, a calendar or a Word file")  # fmt: skip
    p.add_argument("--plan")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--xlsx", metavar="OUT.xlsx")
    add_export_options(p, out)
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("import", parents=[common], help="import a plan from an Excel workbook")
    p.add_argument("--xlsx", required=True, metavar="IN.xlsx")
    p.add_argument("--dry-run", action="store_true", help="print what would change and stop")
    p.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    if not args.xlsx or args.team is not None:
        return other_export(args)  # --ics, --docx (and --team, which goes with --ics only)
    from desktop.exchange.excel_export import export_plan

    out = Path(args.xlsx)
    if not out.parent.is_dir():
        raise Refused(f"{out}: the folder {out.parent} does not exist")
    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        try:
            export_plan(session, plan, out)
        except OSError as exc:
            raise Refused(f"{out}: cannot write ({exc.strerror or exc})") from None
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.exchange.excel_import import apply_import, plan_target, preview, read_import
    from desktop.exchange.excel_safety import ExcelRefused
    from desktop.operations import ConflictError, PlanLocked

    path = Path(args.xlsx)
    if not path.is_file():
        raise Refused(f"{path}: no such file")
    try:
        result = read_import(path)
    except ExcelRefused as exc:
        raise Refused(str(exc)) from None
    for problem in result.warnings:
        print(f"warning: {path.name}: {problem.text()}", file=sys.stderr)
    if result.data is None:
        raise Refused(result.refusal())
    with workspace(args.db, write=not args.dry_run) as ws:
        if args.dry_run:
            with ws.session() as session:
                target = plan_target(session, result.data)
            print("would " + target.describe(result.data["plan"]["title"]))
            for diff in preview(target.old, result.data):
                print(diff.line())
            return 0
        try:
            _target, uuid = apply_import(ws, result)
        except (ExcelRefused, PlanLocked, ConflictError, ValueError, LookupError) as exc:
            raise Refused(f"{path.name}: {exc}") from None
    print(uuid)
    return 0
