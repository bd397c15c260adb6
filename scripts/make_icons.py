#!/usr/bin/env python3
"""Render resources/icons/plandesk.svg into the bundle icons (``build.spec`` runs this).

    python scripts/make_icons.py OUTDIR     -> OUTDIR/plandesk.ico, plandesk.icns, plandesk.png

``.ico`` (Windows: 16-256 px) and ``.icns`` (macOS: 16-1024 px) hold PNG images, which both
formats allow; the containers are written here with the standard library, the pictures are
drawn by Qt's SVG renderer (offscreen), so no image library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "plandesk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS types that hold a PNG of the given size (``ic11``-``ic14`` are the @2x variants).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels as PNG bytes (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are the given PNGs (size -> bytes)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with a PNG element for every type in ``ICNS_TYPES`` whose size is given."""
    elements = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def make_icons(outdir: Path) -> dict[str, Path]:
    """Write plandesk.ico, plandesk.icns and plandesk.png (1024 px) into ``outdir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    sizes = sorted(set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES})
    pngs = {size: render_png(size) for size in sizes}
    outdir.mkdir(parents=True, exist_ok=True)
    written = {
        "ico": outdir / "plandesk.ico",
        "icns": outdir / "plandesk.icns",
        "png": outdir / "plandesk.png",
    }
    written["ico"].write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    written["icns"].write_bytes(icns(pngs))
    written["png"].write_bytes(pngs[1024])
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: python scripts/make_icons.py OUTDIR", file=sys.stderr)
        return 2
    for path in make_icons(Path(args[0])).values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
