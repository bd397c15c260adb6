"""Structured refusals: ``Invalid(field, key, **params)`` (a ValueError) and ``WordedError``
(an exception built from one), worded per language from ``validate_messages.MESSAGES`` as
``checks.Finding.message(lang)`` does. Pure Python: no SQLAlchemy, no Qt."""

from __future__ import annotations

from typing import Any

from .validate_messages import FIELD_NAMES, LANGS, MESSAGES


class Invalid(ValueError):
    """A refused value: ``field`` (a stored name or a label), ``key`` into MESSAGES, ``params``."""

    def __init__(self, field: str, key: str, **params: Any) -> None:
        self.field, self.key, self.params = field, key, params
        super().__init__(self.message("en"))

    def problem(self, lang: str = "en") -> str:
        """The message without the field."""
        lang = lang if lang in LANGS else "en"
        return MESSAGES[self.key][lang].format(**self.params)

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


class WordedError(Exception):
    """An exception whose message may come from the MESSAGES table (an ``Invalid`` given as
    the reason): ``message(lang)`` words it per language, ``str()`` is the English."""

    def __init__(self, reason: str | Invalid = "") -> None:
        self.worded = reason if isinstance(reason, Invalid) else None
        super().__init__(str(reason))

    def message(self, lang: str = "en") -> str:
        return self.worded.message(lang) if self.worded is not None else str(self)

    def reason(self) -> str | Invalid:
        """What to pass on when re-raising as another ``WordedError``."""
        return self.worded if self.worded is not None else str(self)
