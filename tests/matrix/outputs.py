"""Every output of a plan, run as a user runs it (``plandesk …``, in this process to keep the
matrix fast), with a check of what it wrote and, where refusing is right, the one-line reason.

An output is ``Output(name, run, refused)``: ``run(built, folder)`` calls the command and checks
its file; ``refused(built)`` is the reason expected for a state where the output must be refused
(None: it must succeed). Adding an output is one line in ``OUTPUTS``.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.cli import main

from .conftest import Built

# the states whose plan has sign-off records (a rejection is one)
SIGNED = ("in_review", "reviewed", "approved", "rejected", "approved_real_actuals")


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str


def plandesk(*args: str) -> Ran:
    """``plandesk ARGS`` in this process; PLANDESK_DEBUG (set by the tests) turns an
    unforeseen error into its traceback instead of a one-line "unexpected error"."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Ran(code, out.getvalue(), err.getvalue())


def ok(ran: Ran, what: str) -> Ran:
    assert ran.code == 0, f"{what}: exit {ran.code}: {ran.stderr}"
    return ran


def plan_args(built: Built) -> tuple[str, ...]:
    return ("--db", built.db, "--plan", built.uuid)


# ----- the outputs -------------------------------------------------------------------------------
def dump(built: Built, _folder: Path) -> Ran:
    ran = ok(plandesk("dump", *plan_args(built)), "dump")
    data = json.loads(ran.stdout)
    assert data["plan"]["uuid"] == built.uuid and "status" not in data["plan"]
    return ran


def dump_with_signoffs(built: Built, _folder: Path) -> Ran:
    ran = ok(plandesk("dump", *plan_args(built), "--with-signoffs"), "dump --with-signoffs")
    workflow = json.loads(ran.stdout)["workflow"]
    assert workflow["status"] == built.state.status, workflow["status"]
    assert bool(workflow["signoffs"]) == (built.state.name in SIGNED), workflow["signoffs"]
    return ran


def dump_content(built: Built, _folder: Path) -> Ran:
    ran = ok(plandesk("dump", *plan_args(built), "--content"), "dump --content")
    data = json.loads(ran.stdout)
    kpis = [k for goal in data["goals"] for k in goal["kpis"]]
    subtasks = [s for task in data["tasks"] for s in task["subtasks"]]
    assert all("actuals" not in k for k in kpis) and all("done" not in s for s in subtasks)
    assert all("status" not in r and "review_on" not in r for r in data["risks"])
    return ran


def xlsx_round_trip(built: Built, folder: Path) -> Ran:
    """Export, import into an empty workspace: the same canonical dump."""
    book = folder / "plan.xlsx"
    ok(plandesk("export", *plan_args(built), "--xlsx", str(book)), "export --xlsx")
    fresh = str(folder / "imported.sqlite")
    ran = ok(plandesk("import", "--db", fresh, "--xlsx", str(book)), "import --xlsx")
    original = plandesk("dump", *plan_args(built)).stdout
    assert plandesk("dump", "--db", fresh).stdout == original, "the round trip changed the dump"
    return ran


def pdf(built: Built, folder: Path) -> Ran:
    out = folder / "plan.pdf"
    ran = ok(plandesk("print", *plan_args(built), "--pdf", str(out)), "print --pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    return ran


def pdf_for_signature(built: Built, folder: Path) -> Ran:
    from desktop.exchange.pdf.pdf_signing import plan_info

    out = folder / "for-signature.pdf"
    ran = plandesk("print", *plan_args(built), "--pdf", str(out), "--for-signature")
    if ran.code == 0:
        info = plan_info(out.read_bytes())
        assert info["plan_uuid"] == built.uuid, info
    return ran


def pdf_for_signature_refused(built: Built) -> str | None:
    """Nothing is left to sign on an approved revision; demo actuals can never be signed."""
    if built.state.name in ("approved", "approved_real_actuals"):
        return "is approved and locked: it cannot be signed again"
    if built.state.name == "demo_actuals":
        return "demo KPI actuals (generated, not measured): they cannot be signed"
    return None


def docx(built: Built, folder: Path) -> Ran:
    import docx as python_docx

    out = folder / "plan.docx"
    ran = ok(plandesk("export", *plan_args(built), "--docx", str(out)), "export --docx")
    document = python_docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert document.paragraphs and text.strip()
    return ran


def ics(built: Built, folder: Path) -> Ran:
    from icalendar import Calendar

    out = folder / "plan.ics"
    ran = ok(plandesk("export", *plan_args(built), "--ics", str(out)), "export --ics")
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert ran.stdout.endswith(f"\t{len(events)} events\n")
    if "://" not in built.db:  # a SQLite file is read without the ORM: the ORM path's bytes
        from desktop.store.calendar_read import read_calendar_file

        assert read_calendar_file(built.db, built.uuid).lineage  # the fast path takes it
        orm = folder / "plan_orm.ics"
        url = ("--db", f"sqlite:///{built.db}", "--plan", built.uuid)
        ok(plandesk("export", *url, "--ics", str(orm)), "export --ics (ORM path)")
        stamped = re.compile(rb"^(DTSTAMP|LAST-MODIFIED|SEQUENCE):.*$", re.M)
        assert stamped.sub(b"", out.read_bytes()) == stamped.sub(b"", orm.read_bytes())
    return ran


def review_package(built: Built, folder: Path) -> Ran:
    from desktop.signoff.review import read_package

    out = folder / "plan.pdreview"
    ran = plandesk("review", "export", *plan_args(built), "--out", str(out))
    if ran.code == 0:
        assert read_package(out.read_bytes()).plan["uuid"] == built.uuid
    return ran


def review_refused(built: Built) -> str | None:
    """A review package carries the signatures and certificates: no trust root, no package."""
    return None if built.state.people else "the workspace has no trust root"


def load(built: Built, _folder: Path) -> Ran:
    ran = ok(plandesk("load", *plan_args(built), "--json"), "load --json")
    weeks = json.loads(ran.stdout)["weeks"]
    assert all(w["count"] == len(w["items"]) > 0 for w in weeks)
    return ran


def forecast(built: Built, _folder: Path) -> Ran:
    ran = ok(plandesk("forecast", *plan_args(built), "--json"), "forecast --json")
    for kpi in json.loads(ran.stdout)["kpis"]:
        chance = kpi["chance"]
        assert chance is None or 0.05 <= chance <= 0.95, kpi
    return ran


def diff(built: Built, _folder: Path) -> Ran:
    return plandesk("diff", *plan_args(built), "--json")


def diff_refused(built: Built) -> str | None:
    """A first revision has nothing to compare with."""
    return None if built.state.name == "revision_2" else "has one revision only"


@dataclass(frozen=True)
class Output:
    name: str
    run: Callable[[Built, Path], Ran]
    refused: Callable[[Built], str | None] = lambda _built: None


OUTPUTS: tuple[Output, ...] = (
    Output("dump", dump),
    Output("dump_with_signoffs", dump_with_signoffs),
    Output("dump_content", dump_content),
    Output("xlsx_round_trip", xlsx_round_trip),
    Output("pdf", pdf),
    Output("pdf_for_signature", pdf_for_signature, pdf_for_signature_refused),
    Output("docx", docx),
    Output("ics", ics),
    Output("review_package", review_package, review_refused),
    Output("load", load),
    Output("forecast", forecast),
    Output("diff", diff, diff_refused),
)
