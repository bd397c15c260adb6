"""``plandesk export --ics`` (calendar of occurrences) and ``--docx`` (the plan in Word).

The ``export`` sub-command lives in ``commands/excel.py``; it takes exactly one of --xlsx,
--ics and --docx and hands the last two to ``other_export``. Both only read the workspace.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import Refused


def add_export_options(
    parser: argparse.ArgumentParser, outputs: argparse._MutuallyExclusiveGroup
) -> None:
    outputs.add_argument(
        "--ics", metavar="OUT.ics", help="the plan's occurrences as an iCalendar file"
    )
    outputs.add_argument("--docx", metavar="OUT.docx", help="the plan document as a Word file")
    parser.add_argument(
        "--team", metavar="NAME", help="with --ics: only the items of this owner team"
    )


def _target(raw: str) -> Path:
    out = Path(raw)
    if not out.parent.is_dir():
        raise Refused(f"{out}: the folder {out.parent} does not exist")
    return out


def other_export(args: argparse.Namespace) -> int:
    if args.team is not None and not args.ics:
        print("plandesk export: error: --team goes with --ics only", file=sys.stderr)
        return 2
    if args.ics:
        return export_ics(args)
    return export_docx(args)


def export_ics(args: argparse.Namespace) -> int:
    from desktop.exchange.calendar_ics import UnknownTeam
    from desktop.exchange.export.atomic import save_bytes
    from desktop.exchange.export.registry import ExportOptions

    from .exporting import export_file

    out = _target(args.ics)
    calendar = _fast_calendar(args.db, args.plan, args.team)
    if calendar is not None:  # the same bytes as the registry's writer, without SQLAlchemy
        data, count = calendar
        try:
            save_bytes(out, data)
        except OSError as exc:
            raise Refused(f"{out}: cannot write ({exc.strerror or exc})") from None
        print(f"{out}\t{count} events")
        return 0
    try:
        result = export_file(args.db, args.plan, "ics", out, ExportOptions(team=args.team))
    except UnknownTeam as exc:
        raise Refused(str(exc)) from None
    print(f"{out}\t{result.count} events")
    return 0


def _fast_calendar(db: str | None, plan: str | None, team: str | None) -> tuple[bytes, int] | None:
    """The calendar of a current SQLite workspace file read without SQLAlchemy (the same
    bytes as the ORM path; ``store.calendar_read``), or None: a URL, an older schema, no
    single plan, an unknown team... take the normal path, which refuses or reads as before."""
    if db is None or "://" in db:
        return None
    from desktop.exchange.calendar_ics import UnknownTeam
    from desktop.exchange.calendar_ics_text import records_bytes
    from desktop.store.board_read import FastReadError
    from desktop.store.calendar_read import read_calendar_file

    try:
        return records_bytes(read_calendar_file(db, plan), team=team)
    except (FastReadError, UnknownTeam):
        return None


def export_docx(args: argparse.Namespace) -> int:
    from .exporting import export_file

    out = _target(args.docx)
    result = export_file(args.db, args.plan, "docx", out, warn_as="plandesk export")
    print(f"{out}\t{result.summary}")
    return 0
