"""The export formats, each registered once: its command-line route, its File-menu entry, its
default file name and the one function that writes it.

Importing this module loads nothing heavy (``plandesk`` builds its parser and the main window
its menus from it before the first paint); ``ExportFormat.write`` imports the writer when
called. Adding a format is one ``ExportFormat`` here plus its writer in ``writers.py``; the
walkthrough is in docs/DESIGN.md ("Adding an export format").
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store import Workspace

Progress = Callable[[float, str], None]
"""``progress(percent, text)``: may raise to stop the work (the GUI's cancel)."""


@dataclass(frozen=True)
class ExportOptions:
    """What a user may choose besides the file; the defaults are the command line's."""

    paper: str = "A4"  # PDFs: A4 or A3
    include_checks: bool = True  # PDFs: the plan-checks appendix
    root_fingerprint: str | None = None  # PDFs: the trust root printed on the cover
    team: str | None = None  # calendar: one owner team's items
    now: datetime | None = None  # workbook: the export time in its meta sheet (tests)


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, a count (pages, events...) and a summary for one line."""

    path: Path
    count: int = 0
    summary: str = ""


@dataclass(frozen=True)
class CliRoute:
    """How ``plandesk`` writes the format: ``command`` (sub-command words), the option that
    takes the output file, and a flag that selects the format (``print --for-signature``)."""

    command: tuple[str, ...]
    option: str
    flag: str = ""

    def argv(self, db: str, out: str | Path, plan: str | None = None) -> list[str]:
        """The arguments of ``plandesk`` that export to ``out``."""
        args = [*self.command, "--db", db]
        if plan:
            args += ["--plan", plan]
        args += [self.option, str(out)]
        return args + ([self.flag] if self.flag else [])


@dataclass(frozen=True)
class ExportFormat:
    """One export format. ``writer`` is ``"module:function"`` with the signature of
    ``writers.write_xlsx``; ``menu_group`` says where the File menu shows it (``views/menus``)
    and ``action`` names its QAction (``objectName``)."""

    key: str
    ext: str
    cli: CliRoute
    menu_group: str
    action: str
    writer: str
    name_suffix: str = ""  # English words after the revision in the default name
    needs_gui: bool = False  # paints with QtGui: the command line makes a QGuiApplication

    def default_name(self, title: str, year: int, revision: int, suffix: str | None = None) -> str:
        """``<title> <year> r<rev>[ <suffix>].<ext>`` (``suffix``: the translated words)."""
        return plan_file_name(
            title, year, revision, self.ext, self.name_suffix if suffix is None else suffix
        )

    def write(
        self,
        workspace: Workspace,
        plan_ref: str | int,
        path: str | Path,
        options: ExportOptions | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the plan ``plan_ref`` of ``workspace`` to ``path`` (atomically). Opens its own
        session, so it runs on the GUI's worker thread as on the command line."""
        module, _sep, function = self.writer.partition(":")
        write = getattr(importlib.import_module(module), function)
        report: Progress = progress or (lambda _p, _t: None)
        return write(workspace, plan_ref, Path(path), options or ExportOptions(), report)


WRITERS = "desktop.exchange.export.writers"

FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "xlsx",
        "xlsx",
        CliRoute(("export",), "--xlsx"),
        "excel",
        "exportExcel",
        f"{WRITERS}:write_xlsx",
    ),
    ExportFormat(
        "ics",
        "ics",
        CliRoute(("export",), "--ics"),
        "calendar_word",
        "exportCalendar",
        f"{WRITERS}:write_ics",
    ),
    ExportFormat(
        "docx",
        "docx",
        CliRoute(("export",), "--docx"),
        "calendar_word",
        "exportWord",
        f"{WRITERS}:write_docx",
        needs_gui=True,
    ),
    ExportFormat(
        "pdf",
        "pdf",
        CliRoute(("print",), "--pdf"),
        "print",
        "exportPdf",
        f"{WRITERS}:write_pdf",
        needs_gui=True,
    ),
    ExportFormat(
        "pdf_signature",
        "pdf",
        CliRoute(("print",), "--pdf", "--for-signature"),
        "print",
        "exportPdfForSignature",
        f"{WRITERS}:write_pdf_for_signature",
        name_suffix="for signature",
        needs_gui=True,
    ),
    ExportFormat(
        "review",
        "pdreview",
        CliRoute(("review", "export"), "--out"),
        "review",
        "exportReviewPackage",
        f"{WRITERS}:write_review_package",
    ),
)

BY_KEY: dict[str, ExportFormat] = {f.key: f for f in FORMATS}


def export_format(key: str) -> ExportFormat:
    """The registered format ``key`` (KeyError names the known ones)."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"no export format {key!r} (known: {', '.join(BY_KEY)})") from None


def in_group(group: str) -> list[ExportFormat]:
    """The formats the File menu shows in ``group``, in registry order."""
    return [f for f in FORMATS if f.menu_group == group]


def plan_file_name(title: str, year: int, revision: int, ext: str, suffix: str = "") -> str:
    """``社交媒體運用的年度目標計劃 2027 r1.xlsx`` (``suffix``: ``… r1 供簽署.pdf``);
    characters no file system takes are dropped."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip() or "plan"
    safe = " ".join(safe.split())
    extra = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", suffix).strip()
    return f"{safe} {year} r{revision}{' ' + extra if extra else ''}.{ext}"


def default_name(plan: Any, key: str, suffix: str | None = None) -> str:
    """The default file name of exporting ``plan`` (title, year, revision) as ``key``."""
    return export_format(key).default_name(plan.title, plan.year, plan.revision, suffix)
