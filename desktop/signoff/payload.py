"""What exactly a signature signs: the canonical bytes of a sign-off record."""

from __future__ import annotations

import hashlib
import json

from desktop.models import Signature
from desktop.models.signoff_terms import EXTERNAL, MEANINGS, SIGNING_ROLES
from desktop.operations.audit import GENESIS, canonical_time

FORMAT = "plandesk.signoff/2"
# the words of a sign-off are models.signoff_terms'; these names stay importable from here
__all__ = [
    "EXTERNAL",
    "FORMAT",
    "MEANINGS",
    "SIGNING_ROLES",
    "is_rejection",
    "record_hash",
    "signed_payload",
]


def is_rejection(sig: Signature) -> bool:
    return sig.meaning == MEANINGS["reject"]


def signed_payload(sig: Signature, cert_fingerprint: str) -> bytes:
    """Canonical bytes covering plan, revision, role, signer and their certificate, meaning,
    UTC time, comment, the signed-content hash and the previous signature's hash, and the
    signed content's version from version 2 on (the records of version 1 signatures, made
    before versions, stay byte for byte what they were; None and 1 are the same version)."""
    record = {
        "format": FORMAT,
        "plan": sig.plan_uuid,
        "revision": sig.revision,
        "role": sig.role,
        "signer": sig.signer,
        "certificate_sha256": cert_fingerprint,
        "meaning": sig.meaning,
        "signed_at": canonical_time(sig.signed_at),
        "comment": sig.comment or "",
        "content_sha256": sig.content_hash,
        "prev": sig.prev_hash or GENESIS,
    }
    if sig.content_version is not None and sig.content_version != 1:
        record["content_version"] = sig.content_version
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def record_hash(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()
