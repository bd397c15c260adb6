"""Why a control is read-only, in the UI language: shown on the control, never discovered.

A plan in review or approved keeps its signed content read-only; its tracking data (done
marks, KPI actuals, risk status and review date) stays editable. The operations layer
enforces this (``desktop.operations.tracking``); the screens disable what it would refuse and
say why with ``lock_reason``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

LOCKED_STYLE = "background: palette(alternate-base); color: palette(placeholder-text);"


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanLock", text)


def status_text(status: str) -> str:
    return {
        "in_review": _t("in review"),
        "reviewed": _t("reviewed"),
        "approved": _t("approved"),
    }.get(status, status)


def lock_reason(plan: Any, read_only: bool) -> str:
    """'' when the plan's signed content can change, else the reason (names the plan by
    title and revision)."""
    if read_only:
        return _t("The workspace is open read-only: nothing can be changed.")
    if plan is None or not plan.is_locked:
        return ""
    return _t(
        "“{0}” revision {1} is {2}: its signed content is read-only. Make a new "
        "revision (Sign-off screen) to change it; done marks, KPI actuals and risk "
        "status / review dates can still be recorded."
    ).format(plan.title, plan.revision, status_text(plan.status))


def lock_widgets(widgets: list[Any], reason: str) -> None:
    """Disable ``widgets`` (widgets or QActions) with ``reason`` as their tooltip, or enable
    them again with the tooltip they had before."""
    for widget in widgets:
        own = widget.property("ownToolTip")
        if own is None:
            own = widget.toolTip()
            widget.setProperty("ownToolTip", own)
        widget.setEnabled(not reason)
        widget.setToolTip(reason or own)
