"""The cover, text and meta sheets of an imported workbook: header fields, the sign-off rows
below 簽署記錄, the free-text sections and the format / uuid / revision meta values."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date, datetime
from typing import Any

from desktop.exchange.excel.excel_cells import Placeholder, as_date, as_int, as_text, person
from desktop.exchange.excel.excel_cover import SIGNOFF_HEADERS, SIGNOFF_KEYS
from desktop.exchange.excel.excel_layout import (
    COVER_FIELDS,
    FORMAT_VERSION,
    TEXT_FIELDS,
    field_aliases,
    label,
    norm,
)
from desktop.exchange.excel.excel_read import ERROR, WARNING, RawBook
from desktop.models.people import Signature
from desktop.models.plan import Plan
from desktop.models.validate import MAX_YEAR, MIN_YEAR, limit_of

STOP = {norm(n) for n in ("簽署記錄 (Sign-offs)", "簽署記錄", "签署记录", "Sign-offs")}


def cover_fields(book: RawBook) -> dict[str, Any]:
    """Header fields from the cover: a label cell, its value in the next cell to the right."""
    title = book.titles.get("cover", "封面 (Cover)")
    aliases = field_aliases(COVER_FIELDS)
    found: dict[str, tuple[Any, int, int]] = {}
    rows = book.cells.get("cover", [])
    for r, row in enumerate(rows, 1):
        if any(isinstance(v, str) and norm(v) in STOP for v in row):
            break
        for c, value in enumerate(row):
            key = aliases.get(norm(value)) if isinstance(value, str) else None
            if key and key not in found:
                found[key] = (row[c + 1] if c + 1 < len(row) else None, r, c + 1)
    head: dict[str, Any] = {}
    names = {k: f"{zh} ({en})" for k, zh, _cn, en in COVER_FIELDS}
    for key, (value, r, _c) in found.items():
        if key in ("status", "revision"):
            continue
        try:
            if key == "year":
                head[key] = as_int(value, MIN_YEAR, MAX_YEAR) if value is not None else None
            elif key == "compiled_on":
                head[key] = None if value in (None, "") else as_date(value)
            elif key in ("compiler", "reviewer", "approver"):
                head[key] = person(value, limit_of(Plan, key))
            else:
                head[key] = as_text(value, limit_of(Plan, key))
        except Placeholder as exc:
            book.add(WARNING, title, f"{names[key]}: {exc}", r)
            head[key] = None if key == "compiled_on" else ""
        except ValueError as exc:
            book.add(ERROR, title, f"{names[key]}: {exc}", r)
    if not head.get("title"):
        first = next((v for row in rows for v in row if isinstance(v, str) and v.strip()), "")
        if "title" in found or not first:
            book.add(ERROR, title, "計劃名稱 (Title): the plan has no title")
        head["title"] = as_text(first, limit_of(Plan, "title")) if first else ""
    if "year" not in found or (found["year"][0] is None and head.get("year") is None):
        book.add(ERROR, title, f"年度 (Year): missing; a whole number {MIN_YEAR}–{MAX_YEAR}")
    return head


def _signoff_labels() -> tuple[dict[str, str], dict[str, str]]:
    """Role label -> role, and meaning in any language -> the stored (English) meaning."""
    roles = {norm(r): r for r in ("compiler", "reviewer", "approver")}
    meanings: dict[str, str] = {}
    from desktop.models.signoff_terms import MEANING_LABELS, ROLE_LABELS

    for labels in ROLE_LABELS.values():
        roles.update({norm(text): role for role, text in labels.items()})
    for labels in MEANING_LABELS.values():
        meanings.update({norm(text): meaning for meaning, text in labels.items()})
        meanings.update({norm(meaning): meaning for meaning in labels})
    return roles, meanings


def _signed_at(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str) and value.strip():
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def signoff_rows(book: RawBook) -> list[dict[str, Any]]:
    """The sign-off area of the cover (below 簽署記錄): role, signer, time, meaning and content
    fingerprint of each row with a signer. Import records them as "recorded elsewhere, not
    verified" (never as signatures); the verdict column is not read. A row that cannot be
    read is left out with a warning (the plan's content is imported all the same)."""
    title = book.titles.get("cover", "封面 (Cover)")
    rows = book.cells.get("cover", [])
    start = next(
        (
            r
            for r, row in enumerate(rows)
            if any(isinstance(v, str) and norm(v) in STOP for v in row)
        ),
        None,
    )
    if start is None:
        return []
    headers = {
        norm(alias): key
        for key, (zh, en) in zip(SIGNOFF_KEYS, SIGNOFF_HEADERS, strict=True)
        for alias in (zh, en, label(zh, en))
    }
    roles, meanings = _signoff_labels()
    columns: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for number, row in enumerate(rows[start + 1 :], start + 2):
        if not columns:
            found = {
                headers[norm(v)]: c
                for c, v in enumerate(row)
                if isinstance(v, str) and norm(v) in headers
            }
            if {"role_label", "signer"} <= found.keys():
                columns = found
            continue
        values = {key: row[c] if c < len(row) else None for key, c in columns.items()}
        try:
            signer = person(values.get("signer"), limit_of(Signature, "signer"))
        except ValueError:  # a placeholder, or a note that is no name
            continue
        if not signer:
            continue
        role_text = values.get("role_label")
        role = roles.get(norm(role_text)) if isinstance(role_text, str) else None
        when = _signed_at(values.get("signed_at"))
        why = ""
        if role is None:
            why = f"the role {role_text or ''!r} is not compiler, reviewer or approver"
        elif when is None:
            why = f"the signing time {values.get('signed_at') or ''!r} is not a date and time"
        if why:
            book.add(WARNING, title, f"sign-off by {signer}: {why}; not recorded", number)
            continue
        try:
            meaning = as_text(values.get("meaning"), limit_of(Signature, "meaning"))
            content = as_text(values.get("fingerprint"), 100)
        except ValueError:
            meaning, content = "", ""
        out.append(
            {
                "role": role,
                "signer": signer,
                "signed_at": when,
                "meaning": meanings.get(norm(meaning), meaning),
                "content_hash": content,
            }
        )
    return out


def texts(book: RawBook) -> dict[str, str]:
    aliases = field_aliases(TEXT_FIELDS)
    out: dict[str, str] = {}
    title = book.titles.get("texts", "文字 (Texts)")
    for r, row in enumerate(book.cells.get("texts", []), 1):
        key = aliases.get(norm(row[0])) if row and isinstance(row[0], str) else None
        if key:
            try:
                out[key] = as_text(row[1] if len(row) > 1 else None, 100_000)
            except ValueError as exc:
                book.add(ERROR, title, f"{key}: {exc}", r)
    return out


def meta_values(book: RawBook) -> dict[str, Any]:
    values = {
        str(r[0]).strip(): r[1]
        for r in book.cells.get("meta", [])
        if len(r) > 1 and r[0] is not None
    }
    if not values:
        return {}
    fmt = str(values.get("format") or "")
    if fmt != FORMAT_VERSION:
        book.add(ERROR, "_meta", f"format {fmt!r} is not {FORMAT_VERSION!r} (a newer PlanDesk?)")
        return {}
    out: dict[str, Any] = {}
    for key in ("uuid", "lineage"):
        try:
            out[key] = str(uuidlib.UUID(str(values.get(key))))
        except ValueError:
            book.add(ERROR, "_meta", f"{key}: {values.get(key)!r} is not a uuid")
    try:
        out["revision"] = as_int(values.get("revision"), 1, 1_000_000)
    except ValueError as exc:
        book.add(ERROR, "_meta", f"revision: {exc}")
    out["language"] = (
        values.get("language") if values.get("language") in ("zh_TW", "zh_CN", "en") else "zh_TW"
    )
    out["week_convention"] = (
        values.get("week_convention")
        if values.get("week_convention") in ("calendar", "blocks")
        else "calendar"
    )
    dual = values.get("allow_dual_roles")
    out["allow_dual_roles"] = dual is True or str(dual).upper() in ("TRUE", "1")
    return out
