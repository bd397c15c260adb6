"""A CJK font for PDF signature appearances (Qt-free; fontTools + pyHanko).

pyHanko's GlyphAccumulator embeds a subset of an OpenType font and maps every glyph back to
the text it was shaped from (ToUnicode), so the appearance extracts to the same characters
(no Kangxi radical look-alikes, see desktop/render/fonts.py). It reads single fonts only;
system CJK fonts usually come as collections (.ttc), so we cut the face we want out of the
collection, reduced to the characters of the appearance (a few tens of KB, under a second).
"""

from __future__ import annotations

import os
import shutil
import string
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

FAMILIES = {
    "zh_TW": (
        "Noto Sans CJK TC",
        "Source Han Sans TC",
        "Noto Sans TC",
        "Microsoft JhengHei",
        "PingFang TC",
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "Noto Sans CJK SC",
        "Droid Sans Fallback",
    ),
    "zh_CN": (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "Noto Sans SC",
        "Microsoft YaHei",
        "PingFang SC",
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "Noto Sans CJK TC",
        "Droid Sans Fallback",
    ),
}
# Where fontconfig is missing (Windows, macOS): font files that hold a CJK face.
KNOWN_FILES = (
    r"C:\Windows\Fonts\msjh.ttc",
    r"C:\Windows\Fonts\msyh.ttc",
    r"C:\Windows\Fonts\mingliu.ttc",
    r"C:\Windows\Fonts\simsun.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)
ALWAYS = string.ascii_letters + string.digits + string.punctuation + " ：（）　·"


class NoCjkFont(LookupError):
    """No installed font covers the text; the message says how to install one."""


@dataclass(frozen=True)
class FontFace:
    path: Path
    index: int  # the face's number inside a collection (0 for a single font)
    family: str


def _fc_match(family: str) -> FontFace | None:
    if not shutil.which("fc-match"):
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}\n%{index}\n%{family[0]}", family],
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    parts = out.split("\n")
    if len(parts) < 3 or not parts[0]:
        return None
    index = int(parts[1]) if parts[1].isdigit() else 0
    return FontFace(Path(parts[0]), index, parts[2])


def _faces(path: Path) -> list[tuple[int, TTFont]]:
    faces = []
    for index in range(64):
        try:
            faces.append((index, TTFont(str(path), fontNumber=index, lazy=True)))
        except Exception:  # past the last face, or not a font at all
            break
    return faces


def _covers(font: TTFont, text: str) -> bool:
    cmap = font.getBestCmap() or {}
    return all(ord(ch) in cmap for ch in text if not ch.isspace())


@cache
def find_face(lang: str = "zh_TW", sample: str = "編制人審核人批準人李審核用目") -> FontFace:
    """The installed CJK face for ``lang`` (fontconfig first, then well-known files)."""
    lang = lang if lang in FAMILIES else "zh_TW"
    env = os.environ.get("PLANDESK_SIGNATURE_FONT")
    candidates: list[FontFace] = [FontFace(Path(env), 0, "")] if env else []
    for family in FAMILIES[lang]:
        face = _fc_match(family)
        if face is not None and face.family.lower() == family.lower():
            candidates.append(face)
    candidates += [FontFace(Path(p), 0, "") for p in KNOWN_FILES]
    for face in candidates:
        if not face.path.is_file():
            continue
        faces = _faces(face.path)
        wanted = [f for f in faces if f[0] == face.index] + faces  # the named face first
        for index, font in wanted:
            if _covers(font, sample):
                return FontFace(face.path, index, font["name"].getDebugName(1) or "")
    raise NoCjkFont(_install_hint())


def _install_hint() -> str:
    if sys.platform.startswith("win"):
        return (
            "no Chinese font found for the signature appearance: add the Chinese "
            "(Traditional) supplemental fonts in Settings > Apps > Optional features"
        )
    if sys.platform == "darwin":
        return "no Chinese font found for the signature appearance (PingFang is missing)"
    return (
        "no Chinese font found for the signature appearance: install one, e.g. "
        "sudo apt install fonts-noto-cjk"
    )


def subset_font(face: FontFace, text: str) -> bytes:
    """An OpenType font holding only the glyphs of ``text`` (plus ASCII) from ``face``."""
    font = TTFont(str(face.path), fontNumber=face.index)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(set(text + ALWAYS))))
    subsetter.subset(font)
    out = BytesIO()
    font.save(out)
    return out.getvalue()


class SubsetFontFactory(FontEngineFactory):
    """pyHanko font engines over a font held in memory (the subset made for one stamp)."""

    def __init__(self, font_bytes: bytes, font_size: int = 10, lang: str = "zh_TW") -> None:
        self.font_bytes = font_bytes
        self.font_size = font_size
        self.bcp47 = {"zh_TW": "zh-Hant", "zh_CN": "zh-Hans"}.get(lang, "zh")

    def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(
            writer=writer,
            font_handle=BytesIO(self.font_bytes),
            font_size=self.font_size,
            bcp47_lang_code=self.bcp47,
            obj_stream=obj_stream,
        )


def appearance_font(text: str, lang: str = "zh_TW", font_size: int = 10) -> SubsetFontFactory:
    """A font engine factory able to draw ``text``; NoCjkFont when nothing covers it."""
    face = find_face(lang)
    data = subset_font(face, text)
    if not _covers(TTFont(BytesIO(data)), text):
        raise NoCjkFont(f"the font {face.path.name} cannot draw {text!r}")
    return SubsetFontFactory(data, font_size, lang)
