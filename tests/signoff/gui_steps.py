"""Steps of the sign-off GUI tests: clicking a button as a user does, and keeping screenshots
(``PLANDESK_SHOTS=folder`` keeps them, else they go to the test's temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

SHOTS = os.environ.get("PLANDESK_SHOTS")  # a folder to keep the screenshots in
YES = QMessageBox.StandardButton.Yes


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shot(widget, tmp_path: Path, name: str) -> None:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"signoff-{name}.png"))
