"""Number and date delegates: whole numbers in a range (``SpinDelegate``, optionally empty)
and dates with a calendar popup (``DateDelegate``, optionally empty; Delete clears it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QSpinBox, QWidget

from desktop.models.validate import Invalid, parse_whole
from desktop.views.shared.delegates import BaseDelegate, Index, show_hint


# ----- whole numbers ---------------------------------------------------------------------------
class RangeSpinBox(QSpinBox):
    """A spin box that lets an out-of-range number be typed so that it can be explained."""

    def __init__(
        self, label: str, low: int, high: int, allow_empty: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.label, self.low, self.high, self.allow_empty = label, low, high, allow_empty
        self.setRange(low - 1 if allow_empty else low, high)
        if allow_empty:
            self.setSpecialValueText("—")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def validate(self, text: str, pos: int) -> object:
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        stripped = text.strip().lstrip("-")
        if state == QValidator.State.Invalid and stripped.isdigit() and len(stripped) <= 6:
            return QValidator.State.Intermediate, text, pos
        return result

    def number(self) -> int | None:
        """The typed number, None when empty; ``Invalid`` when out of range."""
        text = self.cleanText().strip()
        if not text or text == "—" or (self.allow_empty and text == str(self.low - 1)):
            if self.allow_empty:
                return None
            raise Invalid(self.label, "whole_required", low=self.low, high=self.high)
        return parse_whole(text, self.label, self.low, self.high)


class SpinDelegate(BaseDelegate):
    def __init__(
        self,
        label: str,
        low: int,
        high: int,
        *,
        allow_empty: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.label, self.low, self.high, self.allow_empty = label, low, high, allow_empty

    def make_editor(self, parent: QWidget, index: Index) -> QWidget:
        editor = RangeSpinBox(self.label, self.low, self.high, self.allow_empty, parent)
        editor.lineEdit().textEdited.connect(lambda _t, e=editor: show_hint(e, self.check(e)))
        return editor

    def load(self, editor: QWidget, value: Any) -> None:
        assert isinstance(editor, RangeSpinBox)
        editor.setValue(int(value) if value is not None else editor.minimum())
        editor.selectAll()

    def value(self, editor: QWidget) -> Any:
        assert isinstance(editor, RangeSpinBox)
        return editor.number()


# ----- dates -----------------------------------------------------------------------------------
EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date editor whose lowest date means "no date"; Delete/Backspace on it clears it."""

    def __init__(
        self, allow_empty: bool, default: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.default = QDate(default or date.today())
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        if allow_empty:
            self.setMinimumDate(EMPTY_DATE)
            self.setSpecialValueText(self.tr("(none)"))
        self.set_value(None)

    def is_empty(self) -> bool:
        return self.allow_empty and self.date() == EMPTY_DATE

    def set_value(self, value: date | None) -> None:
        self.setDate(
            QDate(value)
            if value is not None
            else (EMPTY_DATE if self.allow_empty else self.default)
        )

    def date_value(self) -> date | None:
        return None if self.is_empty() else self.date().toPython()  # type: ignore[return-value]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            self.allow_empty
            and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and (
                self.is_empty()
                or self.lineEdit().hasSelectedText()
                and len(self.lineEdit().selectedText()) == len(self.text())
            )
        ):
            self.setDate(EMPTY_DATE)
            return
        if self.is_empty() and (event.text().isdigit() or key in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self.setDate(self.default)  # start from a real date, then edit it
            if not event.text().isdigit():
                return
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)


class DateDelegate(BaseDelegate):
    def __init__(
        self,
        label: str,
        *,
        allow_empty: bool = True,
        default: Callable[[], date] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.label, self.allow_empty, self.default = label, allow_empty, default

    def make_editor(self, parent: QWidget, index: Index) -> QWidget:
        editor = OptionalDateEdit(
            self.allow_empty, self.default() if self.default else None, parent
        )
        editor.setToolTip(self.tr("Type or pick a date; Delete clears it"))
        return editor

    def load(self, editor: QWidget, value: Any) -> None:
        assert isinstance(editor, OptionalDateEdit)
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        elif isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        editor.set_value(value)

    def value(self, editor: QWidget) -> Any:
        assert isinstance(editor, OptionalDateEdit)
        value = editor.date_value()
        if value is None and not self.allow_empty:
            raise Invalid(self.label, "date_required")
        return value
