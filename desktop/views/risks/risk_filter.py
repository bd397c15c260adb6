"""The risk register's filter proxy: search text, band / owner / status and the heat-map cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel

from desktop.views.risks.risk_columns import (
    BAND_ROLE,
    CELL_ROLE,
    OWNER_ROLE,
    RESIDUAL_CELL_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    STATUS_ROLE,
)
from desktop.views.risks.risk_model import Index


class RiskFilterProxy(QSortFilterProxyModel):
    """Search text, band / owner / status filters and the heat-map cell filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.search = ""
        self.band: str | None = None
        self.owner: int | None = None
        self.status: str | None = None
        self.cell: tuple[str, int, int] | None = None  # ("inherent"|"residual", l, i)

    def set_filters(self, **values: Any) -> None:
        """Change any of search, band, owner, status, cell and re-filter."""
        begin = getattr(self, "beginFilterChange", None)  # Qt >= 6.9
        if begin is not None:
            begin()
        for name, value in values.items():
            if name not in ("search", "band", "owner", "status", "cell"):
                raise AttributeError(name)
            setattr(self, name, value.strip().lower() if name == "search" else value)
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def accepts(self, source_row: int, *, with_cell: bool = True) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0)
        if self.search and self.search not in (index.data(SEARCH_ROLE) or ""):
            return False
        if self.band is not None and index.data(BAND_ROLE) != self.band:
            return False
        if self.owner is not None and index.data(OWNER_ROLE) != self.owner:
            return False
        if self.status is not None and index.data(STATUS_ROLE) != self.status:
            return False
        if with_cell and self.cell is not None:
            kind, likelihood, impact = self.cell
            role = CELL_ROLE if kind == "inherent" else RESIDUAL_CELL_ROLE
            cell = index.data(role)
            if cell is None or tuple(cell) != (likelihood, impact):
                return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.accepts(source_row)

    def cells(self, role: int) -> list[tuple[int, int]]:
        """The (likelihood, impact) of the rows passing every filter but the cell filter."""
        model = self.sourceModel()
        out = []
        for row in range(model.rowCount()):
            cell = model.index(row, 0).data(role)
            if cell is not None and self.accepts(row, with_cell=False):
                out.append(tuple(cell))
        return out
