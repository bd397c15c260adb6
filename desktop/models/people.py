"""People and their roles, signatures and the append-only audit trail (tables only here)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned, fk


class Person(Versioned, Base):
    """Someone who may sign: a name, roles (comma-separated subset of admin/compiler/reviewer/
    approver) and the certificate the workspace's trust root issued to their key.

    The workspace holds public material only: ``certificates`` is PEM (the person's certificate,
    then any admin certificate between it and the root). A person without certificates is a
    legacy entry from before personal keys (an Ed25519 ``public_key``): shown, never trusted.
    """

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    roles: Mapped[str] = mapped_column(String(100), default="")
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    certificates: Mapped[str] = mapped_column(Text, default="")
    removed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    @property
    def role_set(self) -> set[str]:
        return {r for r in self.roles.split(",") if r}

    @property
    def legacy(self) -> bool:
        return not self.certificates


class TrustRoot(Base):
    """The workspace's record of its trust root certificate (never trusted by itself: the
    fingerprint must be pinned outside the workspace)."""

    __tablename__ = "trust_root"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Signature(Base):
    """One sign-off: who signed which revision in which role, over which content hash."""

    __tablename__ = "signature"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_uuid: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    signer: Mapped[str] = mapped_column(String(100))
    person_id: Mapped[int | None] = mapped_column(
        fk("person.id", ondelete="SET NULL"), nullable=True
    )
    meaning: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    record_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    released: Mapped[bool] = mapped_column(default=False)
    external: Mapped[bool] = mapped_column(default=False)
    # PEM of the signer's certificate and its issuers (empty: a legacy Ed25519 signature)
    certificates: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(16), default="app")  # app / package / pdf
    evidence: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # signed PDF
    # the signed content's version (models.fields.CONTENT_VERSION); None: version 1
    content_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AuditEvent(Base):
    """An append-only, hash-chained record of one change (triggers refuse UPDATE/DELETE)."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_uuid: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(200))
    item: Mapped[str] = mapped_column(String(200), default="")
    changes: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
