"""What changed, shown to a reviewer before they sign (Sign-off screen): the differences of the
signed content against an earlier revision ("changes since revision N", by default the last
approved one), against what a person last signed ("since NAME signed"), or, on a review
package, against an earlier package or reply file the reviewer keeps. Section, item, field,
old → new, in the plan's words (``exchange.plan_diff``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.plan_diff import Change, default_base, diff_dumps, revisions, signed_changes
from desktop.views.shared.accessible import caption, name_view

REVISION, SIGNER = "revision", "signer"


class ChangesPanel(QWidget):
    """A choice of what to compare with, a summary line and the table of changes."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes: list[Change] = []
        self.compare = QComboBox()
        self.compare.setObjectName("changesCompare")
        self.compare.activated.connect(lambda _i: self.show_changes())
        self.open_file = QPushButton(self.tr("Compare with a package or reply…"))
        self.open_file.clicked.connect(self.choose_file)
        self.summary = QLabel()
        self.summary.setObjectName("changesSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("changesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("Item"), self.tr("Field"), self.tr("Old"), self.tr("New")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(caption(self.tr("<b>What changed</b> — compare with:"), self.compare))
        row.addWidget(self.compare, 1)
        row.addWidget(self.open_file)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        name_view(
            self.table, self.tr("Changes"), self.tr("Section, item, field, old and new value")
        )

    # ----- choices -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Offer the earlier revisions and the people who signed; show the default."""
        chosen = self.compare.currentData()
        self.compare.clear()
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            if plan is None:
                self.show_list([], "")
                return
            earlier = [r for r in revisions(session, plan) if r.revision < plan.revision]
            try:
                default = default_base(session, plan).revision
            except LookupError:
                default = None
            signers = _signers(session, plan)
        for rev in reversed(earlier):
            text = self.tr("Changes since revision {0}").format(rev.revision)
            if rev.status == "approved":
                text += self.tr(" (approved)")
            self.compare.addItem(text, (REVISION, rev.revision))
        for name in signers:
            self.compare.addItem(self.tr("Changes since {0} signed").format(name), (SIGNER, name))
        if self.compare.count() == 0:
            self.compare.addItem(self.tr("No earlier revision or signature to compare with"), None)
        index = self.compare.findData(chosen) if chosen is not None else -1
        if index < 0 and default is not None:
            index = self.compare.findData((REVISION, default))
        self.compare.setCurrentIndex(max(0, index))
        self.show_changes()

    def show_changes(self) -> None:
        choice = self.compare.currentData()
        if choice is None:
            self.show_list([], self.tr("This is the plan's first revision: nothing to compare."))
            return
        kind, value = choice
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            if plan is None:
                return
            if kind == REVISION:
                from desktop.exchange.plan_diff import revision_changes, revision_of

                changes = revision_changes(session, revision_of(session, plan, value), plan)
                head = self.tr("Changes since revision {0}: {1}").format(value, len(changes))
            else:
                found = signed_changes(session, plan, value)
                rev, changes = found if found is not None else (plan.revision, [])
                head = self.tr("Changes since {0} signed revision {1}: {2}").format(
                    value, rev, len(changes)
                )
        self.show_list(changes, head)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Compare with a package or reply"),
            "",
            self.tr("Review packages and replies (*.pdreview)"),
        )
        if path:
            self.compare_with_file(Path(path))

    def compare_with_file(self, path: Path) -> None:
        """Compare with the plan in an earlier review package or reply (e.g. one you signed)."""
        from desktop.models.serialize import content_dump
        from desktop.signoff.people import SignoffRefused
        from desktop.signoff.review import read_package

        try:
            package = read_package(path.read_bytes(), path.name)
        except (OSError, SignoffRefused) as exc:
            self.summary.setText(self.tr("{0}: cannot be read ({1})").format(path.name, exc))
            return
        with self.ctx.session() as session:
            plan = self.ctx.plan(session)
            if plan is None:
                return
            changes = diff_dumps(package.dump, content_dump(plan))
        rev = package.dump.get("plan", {}).get("revision", "?")
        self.show_list(
            changes,
            self.tr("Changes since {0} (revision {1}): {2}").format(path.name, rev, len(changes)),
        )

    # ----- the table ---------------------------------------------------------------------
    def show_list(self, changes: list[Change], head: str) -> None:
        self.changes = changes
        self.summary.setText(head)
        lang = self.ctx.lang
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            w = change.words(lang)
            field = w["field"] or w["what"]
            for column, text in enumerate((w["section"], w["item"], field, w["old"], w["new"])):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()


def _signers(session: Any, plan: Any) -> list[str]:
    """Everyone who signed a revision of this plan (newest first), once each."""
    from sqlalchemy import select

    from desktop.models import Signature

    uuids = [r.uuid for r in revisions(session, plan)]
    query = (
        select(Signature.signer)
        .where(Signature.plan_uuid.in_(uuids), Signature.snapshot != "")
        .order_by(Signature.signed_at.desc())
    )
    return list(dict.fromkeys(session.scalars(query)))
