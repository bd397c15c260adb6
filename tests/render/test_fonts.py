"""CJK font choice and the Kangxi-radical fix of the PDF text layer."""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QRawFont

from desktop.render import font_tables, fonts

RADICALS = re.compile("[\u2e80-\u2fdf]")
# Characters that Noto Sans CJK maps twice (用 U+7528 and ⽤ U+2F64 share a glyph, ...).
TEXT = "社交媒體運用的年度目標計劃 用戶互動管理 數據收集與分析 人 目 編制人 2027 ≥ 80% A/B"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout  # fmt: skip


def write_pdf(path: Path, font: QFont, text: str) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.setFont(font)
    painter.drawText(QPointF(300, 600), text)
    painter.end()
    return path


def test_document_text_extracts_verbatim(qapp: Any, tmp_path: Path) -> None:
    family = fonts.document_family("zh_TW")
    assert family is not None, fonts.missing_font_message()
    font = fonts.document_font("zh_TW", 12)
    text = pdf_text(write_pdf(tmp_path / "fixed.pdf", font, TEXT))
    assert text.strip() == TEXT
    assert not RADICALS.findall(text)
    bold = pdf_text(write_pdf(tmp_path / "bold.pdf", fonts.document_font("zh_TW", 12, bold=True),
                              TEXT))  # fmt: skip
    assert bold.strip() == TEXT


def test_noto_cjk_gets_a_derived_copy_without_lookalikes(qapp: Any) -> None:
    original = QRawFont.fromFont(QFont("Noto Sans CJK TC"))
    assert original.isValid() and original.familyName() == "Noto Sans CJK TC"
    cmap = bytes(original.fontTable("cmap"))
    mapping = fonts.parse_cmap(cmap)
    drop = fonts.lookalikes(mapping)
    assert 0x2F64 in drop and mapping[0x2F64] == mapping[0x7528]  # ⽤ and 用 share a glyph
    family = fonts.fixed_family("Noto Sans CJK TC")
    assert family == "PlanDesk Noto Sans CJK TC"
    derived = QRawFont.fromFont(QFont(family))
    assert derived.familyName() == family
    assert not derived.supportsCharacter(0x2F64) and not derived.supportsCharacter(0x2F08)
    for ch in "用目人戶":
        assert derived.supportsCharacter(ord(ch))
        assert derived.glyphIndexesForString(ch) == original.glyphIndexesForString(ch)
    bold = QFont(family)
    bold.setBold(True)
    assert QRawFont.fromFont(bold).weight() >= 600  # a real bold face, not an emboldened one


def _cmap_with(subtable: bytes, platform: int = 3, encoding: int = 1) -> bytes:
    return struct.pack(">HHHHI", 0, 1, platform, encoding, 12) + subtable


def test_cmap_tables_round_trip() -> None:
    mapping = {0x20: 1, 0x41: 5, 0x42: 6, 0x43: 7, 0x44: 8, 0x4E00: 900, 0x4E01: 17,
               0x7528: 300, 0x2F64: 300, 0x9: 1, 0x1F600: 4000}  # fmt: skip
    assert fonts.lookalikes(mapping) == [0x9, 0x2F64]
    cmap = fonts.build_cmap(mapping)
    assert fonts.parse_cmap(cmap) == mapping  # through the format 12 table
    f4 = fonts.cmap_subtable(cmap, 4)
    assert f4 is not None
    bmp = {cp: g for cp, g in mapping.items() if cp <= 0xFFFF}
    assert fonts.parse_cmap(_cmap_with(f4)) == bmp  # the format 4 table alone
    many = {0x4E00 + i: (i * 7919) % 60000 + 1 for i in range(20000)}  # no runs: glyph arrays
    assert fonts.parse_cmap(_cmap_with(fonts.cmap_subtable(fonts.build_cmap(many), 4))) == many


def test_name_and_sfnt_are_well_formed() -> None:
    name = fonts.build_name("PlanDesk Test", "Bold")
    _fmt, count, offset = struct.unpack_from(">3H", name)
    records = [struct.unpack_from(">6H", name, 6 + 12 * i) for i in range(count)]
    family = next(r for r in records if r[3] == 1)
    assert name[offset + family[5]:offset + family[5] + family[4]].decode("utf-16-be") == \
        "PlanDesk Test"  # fmt: skip
    head = bytearray(54)
    head[12:16] = struct.pack(">I", 0x5F0F3CF5)
    font = fonts.build_sfnt({"head": bytes(head), "name": name, "glyf": b"\0" * 6})
    assert font[:4] == b"\0\1\0\0" and struct.unpack_from(">H", font, 4)[0] == 3
    assert font_tables._checksum(font) == 0xB1B0AFBA  # the head adjustment makes the sum magic


def test_family_choice_per_platform_and_language() -> None:
    assert fonts.candidate_families("zh_TW", "win32")[0] == "Microsoft JhengHei"
    assert fonts.candidate_families("zh_CN", "win32")[0] == "Microsoft YaHei"
    assert fonts.candidate_families("zh_TW", "darwin")[0] == "PingFang TC"
    assert fonts.candidate_families("zh_CN", "linux")[0] == "Noto Sans CJK SC"
    installed = ["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC"]
    assert fonts.find_cjk_family("zh_TW", "linux", installed) == "WenQuanYi Micro Hei"
    assert fonts.find_cjk_family("zh_CN", "linux", installed) == "Noto Sans CJK SC"
    assert fonts.find_cjk_family("zh_TW", "linux", ["DejaVu Sans"]) is None


def test_no_cjk_font_tells_how_to_install_one_once(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "fonts-noto-cjk" in fonts.missing_font_message("linux")
    assert "Optional features" in fonts.missing_font_message("win32")
    assert "Font Book" in fonts.missing_font_message("darwin")
    monkeypatch.setattr(fonts, "find_cjk_family", lambda lang="zh_TW": None)
    monkeypatch.setattr(fonts, "_warned", set())
    assert fonts.cjk_font_warning() == fonts.missing_font_message()
    assert fonts.warn_once("test") == fonts.missing_font_message()
    assert fonts.warn_once("test") is None
    monkeypatch.setattr(fonts, "find_cjk_family", lambda lang="zh_TW": "Some CJK")
    assert fonts.cjk_font_warning() is None


def test_print_command_warns_on_stderr_without_a_cjk_font(qapp: Any, sample_ws: Any,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: Any) -> None:  # fmt: skip
    from desktop.cli import main

    ws, _uuid = sample_ws
    monkeypatch.setattr(fonts, "cjk_font_warning", lambda lang="zh_TW": "install a font")
    assert main(["print", "--db", str(ws.path), "--pdf", str(tmp_path / "p.pdf")]) == 0
    err = capsys.readouterr().err
    assert "warning: install a font" in err


def test_derived_font_is_kept_in_the_user_cache(qapp: Any) -> None:
    import os

    from PySide6.QtGui import QFontDatabase

    raw = QRawFont.fromFont(QFont("Noto Sans CJK TC"))
    path = fonts._cache_file(raw, "PlanDesk Cache Test")
    assert path is not None and str(path).startswith(os.environ["XDG_CACHE_HOME"])
    data = fonts.derived_font(raw, "PlanDesk Cache Test")
    assert data is not None and data[:4] == b"OTTO"
    fonts._store(path, data)
    assert path.read_bytes() == data
    font_id = QFontDatabase.addApplicationFont(str(path))
    assert QFontDatabase.applicationFontFamilies(font_id) == ["PlanDesk Cache Test"]
