"""File ▸ Export calendar… (.ics of the plan's occurrences) and Export Word… (.docx).

Both are formats of the export registry, written by ``export_actions`` with the same writers as
``plandesk export --ics/--docx``. The calendar's team is asked by ``export_actions.ask_team``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def export_calendar(window: MainWindow) -> Path | None:
    """File ▸ Export calendar…: the registry's "ics" format (asks the team first)."""
    from desktop.views.files.export_actions import export_format

    return export_format(window, "ics")


def export_word(window: MainWindow) -> Path | None:
    """File ▸ Export Word…: the registry's "docx" format, built on the background runner."""
    from desktop.views.files.export_actions import export_format

    return export_format(window, "docx")
