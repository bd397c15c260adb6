"""A table whose first columns stay in place while the others scroll (Qt's "frozen column").

``FrozenColumnsTable(frozen=2)`` lays a second ``QTableView`` over the left of its viewport that
shows only the frozen columns of the same model, with the same selection model, row heights
and vertical scroll. Editing a frozen cell happens in that overlay (its delegates are set
there), so the editor is never hidden under it. ``indexWidget`` finds an open editor in either
view. Tab and Shift+Tab stay in the row, across the frozen and the scrolled columns, and skip
cells that cannot be edited (``row_tab.RowTabMixin``, in both views). A header context menu chooses the
visible columns (the frozen ones always stay), remembered under ``settings_key``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from desktop.views.shared.row_tab import RowTabMixin

Index = QModelIndex | QPersistentModelIndex


class FrozenOverlay(RowTabMixin, QTableView):
    """The frozen columns' view: its editors' Tab goes along the row of the table below."""

    def __init__(self, owner: QTableView) -> None:
        super().__init__(owner)
        self.owner = owner

    def tab_owner(self) -> QTableView:
        return self.owner


class FrozenColumnsTable(RowTabMixin, QTableView):
    """A ``QTableView`` with ``frozen`` leading columns that never scroll sideways."""

    def __init__(self, frozen: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self.settings: Any = None
        self.settings_key = ""
        self.frozen = FrozenOverlay(self)
        self.frozen.setObjectName("frozenColumns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setStyleSheet(
            "QTableView#frozenColumns { border: none; border-right: 2px solid palette(mid); }"
        )
        self.frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._main_column_resized)
        self.frozen.horizontalHeader().sectionResized.connect(self._frozen_column_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: self.frozen.setRowHeight(row, size)
        )
        self.frozen.doubleClicked.connect(lambda index: self.edit(index))
        for header in (self.horizontalHeader(), self.frozen.horizontalHeader()):
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(self._column_menu)
        frozen_header = self.frozen.horizontalHeader()
        frozen_header.setSectionsClickable(True)
        frozen_header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        frozen_header.sectionClicked.connect(self._frozen_clicked)
        self.horizontalHeader().sortIndicatorChanged.connect(self._sorted)

    # ----- model and delegates -------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.layoutChanged.connect(self._sync_rows)
            model.modelReset.connect(self._sync_rows)
            model.rowsInserted.connect(self._sync_rows)
        self._sync_columns()

    def setItemDelegateForColumn(
        self,
        column: int,
        delegate: QAbstractItemDelegate,
    ) -> None:
        """Frozen columns are edited in the overlay: their delegates live there."""
        if column < self.frozen_count:
            self.frozen.setItemDelegateForColumn(column, delegate)
        else:
            super().setItemDelegateForColumn(column, delegate)

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self.frozen.setWordWrap(on)

    def setAlternatingRowColors(self, enable: bool) -> None:
        super().setAlternatingRowColors(enable)
        self.frozen.setAlternatingRowColors(enable)

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setEditTriggers(self, triggers: QAbstractItemView.EditTrigger) -> None:
        super().setEditTriggers(triggers)
        self.frozen.setEditTriggers(triggers & ~QAbstractItemView.EditTrigger.DoubleClicked)

    def setSortingEnabled(self, enable: bool) -> None:
        """Sorting is the main view's; the overlay's header only shows and forwards it."""
        super().setSortingEnabled(enable)
        self.frozen.horizontalHeader().setSortIndicatorShown(enable)

    def indexWidget(self, index: Index) -> QWidget | None:
        """The editor open on ``index``, in whichever view shows that column."""
        if index.isValid() and index.column() < self.frozen_count:
            return self.frozen.indexWidget(index)
        return super().indexWidget(index)

    def edit(self, index: Index, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        if index.isValid() and index.column() < self.frozen_count:
            if trigger is not None and not (self.editTriggers() & trigger):
                return False  # what the main view would not edit, the overlay does not either
            self.frozen.setCurrentIndex(index)
            if trigger is None:
                self.frozen.edit(index)
                return True
            return self.frozen.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, event)
        if trigger is None:
            super().edit(index)
            return True
        return super().edit(index, trigger, event)

    # ----- columns -----------------------------------------------------------------------
    def _sync_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column >= self.frozen_count)
            if column < self.frozen_count:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self._update_geometry()

    def _sync_rows(self, *_args: object) -> None:
        for row in range(self.model().rowCount() if self.model() else 0):
            self.frozen.setRowHeight(row, self.rowHeight(row))

    def _main_column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_count and self.frozen.columnWidth(column) != size:
            self.frozen.setColumnWidth(column, size)
        self._update_geometry()

    def _frozen_column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_count and self.columnWidth(column) != size:
            self.setColumnWidth(column, size)

    def _frozen_clicked(self, column: int) -> None:
        """A click on a frozen column's header sorts as a click on the main header would."""
        if not self.isSortingEnabled():
            return
        header = self.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if (
            header.sortIndicatorSection() == column
            and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        ):
            order = Qt.SortOrder.DescendingOrder
        header.setSortIndicator(column, order)

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.frozen.horizontalHeader().setSortIndicator(column, order)

    def frozen_width(self) -> int:
        return sum(
            self.columnWidth(c) for c in range(self.frozen_count) if not self.isColumnHidden(c)
        )

    def _update_geometry(self) -> None:
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            self.frozen_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_geometry()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._update_geometry()

    # ----- scrolling ----------------------------------------------------------------------
    def scrollTo(
        self,
        index: Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if not index.isValid():
            return
        if index.column() < self.frozen_count:  # always in sight: scroll vertically only
            left = self.columnAt(self.frozen_width() + 1)
            index = index.siblingAtColumn(left if left >= 0 else index.column())
        super().scrollTo(index, hint)
        x = self.visualRect(index).left()
        if index.column() >= self.frozen_count and x < self.frozen_width():
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + x - self.frozen_width())  # out from under the overlay

    # ----- choosing columns ------------------------------------------------------------------
    def remember_columns(self, settings: Any, key: str) -> None:
        """Hide the columns the user hid last time; remember changes under ``key``."""
        self.settings, self.settings_key = settings, key
        hidden = settings.value(key, []) or []
        if isinstance(hidden, str):
            hidden = [hidden]
        for value in hidden:
            column = int(value)
            if self.frozen_count <= column < (self.model().columnCount() if self.model() else 0):
                self.setColumnHidden(column, True)

    def set_column_visible(self, column: int, visible: bool) -> None:
        if column < self.frozen_count:
            return
        self.setColumnHidden(column, not visible)
        if self.settings is not None and self.settings_key:
            hidden = [c for c in range(self.model().columnCount()) if self.isColumnHidden(c)]
            self.settings.setValue(self.settings_key, [str(c) for c in hidden])

    def column_menu(self) -> QMenu:
        """A checkable entry per column; the frozen ones are shown but cannot be hidden."""
        menu = QMenu(self)
        model = self.model()
        for column in range(model.columnCount() if model else 0):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title.replace("\n", " "))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.setEnabled(column >= self.frozen_count)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        header = self.sender()
        self.column_menu().exec(header.mapToGlobal(pos))  # type: ignore[attr-defined]
