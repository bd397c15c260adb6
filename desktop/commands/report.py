"""``plandesk report``: the progress report of a period (月度進度報告, 季度工作總結報告, 年度評估).

``--json`` only reads the workspace. ``--pdf`` and ``--docx`` write the report, then record in
the plan's audit trail that the report for that period was produced (``check`` warns about a
month that is over without one); recording changes nothing in the plan itself. A workspace
that cannot take the record (open in PlanDesk, read-only) still gets its report, with a
warning.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import Refused

from . import choose_plan, workspace, writable_output


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="the progress report of a month, quarter or year (PDF, Word or JSON)",
    )
    p.add_argument("--plan")
    p.add_argument("--period", required=True, help="2027-03 (month), 2027-Q1 or 2027 (year)")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", metavar="OUT.pdf")
    out.add_argument("--docx", metavar="OUT.docx")
    out.add_argument("--json", action="store_true", help="the report's data on stdout")
    p.add_argument(
        "--lang",
        choices=("en", "zh_TW", "zh_CN"),
        help="language of the PDF or Word report (default: the plan's language)",
    )
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="the report's day (default: today)")
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.models.report import build_report, parse_period
    from desktop.models.serialize import canonical_json
    from desktop.models.validate import parse_date
    from desktop.operations.report_log import preload, risk_status_changes

    try:
        today = parse_date(args.as_of, "--as-of") if args.as_of else date.today()
    except ValueError as exc:
        raise Refused(str(exc)) from None
    fmt = "pdf" if args.pdf else "docx" if args.docx else "json"
    out = writable_output(Path(args.pdf or args.docx)) if fmt != "json" else None
    if out is not None:
        from .exporting import gui_application

        app = gui_application()  # noqa: F841 - the PDF is painted with QtGui
    with workspace(args.db, write=False) as ws, ws.session() as session:
        plan = choose_plan(session, args.plan, args.db)
        try:
            period = parse_period(args.period, plan.year)
        except ValueError as exc:
            raise Refused(str(exc)) from None
        preload(session, plan)
        report = build_report(
            plan,
            period,
            today,
            risk_changes=risk_status_changes(session, plan),
            fingerprint=out is not None,
        )
        if out is None:
            sys.stdout.write(canonical_json(report.to_json()))
            return 0
        lang = args.lang or plan.language
        plan_uuid = plan.uuid
    try:
        summary = _write(report, out, fmt, lang)
    except OSError as exc:
        raise Refused(f"{out}: cannot write ({exc.strerror or exc})") from None
    _record(args.db, plan_uuid, period.key, fmt)
    print(f"{out}\t{summary}")
    return 0


def _record(db: str, plan_uuid: str, period: str, fmt: str) -> None:
    """Record that the report was produced; a workspace that cannot take it (open in
    PlanDesk, read-only) keeps the report, with a warning that ``check`` will not see it."""
    from desktop.operations.report_log import record_report
    from desktop.store import WorkspaceError, WorkspaceLocked, open_workspace

    try:
        ws = open_workspace(db)
    except (WorkspaceError, WorkspaceLocked) as exc:
        print(f"plandesk report: warning: not recorded as produced ({exc})", file=sys.stderr)
        return
    try:
        record_report(ws, plan_uuid, period, fmt)
    finally:
        ws.close()


def _write(report: Any, out: Path, fmt: str, lang: str) -> str:
    if fmt == "pdf":
        from desktop.exchange.report.report_pdf import write_report_pdf

        return write_report_pdf(report, out, lang)
    from desktop.exchange.report.report_docx import write_report_docx

    return write_report_docx(report, out, lang)
