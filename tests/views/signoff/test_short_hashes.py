"""The Sign-off screen shows SHA-256 strings short, the whole one a click away (issue 25)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.models.serialize import content_hash
from desktop.operations import find_plan
from desktop.views.main_window import MainWindow
from desktop.views.signoff.signoff_actions import grouped, short_hash


def test_hashes_are_short_and_copied_whole(qtbot: Any, sample_ws: Any) -> None:
    ws, uuid = sample_ws
    with ws.session() as session:
        digest = content_hash(find_plan(session, uuid))
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    screen = window.show_screen("signoff")
    text = screen.fingerprint.text()
    assert short_hash(digest) in text and grouped(digest) not in text
    assert short_hash(digest) == f"{grouped(digest)[:14]} … {digest[-4:]}"
    assert screen.fingerprint.toolTip() == grouped(digest)
    assert "Copy" in text
    screen.fingerprint.linkActivated.emit(f"copy:{digest}")
    assert QApplication.clipboard().text() == digest
    head = screen.report.chain.head
    assert short_hash(head) in screen.chain.text() and head not in screen.chain.text().replace(
        f"copy:{head}", ""
    )
    screen.chain.linkActivated.emit(f"copy:{head}")
    assert QApplication.clipboard().text() == head
