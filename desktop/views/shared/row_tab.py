"""Tab and Shift+Tab in the plan's tables: along the current row, never into another row.

Every editable table (the risk register, goals and KPIs, the KPI actuals grid, the section
tables) mixes in ``RowTabMixin`` before ``QTableView``. Tab goes to the next cell of the same
row that can be edited (read-only and computed cells, and hidden columns, are skipped), in the
order the columns are shown; at the row's last editable cell it stays there (Qt's own Tab
would run on into the next row and wrap from the last row to the first, so typing a new row
silently edited others). With an editor open, Tab commits it (the delegate validates first)
and opens the next cell's editor; at the row's end the editor closes and the cell stays
current. The table keeps the keyboard focus throughout; Ctrl+Tab (Ctrl+Shift+Tab) leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
TAB_MOVES = (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious)
_CHANGEABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
EDIT_MOVES = (
    QAbstractItemDelegate.EndEditHint.EditNextItem,
    QAbstractItemDelegate.EndEditHint.EditPreviousItem,
)


def next_cell_in_row(view: QTableView, current: Index, *, forward: bool) -> QModelIndex:
    """The next (previous) cell of ``current``'s row that can be edited (or ticked), in the
    order the columns are shown, or an invalid index at the row's end. In a row where nothing
    can be changed every visible cell is a stop."""
    model = view.model()
    if model is None or not current.isValid():
        return QModelIndex()
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    if current.column() not in columns:
        return QModelIndex()
    at = columns.index(current.column())
    cells = [model.index(current.row(), c, current.parent()) for c in columns]
    usable = [i for i in cells if model.flags(i) & _CHANGEABLE]
    stops = usable or cells  # a row nothing can change in (a locked plan): read it cell by cell
    order = cells[at + 1 :] if forward else list(reversed(cells[:at]))
    return next((i for i in order if i in stops), QModelIndex())


class RowTabMixin:
    """Row-bound Tab for a ``QTableView`` subclass (put it first among the bases).

    ``tab_owner()`` is the table whose columns and current cell count (the frozen-columns
    overlay answers with the table it lies over)."""

    def tab_owner(self) -> QTableView:
        return self  # type: ignore[return-value]

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action in TAB_MOVES:
            owner = self.tab_owner()
            current = owner.currentIndex()
            target = next_cell_in_row(owner, current, forward=action == TAB_MOVES[0])
            return target if target.isValid() else QModelIndex(current)
        return super().moveCursor(action, modifiers)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab / Shift+Tab without an editor: the next editable cell of the row, the focus
        staying in the table; Ctrl+Tab / Ctrl+Shift+Tab leave the table (Qt's item views
        would keep it)."""
        key, mods = event.key(), event.modifiers()
        ctrl = Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods & ctrl:
            # Ctrl+Tab / Ctrl+Shift+Tab: on to the next (previous) control of the screen
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self.tab_owner(), forward)
            event.accept()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            self.tab_along_row(forward=forward, edit=False)
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab in an editor (already committed and validated): close it, then go on along
        the row; Enter / Esc close it; the table keeps the focus."""
        had_focus = editor.hasFocus()
        if hint in EDIT_MOVES:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)  # type: ignore[misc]
            self.tab_along_row(forward=hint == EDIT_MOVES[0], edit=True)
            return
        super().closeEditor(editor, hint)  # type: ignore[misc]
        if had_focus:
            self.tab_owner().setFocus(Qt.FocusReason.OtherFocusReason)

    def tab_along_row(self, *, forward: bool, edit: bool) -> None:
        owner = self.tab_owner()
        owner.setFocus(Qt.FocusReason.TabFocusReason)
        target = next_cell_in_row(owner, owner.currentIndex(), forward=forward)
        if not target.isValid():
            return  # the row's end: stay
        owner.setCurrentIndex(target)
        owner.scrollTo(target)
        if edit:
            owner.edit(target)
