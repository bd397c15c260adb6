"""Monitoring & communication: monitoring items, evaluation, communication, collaboration
and budget/resource lines (plan sections 三.3, 五 and 六), one editable table a tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.operations.edits import move_item, remove_item
from desktop.operations.plan_edits import add_coded, update_fields
from desktop.views.sections.section_models import (
    Section,
    read_section,
    resource_totals,
    sections,
    team_choices,
)
from desktop.views.shared.context import AppContext
from desktop.views.shared.editor_widgets import TablePanel
from desktop.views.shared.lock import lock_reason
from desktop.views.shared.record_models import RecordModel, format_number
from desktop.views.shared.refresh import DeferredRefresh

# finding / item kinds that live on this screen, and the section they are in
KIND_TO_SECTION = {
    "monitoring": "monitoring",
    "evaluation": "evaluation",
    "communication": "communication",
    "collaboration": "collaboration",
    "resource": "resources",
    "resources": "resources",
}


class MonitoringScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections = {s.key: s for s in sections()}
        self.panels: dict[str, TablePanel] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.total = QLabel()
        self.total.setObjectName("resourceTotal")
        self.total.setWordWrap(True)
        for section in self.sections.values():
            model = RecordModel(section.columns, self)
            panel = TablePanel(section.title, model)
            model.commit = lambda row_id, values, s=section: self._commit(s, row_id, values)
            panel.add_requested.connect(lambda s=section: self.add_row(s.key))
            panel.remove_requested.connect(lambda row_id, s=section: self._remove(s, row_id))
            panel.move_requested.connect(lambda row_id, d, s=section: self._move(s, row_id, d))
            self.panels[section.key] = panel
            page: QWidget = panel
            if section.key == "resources":
                page = QWidget()
                box = QVBoxLayout(page)
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(panel, 1)
                box.addWidget(self.total)
            self.tabs.addTab(page, section.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._tables = {s.table for s in self.sections.values()} | {"team", "plan"}
        self.refresher = DeferredRefresh(self, ctx, self.refresh, self._tables)
        self.refresh()

    # ----- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresher.mark_fresh()
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            rows = {k: read_section(plan, s) if plan else [] for k, s in self.sections.items()}
            teams = team_choices(plan) if plan else [(None, "—")]
            locked = plan is None or plan.is_locked or self.ctx.read_only
            reason = lock_reason(plan, self.ctx.read_only)
        for key, panel in self.panels.items():
            current = panel.current_id()
            panel.model.lang = self.ctx.lang
            if key == "monitoring":
                panel.model.set_choices("owner_team_id", teams)
            panel.model.set_rows(rows[key])
            panel.set_read_only(locked, reason)  # one panel a tab: each says why
            panel.select_id(current)
        self._show_total(rows["resources"])

    def _show_total(self, rows: list[dict[str, Any]]) -> None:
        totals = resource_totals(rows)
        if not totals:
            self.total.setText(self.tr("Total amount: 0 (no amounts entered yet)"))
            return
        parts = [f"{format_number(v)} {unit}".strip() for unit, v in sorted(totals.items())]
        self.total.setText(self.tr("Total amount: {0}").format("; ".join(parts)))

    # ----- changes -----------------------------------------------------------------------
    def _commit(self, section: Section, row_id: int, values: dict[str, Any]) -> bool:
        panel = self.panels[section.key]
        action = self.tr("Edit {0}").format(section.title)
        ok, _ = panel.refusals.run(
            self.ctx,
            action,
            update_fields(section.model, row_id, values),
            (section.table,),
        )
        return ok

    def add_row(self, key: str) -> int | None:
        section, panel = self.sections[key], self.panels[key]
        values: dict[str, Any] = {"description": ""}
        kind_col = next((c for c in section.columns if c.key in ("kind", "category")), None)
        if kind_col is not None:
            values[kind_col.key] = kind_col.choices[0][0]
        values["item" if key == "resources" else "title"] = self.ctx.new_title("item")
        apply = add_coded(section.model, section.prefix, values, after_id=panel.current_id())
        ok, new_id = panel.refusals.run(
            self.ctx,
            self.tr("Add {0}").format(section.title),
            apply,
            (section.table,),
        )
        if ok:
            self.refresh()
            panel.select_id(new_id)
            title = panel.model.column_index("item" if key == "resources" else "title")
            index = panel.view.currentIndex().siblingAtColumn(title)
            panel.view.setFocus()
            panel.view.setCurrentIndex(index)
            panel.view.edit(index)  # the new row opens on its placeholder title
        return new_id if ok else None

    def _remove(self, section: Section, row_id: int) -> None:
        self.panels[section.key].refusals.run(
            self.ctx,
            self.tr("Remove {0}").format(section.title),
            remove_item(section.model, row_id),
            (section.table,),
        )

    def _move(self, section: Section, row_id: int, delta: int) -> None:
        panel = self.panels[section.key]
        ok, _ = panel.refusals.run(
            self.ctx,
            self.tr("Move {0}").format(section.title),
            move_item(section.model, row_id, delta),
            (section.table,),
        )
        if ok:
            self.refresh()
            panel.select_id(row_id)

    # ----- navigation --------------------------------------------------------------------
    def focus_item(self, kind: str, code: str, key: str = "") -> bool:
        key = KIND_TO_SECTION.get(kind)
        if key is None:
            return False
        self.refresher.flush()
        panel = self.panels[key]
        self.tabs.setCurrentIndex(list(self.panels).index(key))
        row = next((i for i, r in enumerate(panel.model.rows) if r.get("code") == code), -1)
        if row < 0:
            return False
        panel.select_id(panel.model.row_id(row))
        if key in ("missing_months", "no_schedule"):  # the schedule cell is at fault
            keys = [c.key for c in panel.model.columns]
            if "schedule" in keys:
                cell = panel.model.index(row, keys.index("schedule"))
                panel.view.setCurrentIndex(cell)
                panel.view.scrollTo(cell)
        panel.view.setFocus()
        return True
