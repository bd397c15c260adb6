"""Turn the rows of a read workbook into canonical dump data, checking codes and references.

Every problem is collected (sheet, row, column, reason); the data is only used when there is
no error. A workbook without a meta sheet (hand-made) gets no uuid (a new plan) and defaults.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import date, datetime
from typing import Any

from desktop.exchange.excel.excel_cells import Placeholder, as_date, as_int, as_text, person
from desktop.exchange.excel.excel_cover import SIGNOFF_HEADERS, SIGNOFF_KEYS
from desktop.exchange.excel.excel_layout import (
    COVER_FIELDS,
    FORMAT_VERSION,
    SHEET,
    TEXT_FIELDS,
    field_aliases,
    label,
    norm,
)
from desktop.exchange.excel.excel_read import ERROR, WARNING, RawBook, Row
from desktop.models.serialize import FORMAT
from desktop.models.validate import MAX_YEAR, MIN_YEAR

SECTION_KEYS = ("code", "kind", "title", "description")
LIMITS = {"title": 200, "organisation": 200, "compiler": 100, "reviewer": 100, "approver": 100}
STOP = {norm(n) for n in ("簽署記錄 (Sign-offs)", "簽署記錄", "签署记录", "Sign-offs")}


def _cover(book: RawBook) -> dict[str, Any]:
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
                head[key] = person(value, LIMITS[key])
            else:
                head[key] = as_text(value, LIMITS[key])
        except Placeholder as exc:
            book.add(WARNING, title, f"{names[key]}: {exc}", r)
            head[key] = None if key == "compiled_on" else ""
        except ValueError as exc:
            book.add(ERROR, title, f"{names[key]}: {exc}", r)
    if not head.get("title"):
        first = next((v for row in rows for v in row if isinstance(v, str) and v.strip()), "")
        if "title" in found or not first:
            book.add(ERROR, title, "計劃名稱 (Title): the plan has no title")
        head["title"] = as_text(first, 200) if first else ""
    if "year" not in found or (found["year"][0] is None and head.get("year") is None):
        book.add(ERROR, title, f"年度 (Year): missing; a whole number {MIN_YEAR}–{MAX_YEAR}")
    return head


def _signoff_labels() -> tuple[dict[str, str], dict[str, str]]:
    """Role label -> role, and meaning in any language -> the stored (English) meaning."""
    roles = {norm(r): r for r in ("compiler", "reviewer", "approver")}
    meanings: dict[str, str] = {}
    from desktop.signoff.records import MEANING_LABELS, ROLE_LABELS

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


def _signoffs(book: RawBook) -> list[dict[str, Any]]:
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
            signer = person(values.get("signer"), 100)
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
            meaning = as_text(values.get("meaning"), 200)
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


def _texts(book: RawBook) -> dict[str, str]:
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


def _meta(book: RawBook) -> dict[str, Any]:
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


class _Codes:
    """Unique codes of one sheet, reporting duplicates."""

    def __init__(self, book: RawBook, sheet_key: str, field: str = "code") -> None:
        self.book, self.sheet, self.field = book, sheet_key, field
        self.rows: dict[str, int] = {}

    def add(self, row: Row) -> bool:
        code = row.values.get(self.field)
        if code is None or code == "":
            return False
        if code in self.rows:
            column = next(c for c in SHEET[self.sheet].columns if c.key == self.field)
            self.book.add(
                ERROR,
                self.book.titles[self.sheet],
                f"duplicate {self.field} {code!r} (also on row {self.rows[code]})",
                row.number,
                column,
            )
            return False
        self.rows[code] = row.number
        return True


def _ref_error(
    book: RawBook, sheet: str, row: Row, key: str, what: str, value: str, where: str
) -> None:
    column = next(c for c in SHEET[sheet].columns if c.key == key)
    book.add(
        ERROR,
        book.titles[sheet],
        f"unknown {what} {value!r} (not on the {where} sheet)",
        row.number,
        column,
    )


def _complete(row: Row, keys: tuple[str, ...]) -> bool:
    """Every cell of the row was read (``keys`` are those the caller needs)."""
    return row.ok


def parse_book(book: RawBook) -> dict[str, Any]:
    """Dump data built from ``book``; problems are appended to ``book.problems``."""
    head = _cover(book) if "cover" in book.cells else {}
    meta = _meta(book)
    texts = _texts(book)
    rows = book.rows
    get = rows.get
    teams: list[dict[str, Any]] = []
    team_codes = _Codes(book, "teams", "name")
    for row in get("teams", []):
        if team_codes.add(row) and _complete(row, ("name", "color")):
            teams.append({"name": row.values["name"], "color": row.values["color"]})
    known_teams = {t["name"] for t in teams}

    def team(sheet: str, row: Row, key: str = "owner") -> str | None:
        name = row.values.get(key)
        if name is None:
            return None
        if name not in known_teams:
            if "teams" not in rows:  # hand-made workbook: teams come from the owners
                teams.append({"name": name, "color": "#4e79a7"})
                known_teams.add(name)
            else:
                _ref_error(book, sheet, row, key, "team", name, SHEET["teams"].title)
        return name

    goals = {
        r.values["code"]: {k: r.values[k] for k in ("code", "title", "description")} | {"kpis": []}
        for r in _unique(book, "goals", ("code", "title", "description"))
    }
    kpis: dict[str, dict[str, Any]] = {}
    kpi_codes = _Codes(book, "kpis")
    kpi_keys = (
        "code",
        "name",
        "unit",
        "baseline",
        "target",
        "target_kind",
        "direction",
        "frequency",
        "tolerance",
    )
    for row in get("kpis", []):
        if not kpi_codes.add(row) or not _complete(row, ("goal", *kpi_keys)):
            continue
        goal = goals.get(row.values["goal"])
        if goal is None:
            _ref_error(book, "kpis", row, "goal", "goal", row.values["goal"], SHEET["goals"].title)
            continue
        kpi = {k: row.values[k] for k in kpi_keys} | {"actuals": []}
        goal["kpis"].append(kpi)
        kpis[kpi["code"]] = kpi
    seen_actuals: dict[tuple[str, int], int] = {}
    for row in get("actuals", []):
        if not _complete(row, ("kpi", "month", "value", "source", "note")):
            continue
        v = row.values
        kpi = kpis.get(v["kpi"])
        if kpi is None:
            _ref_error(book, "actuals", row, "kpi", "KPI", v["kpi"], SHEET["kpis"].title)
            continue
        if (v["kpi"], v["month"]) in seen_actuals:
            book.add(
                ERROR,
                book.titles["actuals"],
                f"a second value for KPI {v['kpi']!r} in "
                f"month {v['month']} (also on row {seen_actuals[v['kpi'], v['month']]})",
                row.number,
            )
            continue
        seen_actuals[v["kpi"], v["month"]] = row.number
        kpi["actuals"].append(
            {k: v[k] for k in ("month", "value", "source", "note")}
            | {"demo": v.get("demo") == "demo"}
        )
    for kpi in kpis.values():
        kpi["actuals"].sort(key=lambda a: a["month"])
    tasks: dict[str, dict[str, Any]] = {}
    task_codes = _Codes(book, "tasks")
    for row in get("tasks", []):
        keys = ("code", "title", "description", "importance", "expected_result", "kpis")
        if not task_codes.add(row) or not _complete(row, keys):
            continue
        for code in row.values["kpis"]:
            if code not in kpis:
                _ref_error(book, "tasks", row, "kpis", "KPI", code, SHEET["kpis"].title)
        tasks[row.values["code"]] = {k: row.values[k] for k in keys} | {"subtasks": []}
    subtasks: dict[str, dict[str, Any]] = {}
    sub_codes = _Codes(book, "subtasks")
    for row in get("subtasks", []):
        keys = ("code", "title", "schedule", "resources")
        if not sub_codes.add(row) or not _complete(row, ("task", *keys)):
            continue
        owner = team("subtasks", row)
        task = tasks.get(row.values["task"])
        if task is None:
            _ref_error(
                book, "subtasks", row, "task", "task", row.values["task"], SHEET["tasks"].title
            )
            continue
        sub = {
            "code": row.values["code"],
            "title": row.values["title"],
            "owner": owner,
            "schedule": row.values["schedule"],
            "resources": row.values["resources"],
            "done": [],
        }
        task["subtasks"].append(sub)
        subtasks[sub["code"]] = sub
    done_seen: set[tuple[str, date]] = set()
    for row in get("progress", []):
        if not _complete(row, ("subtask", "start")):
            continue
        code, start = row.values["subtask"], row.values["start"]
        if code not in subtasks:
            _ref_error(book, "progress", row, "subtask", "subtask", code, SHEET["subtasks"].title)
        elif (code, start) not in done_seen:
            done_seen.add((code, start))
            subtasks[code]["done"].append(start)
    for sub in subtasks.values():
        sub["done"] = [d.isoformat() for d in sorted(sub["done"])]
    data: dict[str, Any] = {
        "format": FORMAT,
        "teams": teams,
        "goals": list(goals.values()),
        "tasks": list(tasks.values()),
    }
    data["milestones"] = []
    for row in _unique(book, "milestones", ("code", "title", "schedule", "depends_on")):
        owner = team("milestones", row)
        for code in row.values["depends_on"]:
            if code not in subtasks:
                _ref_error(
                    book, "milestones", row, "depends_on", "subtask", code, SHEET["subtasks"].title
                )
        data["milestones"].append(
            {
                "code": row.values["code"],
                "title": row.values["title"],
                "owner": owner,
                "schedule": row.values["schedule"],
                "depends_on": row.values["depends_on"],
            }
        )
    keys = ("code", "category", "item", "description", "amount", "unit", "source")
    data["resources"] = [{k: r.values[k] for k in keys} for r in _unique(book, "resources", keys)]
    data["risks"] = _risks(book, team, kpis)
    for key in ("monitoring", "evaluation", "communication", "collaboration"):
        extra = ("schedule",) if key in ("monitoring", "evaluation") else ()
        items = []
        for row in _unique(book, key, SECTION_KEYS + extra):
            item = {k: row.values[k] for k in SECTION_KEYS + extra}
            if key == "monitoring":
                item["owner"] = team(key, row)
            items.append(item)
        data[key] = items
    data["plan"] = _header(head, meta, texts)
    data["signoffs"] = _signoffs(book)
    return data


def _unique(book: RawBook, sheet: str, keys: tuple[str, ...]) -> list[Row]:
    codes = _Codes(book, sheet)
    return [r for r in book.rows.get(sheet, []) if codes.add(r) and _complete(r, keys)]


def _risks(book: RawBook, team: Any, kpis: dict[str, Any]) -> list[dict[str, Any]]:
    keys = (
        "code",
        "title",
        "category",
        "impact_text",
        "likelihood",
        "impact",
        "measure",
        "schedule",
        "assurance",
        "warning_kpi",
        "warning_op",
        "warning_threshold",
        "status",
        "review_on",
        "residual_likelihood",
        "residual_impact",
    )
    out = []
    for row in _unique(book, "risks", keys):
        risk = {k: row.values[k] for k in keys}
        risk["owner"] = team("risks", row)
        if risk["warning_kpi"] is not None and risk["warning_kpi"] not in kpis:
            _ref_error(
                book, "risks", row, "warning_kpi", "KPI", risk["warning_kpi"], SHEET["kpis"].title
            )
        review = risk["review_on"]
        risk["review_on"] = review.isoformat() if isinstance(review, date | datetime) else None
        out.append(risk)
    return out


def _header(head: dict[str, Any], meta: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    compiled = head.get("compiled_on")
    uuid = meta.get("uuid")
    return {
        "uuid": uuid,
        "lineage": meta.get("lineage") or uuid,
        "revision": meta.get("revision", 1),
        "title": head.get("title", ""),
        "year": head.get("year"),
        "organisation": head.get("organisation", ""),
        "language": meta.get("language", "zh_TW"),
        "compiler": head.get("compiler", ""),
        "reviewer": head.get("reviewer", ""),
        "approver": head.get("approver", ""),
        "compiled_on": compiled.isoformat() if compiled else None,
        "introduction": texts.get("introduction", ""),
        "summary": texts.get("summary", ""),
        "outlook": texts.get("outlook", ""),
        "week_convention": meta.get("week_convention", "calendar"),
        "allow_dual_roles": meta.get("allow_dual_roles", False),
    }
