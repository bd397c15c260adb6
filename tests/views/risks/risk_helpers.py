"""Helpers of the risk register tests: read the plan's dump, find and edit cells as a user."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.models import Risk
from desktop.models.serialize import canonical_json, dump_plan
from desktop.operations.edits import update_item
from desktop.views.risks import risk_columns as rc


def dump(ctx) -> str:
    with ctx.session() as session:
        return canonical_json(dump_plan(ctx.plan(session)))


def risks(ctx) -> dict[str, dict]:
    return {r["code"]: r for r in json.loads(dump(ctx))["risks"]}


def codes(ctx) -> list[str]:
    return [r["code"] for r in json.loads(dump(ctx))["risks"]]


def risk_id(ctx, code: str) -> int:
    with ctx.session() as session:
        return session.scalars(
            select(Risk.id).where(Risk.plan_id == ctx.plan_id, Risk.code == code)
        ).one()


def update(ctx, code: str, **values) -> None:
    ctx.ops.run(
        ctx.plan_id, "test", update_item(Risk, risk_id(ctx, code), values), tables=("risk",)
    )


def cell(model, code: str, col: int):
    row = next(i for i, r in enumerate(model.rows) if r.code == code)
    return model.index(row, col)


def visible_codes(screen) -> list[str]:
    proxy = screen.proxy
    return [proxy.index(r, rc.COL_CODE).data() for r in range(proxy.rowCount())]


def type_text(widget, text: str) -> None:
    """Type as an input method commits text (QTest.keyClicks is ASCII only)."""
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
    )


def open_editor(qtbot, screen, code: str, col: int):
    """Select a cell with the keyboard focus on the table and press F2, as a user would."""
    index = screen.proxy.mapFromSource(cell(screen.model, code, col))
    screen.table.setFocus()
    screen.table.setCurrentIndex(index)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    editor = screen.table.indexWidget(index)
    assert editor is not None
    return index, editor


def commit(qtbot, screen, index, editor, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return, modifier)
    qtbot.waitUntil(lambda: screen.table.indexWidget(index) is None, timeout=3000)
