"""Every screen of the main window opens on every state, in the plan's language (UI and
plan both), on the state's workspace opened read-only (as a second PlanDesk would): each
screen is shown, has refreshed and paints without an error (pytest-qt fails a test on an
exception in a slot)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Plan
from desktop.store import open_workspace
from desktop.views.main_window import SCREENS, MainWindow
from tests.matrix.states import NAMES
from tests.views.settle import settle

# PLANDESK_MATRIX_SHOTS=FOLDER saves every screen of every state there, to look at them
SHOTS = os.environ.get("PLANDESK_MATRIX_SHOTS")


@pytest.fixture
def translated(qapp):
    """``translated(lang)`` installs the UI translations, as ``plandesk --lang`` does; English
    again afterwards."""
    from desktop.views.language import install_translators

    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


@pytest.mark.parametrize("state", NAMES)
def test_every_screen_opens(matrix, state: str, qtbot, translated) -> None:
    built = matrix[state]
    ws = open_workspace(built.db, read_only=True)
    try:
        with ws.session() as session:
            plan = session.scalars(select(Plan).where(Plan.uuid == built.uuid)).one()
            plan_id, lang, revision = plan.id, plan.language, plan.revision
        translated(lang)
        window = MainWindow(ws, lang=lang, plan_id=plan_id)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        assert window.ctx.plan_id == plan_id and window.banner.isVisible()  # read-only
        assert f"{revision}" in window.status_plan.text()
        for key, _module, _class in SCREENS:
            screen = window.show_screen(key)
            settle(screen)
            assert window.current_screen_key() == key and screen.isVisible()
            image = window.grab()
            assert not image.isNull()
            if SHOTS is not None:
                image.save(str(Path(SHOTS) / f"{state}-{key}.png"))
        window.close()
    finally:
        ws.close()
