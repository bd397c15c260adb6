"""Read a workbook for import (``plandesk import``, File ▸ Import from Excel…); nothing here
writes.

1. ``read_import``: safety checks, then read and validate the whole workbook into an
   ``ImportResult`` (the plan's dump, the cover's sign-off rows and every problem found).
2. ``preview``: what an import would add, change and remove, per section.

Writing it is one operation: ``desktop.operations.import_plan``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.exchange.excel.excel_layout import SHEET
from desktop.exchange.excel.excel_parse import parse_book
from desktop.exchange.excel.excel_read import ERROR, WARNING, Problem, read_book
from desktop.exchange.excel.excel_safety import ExcelRefused, check_file, require_defusedxml
from desktop.models.serialize import strip_tracking

SECTION_LABELS = {
    "plan": "計劃 (Plan)",
    "teams": SHEET["teams"].title,
    "goals": SHEET["goals"].title,
    "kpis": SHEET["kpis"].title,
    "actuals": SHEET["actuals"].title,
    "tasks": SHEET["tasks"].title,
    "subtasks": SHEET["subtasks"].title,
    "progress": SHEET["progress"].title,
    "milestones": SHEET["milestones"].title,
    "resources": SHEET["resources"].title,
    "risks": SHEET["risks"].title,
    "monitoring": SHEET["monitoring"].title,
    "evaluation": SHEET["evaluation"].title,
    "communication": SHEET["communication"].title,
    "collaboration": SHEET["collaboration"].title,
}


@dataclass
class ImportResult:
    path: Path
    data: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)
    exported_at: datetime | None = None  # when PlanDesk wrote the workbook (its meta sheet)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def refusal(self) -> str:
        """One line: the file, the first error and how many there are."""
        errors = self.errors
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        return f"{self.path.name}: {errors[0].text()}{more}"


@dataclass
class SectionDiff:
    section: str
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # what each added / changed / removed item was and becomes: code -> (old, new) items
    before: dict[str, Any] = field(default_factory=dict, repr=False)
    after: dict[str, Any] = field(default_factory=dict, repr=False)

    def line(self) -> str:
        parts = [
            f"{SECTION_LABELS.get(self.section, self.section)}: {len(self.added)} added, "
            f"{len(self.changed)} changed, {len(self.removed)} removed"
        ]
        for word, items in (
            ("added", self.added),
            ("changed", self.changed),
            ("removed", self.removed),
        ):
            if items:
                shown = ", ".join(items[:6]) + (" …" if len(items) > 6 else "")
                parts.append(f"{word}: {shown}")
        return "; ".join(parts)


def read_import(
    path: str | Path, progress: Callable[[int, str], None] | None = None
) -> ImportResult:
    """Check and read the whole workbook; ExcelRefused for files that cannot be read at all."""
    require_defusedxml()
    path = Path(path)
    check_file(path)
    book = read_book(path, progress)
    try:
        data = parse_book(book)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a shape not foreseen
        raise ExcelRefused(
            f"{path.name}: the workbook cannot be imported ({type(exc).__name__}: {exc})"
        ) from None
    result = ImportResult(path, data, book.problems, exported_time(book))
    if result.errors:
        result.data = None
    return result


def exported_time(book: Any) -> datetime | None:
    """The export time on the meta sheet (naive UTC), or None (a hand-made workbook)."""
    for row in book.cells.get("meta", []):
        if len(row) > 1 and str(row[0]).strip() == "exported_at":
            try:
                when = datetime.fromisoformat(str(row[1]))
            except ValueError:
                return None
            return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when
    return None


DERIVED = ("schedule_text",)  # dump keys computed from others (never compared)


def same_content(old: dict[str, Any], data: dict[str, Any]) -> bool:
    """Does the workbook ``data`` hold the signed content of the plan dumped as ``old``
    (everything but the tracking data)?"""
    head = dict(data["plan"])
    for key in ("uuid", "lineage", "revision"):
        head[key] = old["plan"][key]
    mine = {k: v for k, v in (data | {"plan": head}).items() if k in old}
    return _plain(strip_tracking(mine)) == _plain(strip_tracking(old))


def _plain(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items() if k not in DERIVED}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


def _items(data: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Section -> {identifier: comparable item} for the preview."""
    out: dict[str, dict[str, Any]] = {k: {} for k in SECTION_LABELS}
    if data is None:
        return out
    data = _plain(data)
    head = dict(data["plan"])
    for key in ("uuid", "lineage", "revision"):
        head.pop(key, None)
    out["plan"] = {k: v for k, v in head.items()}
    out["teams"] = {t["name"]: t for t in data["teams"]}
    for g in data["goals"]:
        out["goals"][g["code"]] = {k: v for k, v in g.items() if k != "kpis"}
        for k in g["kpis"]:
            out["kpis"][k["code"]] = {n: v for n, v in k.items() if n != "actuals"} | {
                "goal": g["code"]
            }
            for a in k["actuals"]:
                out["actuals"][f"{k['code']}/{a['month']}"] = a
    for t in data["tasks"]:
        out["tasks"][t["code"]] = {k: v for k, v in t.items() if k != "subtasks"}
        for s in t["subtasks"]:
            out["subtasks"][s["code"]] = {
                k: v for k, v in s.items() if k not in ("done", "notes")
            } | {"task": t["code"]}
            for d in s["done"]:
                out["progress"][f"{s['code']}/{d}"] = d
            for n in s.get("notes", []):
                out["progress"][f"{s['code']}/{n['start']}/note"] = {
                    "problem": n["problem"],
                    "solution": n["solution"],
                }
    for key in (
        "milestones",
        "resources",
        "risks",
        "monitoring",
        "evaluation",
        "communication",
        "collaboration",
    ):
        out[key] = {item["code"]: item for item in data[key]}
    return out


def preview(old: dict[str, Any] | None, new: dict[str, Any]) -> list[SectionDiff]:
    """What an import would add, change and remove, per section (header fields as 'plan')."""
    before, after = _items(old), _items(new)
    diffs = []
    for section in SECTION_LABELS:
        a, b = before[section], after[section]
        if section == "plan":
            changed = [k for k in b if old is not None and a.get(k) != b[k]]
            diffs.append(SectionDiff(section, [], changed, [], a, b))
            continue
        diffs.append(
            SectionDiff(
                section,
                [k for k in b if k not in a],
                [k for k in b if k in a and a[k] != b[k]],
                [k for k in a if k not in b],
                a,
                b,
            )
        )
    return diffs
