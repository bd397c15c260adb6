"""Moving a bar on the task board: "this occurrence only" or "every month" (issue 16).

``MoveQuestion.ask`` shows the question; ``move_action`` names the change for the undo
history. The board runs ``operations.board.move_week`` with the answer.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.render.board_geometry import BoardRow


class MoveQuestion(QObject):
    """The question asked when a bar is dropped on another week of its month."""

    def ask(self, parent: QWidget, row: BoardRow, month: int, week: int) -> bool | None:
        """True: every month; False: this occurrence only; None: cancelled."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Move {0}").format(row.code))
        box.setText(
            self.tr("Move {0} to week {1} in month {2} only, or in every month?").format(
                row.label, week, month
            )
        )
        box.setInformativeText(self.tr("Done marks stay with their month's occurrence."))
        only = box.addButton(self.tr("This occurrence only"), QMessageBox.ButtonRole.AcceptRole)
        every = box.addButton(self.tr("Every month"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(only)
        box.setObjectName("moveScope")
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is every else False if clicked is only else None

    def move_action(
        self, row: BoardRow, month: int, week: int, every_month: bool, lang: str
    ) -> str:
        """The undo label: the new rule in words, or the one month moved."""
        if every_month and row.rule is not None:
            rule = replace(
                row.rule, week=week, moved=tuple(p for p in row.rule.moved if p[0] != month)
            )
            return self.tr("Reschedule {0} to {1}").format(row.code, rule.text(lang))
        return self.tr("Move {0} in month {1} to week {2}").format(row.code, month, week)
