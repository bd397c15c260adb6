"""Names for assistive technology (Qt's accessibility API, read over AT-SPI, UIA, NSAccessibility).

A control with a visible caption gets its name from it (``QLabel.setBuddy``, a form row). Where
a screen shows no caption, these helpers give one:

* ``name_view(view, name)`` — a table, tree or list, and its corner "select all" button;
* ``name_combo(combo, name)`` — a combo box. On Linux Qt reads a combo box's *current choice*
  as its name and finds what it is for only through the "labelled by" relation, so a combo box
  without a caption gets a label that is not shown, with the name, as its buddy (and the
  accessible name other platforms read).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QToolBar,
    QWidget,
)


def name_widget(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def name_view(view: QAbstractItemView, name: str, description: str = "") -> None:
    name_widget(view, name, description)
    corner = view.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(QCoreApplication.translate("Accessible", "Select all"))


def caption(text: str, buddy: QWidget) -> QLabel:
    """A visible caption that names ``buddy`` (and moves the focus to it with its mnemonic)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def name_combo(combo: QComboBox, name: str, description: str = "") -> None:
    """Name a combo box that has no visible caption (see the module's docstring). Call it once
    the combo box has its parent (it is in a layout or toolbar)."""
    name_widget(combo, name, description)
    parent = combo.parentWidget()
    if parent is None:
        return
    label = next(
        (w for w in parent.findChildren(QLabel) if w.buddy() is combo),
        None,
    )
    if label is None:
        label = QLabel(name, parent)
        label.setObjectName("hiddenCaption")
        label.setBuddy(combo)
        label.hide()
    elif not label.text().strip():
        label.setText(name)


def name_toolbar(toolbar: QToolBar) -> None:
    """The » button a narrow window shows for the tools that do not fit."""
    more = toolbar.findChild(QAbstractButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setAccessibleName(QCoreApplication.translate("Accessible", "More tools"))


class ReadingOrder(QObject):
    """Keeps Tab going through ``chain()`` in the order given (the order people read the
    screen in), set again each time ``screen`` is shown: putting a screen into the main window
    rebuilds Qt's focus chain from the order in which widgets were made."""

    def __init__(self, screen: QWidget, chain: Callable[[], list[QWidget]]) -> None:
        super().__init__(screen)
        self.chain = chain
        screen.installEventFilter(self)

    def apply(self) -> None:
        widgets = self.chain()
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Show:
            self.apply()
        return False
