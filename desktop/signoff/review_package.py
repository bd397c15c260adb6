"""A review package's parts: the file's form, its sign-off records and its content version
(see ``review``). Nothing read here is trusted by itself: ``review`` checks it."""

from __future__ import annotations

import json
from base64 import b64decode, b64encode
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509

from desktop.models import Signature
from desktop.models.fields import CONTENT_VERSION
from desktop.operations.audit import GENESIS, canonical_time

from . import certs
from .content import read_version
from .messages import said
from .people import SignoffRefused

FORMAT = "plandesk.review/1"
MAX_BYTES = 64 * 1024 * 1024


@dataclass
class Package:
    """A parsed package or reply (nothing in it checked yet)."""

    data: dict[str, Any]

    @property
    def plan(self) -> dict[str, Any]:
        return self.data["plan"]

    @property
    def dump(self) -> dict[str, Any]:
        return self.data["dump"]

    @property
    def root(self) -> x509.Certificate:
        return certs.from_pem(self.data["root"], "trust root")[0]

    @property
    def is_reply(self) -> bool:
        return "reply" in self.data

    def signatures(self) -> list[Signature]:
        return [read_record(r) for r in self.data.get("signatures", [])]


def encode_record(sig: Signature) -> dict[str, Any]:
    return {
        "role": sig.role,
        "signer": sig.signer,
        "meaning": sig.meaning,
        "signed_at": canonical_time(sig.signed_at),
        "comment": sig.comment or "",
        "content_sha256": sig.content_hash,
        "prev": sig.prev_hash or GENESIS,
        "record_sha256": sig.record_hash,
        "signature": b64encode(sig.signature).decode(),
        "certificates": sig.certificates,
        "origin": sig.origin,
        "revision": sig.revision,
        "plan": sig.plan_uuid,
    } | ({"content_version": sig.content_version} if sig.content_version is not None else {})


def read_record(raw: dict[str, Any]) -> Signature:
    try:
        when = datetime.strptime(str(raw["signed_at"]), "%Y-%m-%dT%H:%M:%S.%fZ")
        return Signature(
            plan_uuid=str(raw["plan"]),
            revision=int(raw["revision"]),
            role=str(raw["role"]),
            signer=str(raw["signer"]),
            meaning=str(raw["meaning"]),
            signed_at=when,
            comment=str(raw.get("comment") or ""),
            content_hash=str(raw["content_sha256"]),
            prev_hash=str(raw["prev"]),
            record_hash=str(raw["record_sha256"]),
            signature=b64decode(str(raw["signature"]), validate=True),
            certificates=str(raw["certificates"]),
            origin="package",
            released=False,
            external=False,
            snapshot="",
            content_version=_version_field(raw.get("content_version")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SignoffRefused(said("record_malformed", detail=str(exc))) from None


def _version_field(raw: Any) -> int | None:
    """A record's ``content_version`` as stated in a package (absent: version 1); a value
    this release does not know is refused (ValueError)."""
    if raw is None:
        return None
    if read_version(raw) is None:
        raise ValueError(f"content_version {raw!r}")
    return int(raw)


def package_version(package: Package) -> int:
    """The content version of a package's signed content (absent: made before versions, 1)."""
    version = read_version(package.data.get("content_version"))
    if version is None:
        raise SignoffRefused(
            said(
                "content_version_unknown",
                what="the package",
                version=str(package.data.get("content_version"))[:20],
                known=CONTENT_VERSION,
            )
        )
    return version


def read_package(raw: bytes, where: str = "the package") -> Package:
    """Parse a package or reply; SignoffRefused says what is wrong with the file."""
    if len(raw) > MAX_BYTES:
        raise SignoffRefused(said("package_too_large", where=where, mib=MAX_BYTES // 2**20))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SignoffRefused(said("not_package", where=where)) from None
    except RecursionError:  # JSON nested deeper than any package: refused, not a crash
        raise SignoffRefused(said("package_too_deep", where=where)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SignoffRefused(said("not_package", where=where))
    for key in ("plan", "dump", "root", "people", "signatures", "content_sha256"):
        if key not in data:
            raise SignoffRefused(said("package_incomplete", where=where, part=key))
    return Package(data)
