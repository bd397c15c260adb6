"""Accessibility checks shared by the screen tests: which interactive controls a screen reader
would find without a name (what Qt's accessibility API, and so AT-SPI, reports)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)
PARTS = (QComboBox, QAbstractSpinBox)
CUSTOM = (
    "TimelineCanvas",
    "KpiTile",
    "PlotWidget",
)  # painted controls and charts  # their inner line edit is read out as the control


def interactive_controls(root: QWidget) -> list[QWidget]:
    """The controls a person can operate in ``root`` as it is shown (scroll bars and header
    sections, which Qt names itself, and the inner parts of combo and spin boxes left out);
    a widget that takes the keyboard focus and paints itself (the board's timeline) counts."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if isinstance(widget.parent(), PARTS):
            continue
        if widget.metaObject().className() in ("QCalendarWidget",):
            continue
        custom = type(widget).__name__ in CUSTOM
        takes_focus = (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget.parent(), QAbstractItemView)  # a view's viewport
        )
        if isinstance(widget, INTERACTIVE) or custom or takes_focus:
            found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    chain = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return " < ".join(chain)


def named(widget: QWidget) -> bool:
    """Whether a screen reader gets a name for ``widget`` that says what it is (a combo box
    read out by its current choice alone does not)."""
    name = accessible_name(widget)
    if isinstance(widget, QComboBox):  # on Linux: by the "labelled by" relation only
        iface = QAccessible.queryAccessibleInterface(widget)
        labels = iface.relations(QAccessible.Relation.Label) if iface is not None else []
        return any(label.text(QAccessible.Text.Name).strip() for label, _kind in labels)
    return bool(name)


def unnamed(root: QWidget) -> list[str]:
    """Every interactive control of ``root`` without an accessible name, described."""
    return [describe(w) for w in interactive_controls(root) if not named(w)]
