"""A form generated from an entity's field table: one control per editable field, by kind.

``FieldForm(entity, lang)`` lays out a caption (the field's label in the UI language) and a
control for each of ``entity.editable()``: single-line text in a line edit and several lines
in a plain-text edit (from the model's column type), money as "HK$12,000", numbers and dates as
text, and a list of codes as a checklist of choices the caller gives (the KPIs a task serves).
The form only shows and collects what was typed: the operation checks it (``parse_field``).
A field added to the table appears here without a change to this module.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desktop.models import Base
from desktop.models.fields import Entity, Field
from desktop.models.fields.parse import money_text, parse_field
from desktop.models.validate import format_number

Choice = tuple[Any, str]  # (stored id, shown text)


def is_multiline(entity: Entity, f: Field) -> bool:
    """Text stored in a column without a length (``Text``) holds several lines."""
    table = Base.metadata.tables.get(entity.table)
    column = table.c.get(f.attribute) if table is not None else None
    return f.kind == "text" and column is not None and getattr(column.type, "length", 1) is None


def shown_value(f: Field, value: Any, lang: str) -> str:
    """A stored value as the form shows it (what the field's parser reads back)."""
    if value is None:
        return ""
    if f.kind == "money":
        return money_text(value, lang)
    if f.kind == "float":
        return format_number(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class FieldForm(QFormLayout):
    """The controls of ``entity``'s editable fields; ``choices`` per field key (codes)."""

    def __init__(
        self, entity: Entity, lang: str, choices: dict[str, list[Choice]] | None = None
    ) -> None:
        super().__init__()
        self.entity, self.lang = entity, lang
        self.fields = entity.editable()
        self.controls: dict[str, QWidget] = {}
        self.shown: dict[str, Any] = {}
        for f in self.fields:
            control = self._control(f, (choices or {}).get(f.key, []))
            control.setAccessibleName(f.label(lang))
            control.setObjectName(f"field_{f.key}")
            label = QLabel(f.label(lang) + ("：" if lang.startswith("zh") else ":"))
            label.setBuddy(control)
            self.addRow(label, control)
            self.controls[f.key] = control

    def _control(self, f: Field, choices: list[Choice]) -> QWidget:
        if f.kind == "codes":
            checklist = QListWidget()
            for stored, text in choices:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, stored)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                checklist.addItem(item)
            checklist.setMaximumHeight(min(140, 24 * max(2, len(choices)) + 6))
            return checklist
        if f.kind == "bool":
            return QCheckBox()
        if is_multiline(self.entity, f):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            return edit
        edit = QLineEdit()
        if f.kind == "money":
            edit.setPlaceholderText("HK$0")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.editingFinished.connect(lambda e=edit, fl=f: self._tidy_money(e, fl))
        return edit

    def _tidy_money(self, edit: QLineEdit, f: Field) -> None:
        """Show a typed amount as the form shows amounts ("12000" -> "HK$12,000")."""
        try:
            value = parse_field(self.entity, f.key, edit.text())
        except ValueError:
            return  # left as typed: the operation words the refusal
        edit.setText(shown_value(f, value, self.lang))

    # ----- values ------------------------------------------------------------------------
    def set_values(self, values: dict[str, Any]) -> None:
        """Show the stored ``values`` (by field key; codes as a list of chosen ids)."""
        for f in self.fields:
            control, value = self.controls[f.key], values.get(f.key)
            if isinstance(control, QListWidget):
                chosen = list(value or [])
                for row in range(control.count()):
                    item = control.item(row)
                    on = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.shown[f.key] = chosen
            elif isinstance(control, QCheckBox):
                control.setChecked(bool(value))
            else:
                text = shown_value(f, value, self.lang)
                if isinstance(control, QPlainTextEdit):
                    control.setPlainText(text)
                else:
                    control.setText(text)
                    control.setCursorPosition(0)
        self.shown = {f.key: self.typed(f) for f in self.fields}

    def typed(self, f: Field) -> Any:
        """What the control of ``f`` holds: text, a flag, or the chosen ids in order."""
        control = self.controls[f.key]
        if isinstance(control, QListWidget):
            before = [c for c in self.shown.get(f.key, []) if self._is_checked(control, c)]
            new = [
                control.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(control.count())
                if control.item(r).checkState() == Qt.CheckState.Checked
            ]
            return before + [c for c in new if c not in before]
        if isinstance(control, QCheckBox):
            return control.isChecked()
        if isinstance(control, QPlainTextEdit):
            return control.toPlainText()
        return control.text()  # type: ignore[attr-defined]

    @staticmethod
    def _is_checked(control: QListWidget, stored: Any) -> bool:
        for row in range(control.count()):
            item = control.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == stored:
                return item.checkState() == Qt.CheckState.Checked
        return False

    def changed(self) -> dict[str, Any]:
        """The fields whose control no longer shows what ``set_values`` put there: key -> typed."""
        out = {}
        for f in self.fields:
            now = self.typed(f)
            if now != self.shown.get(f.key):
                out[f.key] = now
        return out

    def set_read_only(self, reason: str) -> None:
        """Show the values without letting them change (texts stay selectable), saying why."""
        for control in self.controls.values():
            if isinstance(control, QLineEdit | QPlainTextEdit):
                control.setReadOnly(bool(reason))
            else:
                control.setEnabled(not reason)
            control.setToolTip(reason)
