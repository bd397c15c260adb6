"""The canonical dump of a plan (a contract, see docs/DESIGN.md) and loading a plan from it.

The dump is plain data: keys sorted, lists in position order, no database ids, no storage
timestamps, no workflow status and no sign-offs. ``content_dump`` is the dump without the
tracking data (done marks, KPI actuals, risk status and review date): the *signed content*,
whose SHA-256 is the plan's content hash. ``load_plan`` is the inverse of the dump and is used
by the sample plan, new revisions and imports.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from .goals import Goal, Kpi, KpiActual
from .plan import Plan, Team, new_uuid
from .risks import Risk
from .schedule import ScheduleRule
from .schedule_parse import parse_rule
from .sections import CollaborationRule, CommunicationItem, EvaluationItem, MonitoringItem
from .tasks import (
    Milestone,
    MilestoneDependency,
    OccurrenceDone,
    ResourceLine,
    Subtask,
    Task,
    TaskKpi,
)

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


def dump_plan(plan: Plan) -> dict[str, Any]:
    """The plan's content as canonical plain data."""
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
TRACKING_KEYS = {"kpis": ("actuals",), "subtasks": ("done",), "risks": ("status", "review_on")}


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


def _schedule(value: str | dict[str, Any] | None) -> dict[str, Any] | None:
    """A stored rule from dump data: a rule dict, or a phrase such as 每月第一周."""
    if value is None:
        return None
    rule = parse_rule(value) if isinstance(value, str) else ScheduleRule.from_dict(value)
    return rule.to_dict()


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_plan(session: Session, data: dict[str, Any], *, fresh_identity: bool = False) -> Plan:
    """Create a plan from dump data (the inverse of :func:`dump_plan`).

    ``fresh_identity`` gives the plan a new uuid and lineage (the sample template).
    Raises ``ValueError`` for data that references unknown teams, KPIs or subtasks.
    """
    if data.get("format") != FORMAT:
        raise ValueError(f"not a PlanDesk plan dump (format {data.get('format')!r})")
    head = data["plan"]
    plan = Plan(**{k: head[k] for k in PLAN_FIELDS if k in head})
    plan.compiled_on = _date(head.get("compiled_on"))
    if fresh_identity:
        plan.uuid = new_uuid()
        plan.lineage = plan.uuid
    session.add(plan)
    fill_plan(session, plan, data)
    return plan


def fill_plan(session: Session, plan: Plan, data: dict[str, Any]) -> None:
    """Add every section of ``data`` to an (empty-sectioned) ``plan``."""
    teams: dict[str, Team] = {}
    for i, t in enumerate(data.get("teams", [])):
        teams[t["name"]] = Team(plan=plan, position=i, name=t["name"], color=t["color"])

    def team(name: str | None, where: str) -> Team | None:
        if name is None:
            return None
        if name not in teams:
            raise ValueError(f"{where}: unknown owner team {name!r}")
        return teams[name]

    kpis: dict[str, Kpi] = {}
    for i, g in enumerate(data.get("goals", [])):
        goal = Goal(
            plan=plan, position=i, code=g["code"], title=g["title"], description=g["description"]
        )
        for j, k in enumerate(g["kpis"]):
            kpi = Kpi(
                plan=plan,
                goal=goal,
                position=j,
                code=k["code"],
                name=k["name"],
                unit=k["unit"],
                baseline=k["baseline"],
                target=k["target"],
                target_kind=k["target_kind"],
                direction=k["direction"],
                frequency=k["frequency"],
                tolerance=k["tolerance"],
            )
            kpi.actuals = [
                KpiActual(
                    month=a["month"],
                    value=a["value"],
                    source=a["source"],
                    note=a["note"],
                    demo=bool(a.get("demo", False)),
                )
                for a in k["actuals"]
            ]
            kpis[kpi.code] = kpi
    subtasks: dict[str, Subtask] = {}
    for i, t in enumerate(data.get("tasks", [])):
        task = Task(
            plan=plan,
            position=i,
            code=t["code"],
            title=t["title"],
            description=t["description"],
            importance=t["importance"],
            expected_result=t["expected_result"],
        )
        for j, code in enumerate(t["kpis"]):
            if code not in kpis:
                raise ValueError(f"task {t['code']}: unknown KPI {code!r}")
            task.kpi_links.append(TaskKpi(kpi=kpis[code], position=j))
        for j, s in enumerate(t["subtasks"]):
            sub = Subtask(
                plan=plan,
                task=task,
                position=j,
                code=s["code"],
                title=s["title"],
                owner_team=team(s["owner"], f"subtask {s['code']}"),
                schedule=_schedule(s["schedule"]),
                resources=s["resources"],
            )
            sub.progress = [OccurrenceDone(start=date.fromisoformat(d)) for d in s["done"]]
            subtasks[sub.code] = sub
    for i, m in enumerate(data.get("milestones", [])):
        ms = Milestone(
            plan=plan,
            position=i,
            code=m["code"],
            title=m["title"],
            owner_team=team(m["owner"], f"milestone {m['code']}"),
            schedule=_schedule(m["schedule"]),
        )
        for j, code in enumerate(m["depends_on"]):
            if code not in subtasks:
                raise ValueError(f"milestone {m['code']}: unknown subtask {code!r}")
            ms.dependency_links.append(MilestoneDependency(subtask=subtasks[code], position=j))
    for i, r in enumerate(data.get("resources", [])):
        ResourceLine(plan=plan, position=i, **r)
    for i, r in enumerate(data.get("risks", [])):
        fields = dict(r)
        fields.pop("schedule_text", None)
        owner = fields.pop("owner")
        kpi_code = fields.pop("warning_kpi")
        if kpi_code is not None and kpi_code not in kpis:
            raise ValueError(f"risk {r['code']}: unknown KPI {kpi_code!r}")
        fields["review_on"] = _date(fields["review_on"])
        fields["schedule"] = _schedule(fields["schedule"])
        Risk(
            plan=plan,
            position=i,
            owner_team=team(owner, f"risk {r['code']}"),
            warning_kpi=kpis.get(kpi_code) if kpi_code else None,
            **fields,
        )
    for i, m in enumerate(data.get("monitoring", [])):
        fields = dict(m)
        fields.pop("schedule_text", None)
        owner = fields.pop("owner")
        fields["schedule"] = _schedule(fields.get("schedule"))
        MonitoringItem(
            plan=plan, position=i, owner_team=team(owner, f"monitoring {m['code']}"), **fields
        )
    for i, e in enumerate(data.get("evaluation", [])):
        fields = {k: v for k, v in e.items() if k != "schedule_text"}
        fields["schedule"] = _schedule(e.get("schedule"))
        EvaluationItem(plan=plan, position=i, **fields)
    for i, c in enumerate(data.get("communication", [])):
        CommunicationItem(plan=plan, position=i, **c)
    for i, c in enumerate(data.get("collaboration", [])):
        CollaborationRule(plan=plan, position=i, **c)
    # Objects attached through backrefs are not cascaded into the session (SQLAlchemy 2):
    # adding the plan again walks its collections and adds them all.
    session.add(plan)
    session.flush()


def replace_plan_content(session: Session, plan: Plan, data: dict[str, Any]) -> None:
    """Replace a plan's header fields (not its identity) and every section with ``data``.

    Used by imports onto an existing draft plan; run it inside one change (undoable).
    """
    head = data["plan"]
    for name in PLAN_FIELDS:
        if name not in ("uuid", "lineage", "revision") and name in head:
            setattr(plan, name, head[name])
    plan.compiled_on = _date(head.get("compiled_on"))
    for name in SECTIONS:
        getattr(plan, name).clear()
    session.flush()
    fill_plan(session, plan, data)
