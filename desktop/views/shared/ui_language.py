"""The UI language the translators were installed for, for words made outside Qt's tr()
(refusals worded from ``models.validate.Invalid``). Set by ``views.language``."""

from __future__ import annotations

_current = ["en"]


def current_language() -> str:
    """ "en", "zh_TW" or "zh_CN" ("en" before any translators are installed)."""
    return _current[0]


def set_current_language(lang: str) -> None:
    _current[0] = lang
