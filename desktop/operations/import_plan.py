"""Import a workbook read by ``desktop.exchange.excel.excel_import.read_import`` (which only
reads): ``plan_target`` says where it goes, ``apply_import`` (command line) or the
``*_apply``/``*_build`` functions (GUI, through ``ctx.ops``) write it as one undoable change.

A workbook whose uuid names a draft plan updates it; one naming a plan in review or approved
updates that plan's tracking data in place when its signed content is unchanged (done marks,
KPI actuals, risk status and review dates; the signatures stay valid), else makes a new
revision (new uuid, same lineage, revision +1); otherwise a new plan is created.

Sign-off rows on the cover never become signatures: in the same change they are recorded as
"recorded elsewhere, not verified" (``record_external_signoffs``), never counting for the
plan's status or verdict, and leaving the dump unchanged. Rows the workspace already holds
(a sign-off made here, or one recorded by an earlier import of the workbook) are skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.exchange.excel.excel_import import ImportResult, same_content
from desktop.exchange.excel.excel_safety import ExcelRefused
from desktop.models import KpiActual, OccurrenceDone, Plan, PlanStatus
from desktop.models.plan import new_uuid
from desktop.models.serialize import dump_plan, load_plan, replace_plan_content

from .changes import PLAN_TABLES

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
    newest = session.scalar(select(func.max(Plan.revision)).where(Plan.lineage == plan.lineage))
    return Target("revision", plan.id, new_uuid(), (newest or plan.revision) + 1, old)


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
