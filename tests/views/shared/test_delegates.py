"""The shared delegates refuse invalid values at the editor and store only valid ones."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from desktop.views.shared.delegates import (
    ChoiceDelegate,
    MultiLineDelegate,
    ScheduleDelegate,
    TextDelegate,
    hint_of,
)
from desktop.views.shared.table_copy import install_copy, selection_as_tsv
from desktop.views.shared.value_delegates import DateDelegate, SpinDelegate

EDIT = Qt.ItemDataRole.EditRole
CHOICES = Qt.ItemDataRole.UserRole + 9


@pytest.fixture
def table(qtbot):
    model = QStandardItemModel(2, 6)
    values = ["內容質量不達標", 3, "每月第一周", None, 1, "第一行"]
    for col, value in enumerate(values):
        item = QStandardItem()
        item.setData(value, EDIT)
        item.setData([(None, "—"), (1, "內容審核團隊"), (2, "平臺運營團隊")], CHOICES)
        model.setItem(0, col, item)
    view = QTableView()
    view.setModel(model)
    delegates = [
        TextDelegate("Risk", required=True),
        SpinDelegate("Likelihood", 1, 5),
        ScheduleDelegate("Timing"),
        DateDelegate("Review date"),
        ChoiceDelegate(choices_role=CHOICES),
        MultiLineDelegate("Measure"),
    ]
    for col, delegate in enumerate(delegates):
        delegate.setParent(view)
        view.setItemDelegateForColumn(col, delegate)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.delegates = delegates
    return view


def open_editor(view, col):
    index = view.model().index(0, col)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None
    editor.setFocus()
    return editor


def type_text(widget, text):
    """Type text as an input method commits it (QTest.keyClicks is ASCII only)."""
    event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
    QApplication.sendEvent(widget, event)


def press_enter(qtbot, view, editor, col, modifier=Qt.KeyboardModifier.NoModifier):
    """Enter commits through a queued call: wait until the editor has closed."""
    qtbot.keyClick(editor, Qt.Key.Key_Return, modifier)
    qtbot.waitUntil(lambda: view.indexWidget(view.model().index(0, col)) is None, timeout=2000)


def stored(view, col):
    return view.model().index(0, col).data(EDIT)


def test_likelihood_seven_is_refused_at_the_editor(qtbot, table):
    delegate = table.delegates[1]
    editor = open_editor(table, 1)
    editor.selectAll()
    with qtbot.waitSignal(delegate.refusals.shown) as refused:
        qtbot.keyClicks(editor, "7")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "1" in refused.args[0] and "5" in refused.args[0] and "7" in refused.args[0]
    assert table.indexWidget(table.model().index(0, 1)) is editor  # still editing
    assert hint_of(editor) and stored(table, 1) == 3
    editor.selectAll()
    qtbot.keyClicks(editor, "4")
    assert not hint_of(editor)  # the hint follows the typing
    press_enter(qtbot, table, editor, 1)
    assert stored(table, 1) == 4


def test_spin_box_may_be_emptied(qtbot, table):
    editor = open_editor(table, 1)
    editor.setValue(editor.minimum())
    assert editor.text() == "—"
    press_enter(qtbot, table, editor, 1)
    assert stored(table, 1) is None


def test_empty_title_is_refused_and_nothing_stored(qtbot, table):
    delegate = table.delegates[0]
    editor = open_editor(table, 0)
    editor.clear()
    qtbot.keyClicks(editor, "   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "must not be empty" in delegate.last_error
    assert stored(table, 0) == "內容質量不達標"
    # a commit by focus loss is refused too
    delegate.setModelData(editor, table.model(), table.model().index(0, 0))
    assert stored(table, 0) == "內容質量不達標"
    editor.setText("  內容質量下降 ")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert stored(table, 0) == "內容質量下降"


def test_schedule_editor_checks_the_phrase_while_typing(qtbot, table):
    delegate = table.delegates[2]
    editor = open_editor(table, 2)
    assert editor.text() == "每月第一周"
    editor.clear()
    type_text(editor, "每月第九周")
    assert "每月第九周" in hint_of(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert delegate.last_error and stored(table, 2) == "每月第一周"
    editor.clear()
    type_text(editor, "每月第二周")
    assert not hint_of(editor)
    press_enter(qtbot, table, editor, 2)
    assert stored(table, 2) == "每月第二周"


def test_date_editor_allows_empty_and_delete_clears(qtbot, table):
    editor = open_editor(table, 3)
    assert editor.is_empty() and editor.text() == "(none)"
    qtbot.keyClicks(editor, "20270331")  # typed from empty, keyboard only
    assert editor.date_value() == date(2027, 3, 31)
    press_enter(qtbot, table, editor, 3)
    value = stored(table, 3)
    assert (value.toPython() if isinstance(value, QDate) else value) == date(2027, 3, 31)
    editor = open_editor(table, 3)
    assert editor.date_value() == date(2027, 3, 31)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.is_empty()
    press_enter(qtbot, table, editor, 3)
    assert stored(table, 3) is None


def test_choice_editor_stores_the_data_not_the_text(qtbot, table):
    editor = open_editor(table, 4)
    assert editor.count() == 3 and editor.currentText() == "內容審核團隊"
    editor.setCurrentIndex(2)
    press_enter(qtbot, table, editor, 4)
    assert stored(table, 4) == 2


def test_multiline_editor_keeps_newlines_and_saves_on_ctrl_enter(qtbot, table):
    editor = open_editor(table, 5)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "第二行")
    assert table.indexWidget(table.model().index(0, 5)) is editor
    press_enter(qtbot, table, editor, 5, Qt.KeyboardModifier.ControlModifier)
    assert stored(table, 5) == "第一行\n第二行"


def test_copy_selection_as_tab_separated_text(qtbot, table):
    model = table.model()
    model.setData(model.index(1, 0), 'say "hi"\tthere', EDIT)
    table.selectAll()
    text = selection_as_tsv(table)
    lines = text.splitlines()
    assert lines[0].split("\t")[:3] == ["內容質量不達標", "3", "每月第一周"]
    assert lines[1].startswith('"say ""hi""\tthere"')
    action = install_copy(table)
    table.setFocus()
    action.trigger()
    assert QGuiApplication.clipboard().text() == text
    table.clearSelection()
    assert selection_as_tsv(table) == ""


def test_invisible_characters_are_refused_and_text_is_stored_nfc(qtbot, table):
    """A look-alike name (zero-width space, right-to-left override) never reaches the model."""
    delegate = table.delegates[0]
    for sneaky in ("王\u200b五", "\u202e五王"):
        editor = open_editor(table, 0)
        editor.setText(sneaky)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert "invisible character (U+" in delegate.last_error
        assert stored(table, 0) == "內容質量不達標"
        table.closeEditor(editor, TextDelegate.EndEditHint.RevertModelCache)
    editor = open_editor(table, 0)
    editor.setText("Cafe\u0301")
    press_enter(qtbot, table, editor, 0)
    assert stored(table, 0) == "Caf\u00e9"
