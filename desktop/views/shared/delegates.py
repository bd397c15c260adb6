"""Reusable item delegates for the plan's tables, and copying a selection as TSV.

Every delegate validates what was typed *at the editor*: Enter/Tab on an invalid value shows
an inline hint (red frame and tooltip) and keeps the editor open; a commit by focus loss
is refused the same way. Nothing invalid reaches ``model.setData``. The values are checked by
the domain's functions (``models.validate``); a refusal also goes to the delegate's
``refusals`` channel (``refusals.py``), which a screen attaches to its hint line.

Delegates:

* ``TextDelegate`` — one line (``QLineEdit``) or several (``QPlainTextEdit``, Ctrl+Enter
  commits); required / length limit / optional ``validator(text) -> value`` raising ValueError.
* ``ChoiceDelegate`` — a combo box over ``(data, text)`` choices, fixed or read from a role.
* ``SpinDelegate``, ``DateDelegate`` — in ``value_delegates.py``.
* ``ScheduleDelegate`` — a schedule phrase read by ``parse_rule`` (每月第二周, every day …);
  the model receives the phrase text ("" for no schedule).

``table_copy.install_copy(view)`` adds Ctrl+C (the selection as tab-separated text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from desktop.models.validate import Invalid, clean_text, parse_schedule
from desktop.views.shared.refusals import ReportsRefusals, refusal_text

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


class BaseDelegate(ReportsRefusals, QStyledItemDelegate):
    """Shared plumbing: load from EditRole, validate, refuse (hint + ``refusals``) or store.

    Subclasses give ``make_editor``, ``load(editor, value)`` and ``value(editor)`` (which
    raises ``Invalid`` / ValueError with the message for the person).
    """

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
            return refusal_text(exc)
        return ""

    def checked_value(self, editor: QWidget) -> Any:
        value = self.value(editor)
        index = self._indexes.get(id(editor))
        if self.index_check is not None and index is not None and index.isValid():
            self.index_check(QModelIndex(index), value)
        return value

    def refuse(self, editor: QWidget, error: BaseException | str) -> None:
        self.last_error = self.refusals.report(error)
        show_hint(editor, self.last_error)

    def make_editor(self, parent: QWidget, index: Index) -> QWidget:  # pragma: no cover
        raise NotImplementedError

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> QWidget:
        editor = self.make_editor(parent, index)
        editor.setAutoFillBackground(True)
        key = id(editor)
        self._indexes[key] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _o=None, k=key: self._indexes.pop(k, None))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        self.load(editor, index.data(EDIT))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: Index,
    ) -> None:
        try:
            value = self.checked_value(editor)
        except ValueError as exc:
            self.refuse(editor, exc)
            return
        self.last_error = ""
        show_hint(editor, "")
        model.setData(index, value, EDIT)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
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
                if multiline and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                    # Qt lets a text box's Tab through to the table: commit and move on here
                    self.commitData.emit(obj)
                    backwards = key == Qt.Key.Key_Backtab or bool(
                        key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    )
                    hint = QAbstractItemDelegate.EndEditHint
                    self.closeEditor.emit(
                        obj, hint.EditPreviousItem if backwards else hint.EditNextItem
                    )
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
        text = clean_text(
            self.text(editor),
            self.label,
            limit=self.limit,
            required=self.required,
            multiline=self.multiline,
        )
        return self.validator(text) if self.validator is not None else text

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
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
            raise Invalid("", "not_choice")
        return editor.currentData()


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
        parse_schedule(text, self.label, required=not self.allow_empty)
        return text
