"""The GUI and the command line export through the same registry: every registered format has
a File-menu entry, and its file written from the menu equals, byte for byte, the one
``plandesk`` writes for the same filled-in plan (timestamps aside)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtGui import QAction

from desktop.exchange.export.registry import FORMATS, export_format
from desktop.operations import run_change
from desktop.operations.plan_edits import set_header
from desktop.store import Workspace
from desktop.views.files import export_actions
from desktop.views.main_window import MainWindow
from tests.approved import add_people, name_signers

KEYS = [fmt.key for fmt in FORMATS]
ISO_TIME = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?")


@pytest.fixture
def filled(sample_ws: tuple[Workspace, str]) -> tuple[Workspace, str]:
    """The sample plan with every approval field filled, people enrolled and a trust root."""
    ws, uuid = sample_ws
    add_people(ws)
    name_signers(ws, uuid)
    header = {"compiled_on": "2026-12-01", "organisation": "市場推廣部（社交媒體組）"}
    run_change(ws, uuid, "header", set_header(header), tables=("plan",))
    return ws, uuid


@pytest.fixture
def window(filled: tuple[Workspace, str], qtbot: Any) -> MainWindow:
    ws, _uuid = filled
    win = MainWindow(ws, lang="en")
    qtbot.addWidget(win)
    return win


def test_every_format_has_a_file_menu_entry(window: MainWindow) -> None:
    menu = window.file_menu.actions()
    for fmt in FORMATS:
        action = window.findChild(QAction, fmt.action)
        assert action is not None and action in menu, fmt.key
        assert action.property("feature") == "desktop.views.files.export_actions:export_format"
        assert action is window.export_actions[fmt.key]
        assert export_actions.words(window, fmt.key).title


def zip_parts(data: bytes) -> dict[str, bytes]:
    """A workbook's or Word file's parts, export times masked (docProps/core.xml, meta sheet)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: ISO_TIME.sub(b"T", archive.read(name)) for name in archive.namelist()}


def same_painting(data: bytes) -> bytes:
    """A plain PDF re-written as the PDF for signature is (``pdf_determinism``): no clock, no
    XMP packet, no random /ID, and font-subset tags in object order. Qt tags the subsets and
    orders the font objects differently in every process, so two ``plandesk print`` runs of
    the same plan differ there too; what is painted is compared."""
    from desktop.exchange.pdf.pdf_determinism import ContentStamp, content_dated_writer

    writer = content_dated_writer(data, ContentStamp.of(None, 2000))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def normalised(key: str, data: bytes) -> Any:
    """``data`` with what differs between two exports made at different times masked."""
    if key in ("xlsx", "docx"):
        return zip_parts(data)
    if key == "pdf":
        return same_painting(data)
    if key == "ics":  # the export's stamp, time and minute
        return re.sub(rb"(?m)^(DTSTAMP|LAST-MODIFIED|SEQUENCE):.*$", rb"\1:", data)
    if key == "review":
        package = json.loads(data)
        package.pop("made_at")
        return package
    return data  # the PDF for signature is made the same from the same content


@pytest.mark.parametrize("key", KEYS)
def test_the_gui_and_the_command_line_write_the_same_file(
    window: MainWindow,
    filled: tuple[Workspace, str],
    tmp_path: Path,
    cli: Any,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
) -> None:
    ws, uuid = filled
    fmt = export_format(key)
    gui_file, cli_file = tmp_path / f"gui.{fmt.ext}", tmp_path / f"cli.{fmt.ext}"
    monkeypatch.setattr(export_actions, "ask_team", lambda _w, _teams: None)  # all teams
    monkeypatch.setattr(export_actions, "ask_path", lambda *_a: str(gui_file))
    window.export_actions[key].trigger()  # the File-menu entry, as a user chooses it
    assert gui_file.is_file(), window.statusBar().currentMessage()
    assert gui_file.name in window.statusBar().currentMessage()
    ran = cli(*fmt.cli.argv(str(ws.path), cli_file, plan=uuid))
    assert ran.returncode == 0, ran.stderr
    gui_bytes, cli_bytes = gui_file.read_bytes(), cli_file.read_bytes()
    assert normalised(key, gui_bytes) == normalised(key, cli_bytes)
    if key == "pdf_signature":
        assert gui_bytes == cli_bytes


def test_the_gui_workbook_cover_shows_the_trust_root(
    window: MainWindow, filled: tuple[Workspace, str], tmp_path: Path
) -> None:
    from desktop.signoff.records import trust_root_fingerprint

    ws, _uuid = filled
    with ws.session() as session:
        root = trust_root_fingerprint(session)
    assert root
    out = export_actions.export_format(window, "xlsx", tmp_path / "plan.xlsx")
    assert out is not None
    cover = openpyxl.load_workbook(out).worksheets[0]
    cells = [str(c.value or "") for row in cover.iter_rows() for c in row]
    grouped = " ".join(root[i : i + 4] for i in range(0, 64, 4))
    assert any(grouped in text for text in cells)


def test_word_and_the_pdf_are_built_off_the_gui_thread(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from desktop.exchange.document import plan_document, word_export

    built_on: dict[str, bool] = {}
    for module, name, key in (
        (word_export, "build_docx", "docx"),
        (plan_document, "build_document", "pdf"),
    ):
        real = getattr(module, name)

        def spy(*args: Any, _real: Any = real, _key: str = key, **kwargs: Any) -> Any:
            built_on[_key] = threading.current_thread() is threading.main_thread()
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)
    assert export_actions.export_format(window, "docx", tmp_path / "plan.docx") is not None
    assert export_actions.export_format(window, "pdf", tmp_path / "plan.pdf") is not None
    assert built_on == {"docx": False, "pdf": False}  # neither in the GUI (main) thread
