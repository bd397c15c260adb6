"""How plans are told apart where several are listed (the main window's plan box), and how a
window is kept within the screen it opens on."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.views.shared.plan_status import status_label


def plan_labels(plans: list[Any]) -> list[tuple[str, str]]:
    """(label, tooltip) per plan: title, year, revision and status; plans that still read
    the same get the start of their id, so no two entries of the list look alike."""
    labels = [
        QCoreApplication.translate("MainWindow", "{0} ({1}, revision {2}, {3})").format(
            p.title, p.year, p.revision, status_label(p.status)
        )
        for p in plans
    ]
    twice = Counter(labels)
    out = []
    for plan, label in zip(plans, labels, strict=True):
        if twice[label] > 1:
            label = f"{label} · {plan.uuid[:8]}"
        tip = QCoreApplication.translate("MainWindow", "Plan id {0}").format(plan.uuid)
        out.append((label, tip))
    return out


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that it lies within its screen's available area (a size
    remembered on a larger screen, or the 1600×1000 default on a 1280×800 one)."""
    screen = QWidget.screen(window)  # MainWindow.screen(key) is its own
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), 0)
    extra_h = max(frame.height() - window.height(), 0)
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.left()), area.right() - width - extra_w + 1)
    y = min(max(window.y(), area.top()), area.bottom() - height - extra_h + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
