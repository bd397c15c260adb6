"""Look-alike-free copies of a CJK font, so that a PDF's text layer says what was printed.

Fonts such as Noto Sans/Serif CJK map a Kangxi radical (U+2F64 ⽤) and the unified ideograph
(U+7528 用) to the same glyph; Qt's PDF writer keeps the first code point per glyph in the
``ToUnicode`` map, so the extracted text would say ⽤ where the plan says 用. ``fixed_family``
registers a private copy (``PlanDesk <family>``) whose ``cmap`` leaves such code points out,
built in memory from the tables Qt already loaded (``font_tables`` does the byte work) and kept
in the user's cache folder between runs (QtGui only).
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from .font_tables import build_cmap, build_name, build_sfnt, cmap_subtable, lookalikes, parse_cmap

PREFIX = "PlanDesk "


@cache
def fixed_family(family: str) -> str:
    """Register look-alike-free copies (regular, bold) of ``family``; return the family to use.

    If the font maps no look-alike code point to a shared glyph, ``family`` itself is returned.
    """
    new_family = PREFIX + family
    registered = False
    for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
        font = QFont(family)
        font.setWeight(weight)
        raw = QRawFont.fromFont(font)
        if not raw.isValid():
            continue
        if weight == QFont.Weight.Bold and raw.weight() < 600:
            continue  # no real bold face: Qt emboldens the regular one
        path = _cache_file(raw, new_family)
        if path is not None and path.exists() and QFontDatabase.addApplicationFont(str(path)) >= 0:
            registered = True
            continue
        data = derived_font(raw, new_family)
        if data is None:
            if not registered:
                return family
            continue
        if QFontDatabase.addApplicationFontFromData(data) < 0:
            raise ValueError(f"Qt refused the derived font of {family}")
        registered = True
        _store(path, data)
    return new_family if registered else family


CACHE_VERSION = 1


def _cache_file(raw: QRawFont, family: str) -> Path | None:
    """Where the derived font of ``raw`` is kept between runs (the user's cache folder)."""
    from desktop.paths import cache_dir

    digest = hashlib.sha256(f"{CACHE_VERSION}|{family}|{raw.weight()}".encode())
    for tag in ("head", "cmap", "name", "maxp", "OS/2"):
        digest.update(raw.fontTable(tag).data())
    return cache_dir() / "fonts" / f"{digest.hexdigest()[:32]}.otf"


def _store(path: Path | None, data: bytes) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass  # no cache this time


TABLE_TAGS = (
    "head",
    "hhea",
    "maxp",
    "OS/2",
    "hmtx",
    "cmap",
    "name",
    "post",
    "CFF ",
    "CFF2",
    "glyf",
    "loca",
    "cvt ",
    "fpgm",
    "prep",
    "gasp",
    "hdmx",
    "kern",
    "LTSH",
    "VDMX",
    "vhea",
    "vmtx",
    "VORG",
    "BASE",
    "GDEF",
    "GPOS",
    "GSUB",
    "JSTF",
    "MATH",
    "STAT",
    "fvar",
    "avar",
    "gvar",
    "HVAR",
    "VVAR",
    "MVAR",
    "COLR",
    "CPAL",
    "EBDT",
    "EBLC",
    "EBSC",
    "CBDT",
    "CBLC",
    "sbix",
    "meta",
    "vtt ",
)


def derived_font(raw: QRawFont, family: str) -> bytes | None:
    """An OpenType file of ``raw`` without look-alike mappings, named ``family``; None if the
    font has nothing to fix."""
    cmap = raw.fontTable("cmap").data()
    mapping = parse_cmap(cmap)
    drop = lookalikes(mapping)
    if not drop:
        return None
    tables: dict[str, bytes] = {}
    for tag in TABLE_TAGS:
        data = raw.fontTable(tag).data()
        if data:
            tables[tag] = data
    if "head" not in tables or (
        "glyf" not in tables and "CFF " not in tables and "CFF2" not in tables
    ):
        raise ValueError(f"{raw.familyName()}: font tables not available")
    for cp in drop:
        del mapping[cp]
    tables["cmap"] = build_cmap(mapping, uvs=cmap_subtable(cmap, 14))
    style = "Bold" if raw.weight() >= 600 else "Regular"
    tables["name"] = build_name(family, style)
    return build_sfnt(tables)
