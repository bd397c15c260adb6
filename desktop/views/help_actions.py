"""Help menu: keyboard shortcuts; the first-run welcome and the missing-CJK-font notice."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.views.shared.accessible import name_view

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

WELCOMED = "ui/welcomed"
FONT_WARNED = "ui/cjk_font_warned"


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every menu action that has a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def plain(text: str) -> str:  # "檔案(&F)" -> "檔案", "&File" -> "File", "&&" -> "&"
        text = re.sub(r"\(&\w\)", "", text)
        return re.sub(r"&(&?)", r"\1", text)

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {plain(action.text())}")
            elif not action.shortcut().isEmpty():
                rows.append(
                    (
                        path,
                        plain(action.text()),
                        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                    )
                )

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.text()))
    return rows + keyboard_rows(window)


def keyboard_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) the tables and the task board answer without a menu action."""
    tr = window.tr
    tables, board = tr("Tables"), tr("Task board")
    return [
        (tables, tr("Next / previous cell of the row (computed cells skipped)"), "Tab / Shift+Tab"),
        (tables, tr("Edit the cell (or just type)"), "F2"),
        (tables, tr("Save the cell"), "Enter"),
        (tables, tr("Cancel the cell"), "Esc"),
        (tables, tr("Save a cell of several lines"), "Ctrl+Enter"),
        (tables, tr("Copy / paste cells as tab-separated text"), "Ctrl+C / Ctrl+V"),
        (tables, tr("Leave the table"), "Ctrl+Tab"),
        (board, tr("Previous / next row"), "Up / Down"),
        (board, tr("Previous / next occurrence"), "Left / Right"),
        (board, tr("First / last occurrence"), "Home / End"),
        (board, tr("Mark the occurrence done / not done"), "Space"),
        (board, tr("Edit the task or subtask"), "Enter"),
        (board, tr("Edit the task (also from a subtask)"), "Ctrl+E"),
        (board, tr("Rename the task"), "F2"),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        table = QTableWidget(len(rows), 3, self)
        name_view(table, self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Shortcut")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(640, 520)


def show_shortcuts(window: MainWindow) -> None:
    """Help ▸ Keyboard shortcuts (F1)."""
    ShortcutsDialog(window).exec()


def welcome_text(window: MainWindow) -> str:
    return window.tr(
        "<h3>Welcome to PlanDesk</h3>"
        "<p>PlanDesk holds your annual social-media plan: goals and KPIs, tasks and their "
        "schedules, risks, monitoring and communication — and takes it through review and "
        "sign-off.</p><p>This workspace starts with a <b>sample plan</b> (the 2027 social-media "
        "plan). Start on the <b>Task board</b>: double-click a subtask to edit it, click a bar "
        "to mark it done. Ctrl+1 … Ctrl+7 switch screens, Ctrl+Z undoes any change, F1 lists "
        "all shortcuts.</p><p>Your changes are saved as you make them.</p>"
    )


def show_welcome(window: MainWindow) -> None:
    QMessageBox.information(window, window.tr("Welcome"), welcome_text(window))


def first_run_notices(window: MainWindow) -> None:
    """The welcome once per user, and once the missing-CJK-font hint, never on every start."""
    settings = window.ctx.settings
    if not settings.value(WELCOMED, False, type=bool):
        settings.setValue(WELCOMED, True)
        show_welcome(window)
    from desktop.render.fonts import cjk_font_warning

    message = cjk_font_warning(window.ctx.lang)
    if message and not settings.value(FONT_WARNED, False, type=bool):
        settings.setValue(FONT_WARNED, True)
        QMessageBox.warning(window, window.tr("No Chinese font"), message)
