"""Turn the rows of a read workbook into canonical dump data, checking codes and references.

Every problem is collected (sheet, row, column, reason); the data is only used when there is
no error. A workbook without a meta sheet (hand-made) gets no uuid (a new plan) and defaults.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.exchange.excel.excel_layout import SHEET
from desktop.exchange.excel.excel_parse_cover import cover_fields, meta_values, signoff_rows, texts
from desktop.exchange.excel.excel_read import ERROR, RawBook, Row
from desktop.models.fields import BY_KEY, FIRST_CONTENT_VERSION
from desktop.models.fields.versions import content_from_version
from desktop.models.serialize import FORMAT

SECTION_KEYS = ("code", "kind", "title", "description")


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


def dump_keys(sheet: str) -> tuple[str, ...]:
    """The dump keys of a sheet's columns, in column order: the fields of its entity that are
    in the dump (not the parent's code, not a computed score)."""
    return tuple(c.key for c in SHEET[sheet].columns if BY_KEY[c.entity][c.key].in_dump)


def _complete(row: Row, keys: tuple[str, ...]) -> bool:
    """Every cell of the row was read (``keys`` are those the caller needs)."""
    return row.ok


def parse_book(book: RawBook) -> dict[str, Any]:
    """Dump data built from ``book``; problems are appended to ``book.problems``."""
    head = cover_fields(book) if "cover" in book.cells else {}
    meta = meta_values(book)
    texts_ = texts(book)
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
    kpi_keys = dump_keys("kpis")
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
        actual_kpi = kpis.get(v["kpi"])
        if actual_kpi is None:
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
        actual_kpi["actuals"].append(
            {k: v[k] for k in ("month", "value", "source", "note")}
            | {"demo": v.get("demo") == "demo"}
        )
    for kpi in kpis.values():
        kpi["actuals"].sort(key=lambda a: a["month"])
    tasks: dict[str, dict[str, Any]] = {}
    task_codes = _Codes(book, "tasks")
    keys = dump_keys("tasks")
    for row in get("tasks", []):
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
    notes: dict[str, dict[date, dict[str, str]]] = {}
    for row in get("progress", []):
        if not _complete(row, ("subtask", "start")):
            continue
        code, start = row.values["subtask"], row.values["start"]
        if code not in subtasks:
            _ref_error(book, "progress", row, "subtask", "subtask", code, SHEET["subtasks"].title)
            continue
        if row.values.get("state", "done") == "done" and (code, start) not in done_seen:
            done_seen.add((code, start))
            subtasks[code]["done"].append(start)
        problem, solution = row.values.get("problem") or "", row.values.get("solution") or ""
        if problem or solution:
            notes.setdefault(code, {})[start] = {"problem": problem, "solution": solution}
    for code, sub in subtasks.items():
        sub["done"] = [d.isoformat() for d in sorted(sub["done"])]
        if code in notes:
            sub["notes"] = [{"start": d.isoformat()} | n for d, n in sorted(notes[code].items())]
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
    keys = dump_keys("resources")
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
    data["plan"] = _header(head, meta, texts_)
    data["signoffs"] = signoff_rows(book)
    # a workbook without the columns of later content versions (exported before them) has
    # those fields empty, as the dump of the plan it came from has
    return content_from_version(data, FIRST_CONTENT_VERSION)


def _unique(book: RawBook, sheet: str, keys: tuple[str, ...]) -> list[Row]:
    codes = _Codes(book, sheet)
    return [r for r in book.rows.get(sheet, []) if codes.add(r) and _complete(r, keys)]


def _risks(book: RawBook, team: Any, kpis: dict[str, Any]) -> list[dict[str, Any]]:
    keys = tuple(k for k in dump_keys("risks") if k != "owner")  # the owner is a team
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
