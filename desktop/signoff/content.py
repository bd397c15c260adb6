"""The signed content of a plan: what a signature covers, as canonical JSON and its SHA-256.

A signature records the content version it signed (``Signature.content_version``, None: 1;
``fields.CONTENT_VERSION`` for every new one). Whether it still covers a plan is decided in
one place, ``covers``: today's signed content is taken back to that version
(``fields.versions.content_in_version``) and hashed. A field added in a later version that is
still empty is left out, so an approval made before the field existed stays valid; one that
holds a value is content the signer never saw, so the signature no longer covers the plan
(it is void, as after any change).
"""

from __future__ import annotations

import hashlib
from typing import Any

from desktop.models import Plan, Signature
from desktop.models.fields import CONTENT_VERSION, FIRST_CONTENT_VERSION
from desktop.models.fields.versions import content_from_version, content_in_version
from desktop.models.serialize import canonical_json, content_dump, strip_tracking


def signed_content_of(dump: dict[str, Any]) -> dict[str, Any]:
    """The part of a plan dump that a signature covers: all but the tracking data."""
    return strip_tracking(dump)


def signed_content(plan: Plan) -> dict[str, Any]:
    return content_dump(plan)


def signed_text(plan: Plan) -> str:
    return canonical_json(signed_content(plan))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def version_of(sig: Signature) -> int:
    """The content version a signature signed (None recorded: the first)."""
    return sig.content_version or FIRST_CONTENT_VERSION


def stored_version(version: int) -> int | None:
    """The ``content_version`` column (and package / PDF field) for content ``version``: None
    for the first, so that the records of earlier signatures are unchanged."""
    return None if version <= FIRST_CONTENT_VERSION else version


def read_version(raw: Any) -> int | None:
    """A content version as a file (review package, PDF's signing info) states it: absent is
    the first; None when it is not a version this release knows (not a whole number, or
    newer than ``CONTENT_VERSION``)."""
    if raw is None:
        return FIRST_CONTENT_VERSION
    if isinstance(raw, bool) or not isinstance(raw, int):
        return None
    return raw if FIRST_CONTENT_VERSION <= raw <= CONTENT_VERSION else None


class Content:
    """A plan's signed content (as this release writes it, or an older version's text read
    from a file) with its canonical text and hash in each content version, worked out once."""

    def __init__(self, content: dict[str, Any]) -> None:
        self.content = content
        self._texts: dict[int, str | None] = {}

    @classmethod
    def of(cls, plan_or_content: Plan | dict[str, Any] | Content) -> Content:
        if isinstance(plan_or_content, Content):
            return plan_or_content
        if isinstance(plan_or_content, dict):
            return cls(plan_or_content)
        return cls(signed_content(plan_or_content))

    def text_in(self, version: int | None = None) -> str | None:
        """The canonical text of the content in ``version`` (default: this release's), or
        None when it holds a field that version did not have."""
        version = CONTENT_VERSION if version is None else version
        if version not in self._texts:
            older = content_in_version(self.content, version)
            self._texts[version] = None if older is None else canonical_json(older)
        return self._texts[version]

    def hash_in(self, version: int | None = None) -> str | None:
        text = self.text_in(version)
        return None if text is None else sha256_text(text)


def content_hash_in(plan_or_content: Plan | dict[str, Any] | Content, version: int) -> str | None:
    """SHA-256 of the signed content taken back to content ``version`` (None: it cannot be)."""
    return Content.of(plan_or_content).hash_in(version)


def covers(sig: Signature, content: Plan | dict[str, Any] | Content) -> bool:
    """Does ``sig`` cover this signed content? Its hash is compared with the hash of the
    content taken back to the version it signed: the one comparison every check uses."""
    expected = Content.of(content).hash_in(version_of(sig))
    return expected is not None and expected == sig.content_hash


def as_signed(content: dict[str, Any], version: int) -> dict[str, Any]:
    """Content of an older ``version`` (a signature's snapshot) written as this release writes
    it (later fields empty), to compare with today's content item by item."""
    return content_from_version(content, version)
