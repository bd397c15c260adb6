"""What the Excel import preview says loudly: items the import removes, and a workbook
exported before the plan's last change (importing it would undo that change)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTableWidget, QWidget
from sqlalchemy import func, select

from desktop.models import AuditEvent, Plan

REMOVED_COLOR = "#b02a37"


def removals_label(parent: QWidget, diffs: list[Any]) -> QLabel | None:
    """A red line naming how many items the import removes (None when it removes none)."""
    count = sum(len(d.removed) for d in diffs)
    if not count:
        return None
    label = QLabel(
        parent.tr("⚠ This import removes {0} item(s) from the plan (in red below).").format(count)
    )
    label.setObjectName("importRemovals")
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{REMOVED_COLOR};font-weight:bold;")
    return label


def mark_removed(table: QTableWidget, column: int, removed_word: str) -> int:
    """Rows of ``table`` whose ``column`` says ``removed_word``: red and bold; their count."""
    marked = 0
    for row in range(table.rowCount()):
        cell = table.item(row, column)
        if cell is None or cell.text() != removed_word:
            continue
        marked += 1
        for c in range(table.columnCount()):
            item = table.item(row, c)
            if item is None:
                continue
            item.setForeground(QBrush(QColor(REMOVED_COLOR)))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
    return marked


def last_change(ctx: Any, plan_id: int | None) -> datetime | None:
    """When the plan was last changed (its newest audit event, naive UTC)."""
    if plan_id is None or ctx is None:
        return None
    with ctx.session() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            return None
        return session.scalar(
            select(func.max(AuditEvent.at)).where(AuditEvent.plan_uuid == plan.uuid)
        )


def stale_label(
    parent: QWidget, exported_at: datetime | None, changed_at: datetime | None
) -> QLabel | None:
    """A warning when the workbook was exported before the plan's last change."""
    if exported_at is None or changed_at is None or exported_at >= changed_at:
        return None
    label = QLabel(
        parent.tr(
            "⚠ This workbook is older than the plan: it was exported on {0} (UTC) and the "
            "plan was changed on {1} (UTC). Importing it puts the workbook's values back, "
            "so later changes would be lost."
        ).format(exported_at.strftime("%Y-%m-%d %H:%M"), changed_at.strftime("%Y-%m-%d %H:%M"))
    )
    label.setObjectName("importStale")
    label.setWordWrap(True)
    label.setStyleSheet("color:#8a5300;font-weight:bold;")
    return label
