"""The signed content of a plan: what a signature covers, as canonical JSON and its SHA-256."""

from __future__ import annotations

import hashlib
from typing import Any

from desktop.models import Plan
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
