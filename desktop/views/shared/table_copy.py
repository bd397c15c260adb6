"""Copying a table selection as tab-separated text (Ctrl+C), quoted like a spreadsheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView


# ----- copy as tab-separated text --------------------------------------------------------------
def _cell(text: str) -> str:
    if any(c in text for c in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def selection_as_tsv(view: QAbstractItemView) -> str:
    """The selected cells of ``view`` (display text, visual order) as tab-separated lines."""
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes:
        return ""
    header = view.horizontalHeader() if isinstance(view, QTableView) else None

    def visual(col: int) -> int:
        return header.visualIndex(col) if header is not None else col

    rows = sorted({i.row() for i in indexes})
    cols = sorted({i.column() for i in indexes}, key=visual)
    if header is not None:
        cols = [c for c in cols if not header.isSectionHidden(c)]
    cells = {(i.row(), i.column()): i.data(Qt.ItemDataRole.DisplayRole) for i in indexes}
    lines = []
    for row in rows:
        values = cells_of_row(cells, row, cols)
        lines.append("\t".join(_cell(v) for v in values))
    return "\n".join(lines) + "\n"


def cells_of_row(cells: dict[tuple[int, int], Any], row: int, cols: list[int]) -> list[str]:
    return ["" if cells.get((row, c)) is None else str(cells[(row, c)]) for c in cols]


def install_copy(view: QAbstractItemView) -> QAction:
    """Give ``view`` a Ctrl+C (Copy) action putting the selection on the clipboard as TSV."""
    action = QAction(view.tr("Copy"), view)
    action.setShortcut(QKeySequence.StandardKey.Copy)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def copy() -> None:
        text = selection_as_tsv(view)
        if text:
            QGuiApplication.clipboard().setText(text)

    action.triggered.connect(copy)
    view.addAction(action)
    return action
