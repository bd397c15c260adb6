"""The canonical dump of a plan (a contract, see docs/DESIGN.md).

The dump is plain data: keys sorted, lists in position order, no database ids, no storage
timestamps, no workflow status and no sign-offs. ``content_dump`` is the dump without the
tracking data (done marks, occurrence notes, KPI actuals, risk status and review date): the *signed content*,
whose SHA-256 is the plan's content hash. ``deserialize.load_plan`` is the inverse of the dump.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from .goals import Goal, Kpi
from .plan import Plan
from .risks import Risk
from .tasks import Milestone, MilestoneDependency, Subtask, Task, TaskKpi

FORMAT = "plandesk.plan/1"

PLAN_FIELDS = (
    "uuid",
    "lineage",
    "revision",
    "title",
    "year",
    "organisation",
    "language",
    "compiler",
    "reviewer",
    "approver",
    "introduction",
    "summary",
    "outlook",
    "week_convention",
    "allow_dual_roles",
)
SECTIONS = (
    "teams",
    "goals",
    "tasks",
    "milestones",
    "resources",
    "risks",
    "monitoring",
    "evaluation",
    "communication",
    "collaboration",
)


def _num(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _when(item: Any, lang: str) -> str | None:
    """The schedule in words (derived, for people reading the dump; ignored on load)."""
    rule = item.rule
    return rule.text(lang) if rule is not None else None


def _team(item: Any) -> str | None:
    return item.owner_team.name if item.owner_team is not None else None


def _section_item(item: Any, lang: str, scheduled: bool = False) -> dict[str, Any]:
    out = {
        "code": item.code,
        "kind": item.kind,
        "title": item.title,
        "description": item.description,
    }
    if scheduled:
        out["schedule"] = item.schedule
        out["schedule_text"] = _when(item, lang)
    return out


def preload(plan: Plan) -> None:
    """Load everything the dump reads in a few queries (one per relationship level) instead of
    one lazy load per task, subtask and KPI; collections already loaded are left as they are."""
    session = object_session(plan)
    if session is None or not isinstance(session, Session) or plan.id is None:
        return
    done = session.info.setdefault("plandesk.preloaded", set())
    if plan.id in done:  # loaded in this session already (expired data reloads lazily)
        return
    done.add(plan.id)
    session.scalars(
        select(Plan)
        .where(Plan.id == plan.id)
        .options(
            selectinload(Plan.teams),
            selectinload(Plan.goals).selectinload(Goal.kpis).selectinload(Kpi.actuals),
            selectinload(Plan.tasks).selectinload(Task.kpi_links).joinedload(TaskKpi.kpi),
            selectinload(Plan.tasks).selectinload(Task.subtasks).selectinload(Subtask.progress),
            selectinload(Plan.tasks).selectinload(Task.subtasks).selectinload(Subtask.notes),
            selectinload(Plan.milestones)
            .selectinload(Milestone.dependency_links)
            .joinedload(MilestoneDependency.subtask),
            selectinload(Plan.resources),
            selectinload(Plan.risks).joinedload(Risk.warning_kpi),
            selectinload(Plan.monitoring),
            selectinload(Plan.evaluation),
            selectinload(Plan.communication),
            selectinload(Plan.collaboration),
        )
    ).all()


def _notes(sub: Any) -> dict[str, Any]:
    """``{"notes": [...]}`` when the subtask has occurrence notes (absent otherwise, so dumps
    of plans without notes are as they were)."""
    notes = [
        {"start": n.start.isoformat(), "problem": n.problem, "solution": n.solution}
        for n in sub.notes
    ]
    return {"notes": notes} if notes else {}


def dump_plan(plan: Plan) -> dict[str, Any]:
    """The plan's content as canonical plain data."""
    preload(plan)
    header = {name: getattr(plan, name) for name in PLAN_FIELDS}
    header["compiled_on"] = _iso(plan.compiled_on)
    lang = plan.language
    return {
        "format": FORMAT,
        "plan": header,
        "teams": [{"name": t.name, "color": t.color} for t in plan.teams],
        "goals": [
            {
                "code": g.code,
                "title": g.title,
                "description": g.description,
                "kpis": [
                    {
                        "code": k.code,
                        "name": k.name,
                        "unit": k.unit,
                        "baseline": _num(k.baseline),
                        "target": _num(k.target),
                        "target_kind": k.target_kind,
                        "direction": k.direction,
                        "frequency": k.frequency,
                        "tolerance": _num(k.tolerance),
                        "actuals": [
                            {
                                "month": a.month,
                                "value": _num(a.value),
                                "source": a.source,
                                "note": a.note,
                                "demo": bool(a.demo),
                            }
                            for a in k.actuals
                        ],
                    }
                    for k in g.kpis
                ],
            }
            for g in plan.goals
        ],
        "tasks": [
            {
                "code": t.code,
                "title": t.title,
                "description": t.description,
                "importance": t.importance,
                "expected_result": t.expected_result,
                "kpis": [link.kpi.code for link in t.kpi_links],
                "subtasks": [
                    {
                        "code": s.code,
                        "title": s.title,
                        "owner": _team(s),
                        "schedule": s.schedule,
                        "schedule_text": _when(s, lang),
                        "resources": s.resources,
                        "done": [p.start.isoformat() for p in s.progress],
                    }
                    | _notes(s)
                    for s in t.subtasks
                ],
            }
            for t in plan.tasks
        ],
        "milestones": [
            {
                "code": m.code,
                "title": m.title,
                "owner": _team(m),
                "schedule": m.schedule,
                "schedule_text": _when(m, lang),
                "depends_on": [link.subtask.code for link in m.dependency_links],
            }
            for m in plan.milestones
        ],
        "resources": [
            {
                "code": r.code,
                "category": r.category,
                "item": r.item,
                "description": r.description,
                "amount": _num(r.amount),
                "unit": r.unit,
                "source": r.source,
            }
            for r in plan.resources
        ],
        "risks": [
            {
                "code": r.code,
                "title": r.title,
                "category": r.category,
                "impact_text": r.impact_text,
                "likelihood": r.likelihood,
                "impact": r.impact,
                "owner": _team(r),
                "measure": r.measure,
                "schedule": r.schedule,
                "schedule_text": _when(r, lang),
                "assurance": r.assurance,
                "warning_kpi": r.warning_kpi.code if r.warning_kpi is not None else None,
                "warning_op": r.warning_op,
                "warning_threshold": _num(r.warning_threshold),
                "status": r.status,
                "review_on": _iso(r.review_on),
                "residual_likelihood": r.residual_likelihood,
                "residual_impact": r.residual_impact,
            }
            for r in plan.risks
        ],
        "monitoring": [
            _section_item(m, lang, scheduled=True) | {"owner": _team(m)} for m in plan.monitoring
        ],
        "evaluation": [_section_item(e, lang, scheduled=True) for e in plan.evaluation],
        "communication": [_section_item(c, lang) for c in plan.communication],
        "collaboration": [_section_item(c, lang) for c in plan.collaboration],
    }


def canonical_json(data: dict[str, Any]) -> str:
    """UTF-8-safe JSON with sorted keys and a trailing newline: the canonical text."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


# Tracking data: what an approved plan still records all year without a new revision.
TRACKING_KEYS = {
    "kpis": ("actuals",),
    "subtasks": ("done", "notes"),
    "risks": ("status", "review_on"),
}


def strip_tracking(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of dump ``data`` without its tracking data (idempotent: a content dump stays
    the same); also used on the full dumps that older signatures stored."""
    out = dict(data)
    out["goals"] = [
        g | {"kpis": [_without(k, "kpis") for k in g.get("kpis", [])]}
        for g in data.get("goals", [])
    ]
    out["tasks"] = [
        t | {"subtasks": [_without(s, "subtasks") for s in t.get("subtasks", [])]}
        for t in data.get("tasks", [])
    ]
    out["risks"] = [_without(r, "risks") for r in data.get("risks", [])]
    return out


def _without(item: dict[str, Any], kind: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in TRACKING_KEYS[kind]}


def content_dump(plan: Plan) -> dict[str, Any]:
    """The signed content: the canonical dump without the tracking data."""
    return strip_tracking(dump_plan(plan))


def content_sha256(plan: Plan) -> str:
    """SHA-256 (hex) of the canonical JSON of the signed content: the plan's content hash."""
    return hashlib.sha256(canonical_json(content_dump(plan)).encode("utf-8")).hexdigest()


content_hash = content_sha256  # the older name
