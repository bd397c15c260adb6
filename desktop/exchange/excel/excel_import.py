"""Import a workbook (``plandesk import``, File ▸ Import from Excel…).

1. ``read_import``: safety checks, then read and validate the whole workbook (nothing written).
2. ``plan_target`` + ``preview``: where it goes and what would be added/changed/removed.
3. ``apply_import`` (command line) or the ``*_apply``/``*_build`` functions (GUI, through
   ``ctx.ops``): one undoable change. A workbook whose uuid names a draft plan updates it; one
   naming a plan in review or approved updates that plan's tracking data in place when its
   signed content is unchanged (done marks, KPI actuals, risk status and review dates; the
   signatures stay valid), else makes a new revision (new uuid, same lineage, revision +1);
   otherwise a new plan is created.

Sign-off rows on the cover never become signatures: in the same change they are recorded as
"recorded elsewhere, not verified" (``record_external_signoffs``), never counting for the
plan's status or verdict, and leaving the dump unchanged. Rows the workspace already holds
(a sign-off made here, or one recorded by an earlier import of the workbook) are skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.exchange.excel.excel_layout import SHEET
from desktop.exchange.excel.excel_parse import parse_book
from desktop.exchange.excel.excel_read import ERROR, WARNING, Problem, read_book
from desktop.exchange.excel.excel_safety import ExcelRefused, check_file, require_defusedxml
from desktop.models import KpiActual, OccurrenceDone, Plan, PlanStatus
from desktop.models.deserialize import load_plan, replace_plan_content
from desktop.models.plan import new_uuid
from desktop.models.serialize import dump_plan, strip_tracking
from desktop.operations.changes import PLAN_TABLES

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
TABLES = PLAN_TABLES  # an import replaces the whole plan: every table of it


@dataclass
class ImportResult:
    path: Path
    data: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)

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
class Target:
    kind: str  # "create", "update", "track" (tracking data only, in place) or "revision"
    plan_id: int | None = None  # the plan updated, or the plan a revision is made from
    uuid: str = ""  # the uuid the imported plan will have
    revision: int = 1
    old: dict[str, Any] | None = None  # dump of the plan updated / revised

    def describe(self, title: str) -> str:
        if self.kind == "update":
            return f"update plan {self.uuid} ({title}, revision {self.revision})"
        if self.kind == "track":
            return (
                f"update the tracking data of plan {self.uuid} ({title}, revision "
                f"{self.revision}) in place: done marks, KPI actuals, risk status and "
                "review dates (its signed content is unchanged, signatures stay valid)"
            )
        if self.kind == "revision":
            return (
                f"create revision {self.revision} of plan {title} as {self.uuid} "
                "(the existing revision is signed and is not changed)"
            )
        return f"create plan {self.uuid} ({title})"


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
    result = ImportResult(path, data, book.problems)
    if result.errors:
        result.data = None
    return result


def plan_target(session: Session, data: dict[str, Any]) -> Target:
    """Where ``data`` goes in the workspace of ``session`` (see module doc)."""
    uuid = data["plan"].get("uuid")
    plan = session.scalar(select(Plan).where(Plan.uuid == uuid)) if uuid else None
    if plan is None:
        return Target("create", None, uuid or new_uuid(), data["plan"].get("revision") or 1)
    old = dump_plan(plan)
    if plan.status == PlanStatus.DRAFT.value:
        return Target("update", plan.id, plan.uuid, plan.revision, old)
    if same_content(old, data):
        return Target("track", plan.id, plan.uuid, plan.revision, old)
    newest = session.scalar(select(func.max(Plan.revision)).where(Plan.lineage == plan.lineage))
    return Target("revision", plan.id, new_uuid(), (newest or plan.revision) + 1, old)


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
            out["subtasks"][s["code"]] = {k: v for k, v in s.items() if k != "done"} | {
                "task": t["code"]
            }
            for d in s["done"]:
                out["progress"][f"{s['code']}/{d}"] = d
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


def identity(data: dict[str, Any], target: Target, lineage: str | None = None) -> dict[str, Any]:
    """``data`` with the uuid, lineage and revision the target gives it."""
    head = dict(data["plan"])
    head["uuid"] = target.uuid
    if target.kind == "revision":
        head["lineage"], head["revision"] = lineage, target.revision
    else:
        head["lineage"] = head.get("lineage") or target.uuid
        head["revision"] = head.get("revision") or 1
    return data | {"plan": head}


def record_signoffs(
    session: Session, plan: Plan, data: dict[str, Any], *, actor: str | None = None
) -> int:
    """Record the workbook's sign-off rows on ``plan`` as external (not verified) sign-offs,
    leaving out those already held by the plan or by the plan the workbook was exported from;
    returns how many were recorded."""
    rows = data.get("signoffs") or []
    if not rows:
        return 0
    from desktop.operations import current_actor
    from desktop.signoff.records import record_external_signoffs, unrecorded_signoffs

    fresh = unrecorded_signoffs(session, [plan.uuid, data["plan"].get("uuid") or ""], rows)
    return len(
        record_external_signoffs(session, plan, fresh, actor=actor or current_actor() or "import")
    )


def update_apply(
    data: dict[str, Any], *, actor: str | None = None
) -> Callable[[Session, Plan], None]:
    """``apply(session, plan)`` replacing a draft plan's content (for ops.run / run_change)."""

    def apply(session: Session, plan: Plan) -> None:
        if plan.status != PlanStatus.DRAFT.value:
            raise ValueError(
                f"“{plan.title}” revision {plan.revision} is "
                f"{plan.status.replace('_', ' ')}: import it again (a new "
                "revision, or its tracking data only)"
            )
        replace_plan_content(session, plan, data)
        record_signoffs(session, plan, data, actor=actor)

    return apply


def track_apply(data: dict[str, Any]) -> Callable[[Session, Plan], int]:
    """``apply(session, plan)`` setting a signed-off plan's tracking data to the workbook's:
    done marks, KPI actuals, risk status and review date; only rows that differ change, so
    the change set is tracking data only (the operations layer checks it). Returns the count
    of changed items."""

    def apply(session: Session, plan: Plan) -> int:
        from datetime import date

        count = 0
        kpis = {k["code"]: k for g in data["goals"] for k in g["kpis"]}
        for kpi in (k for g in plan.goals for k in g.kpis):
            want = {a["month"]: a for a in kpis.get(kpi.code, {}).get("actuals", [])}
            for row in [a for a in kpi.actuals if a.month not in want]:
                kpi.actuals.remove(row)
                count += 1
            have = {a.month: a for a in kpi.actuals}
            for month, a in want.items():
                fields = {
                    "value": float(a["value"]),
                    "source": a.get("source") or "",
                    "note": a.get("note") or "",
                    "demo": bool(a.get("demo")),
                }
                row = have.get(month)
                if row is None:
                    kpi.actuals.append(KpiActual(month=month, **fields))
                    count += 1
                elif any(getattr(row, k) != v for k, v in fields.items()):
                    for k, v in fields.items():
                        setattr(row, k, v)
                    count += 1
        subs = {s["code"]: s for t in data["tasks"] for s in t["subtasks"]}
        for sub in (s for t in plan.tasks for s in t.subtasks):
            want_days = {date.fromisoformat(d) for d in subs.get(sub.code, {}).get("done", [])}
            for mark in [p for p in sub.progress if p.start not in want_days]:
                sub.progress.remove(mark)
                count += 1
            for day in sorted(want_days - {p.start for p in sub.progress}):
                sub.progress.append(OccurrenceDone(start=day))
                count += 1
        risks = {r["code"]: r for r in data["risks"]}
        for risk in plan.risks:
            r = risks.get(risk.code)
            if r is None:
                continue
            review = date.fromisoformat(r["review_on"]) if r.get("review_on") else None
            if (risk.status, risk.review_on) != (r["status"], review):
                risk.status, risk.review_on = r["status"], review
                count += 1
        return count

    return apply


def create_build(
    data: dict[str, Any], target: Target, *, actor: str | None = None
) -> Callable[[Session], Plan]:
    """``build(session)`` adding the imported plan (new plan or new revision)."""

    def build(session: Session) -> Plan:
        lineage = None
        if target.kind == "revision":
            lineage = session.get(Plan, target.plan_id).lineage
        plan = load_plan(session, identity(data, target, lineage))
        session.flush()
        record_signoffs(session, plan, data, actor=actor)
        return plan

    return build


def action_text(result: ImportResult, target: Target) -> str:
    verb = {
        "update": "import",
        "create": "import new plan",
        "track": "import tracking data",
        "revision": f"import as revision {target.revision}",
    }[target.kind]
    return f"{verb} from {result.path.name}"


def apply_import(
    workspace: Any, result: ImportResult, *, actor: str | None = None
) -> tuple[Target, str]:
    """Write a validated import (command line); returns the target and the plan's uuid."""
    from desktop.operations import create_plan, run_change

    if result.data is None:
        raise ExcelRefused(result.refusal())
    with workspace.session() as session:
        target = plan_target(session, result.data)
    action = action_text(result, target)
    if target.kind == "update":
        run_change(
            workspace,
            target.uuid,
            action,
            update_apply(result.data, actor=actor),
            actor=actor,
            tables=TABLES,
        )
    elif target.kind == "track":
        run_change(workspace, target.uuid, action, track_apply(result.data), actor=actor)
    else:
        create_plan(workspace, action, create_build(result.data, target, actor=actor), actor=actor)
    return target, target.uuid
