"""Every export suggests ``<title> <year> r<rev>.<ext>`` in the folder last used, and a reply
file that exists is not replaced without asking (issue 25)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.views.files import calendar_word_actions, excel_actions, export_actions
from desktop.views.files.file_names import KEY_FOLDER, plan_file_name
from desktop.views.main_window import MainWindow
from desktop.views.signoff import pdf_signature_actions, review_actions

TITLE = "社交媒體運用的年度目標計劃 2027 r1"


@pytest.fixture
def window(sample_ws: Any, qtbot: Any, tmp_path: Path) -> MainWindow:
    ws, _uuid = sample_ws
    win = MainWindow(ws, lang="en")
    qtbot.addWidget(win)
    win.ctx.settings.setValue(KEY_FOLDER, str(tmp_path))
    return win


@pytest.fixture
def suggested(monkeypatch: Any) -> list[str]:
    """The file each save dialog suggests; the dialog is cancelled."""
    seen: list[str] = []

    def save(_parent: Any, _title: str, path: str, _filter: str = "", *a: Any, **k: Any) -> Any:
        seen.append(path)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return seen


def test_every_export_suggests_the_plan_file_name_in_the_last_folder(
    window: MainWindow, suggested: list[str], tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(export_actions, "ask_team", lambda _w, _t: None)
    excel_actions._choose_export(window)
    calendar_word_actions.export_calendar(window)
    calendar_word_actions.export_word(window)
    review_actions.export_review_package(window)
    pdf_signature_actions.export_for_signature(window)
    names = [Path(p) for p in suggested]
    assert [p.parent for p in names] == [tmp_path] * 5
    assert [p.name for p in names] == [
        f"{TITLE}.xlsx",
        f"{TITLE}.ics",
        f"{TITLE}.docx",
        f"{TITLE}.pdreview",
        f"{TITLE} for signature.pdf",
    ]


def test_a_chosen_file_sets_the_folder_and_gets_its_extension(
    window: MainWindow, monkeypatch: Any, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere"
    other.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other / "cal"), ""))
    )
    monkeypatch.setattr(export_actions, "ask_team", lambda _w, _t: None)
    out = calendar_word_actions.export_calendar(window)
    assert out == other / "cal.ics" and out.exists()
    assert window.ctx.settings.value(KEY_FOLDER) == str(other)


def test_file_names_drop_characters_file_systems_refuse() -> None:
    assert plan_file_name('a/b:c "d"', 2028, 3, "pdf", "for signature") == (
        "a b c d 2028 r3 for signature.pdf"
    )
