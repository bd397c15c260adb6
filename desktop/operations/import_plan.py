"""Import a workbook: one operation for the command line and the GUI alike.

``desktop.exchange.excel.excel_import.read_import`` reads and checks a workbook (it never
writes) into an ``ImportResult``. ``plan_target`` says where its plan goes; ``import_plan``
writes it as one change, through the runner it is given: ``PlanOperations`` in the GUI (one
undoable command on the ``QUndoStack``) or ``DirectRunner`` (``run_change``/``create_plan``)
on the command line (``apply_import``).

A workbook whose uuid names a draft plan updates it; one naming a plan in review or approved
updates that plan's tracking data in place when its signed content is unchanged (done marks,
KPI actuals, risk status and review dates; the signatures stay valid), else makes a new
revision (new uuid, same lineage, revision +1); otherwise a new plan is created. The target a
preview showed is checked again inside the transaction that writes: when the workspace moved
on since (the draft was signed, the plan or a newer revision was added), the import is
refused (ValueError) and nothing is written.

Sign-off rows on the cover never become signatures: in the same change they are recorded as
"recorded elsewhere, not verified" (``record_external_signoffs``), never counting for the
plan's status or verdict, and leaving the dump unchanged. Rows the workspace already holds
(a sign-off made here, or one recorded by an earlier import of the workbook) are skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Union

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.exchange.excel.excel_import import ImportResult, same_content
from desktop.exchange.excel.excel_safety import ExcelRefused
from desktop.models import KpiActual, OccurrenceDone, OccurrenceNote, Plan, PlanStatus
from desktop.models.deserialize import load_plan, replace_plan_content
from desktop.models.plan import new_uuid
from desktop.models.refusal import Invalid
from desktop.models.serialize import dump_plan
from desktop.models.validate_messages import STATUS_WORDS
from desktop.store import Workspace

from . import create_plan, current_actor, run_change
from .changes import PLAN_TABLES

if TYPE_CHECKING:
    from .undo import PlanOperations

Apply = Callable[[Session, Plan], Any]

TABLES = PLAN_TABLES  # an import replaces the whole plan: every table of it


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
    newest = _newest_revision(session, plan.lineage) or plan.revision
    return Target("revision", plan.id, new_uuid(), newest + 1, old)


def _newest_revision(session: Session, lineage: str) -> int:
    return session.scalar(select(func.max(Plan.revision)).where(Plan.lineage == lineage)) or 0


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
            words = STATUS_WORDS.get(plan.status, {"en": plan.status})
            raise Invalid(
                "", "import_not_draft", title=plan.title, revision=plan.revision, status=words
            )
        replace_plan_content(session, plan, data)
        record_signoffs(session, plan, data, actor=actor)

    return apply


def track_apply(data: dict[str, Any]) -> Callable[[Session, Plan], int]:
    """``apply(session, plan)`` setting a signed-off plan's tracking data to the workbook's:
    done marks, occurrence notes, KPI actuals, risk status and review date; only rows that differ change, so
    the change set is tracking data only (the operations layer checks it). Returns the count
    of changed items."""

    def apply(session: Session, plan: Plan) -> int:
        if not same_content(dump_plan(plan), data):  # the plan is not what was previewed
            raise Invalid("", "import_not_tracking", title=plan.title, revision=plan.revision)
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
            count += _track_notes(sub, subs.get(sub.code, {}).get("notes", []))
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


def _track_notes(sub: Any, notes: list[dict[str, Any]]) -> int:
    """Set a subtask's occurrence notes to ``notes`` (dump form); returns the count changed."""
    want = {date.fromisoformat(n["start"]): n for n in notes}
    count = 0
    for note in [n for n in sub.notes if n.start not in want]:
        sub.notes.remove(note)
        count += 1
    have = {n.start: n for n in sub.notes}
    for day, n in sorted(want.items()):
        problem, solution = n.get("problem") or "", n.get("solution") or ""
        row = have.get(day)
        if row is None:
            sub.notes.append(OccurrenceNote(start=day, problem=problem, solution=solution))
            count += 1
        elif (row.problem, row.solution) != (problem, solution):
            row.problem, row.solution = problem, solution
            count += 1
    return count


def create_build(
    data: dict[str, Any], target: Target, *, actor: str | None = None
) -> Callable[[Session], Plan]:
    """``build(session)`` adding the imported plan (new plan or new revision)."""

    def build(session: Session) -> Plan:
        lineage = None
        if target.kind == "revision":
            source = session.get(Plan, target.plan_id)
            if source is None:
                raise Invalid("", "import_source_removed")
            if _newest_revision(session, source.lineage) >= target.revision:
                raise Invalid(
                    "", "import_revision_made", revision=target.revision, title=source.title
                )
            lineage = source.lineage
        elif session.scalar(select(Plan.id).where(Plan.uuid == target.uuid)) is not None:
            raise Invalid("", "import_plan_added", uuid=target.uuid)
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


@dataclass
class DirectRunner:
    """``run``/``create`` as ``PlanOperations`` has them, through ``run_change`` and
    ``create_plan`` (no Qt, no undo stack): the command line's runner."""

    workspace: Workspace
    actor: str | None = None

    def run(self, plan_ref: str | int, action: str, apply: Apply, **options: Any) -> Any:
        outcome = run_change(self.workspace, plan_ref, action, apply, actor=self.actor, **options)
        return outcome.result

    def create(self, action: str, build: Callable[[Session], Plan]) -> int:
        return int(create_plan(self.workspace, action, build, actor=self.actor).result)


Runner = Union[DirectRunner, "PlanOperations"]  # what makes the import's one change


@dataclass
class Imported:
    target: Target  # what the import did (its kind) and the plan's uuid and revision
    plan_id: int  # the plan created or updated


def import_plan(runner: Runner, result: ImportResult, target: Target | None = None) -> Imported:
    """Write a read workbook as one change (create, update a draft, update tracking data in
    place, or a new revision); ``target`` is the one a preview showed, else it is found now.

    Raises ExcelRefused (the workbook has errors) and what the runner raises when the change
    is refused: ValueError/LookupError/PlanLocked/ConflictError from ``DirectRunner``,
    ``OperationRefused`` from ``PlanOperations``. Nothing is written then.
    """
    if result.data is None:
        raise ExcelRefused(result.refusal())
    data = result.data
    if target is None:
        with runner.workspace.session() as session:
            target = plan_target(session, data)
    action = action_text(result, target)
    actor = runner.actor or None
    if target.kind == "update":
        runner.run(target.uuid, action, update_apply(data, actor=actor), tables=TABLES)
    elif target.kind == "track":
        runner.run(target.uuid, action, track_apply(data))
    else:
        return Imported(target, runner.create(action, create_build(data, target, actor=actor)))
    assert target.plan_id is not None
    return Imported(target, target.plan_id)


def apply_import(
    workspace: Workspace, result: ImportResult, *, actor: str | None = None
) -> tuple[Target, str]:
    """``import_plan`` through ``run_change`` (command line); the target and the plan's uuid."""
    imported = import_plan(DirectRunner(workspace, actor), result)
    return imported.target, imported.target.uuid
