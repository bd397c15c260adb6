"""Names that look alike: a person's name is what everyone reads on the Sign-off screen, the
covers and ``user list``, so two people must never be told apart only by what the eye misses
(letter case, width, a no-break space, a Cyrillic or Greek letter shaped like a Latin one)."""

from __future__ import annotations

import unicodedata

# Cyrillic and Greek letters drawn like Latin ones (after case folding).
_LOOKS_LATIN = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
        "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ɡ": "g",
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z",
    }
)  # fmt: skip


def skeleton(name: str) -> str:
    """What a name looks like: compatibility forms and case folded, white space collapsed,
    look-alike letters read as the Latin ones."""
    folded = unicodedata.normalize("NFKC", name).casefold().translate(_LOOKS_LATIN)
    return " ".join(folded.split())


def look_alike(name: str, others: list[str]) -> str:
    """The first of ``others`` that differs from ``name`` but looks the same ('' if none)."""
    mine = skeleton(name)
    return next((o for o in others if o != name and skeleton(o) == mine), "")
