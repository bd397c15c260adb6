"""Sign-offs typed on an imported workbook's cover, recorded as ``external`` rows: kept and
shown, never valid signatures (``signoff.verify`` gives them the verdict "recorded elsewhere,
not verified"). They are written inside the import's change (``import_plan``), so they live
here, below ``signoff``, which reads them."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Plan, Signature
from desktop.models.signoff_terms import MEANINGS

from .audit import append_event, canonical_time


def format_time(value: datetime | None) -> str:
    """A sign-off time to the second, ``YYYY-MM-DDTHH:MM:SSZ`` ('' for none)."""
    return canonical_time(value)[:19] + "Z" if value else ""


def record_external_signoffs(
    session: Session, plan: Plan, rows: list[dict[str, Any]], *, actor: str = "import"
) -> list[Signature]:
    """Store sign-offs read from a workbook as ``external`` rows (never valid signatures).

    Each row: ``role``, ``signer``, optional ``signed_at`` (datetime, date or ISO text),
    ``meaning``, ``comment`` and ``content_hash`` (the content fingerprint the workbook shows,
    kept as the hex digits it has; never compared with anything). Empty or placeholder signers
    are skipped.
    """
    made = []
    for row in rows:
        signer = str(row.get("signer") or "").strip()
        if not signer or signer == "XXX":
            continue
        role = str(row.get("role") or "")
        when = _as_datetime(row.get("signed_at"))
        fields = {
            "role": role,
            "signer": signer,
            "signed_at": canonical_time(when),
            "meaning": str(row.get("meaning") or MEANINGS.get(role, "")),
            "comment": str(row.get("comment") or ""),
        }
        content = hex_digits(row.get("content_hash"))
        if content:
            fields["content_sha256"] = content
        digest = hashlib.sha256(
            json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
        ).hexdigest()
        sig = Signature(
            plan_uuid=plan.uuid,
            revision=plan.revision,
            role=role,
            signer=signer,
            person_id=None,
            meaning=fields["meaning"],
            signed_at=when,
            comment=fields["comment"],
            content_hash=content,
            snapshot="",
            prev_hash="",
            record_hash=digest,
            signature=b"",
            released=False,
            external=True,
        )
        session.add(sig)
        made.append(sig)
    if made:
        session.flush()
        append_event(
            session,
            plan.uuid,
            actor=actor,
            action="imported sign-offs (not verified)",
            item=plan.title,
            changes={"external": [{"role": s.role, "signer": s.signer} for s in made]},
        )
    return made


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str) and value.strip():
        try:
            return _as_datetime(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
        except ValueError:
            pass
    return datetime.now(UTC).replace(tzinfo=None)


def hex_digits(value: Any) -> str:
    """The hex digits of a (possibly grouped, ``abcd ef01 …``) hash, lower case; '' if it is
    anything else."""
    text = "".join(str(value or "").split()).lower()
    return text[:64] if text and all(c in "0123456789abcdef" for c in text) else ""


def unrecorded_signoffs(
    session: Session, plan_uuids: list[str], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The workbook ``rows`` not yet held by any of the plans ``plan_uuids``: a row matching a
    signature of this workspace or a sign-off recorded before (same role, signer and time to
    the second; any time when the row has none) is left out, so importing the same workbook
    twice, or a workbook of a plan signed here, records nothing twice."""
    known: set[tuple[str, str, str]] = set()
    for sig in session.scalars(
        select(Signature).where(Signature.plan_uuid.in_([u for u in plan_uuids if u]))
    ):
        known.add((sig.role, sig.signer, format_time(sig.signed_at)))
        known.add((sig.role, sig.signer, ""))
    out = []
    for row in rows:
        signer = str(row.get("signer") or "").strip()
        when = row.get("signed_at")
        stamp = format_time(_as_datetime(when)) if when not in (None, "") else ""
        key = (str(row.get("role") or ""), signer, stamp)
        if key not in known:
            out.append(row)
            known.add(key)
            known.add(key[:2] + ("",))
    return out
