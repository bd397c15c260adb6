"""Structured refusals: ``Invalid(field, key, **params)`` (a ValueError) and ``WordedError``
(an exception built from one), worded per language from ``validate_messages.MESSAGES`` as
``checks.Finding.message(lang)`` does. Pure Python: no SQLAlchemy, no Qt.

A refusal travels as data (a key and its parameters) to the edge, where it is worded: the
command line prints ``str()`` (English), a screen calls ``message(lang)``. A parameter given
as a mapping from language to text (``{"en": "in review", "zh_TW": "審核中", …}``) is put
into the language too. ``handled`` is set by whoever showed the refusal to the user (a hint
line), so that the window shows a dialog only for one nobody showed: a decision taken on the
refusal object, never on its text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .validate_messages import FIELD_NAMES, LANGS, MESSAGES


def worded_params(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """``params`` with every per-language value (a mapping) in ``lang``."""
    return {
        name: (value.get(lang, value.get("en", "")) if isinstance(value, Mapping) else value)
        for name, value in params.items()
    }


class Invalid(ValueError):
    """A refused value: ``field`` (a stored name or a label), ``key`` into MESSAGES, ``params``."""

    handled = False  # shown to the user already (see the module docstring)

    def __init__(self, field: str, key: str, **params: Any) -> None:
        self.field, self.key, self.params = field, key, params
        super().__init__(self.message("en"))

    def problem(self, lang: str = "en") -> str:
        """The message without the field."""
        lang = lang if lang in LANGS else "en"
        return MESSAGES[self.key][lang].format(**worded_params(self.params, lang))

    def field_name(self, lang: str = "en") -> str:
        """The field's label in ``lang``: ``"tasks.expected_result"`` from the field table (預期成果)."""
        if "." in self.field:
            from .fields import BY_KEY  # the table names fields as "<entity>.<key>"

            entity_key, _, key = self.field.partition(".")
            entity = BY_KEY.get(entity_key)
            if entity is not None and key in entity:
                return entity[key].label(lang)
        return FIELD_NAMES.get(self.field, {}).get(lang, self.field)

    def message(self, lang: str = "en") -> str:
        """ "field: problem" in ``lang`` (the field left out when there is none)."""
        name = self.field_name(lang)
        if not name:
            return self.problem(lang)
        return f"{name}{': ' if lang not in ('zh_TW', 'zh_CN') else '：'}{self.problem(lang)}"

    def relabel(self, field: str) -> Invalid:
        """The same refusal naming the field as ``field`` (the label a screen shows)."""
        return Invalid(field, self.key, **self.params)


def untranslated(text: str) -> Invalid:
    """A refusal worded elsewhere in English only (a conflict, a lookup): key ``passed_on``."""
    return Invalid("", "passed_on", detail=text)


class WordedError(Exception):
    """An exception whose message may come from the MESSAGES table (an ``Invalid`` given as
    the reason): ``message(lang)`` words it per language, ``str()`` is the English."""

    handled = False  # shown to the user already (see the module docstring)

    def __init__(self, reason: str | Invalid = "") -> None:
        self.worded = reason if isinstance(reason, Invalid) else None
        super().__init__(str(reason))

    @property
    def key(self) -> str:
        """The message key (``passed_on`` for a refusal that came as English text)."""
        return self.worded.key if self.worded is not None else "passed_on"

    @property
    def params(self) -> dict[str, Any]:
        return self.worded.params if self.worded is not None else {"detail": str(self)}

    def message(self, lang: str = "en") -> str:
        return self.worded.message(lang) if self.worded is not None else str(self)

    def reason(self) -> str | Invalid:
        """What to pass on when re-raising as another ``WordedError``."""
        return self.worded if self.worded is not None else str(self)
