"""CJK font choice and the Kangxi-radical fix of the PDF text layer."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QRawFont

from desktop.render import derived_fonts, font_tables, fonts

RADICALS = re.compile("[\u2e80-\u2fdf]")
# Characters that Noto Sans CJK maps twice (用 U+7528 and ⽤ U+2F64 share a glyph, ...).
TEXT = "社交媒體運用的年度目標計劃 用戶互動管理 數據收集與分析 人 目 編制人 2027 ≥ 80% A/B"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout


def write_pdf(path: Path, font: QFont, text: str) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.setFont(font)
    painter.drawText(QPointF(300, 600), text)
    painter.end()
    return path


def text_layer_problems(family: str, workdir: Path, text: str = TEXT) -> list[str]:
    """The text-layer check of one installed font, as PlanDesk prints with it: the font goes
    through the look-alike fix (``derived_fonts.fixed_family``) and ``fonts.print_font``; a PDF of
    ``text`` in regular and bold must extract to exactly ``text`` without a Kangxi radical
    (⽤ for 用, ⽬ for 目, ⼈ for 人). Returns what went wrong (empty: the font passes)."""
    problems: list[str] = []
    printed = derived_fonts.fixed_family(family)
    safe = re.sub(r"[^A-Za-z0-9]+", "_", family)
    for bold in (False, True):
        pdf = write_pdf(
            workdir / f"{safe}-{int(bold)}.pdf", fonts.print_font(printed, 12, bold=bold), text
        )
        extracted = pdf_text(pdf).strip()
        weight = "bold" if bold else "regular"
        if RADICALS.search(extracted):
            problems.append(f"{family} {weight}: Kangxi radicals {RADICALS.findall(extracted)}")
        if extracted != text:
            problems.append(f"{family} {weight}: extracted {extracted!r}")
    return problems


def test_every_installed_cjk_font_passes_the_text_layer_check(qapp: Any, tmp_path: Path) -> None:
    families = fonts.installed_cjk_families()
    assert families, fonts.missing_font_message()
    if sys.platform.startswith("linux"):  # scripts/system_deps.sh test installs these three
        for expected in ("Noto Sans CJK TC", "WenQuanYi Micro Hei", "AR PL UMing TW"):
            assert expected in families, f"{expected} is not installed"
    problems = [p for family in families for p in text_layer_problems(family, tmp_path)]
    assert problems == [], f"{len(problems)} problems in {len(families)} fonts"


def test_every_candidate_on_this_platform_passes_when_installed(qapp: Any, tmp_path: Path) -> None:
    installed = set(fonts.installed_cjk_families())
    for lang in ("zh_TW", "zh_CN"):
        chosen = fonts.find_cjk_family(lang)
        assert chosen in installed
        assert chosen == next(f for f in fonts.candidate_families(lang) if f in installed)
        assert text_layer_problems(chosen, tmp_path) == []


def test_document_text_extracts_verbatim(qapp: Any, tmp_path: Path) -> None:
    family = fonts.document_family("zh_TW")
    assert family is not None, fonts.missing_font_message()
    font = fonts.document_font("zh_TW", 12)
    text = pdf_text(write_pdf(tmp_path / "fixed.pdf", font, TEXT))
    assert text.strip() == TEXT
    assert not RADICALS.findall(text)
    bold = pdf_text(
        write_pdf(tmp_path / "bold.pdf", fonts.document_font("zh_TW", 12, bold=True), TEXT)
    )
    assert bold.strip() == TEXT


def font_with_lookalikes() -> str | None:
    """An installed CJK family whose ⽤ (U+2F64) and 用 share a glyph: Noto Sans CJK TC here
    (scripts/system_deps.sh installs it); on Windows/macOS whichever shipped font does, if any."""
    for family in ("Noto Sans CJK TC", *fonts.installed_cjk_families()):
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid() and raw.familyName() == family:
            mapping = font_tables.parse_cmap(bytes(raw.fontTable("cmap")))
            if 0x2F64 in font_tables.lookalikes(mapping):
                return family
    return None


def test_a_font_with_lookalikes_gets_a_derived_copy_without_them(qapp: Any) -> None:
    name = font_with_lookalikes()
    if sys.platform.startswith("linux"):
        assert name == "Noto Sans CJK TC"
    if name is None:  # no installed font shares glyphs: every font prints as it is
        assert all(derived_fonts.fixed_family(f) == f for f in fonts.installed_cjk_families())
        return
    original = QRawFont.fromFont(QFont(name))
    mapping = font_tables.parse_cmap(bytes(original.fontTable("cmap")))
    assert mapping[0x2F64] == mapping[0x7528]  # ⽤ and 用 share a glyph
    family = derived_fonts.fixed_family(name)
    assert family == f"PlanDesk {name}"
    derived = QRawFont.fromFont(QFont(family))
    assert derived.familyName() == family
    assert not derived.supportsCharacter(0x2F64) and not derived.supportsCharacter(0x2F08)
    for ch in "用目人戶":
        assert derived.supportsCharacter(ord(ch))
        assert derived.glyphIndexesForString(ch) == original.glyphIndexesForString(ch)
    bold = QFont(family)
    bold.setBold(True)
    real_bold = QFont(name)
    real_bold.setBold(True)
    if QRawFont.fromFont(real_bold).weight() >= 600:  # a real bold face, not an emboldened one
        assert QRawFont.fromFont(bold).weight() >= 600


def _cmap_with(subtable: bytes, platform: int = 3, encoding: int = 1) -> bytes:
    return struct.pack(">HHHHI", 0, 1, platform, encoding, 12) + subtable


def test_cmap_tables_round_trip() -> None:
    mapping = {
        0x20: 1,
        0x41: 5,
        0x42: 6,
        0x43: 7,
        0x44: 8,
        0x4E00: 900,
        0x4E01: 17,
        0x7528: 300,
        0x2F64: 300,
        0x9: 1,
        0x1F600: 4000,
    }
    assert font_tables.lookalikes(mapping) == [0x9, 0x2F64]
    cmap = font_tables.build_cmap(mapping)
    assert font_tables.parse_cmap(cmap) == mapping  # through the format 12 table
    f4 = font_tables.cmap_subtable(cmap, 4)
    assert f4 is not None
    bmp = {cp: g for cp, g in mapping.items() if cp <= 0xFFFF}
    assert font_tables.parse_cmap(_cmap_with(f4)) == bmp  # the format 4 table alone
    many = {0x4E00 + i: (i * 7919) % 60000 + 1 for i in range(20000)}  # no runs: glyph arrays
    assert (
        font_tables.parse_cmap(
            _cmap_with(font_tables.cmap_subtable(font_tables.build_cmap(many), 4))
        )
        == many
    )


def test_name_and_sfnt_are_well_formed() -> None:
    name = font_tables.build_name("PlanDesk Test", "Bold")
    _fmt, count, offset = struct.unpack_from(">3H", name)
    records = [struct.unpack_from(">6H", name, 6 + 12 * i) for i in range(count)]
    family = next(r for r in records if r[3] == 1)
    assert (
        name[offset + family[5] : offset + family[5] + family[4]].decode("utf-16-be")
        == "PlanDesk Test"
    )
    head = bytearray(54)
    head[12:16] = struct.pack(">I", 0x5F0F3CF5)
    font = font_tables.build_sfnt({"head": bytes(head), "name": name, "glyf": b"\0" * 6})
    assert font[:4] == b"\0\1\0\0" and struct.unpack_from(">H", font, 4)[0] == 3
    assert font_tables._checksum(font) == 0xB1B0AFBA  # the head adjustment makes the sum magic


TABLE_CASES = [
    # platform, lang, installed (in the font database's order), chosen
    (
        "win32",
        "zh_TW",
        ["SimSun", "Microsoft YaHei", "Microsoft JhengHei", "Arial"],
        "Microsoft JhengHei",
    ),
    ("win32", "zh_CN", ["Microsoft JhengHei", "SimSun", "Microsoft YaHei"], "Microsoft YaHei"),
    ("win32", "zh_TW", ["Arial", "MingLiU", "SimSun"], "MingLiU"),
    ("win32", "zh_CN", ["Arial", "SimSun", "MingLiU"], "SimSun"),
    ("win32", "zh_TW", ["Arial", "SimSun"], "SimSun"),  # a Simplified font beats no font
    ("win32", "en", ["Microsoft YaHei", "Microsoft JhengHei"], "Microsoft JhengHei"),
    ("darwin", "zh_TW", ["PingFang SC", "PingFang TC", "Songti TC"], "PingFang TC"),
    ("darwin", "zh_CN", ["PingFang TC", "PingFang SC"], "PingFang SC"),
    ("darwin", "zh_TW", ["Helvetica", "Songti SC", "Heiti TC"], "Heiti TC"),
    ("darwin", "zh_CN", ["Helvetica", "Songti SC", "Heiti TC"], "Songti SC"),
    ("darwin", "zh_TW", ["Helvetica", "Songti TC"], "Songti TC"),
    ("linux", "zh_TW", ["Noto Sans CJK SC", "Noto Sans CJK TC"], "Noto Sans CJK TC"),
    ("linux", "zh_CN", ["Noto Sans CJK TC", "Noto Sans CJK SC"], "Noto Sans CJK SC"),
    ("linux", "zh_TW", ["AR PL UMing TW", "WenQuanYi Micro Hei"], "WenQuanYi Micro Hei"),
    ("linux", "zh_CN", ["AR PL UMing TW", "AR PL UMing CN"], "AR PL UMing CN"),
    ("linux", "zh_TW", ["AR PL UMing CN", "AR PL UMing TW"], "AR PL UMing TW"),
    ("freebsd14", "zh_TW", ["WenQuanYi Micro Hei"], "WenQuanYi Micro Hei"),  # other Unix
    ("win32", "zh_TW", ["Noto Sans CJK TC", "Arial"], None),  # not a Windows font: not listed
    ("darwin", "zh_CN", ["Microsoft YaHei"], None),
]


@pytest.mark.parametrize(("platform", "lang", "installed", "chosen"), TABLE_CASES)
def test_font_table_per_platform_and_language(
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    lang: str,
    installed: list[str],
    chosen: str | None,
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert fonts.find_cjk_family(lang, installed=installed) == chosen


def test_font_table_lists_each_platforms_own_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {
        "win32": {"Microsoft JhengHei", "Microsoft YaHei", "MingLiU", "SimSun"},
        "darwin": {"PingFang TC", "PingFang SC", "Heiti TC", "Songti TC", "Songti SC"},
        "linux": {
            "Noto Sans CJK TC",
            "Noto Sans CJK SC",
            "WenQuanYi Micro Hei",
            "AR PL UMing TW",
            "AR PL UMing CN",
        },
    }
    for platform, families in expected.items():
        monkeypatch.setattr(sys, "platform", platform)
        for lang in ("zh_TW", "zh_CN"):
            listed = fonts.candidate_families(lang)
            assert families <= set(listed), (platform, lang)
            assert len(set(listed)) == len(listed)
        # Traditional plans start with Traditional fonts, Simplified plans with Simplified ones
        tc, sc = fonts.candidate_families("zh_TW"), fonts.candidate_families("zh_CN")
        assert tc[0] != sc[0] and tc.index(sc[0]) > 0 and sc.index(tc[0]) > 0


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


def test_print_command_warns_on_stderr_without_a_cjk_font(
    qapp: Any, sample_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from desktop.cli import main

    ws, _uuid = sample_ws
    monkeypatch.setattr(fonts, "cjk_font_warning", lambda lang="zh_TW": "install a font")
    assert main(["print", "--db", str(ws.path), "--pdf", str(tmp_path / "p.pdf")]) == 0
    err = capsys.readouterr().err
    assert "warning: install a font" in err


def test_derived_font_is_kept_in_the_user_cache(qapp: Any, private_user_dirs: Path) -> None:
    from PySide6.QtGui import QFontDatabase

    name = font_with_lookalikes() or fonts.installed_cjk_families()[0]
    raw = QRawFont.fromFont(QFont(name))
    path = derived_fonts._cache_file(raw, "PlanDesk Cache Test")
    assert path is not None and private_user_dirs in path.parents  # the test's own folders
    data = derived_fonts.derived_font(raw, "PlanDesk Cache Test")
    if font_with_lookalikes() is None:
        assert data is None  # nothing to fix, nothing cached
        return
    assert data is not None and data[:4] in (b"OTTO", b"\0\1\0\0")
    derived_fonts._store(path, data)
    assert path.read_bytes() == data
    font_id = QFontDatabase.addApplicationFont(str(path))
    assert QFontDatabase.applicationFontFamilies(font_id) == ["PlanDesk Cache Test"]
