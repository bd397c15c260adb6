"""export and import (Excel workbooks)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import Refused

from . import workspace, writable_output
from .calendar_word import add_export_options, other_export


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export",
        parents=[common],
        help="export a plan to an Excel workbook, a calendar or a Word file",
    )
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
    from .exporting import export_file

    export_file(args.db, args.plan, "xlsx", writable_output(Path(args.xlsx)))
    return 0


def _is_new_file(db: str) -> bool:
    from desktop.store import is_url

    return not is_url(db) and not Path(db).expanduser().exists()


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.exchange.excel.excel_import import preview, read_import
    from desktop.exchange.excel.excel_safety import ExcelRefused
    from desktop.models.plan import new_uuid
    from desktop.operations import ConflictError, PlanLocked
    from desktop.operations.import_plan import Target, apply_import, plan_target

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
        if args.dry_run:  # a dry run shows every problem, not only the first
            for problem in result.errors:
                print(f"error: {path.name}: {problem.text()}")
        raise Refused(result.refusal())
    if args.dry_run:
        if _is_new_file(args.db):  # nothing to open, and a dry run creates nothing
            folder = Path(args.db).expanduser().resolve().parent
            if not folder.is_dir():
                raise Refused(f"{args.db}: the folder {folder} does not exist")
            target = Target(
                "create",
                None,
                result.data["plan"].get("uuid") or new_uuid(),
                result.data["plan"].get("revision") or 1,
            )
            print(f"would create the workspace {args.db}")
        else:
            with workspace(args.db, write=False) as ws, ws.session() as session:
                target = plan_target(session, result.data)
        print("would " + target.describe(result.data["plan"]["title"]))
        for diff in preview(target.old, result.data):
            print(diff.line())
        return 0
    with workspace(args.db, write=True) as ws:
        try:
            _target, uuid = apply_import(ws, result)
        except (ExcelRefused, PlanLocked, ConflictError, ValueError, LookupError) as exc:
            raise Refused(f"{path.name}: {exc}") from None
    print(uuid)
    return 0
