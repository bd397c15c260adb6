"""One refusal channel: a bad value typed in an editor of each kind (board subtask, risk cell,
KPI actual, monitoring row, overview header) shows its message in that screen's hint line, in
the UI language, and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Plan, Subtask
from desktop.models.serialize import canonical_json, dump_plan
from desktop.models.validate_messages import MESSAGES
from desktop.views.shared.context import AppContext
from tests.views.test_translations import compiled_qm, translators  # noqa: F401 - fixtures

# a word of each message, per language, that the hint line must show
WORDS = {
    "en": {"empty": "must not be empty", "number": "is not a number", "year": "is not a year"},
    "zh_TW": {"empty": "不能空白", "number": "不是數字", "year": "不是年份"},
}


def dump(ws: Any) -> str:
    with ws.session() as session:
        return canonical_json(dump_plan(session.scalars(select(Plan)).one()))


@pytest.fixture(params=["en", "zh_TW"])
def lang(request: Any, translators: Any) -> str:  # noqa: F811
    translators(request.param)
    return request.param


@pytest.fixture
def ctx(sample_ws: Any, lang: str) -> AppContext:
    context = AppContext(sample_ws[0])
    context.lang = lang
    return context


def shown(qtbot: Any, screen: Any) -> Any:
    qtbot.addWidget(screen)
    screen.resize(1600, 1000)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def open_cell_editor(qtbot: Any, view: Any, index: Any) -> Any:
    """Select the cell with the focus on the table and press F2, as a user would."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None
    return editor


def test_words_are_those_of_the_message_table() -> None:
    for lang, words in WORDS.items():
        assert words["empty"] in MESSAGES["empty"][lang]
        assert words["number"] in MESSAGES["not_number"][lang]
        assert words["year"] in MESSAGES["not_year"][lang]


def test_board_subtask_editor(qtbot: Any, sample_ws: Any, ctx: AppContext, lang: str) -> None:
    from desktop.views.board.subtask_editor import SubtaskEditor

    before = dump(sample_ws[0])
    with ctx.session() as session:
        sub_id = session.scalars(select(Subtask.id).order_by(Subtask.id)).first()
    editor = SubtaskEditor(ctx, sub_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor.title_edit, "   ")
    editor.buttons.button(editor.buttons.StandardButton.Ok).click()
    text = editor.message.text()
    assert WORDS[lang]["empty"] in text and text.startswith(editor.tr("Title"))
    assert editor.isVisible()  # the dialog stays open
    assert dump(sample_ws[0]) == before and ctx.ops.undo_stack.count() == 0


def test_risk_cell(qtbot: Any, sample_ws: Any, ctx: AppContext, lang: str) -> None:
    from desktop.views.risks import risk_columns as rc
    from desktop.views.risks.risk_register import RiskRegisterScreen

    before = dump(sample_ws[0])
    screen = shown(qtbot, RiskRegisterScreen(ctx))
    index = screen.proxy.index(1, rc.COL_LIKELIHOOD)
    editor = open_cell_editor(qtbot, screen.table, index)
    editor.selectAll()
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    text = screen.hint.text()
    assert "7" in text and "1–5" in text
    assert ("whole number" if lang == "en" else "整數") in text
    assert screen.table.indexWidget(index) is editor
    assert dump(sample_ws[0]) == before


def test_kpi_actual(qtbot: Any, sample_ws: Any, ctx: AppContext, lang: str) -> None:
    from desktop.views.goals.goals_screen import GoalsScreen

    before = dump(sample_ws[0])
    screen = shown(qtbot, GoalsScreen(ctx))
    editor = open_cell_editor(qtbot, screen.actuals_view, screen.actuals.index(0, 0))
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    text = screen.actuals_message.text()
    assert WORDS[lang]["number"] in text and "abc" in text
    assert text.startswith(screen.tr("Actual"))
    assert dump(sample_ws[0]) == before


def test_monitoring_row(qtbot: Any, sample_ws: Any, ctx: AppContext, lang: str) -> None:
    from desktop.views.sections.monitoring import MonitoringScreen

    before = dump(sample_ws[0])
    screen = shown(qtbot, MonitoringScreen(ctx))
    panel = screen.panels["monitoring"]
    column = panel.model.column_index("title")
    editor = open_cell_editor(qtbot, panel.view, panel.model.index(0, column))
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    text = panel.message.text()
    assert WORDS[lang]["empty"] in text and text.startswith(panel.model.columns[column].header)
    assert panel.message.isVisible()
    assert dump(sample_ws[0]) == before


def test_overview_header(qtbot: Any, sample_ws: Any, ctx: AppContext, lang: str) -> None:
    from desktop.views.overview.overview_screen import OverviewScreen

    before = dump(sample_ws[0])
    screen = shown(qtbot, OverviewScreen(ctx))
    edit = screen.fields["year"]
    stored = edit.text()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "next")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    text = screen.header_message.text()
    assert WORDS[lang]["year"] in text and text.startswith(screen.field_labels["year"])
    assert edit.text() == stored
    assert dump(sample_ws[0]) == before
