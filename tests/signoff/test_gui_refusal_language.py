"""Sign-off refusals reach the GUI in the UI language: the sign dialog's error line and the
"Reply not merged" message box show the English in English and the Chinese in 繁體中文."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.views.test_translations import compiled_qm, translators  # noqa: F401 - fixtures

from .conftest import PASSWORDS
from .test_gui_signoff import sign_in, status_of

pytestmark = pytest.mark.sqlite_only

WRONG_SIGNER = {
    "en": "李審核 may not sign as compiler: the plan names 王編制 as its compiler",
    "zh_TW": "李審核 不能以編制人身分簽署：計劃指定的編制人是 王編制",
}
NOT_A_REPLY = {
    "en": "plan.pdreview holds no signature: it is a package, not a signed reply",
    "zh_TW": "plan.pdreview 沒有簽章：它是審核包，不是簽署回覆",
}


@pytest.fixture(params=["en", "zh_TW"])
def lang(request: Any, translators: Any) -> str:  # noqa: F811
    translators(request.param)
    return request.param


def test_sign_dialog_shows_a_refused_signer_in_the_ui_language(qtbot, people_ws, lang):
    from desktop.views.shared.context import AppContext
    from desktop.views.signoff.signoff_screen import SignoffScreen

    ctx = AppContext(people_ws[0])
    ctx.lang = lang
    screen = SignoffScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    dialog = screen.submit()
    dialog.signer.setCurrentText("李審核")  # the plan names 王編制 as its compiler
    sign_in(qtbot, dialog, PASSWORDS["李審核"])
    assert dialog.error.text() == WRONG_SIGNER[lang]
    assert dialog.isVisible() and status_of(screen) == "draft"  # nothing signed


def test_merging_a_package_as_a_reply_is_refused_in_the_ui_language(
    qtbot, people_ws, tmp_path, monkeypatch, lang
):
    from desktop.signoff.review import export_package
    from desktop.views.main_window import MainWindow
    from desktop.views.signoff.review_actions import merge_signed_reply

    ws, uuid = people_ws
    package = tmp_path / "plan.pdreview"
    package.write_bytes(export_package(ws, uuid))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _p, title, text, *_a: shown.append((title, text))),
    )
    window = MainWindow(ws, lang=lang)
    qtbot.addWidget(window)
    assert not merge_signed_reply(window, str(package))
    title, text = shown[-1]
    assert text == NOT_A_REPLY[lang]
    assert title == {"en": "Reply not merged", "zh_TW": "回覆未合併"}[lang]
