"""Names, titles and codes: no invisible or direction-changing characters, stored as NFC;
``--plan`` is an id prefix compared as text, never a pattern."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.models.validate import clean_text


@pytest.fixture
def sample_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    assert main(["sample", "--db", str(db_path)]) == 0
    return db_path, capsys.readouterr().out.strip()


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("王\u200b五", "U+200B ZERO WIDTH SPACE) at position 2"),
        ("王\u200d五", "U+200D ZERO WIDTH JOINER) at position 2"),
        ("\u202e五王", "U+202E RIGHT-TO-LEFT OVERRIDE) at position 1"),
        ("王五\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE) at position 3"),
        ("王\u00ad五", "U+00AD SOFT HYPHEN) at position 2"),
        ("\ufeff王五", "U+FEFF ZERO WIDTH NO-BREAK SPACE) at position 1"),
        ("王\u3164五", "U+3164 HANGUL FILLER) at position 2"),
        ("王\x85五", "contains a control character (U+0085) at position 2"),
    ],
)
def test_set_refuses_invisible_characters(sample_db, capsys, text, refusal):
    db, _uuid = sample_db
    before = (db.read_bytes(), capsys.readouterr())
    assert main(["set", "--db", str(db), f"approver={text}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("plandesk set: approver: contains ")
    assert refusal in err
    assert db.read_bytes() == before[0]


def test_set_stores_nfc(sample_db, capsys):
    db, _uuid = sample_db
    assert main(["set", "--db", str(db), "approver=Jose\u0301", "title=Cafe\u0301 計劃"]) == 0
    capsys.readouterr()
    assert main(["dump", "--db", str(db)]) == 0
    plan = json.loads(capsys.readouterr().out)["plan"]
    assert plan["approver"] == "Jos\u00e9" and plan["title"] == "Caf\u00e9 計劃"


def test_clean_text_keeps_what_people_write():
    text = "第一行\n\t縮排 – «引號» 😀 ㈱ 　全形空格"
    assert clean_text(text, "introduction") == text.strip()


@pytest.mark.parametrize("pattern", ["_", "%", "_%", "________-"])
def test_plan_is_never_a_like_pattern(sample_db, capsys, pattern):
    db, _uuid = sample_db
    assert main(["dump", "--db", str(db), "--plan", pattern]) == 1
    assert capsys.readouterr().err == f"plandesk dump: {db}: no plan {pattern!r}\n"


def test_plan_by_exact_prefix(sample_db, capsys):
    db, uuid = sample_db
    assert main(["dump", "--db", str(db), "--plan", uuid[:4]]) == 0
    assert json.loads(capsys.readouterr().out)["plan"]["uuid"] == uuid
    assert main(["dump", "--db", str(db), "--plan", uuid]) == 0
