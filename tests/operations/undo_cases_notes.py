"""Undo/redo cases of the occurrence-note operations (issue 29), on a draft and on an
approved plan (notes are tracking data); joined to ``undo_cases.CASES`` by the test."""

from __future__ import annotations

from desktop.models import Subtask
from desktop.operations import notes
from tests.operations.undo_cases import Case, Find

NOTE = notes.TABLES_NOTE


def note(find: Find, code: str, month: int, problem: str, solution: str = "") -> notes.Apply:
    return notes.set_note(find(Subtask, code), find.start(code, month), problem, solution)


def clear(find: Find, code: str, month: int) -> notes.Apply:
    return notes.clear_note(find(Subtask, code), find.start(code, month))


NOTE_CASES = [
    Case(notes.set_note, "add", lambda f: note(f, "T1.1", 3, "延誤", "加人"), NOTE),
    Case(
        notes.set_note,
        "change",
        lambda f: note(f, "T1.1", 3, "延誤", "已解決"),
        NOTE,
        pre=lambda f: note(f, "T1.1", 3, "延誤"),
    ),
    Case(notes.set_note, "add", lambda f: note(f, "T3.1", 5, "素材慢"), NOTE, approved=True),
    Case(
        notes.clear_note,
        "remove",
        lambda f: clear(f, "T1.1", 3),
        NOTE,
        pre=lambda f: note(f, "T1.1", 3, "延誤"),
    ),
]
