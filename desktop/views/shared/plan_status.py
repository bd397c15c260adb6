"""The name of a plan's workflow status in the UI language, one table for every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str) -> str:
    """``draft`` -> "Draft" / 草稿 …; an unknown status is shown as it is."""
    names = {
        "draft": QCoreApplication.translate("PlanStatus", "Draft"),
        "in_review": QCoreApplication.translate("PlanStatus", "In review"),
        "reviewed": QCoreApplication.translate("PlanStatus", "Reviewed"),
        "approved": QCoreApplication.translate("PlanStatus", "Approved"),
    }
    return names.get(status, status)
