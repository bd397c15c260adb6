"""CJK fonts for the screen, the printer and the PDF (QtGui only).

Two jobs:

* **Choose** a CJK family deliberately per platform and plan language (Traditional or
  Simplified Chinese), and say how to install one when none is present.
* **Fix the PDF text layer.** Fonts such as Noto Sans/Serif CJK map a Kangxi radical (U+2F64 ⽤)
  and the unified ideograph (U+7528 用) to the same glyph. Qt's PDF writer builds the
  ``ToUnicode`` map by scanning code points upwards and keeps the first one per glyph, so the
  extracted text says ⽤ where the plan says 用. ``derived_fonts`` makes a private copy whose
  ``cmap`` leaves out such look-alike code points (radicals, strokes, kanbun marks that share a
  glyph with another code point), register it under ``PlanDesk <family>`` and print with it.
  The copy is built in memory from the tables Qt already loaded (``QRawFont.fontTable``), so it
  works for any installed font format and platform, and costs a few tens of milliseconds.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterable
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from .derived_fonts import PREFIX, fixed_family

SAMPLE_TEXT = "社交媒體運用的年度目標計劃"

# Families in order of preference: platform x plan language (Traditional / Simplified).
# Each platform's list holds the fonts that ship with it (or its usual font packages); a
# Traditional plan prefers Traditional glyph forms and falls back to a Simplified font (it
# still has every character of a plan), and the other way round. Any other installed font
# covering Chinese comes after these (``find_cjk_family``). Each must pass the text-layer
# check of tests/render/test_fonts.py (no Kangxi radicals for 用 目 人, exact extraction).
CANDIDATES: dict[str, dict[str, tuple[str, ...]]] = {
    "win32": {
        "zh_TW": (
            "Microsoft JhengHei",
            "Microsoft JhengHei UI",
            "PMingLiU",
            "MingLiU",
            "Microsoft YaHei",
            "Microsoft YaHei UI",
            "SimSun",
            "SimHei",
        ),
        "zh_CN": (
            "Microsoft YaHei",
            "Microsoft YaHei UI",
            "SimSun",
            "NSimSun",
            "SimHei",
            "Microsoft JhengHei",
            "PMingLiU",
            "MingLiU",
        ),
    },
    "darwin": {
        "zh_TW": (
            "PingFang TC",
            "PingFang HK",
            "Heiti TC",
            "Songti TC",
            "Apple LiGothic",
            "PingFang SC",
            "Heiti SC",
            "Songti SC",
        ),
        "zh_CN": (
            "PingFang SC",
            "Heiti SC",
            "Songti SC",
            "Hiragino Sans GB",
            "STHeiti",
            "PingFang TC",
            "Heiti TC",
            "Songti TC",
        ),
    },
    "linux": {
        "zh_TW": (
            "Noto Sans CJK TC",
            "Source Han Sans TC",
            "Noto Sans TC",
            "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei",
            "AR PL UMing TW",
            "AR PL UKai TW",
            "Noto Sans CJK SC",
            "Source Han Sans SC",
            "AR PL UMing CN",
            "Droid Sans Fallback",
        ),
        "zh_CN": (
            "Noto Sans CJK SC",
            "Source Han Sans SC",
            "Noto Sans SC",
            "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei",
            "AR PL UMing CN",
            "AR PL UKai CN",
            "Noto Sans CJK TC",
            "Source Han Sans TC",
            "AR PL UMing TW",
            "Droid Sans Fallback",
        ),
    },
}

INSTALL_HINTS: dict[str, str] = {
    "linux": (
        "No Chinese (CJK) font is installed, so Chinese text would print as empty boxes. "
        "Install one, then restart PlanDesk: Debian/Ubuntu: sudo apt install fonts-noto-cjk; "
        "Fedora: sudo dnf install google-noto-sans-cjk-fonts; "
        "Arch: sudo pacman -S noto-fonts-cjk."
    ),
    "win32": (
        "No Chinese (CJK) font is installed, so Chinese text would print as empty boxes. "
        "Open Settings > Time & language > Language & region, add 中文(繁體) or "
        "Settings > Apps > Optional features > Add 'Chinese (Traditional) Supplemental "
        "Fonts', then restart PlanDesk."
    ),
    "darwin": (
        "No Chinese (CJK) font was found, so Chinese text would print as empty boxes. "
        "Open Font Book, choose File > Download fonts (PingFang TC), then restart PlanDesk."
    ),
}


def platform_key(platform: str | None = None) -> str:
    """``win32``, ``darwin`` or ``linux`` (any other Unix uses the Linux list)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    return "linux"


def candidate_families(lang: str = "zh_TW", platform: str | None = None) -> tuple[str, ...]:
    """The preferred families for a plan in ``lang`` (``zh_CN``: Simplified; else Traditional)."""
    table = CANDIDATES[platform_key(platform)]
    return table["zh_CN" if lang == "zh_CN" else "zh_TW"]


def installed_cjk_families(text: str = SAMPLE_TEXT) -> list[str]:
    """Every installed family (not our derived copies) with real glyphs for ``text``."""
    found: dict[str, None] = {}
    for system in (
        QFontDatabase.WritingSystem.TraditionalChinese,
        QFontDatabase.WritingSystem.SimplifiedChinese,
    ):
        for family in QFontDatabase.families(system):
            if not family.startswith(PREFIX) and covers_cjk(family, text):
                found[family] = None
    return list(found)


def covers_cjk(family: str, text: str = SAMPLE_TEXT) -> bool:
    """Whether ``family`` is installed and has real glyphs for ``text``."""
    if family not in QFontDatabase.families():
        return False
    raw = QRawFont.fromFont(QFont(family))
    return raw.isValid() and all(raw.supportsCharacter(ord(ch)) for ch in text)


def find_cjk_family(
    lang: str = "zh_TW", platform: str | None = None, installed: Iterable[str] | None = None
) -> str | None:
    """The preferred installed CJK family for ``lang``, or any family that covers Chinese."""
    names = set(QFontDatabase.families()) if installed is None else set(installed)
    for family in candidate_families(lang, platform):
        if family in names and (installed is not None or covers_cjk(family)):
            return family
    if installed is not None:
        return None
    system = (
        QFontDatabase.WritingSystem.TraditionalChinese
        if lang != "zh_CN"
        else QFontDatabase.WritingSystem.SimplifiedChinese
    )
    for family in QFontDatabase.families(system):
        if not family.startswith(PREFIX) and covers_cjk(family):
            return family
    return None


def missing_font_message(platform: str | None = None) -> str:
    """How to install a CJK font on this platform (shown once when none is found)."""
    return INSTALL_HINTS[platform_key(platform)]


def cjk_font_warning(lang: str = "zh_TW") -> str | None:
    """The install hint when no CJK font is available, else None (cheap: finds the family,
    derives no font; ``document_family`` is None exactly when there is none)."""
    return None if find_cjk_family(lang) else missing_font_message()


_warned: set[str] = set()


def warn_once(key: str = "default", lang: str = "zh_TW") -> str | None:
    """The missing-font hint the first time it is asked for under ``key``, then None."""
    message = cjk_font_warning(lang)
    if message is None or key in _warned:
        return None
    _warned.add(key)
    return message


# ----- choosing the document font ----------------------------------------------------------
@cache
def document_family(lang: str = "zh_TW") -> str | None:
    """The family to print with: the chosen CJK family, fixed if it has look-alikes.

    Needs a QGuiApplication. Returns None when no CJK font is installed.
    """
    family = find_cjk_family(lang)
    if family is None:
        return None
    try:
        return fixed_family(family)
    except (ValueError, struct.error):
        return family  # an unusual font file: print with it unchanged


def document_font(lang: str = "zh_TW", point_size: float = 10.0, *, bold: bool = False) -> QFont:
    """The font documents print with for a plan in ``lang`` (see ``print_font``)."""
    return print_font(document_family(lang), point_size, bold=bold)


def print_font(family: str | None, point_size: float = 10.0, *, bold: bool = False) -> QFont:
    """``family`` set up for a PDF text layer that extracts exactly what was printed."""
    font = QFont(family) if family else QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    font.setKerning(False)
    # Every printed glyph must be one the cmap names, or the PDF text layer loses it:
    # Noto CJK's 'locl' swaps the digits for glyphs outside the cmap; ligatures likewise.
    for tag in ("locl", "liga", "clig", "dlig", "calt"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


__all__ = [
    "candidate_families",
    "cjk_font_warning",
    "document_family",
    "document_font",
    "find_cjk_family",
    "installed_cjk_families",
    "missing_font_message",
    "print_font",
    "warn_once",
]
