"""The print settings (Settings ▸ Print the plan checks appendix, Print on A3 paper).

Separate from ``print_actions`` so that the Settings menu shows them without loading the
document stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

KEY_CHECKS = "print/include_checks"
KEY_PAPER = "print/paper"


def include_checks(window: MainWindow) -> bool:
    value = window.ctx.settings.value(KEY_CHECKS, True)
    return value not in (False, "false", "0", 0)


def paper(window: MainWindow) -> str:
    return "A3" if window.ctx.settings.value(KEY_PAPER, "A4") == "A3" else "A4"
