"""The binary side of the look-alike fix: reading and writing ``cmap``, ``name`` and whole
OpenType files (the tables come from ``QRawFont.fontTable``). Pure Python, no Qt."""

from __future__ import annotations

import re
import struct
import sys
from array import array

# Code points that look like a unified ideograph and may share its glyph.
LOOKALIKE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x001F),  # control characters (a tab sharing the space glyph)
    (0x007F, 0x009F),
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals
    (0x3190, 0x319F),  # kanbun marks (㆒ = 一)
    (0x31C0, 0x31EF),  # CJK strokes
)


def is_lookalike(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in LOOKALIKE_RANGES)


def cmap_subtable(cmap: bytes, fmt: int) -> bytes | None:
    """The raw bytes of the first subtable of format ``fmt``."""
    _version, count = struct.unpack_from(">HH", cmap, 0)
    for i in range(count):
        _pid, _eid, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
        if struct.unpack_from(">H", cmap, offset)[0] != fmt:
            continue
        if fmt in (12, 13):
            length = struct.unpack_from(">I", cmap, offset + 4)[0]
        elif fmt in (14, 10, 8):
            length = struct.unpack_from(">I", cmap, offset + 2)[0]
        else:
            length = struct.unpack_from(">H", cmap, offset + 2)[0]
        return cmap[offset : offset + length]
    return None


def parse_cmap(cmap: bytes) -> dict[int, int]:
    """Code point -> glyph id, from the format 12 subtable, else the format 4 one."""
    sub = cmap_subtable(cmap, 12)
    mapping: dict[int, int] = {}
    if sub is not None:
        (n_groups,) = struct.unpack_from(">I", sub, 12)
        for i in range(n_groups):
            start, end, gid = struct.unpack_from(">III", sub, 16 + 12 * i)
            for cp in range(start, end + 1):
                mapping[cp] = gid + cp - start
        return mapping
    sub = cmap_subtable(cmap, 4)
    if sub is None:
        raise ValueError("font has no Unicode cmap (format 4 or 12)")
    seg2 = struct.unpack_from(">H", sub, 6)[0]
    n = seg2 // 2
    ends = struct.unpack_from(f">{n}H", sub, 14)
    starts = struct.unpack_from(f">{n}H", sub, 16 + seg2)
    deltas = struct.unpack_from(f">{n}h", sub, 16 + 2 * seg2)
    ro_pos = 16 + 3 * seg2
    offsets = struct.unpack_from(f">{n}H", sub, ro_pos)
    for i in range(n):
        for cp in range(starts[i], ends[i] + 1):
            if cp == 0xFFFF:
                continue
            if offsets[i] == 0:
                gid = (cp + deltas[i]) & 0xFFFF
            else:
                pos = ro_pos + 2 * i + offsets[i] + 2 * (cp - starts[i])
                gid = struct.unpack_from(">H", sub, pos)[0]
                gid = (gid + deltas[i]) & 0xFFFF if gid else 0
            if gid:
                mapping[cp] = gid
    return mapping


def lookalikes(mapping: dict[int, int]) -> list[int]:
    """Look-alike code points whose glyph another (non-look-alike) code point also uses."""
    candidates = {
        cp: mapping[cp] for lo, hi in LOOKALIKE_RANGES for cp in range(lo, hi + 1) if cp in mapping
    }
    if not candidates:
        return []
    wanted = set(candidates.values())
    real = {gid for cp, gid in mapping.items() if gid in wanted and cp not in candidates}
    return sorted(cp for cp, gid in candidates.items() if gid in real)


def _format4(mapping: dict[int, int]) -> bytes | None:
    cps = sorted(cp for cp in mapping if cp < 0xFFFF)
    segments: list[tuple[int, int, int, list[int] | None]] = []  # start, end, delta, glyphs
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        run = cps[i : j + 1]
        # split the contiguous run into constant-delta pieces; short pieces share an array
        pieces: list[list[int]] = [[run[0]]]
        for cp in run[1:]:
            prev = pieces[-1][-1]
            if mapping[cp] - cp == mapping[prev] - prev:
                pieces[-1].append(cp)
            else:
                pieces.append([cp])
        pending: list[int] = []
        for piece in pieces:
            if len(piece) >= 4:
                if pending:
                    segments.append((pending[0], pending[-1], 0, [mapping[c] for c in pending]))
                    pending = []
                segments.append(
                    (piece[0], piece[-1], (mapping[piece[0]] - piece[0]) & 0xFFFF, None)
                )
            else:
                pending += piece
        if pending:
            segments.append((pending[0], pending[-1], 0, [mapping[c] for c in pending]))
        i = j + 1
    segments.append((0xFFFF, 0xFFFF, 1, None))
    n = len(segments)
    glyph_arrays: list[int] = []
    range_offsets = []
    for k, (_s, _e, _d, glyphs) in enumerate(segments):
        if glyphs is None:
            range_offsets.append(0)
        else:
            range_offsets.append(2 * (n - k) + 2 * len(glyph_arrays))
            glyph_arrays += glyphs
    length = 16 + 8 * n + 2 * len(glyph_arrays)
    if length > 0xFFFF or max(range_offsets) > 0xFFFF:
        return None
    search = 2 * (1 << (n.bit_length() - 1))
    head = struct.pack(
        ">7H", 4, length, 0, 2 * n, search, (search // 2).bit_length() - 1, 2 * n - search
    )
    return b"".join(
        (
            head,
            struct.pack(f">{n}H", *(s[1] for s in segments)),
            b"\0\0",
            struct.pack(f">{n}H", *(s[0] for s in segments)),
            struct.pack(f">{n}H", *(s[2] for s in segments)),
            struct.pack(f">{n}H", *range_offsets),
            struct.pack(f">{len(glyph_arrays)}H", *glyph_arrays),
        )
    )


def _format12(mapping: dict[int, int]) -> bytes:
    groups: list[list[int]] = []
    for cp in sorted(mapping):
        gid = mapping[cp]
        if groups and cp == groups[-1][1] + 1 and gid == groups[-1][2] + cp - groups[-1][0]:
            groups[-1][1] = cp
        else:
            groups.append([cp, cp, gid])
    body = b"".join(struct.pack(">III", *g) for g in groups)
    return struct.pack(">HHIII", 12, 0, 16 + len(body), 0, len(groups)) + body


def build_cmap(mapping: dict[int, int], uvs: bytes | None = None) -> bytes:
    """A cmap with Unicode format 4 (BMP) and format 12 subtables, plus format 14 if given."""
    f4, f12 = _format4(mapping), _format12(mapping)
    subtables: list[tuple[int, int, bytes]] = []
    if f4 is not None:
        subtables += [(0, 3, f4), (3, 1, f4)]
    subtables += [(0, 4, f12), (3, 10, f12)]
    if uvs is not None:
        subtables.append((0, 5, uvs))
    subtables.sort(key=lambda s: (s[0], s[1]))
    offset = 4 + 8 * len(subtables)
    directory, blobs, placed = [], [], {}
    for pid, eid, blob in subtables:
        if id(blob) not in placed:
            placed[id(blob)] = offset
            blobs.append(blob)
            offset += len(blob)
        directory.append(struct.pack(">HHI", pid, eid, placed[id(blob)]))
    return struct.pack(">HH", 0, len(subtables)) + b"".join(directory) + b"".join(blobs)


def build_name(family: str, style: str) -> bytes:
    """A minimal Windows-Unicode name table naming the derived font."""
    ps = re.sub(r"[^A-Za-z0-9]", "", family)[:50] + "-" + style
    records = {1: family, 2: style, 3: f"{ps};PlanDesk", 4: f"{family} {style}", 6: ps}
    strings = b""
    entries = []
    for name_id, text in records.items():
        data = text.encode("utf-16-be")
        entries.append(struct.pack(">6H", 3, 1, 0x409, name_id, len(data), len(strings)))
        strings += data
    header = struct.pack(">3H", 0, len(entries), 6 + 12 * len(entries))
    return header + b"".join(entries) + strings


def _checksum(data: bytes) -> int:
    """The OpenType checksum: the sum of the big-endian 32-bit words, modulo 2**32."""
    padded = data + b"\0" * (-len(data) % 4)
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy is a dependency (pyqtgraph)
        words = array("I" if array("I").itemsize == 4 else "L")
        words.frombytes(padded)
        if sys.byteorder == "little":
            words.byteswap()
        return sum(words) & 0xFFFFFFFF
    return int(np.frombuffer(padded, dtype=">u4").sum(dtype=np.uint64)) & 0xFFFFFFFF


def build_sfnt(tables: dict[str, bytes]) -> bytes:
    """An OpenType/TrueType file from its tables (checksums and head adjustment set)."""
    tags = sorted(tables)
    head = bytearray(tables["head"])
    head[8:12] = b"\0\0\0\0"
    tables = dict(tables, head=bytes(head))
    n = len(tags)
    search = 16 * (1 << (n.bit_length() - 1))
    flavour = b"OTTO" if ("CFF " in tables or "CFF2" in tables) else b"\0\1\0\0"
    directory = [flavour + struct.pack(">4H", n, search, n.bit_length() - 1, 16 * n - search)]
    offset = 12 + 16 * n
    body, total = [], 0
    for tag in tags:
        data = tables[tag]
        checksum = _checksum(data)
        total += checksum
        directory.append(struct.pack(">4sIII", tag.encode("latin-1"), checksum, offset, len(data)))
        pad = b"\0" * (-len(data) % 4)
        body.append(data + pad)
        offset += len(data) + len(pad)
    head_block = b"".join(directory)
    # the whole file's checksum is the directory's plus every (padded) table's
    adjust = (0xB1B0AFBA - _checksum(head_block) - total) & 0xFFFFFFFF
    head_index = tags.index("head")
    body[head_index] = body[head_index][:8] + struct.pack(">I", adjust) + body[head_index][12:]
    return head_block + b"".join(body)
