"""Reusable item delegates for the plan's tables, and copying a selection as TSV.

Every delegate validates what was typed *at the editor*: Enter/Tab on an invalid value shows
an inline hint (red frame and tooltip) and keeps the editor open; a commit by focus loss
is refused the same way. Nothing invalid reaches ``model.setData``. Each delegate emits
``refused(message)`` so a screen can show the message in its own hint line.

Delegates:

* ``TextDelegate`` — one line (``QLineEdit``) or several (``QPlainTextEdit``, Ctrl+Enter
  commits); required / length limit / optional ``validator(text) -> value`` raising ValueError.
* ``ChoiceDelegate`` — a combo box over ``(data, text)`` choices, fixed or read from a role.
* ``SpinDelegate`` — whole numbers in a range, optionally empty (``None``).
* ``DateDelegate`` — a date with a calendar popup, optionally empty (Delete clears it).
* ``ScheduleDelegate`` — a schedule phrase read by ``parse_rule`` (每月第二周, every day …);
  the model receives the phrase text ("" for no schedule).

``install_copy(view)`` adds Ctrl+C to any ``QTableView``: the selected cells as tab-separated
text (quoted like a spreadsheet when a cell holds a tab, a newline or a quote).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from desktop.models.schedule_parse import ScheduleParseError, parse_rule
from desktop.models.validate import CONTROL, nfc

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
_INVALID_STYLE = "border: 2px solid #c0392b; background: #fdecea;"
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)

SCHEDULE_PHRASES = (
    "每日",
    "每周",
    "每月第一周",
    "每月第二周",
    "每月第三周",
    "每月第四周",
    "每月第五周",
    "每月初",
    "每月中旬",
    "每月底",
    "每季度",
    "每年",
    "every day",
    "every week",
    "every month, week 1",
    "quarterly",
    "yearly",
)


def show_hint(editor: QWidget, message: str) -> None:
    """Mark ``editor`` invalid with ``message`` (red frame, tooltip); empty message clears."""
    editor.setProperty("hint", message)
    editor.setToolTip(message)
    editor.setStyleSheet(_INVALID_STYLE if message else "")
    if message and editor.isVisible():
        QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), message, editor)
    elif not message:
        QToolTip.hideText()


def hint_of(editor: QWidget) -> str:
    return str(editor.property("hint") or "")


class BaseDelegate(QStyledItemDelegate):
    """Shared plumbing: load from EditRole, validate, refuse (hint + ``refused``) or store.

    Subclasses give ``make_editor``, ``load(editor, value)`` and ``value(editor)`` (which
    raises ValueError with the message for the person).
    """

    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_error = ""
        # optional extra check that needs the cell, e.g. a code unique among the rows:
        # ``index_check(index, value)`` raises ValueError with the message
        self.index_check: Callable[[QModelIndex, Any], None] | None = None
        self._indexes: dict[int, QPersistentModelIndex] = {}

    def load(self, editor: QWidget, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def value(self, editor: QWidget) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def check(self, editor: QWidget) -> str:
        """The message why the editor's value is refused, or "" when it is acceptable."""
        try:
            self.checked_value(editor)
        except ValueError as exc:
            return str(exc)
        return ""

    def checked_value(self, editor: QWidget) -> Any:
        value = self.value(editor)
        index = self._indexes.get(id(editor))
        if self.index_check is not None and index is not None and index.isValid():
            self.index_check(QModelIndex(index), value)
        return value

    def refuse(self, editor: QWidget, message: str) -> None:
        self.last_error = message
        show_hint(editor, message)
        self.refused.emit(message)

    def make_editor(self, parent: QWidget, index: Index) -> QWidget:  # pragma: no cover
        raise NotImplementedError

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        editor = self.make_editor(parent, index)
        editor.setAutoFillBackground(True)
        key = id(editor)
        self._indexes[key] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _o=None, k=key: self._indexes.pop(k, None))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        self.load(editor, index.data(EDIT))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,  # noqa: N802
        index: Index,
    ) -> None:
        try:
            value = self.checked_value(editor)
        except ValueError as exc:
            self.refuse(editor, str(exc))
            return
        self.last_error = ""
        show_hint(editor, "")
        model.setData(index, value, EDIT)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(obj, QWidget) and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            ctrl_enter = (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and key_event.modifiers() & Qt.KeyboardModifier.ControlModifier
            )
            multiline = isinstance(obj, QPlainTextEdit)
            if key in _COMMIT_KEYS and (
                not multiline or ctrl_enter or key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                message = self.check(obj)
                if message:
                    self.refuse(obj, message)
                    return True
                if multiline and ctrl_enter:
                    self.commitData.emit(obj)
                    self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.NoHint)
                    return True
        return super().eventFilter(obj, event)


# ----- text ------------------------------------------------------------------------------------
class TextDelegate(BaseDelegate):
    """Plain text: one line or several; required, a length limit and an extra validator."""

    def __init__(
        self,
        label: str,
        *,
        required: bool = False,
        limit: int = 200,
        multiline: bool = False,
        validator: Callable[[str], Any] | None = None,
        placeholder: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.label, self.required, self.limit = label, required, limit
        self.multiline, self.validator, self.placeholder = multiline, validator, placeholder

    def make_editor(self, parent: QWidget, index: Index) -> QWidget:
        if self.multiline:
            editor: QWidget = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.setToolTip(self.tr("Ctrl+Enter or Tab saves, Esc cancels"))
            editor.textChanged.connect(lambda e=editor: self._live(e))
        else:
            editor = QLineEdit(parent)
            editor.setPlaceholderText(self.placeholder)
            editor.textEdited.connect(lambda _t, e=editor: self._live(e))
        return editor

    def _live(self, editor: QWidget) -> None:
        if hint_of(editor):  # a hint once shown follows what is typed
            show_hint(editor, self.check(editor))

    def load(self, editor: QWidget, value: Any) -> None:
        text = "" if value is None else str(value)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)  # type: ignore[attr-defined]

    def text(self, editor: QWidget) -> str:
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()  # type: ignore[attr-defined]

    def value(self, editor: QWidget) -> Any:
        text = self.text(editor)
        if CONTROL.search(text):
            raise ValueError(self.tr("{0}: contains a control character").format(self.label))
        if not self.multiline and ("\n" in text or "\r" in text):
            raise ValueError(self.tr("{0}: must be a single line").format(self.label))
        text = nfc(text.strip())
        if self.required and not text:
            raise ValueError(self.tr("{0} must not be empty.").format(self.label))
        if len(text) > self.limit:
            raise ValueError(
                self.tr("{0}: at most {1} characters ({2} typed).").format(
                    self.label, self.limit, len(text)
                )
            )
        return self.validator(text) if self.validator is not None else text

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> None:
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        if self.multiline:
            rect.setHeight(max(rect.height(), 120))
            rect.setWidth(max(rect.width(), 280))
        editor.setGeometry(rect)


class MultiLineDelegate(TextDelegate):
    def __init__(
        self,
        label: str,
        *,
        required: bool = False,
        limit: int = 10_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(label, required=required, limit=limit, multiline=True, parent=parent)


# ----- choices ---------------------------------------------------------------------------------
class ChoiceDelegate(BaseDelegate):
    """A combo box; ``choices`` are ``(data, text)`` pairs, or read from ``choices_role``."""

    def __init__(
        self,
        choices: Sequence[tuple[Any, str]] | None = None,
        *,
        choices_role: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = list(choices or [])
        self.choices_role = choices_role

    def make_editor(self, parent: QWidget, index: Index) -> QWidget:
        editor = QComboBox(parent)
        choices = self.choices
        if self.choices_role is not None:
            choices = list(index.data(self.choices_role) or [])
        for data, text in choices:
            editor.addItem(text, data)
        return editor

    def load(self, editor: QWidget, value: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def value(self, editor: QWidget) -> Any:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() < 0:
            raise ValueError(self.tr("Choose one of the listed values."))
        return editor.currentData()


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

    def validate(self, text: str, pos: int) -> object:  # noqa: D102
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        stripped = text.strip().lstrip("-")
        if state == QValidator.State.Invalid and stripped.isdigit() and len(stripped) <= 6:
            return QValidator.State.Intermediate, text, pos
        return result

    def number(self) -> int | None:
        """The typed number, None when empty; ValueError with a message when out of range."""
        text = self.cleanText().strip()
        if not text or text == "—" or (self.allow_empty and text == str(self.low - 1)):
            if self.allow_empty:
                return None
            raise ValueError(
                self.tr("{0} is required: a whole number from {1} to {2}.").format(
                    self.label, self.low, self.high
                )
            )
        try:
            number = int(text)
        except ValueError:
            number = None
        if number is None or not self.low <= number <= self.high:
            raise ValueError(
                self.tr("{0} must be a whole number from {1} to {2}; “{3}” is refused.").format(
                    self.label, self.low, self.high, text
                )
            )
        return number


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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
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
            raise ValueError(self.tr("{0} needs a date.").format(self.label))
        return value


# ----- schedule rules --------------------------------------------------------------------------
class ScheduleDelegate(BaseDelegate):
    """A phrase such as 每月第二周 or "every day", checked with ``parse_rule`` as it is typed.

    The model gets the (stripped) phrase; an empty phrase means no schedule when allowed.
    """

    def __init__(
        self, label: str, *, allow_empty: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.label, self.allow_empty = label, allow_empty

    def make_editor(self, parent: QWidget, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.tr("e.g. 每月第二周, 每日, 每月底, every day"))
        completer = QCompleter(list(SCHEDULE_PHRASES), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        editor.textEdited.connect(lambda _t, e=editor: show_hint(e, self.check(e)))
        return editor

    def load(self, editor: QWidget, value: Any) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText("" if value is None else str(value))

    def value(self, editor: QWidget) -> Any:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if not text:
            if self.allow_empty:
                return ""
            raise ValueError(self.tr("{0} needs a schedule, e.g. 每月第二周.").format(self.label))
        try:
            parse_rule(text)
        except ScheduleParseError as exc:
            raise ValueError(
                self.tr("{0}: “{1}” is not a schedule ({2}).").format(self.label, text, exc.reason)
            ) from None
        return text


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
