"""Settings ▸ People… and My signing keys…: open the dialog on the window (menus.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.signoff.keys_dialog import KeysDialog
from desktop.views.signoff.people_dialog import PeopleDialog

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def open_people(window: MainWindow) -> PeopleDialog:
    dialog = PeopleDialog(window.ctx, window)
    window.people_dialog = dialog
    dialog.open()
    return dialog


def open_keys(window: MainWindow) -> KeysDialog:
    dialog = KeysDialog(window.ctx, window)
    window.keys_dialog = dialog
    dialog.open()
    return dialog
