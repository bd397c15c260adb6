"""Loading a plan from its canonical dump (``serialize.dump_plan``): ``load_plan`` is the inverse
of the dump and is used by the sample plan, new revisions, rollovers and imports;
``replace_plan_content`` puts dump data into an existing draft (an import onto it).

Each item's fields come from its entity's field table (``desktop.models.fields``); a dump
written before a field existed (an older content version) loads with that field empty.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from .base import Base
from .fields import (
    ACTUALS,
    BY_KEY,
    GOALS,
    KPIS,
    MILESTONES,
    PLAN,
    SUBTASKS,
    TASKS,
    TEAMS,
    Entity,
    Field,
)
from .goals import Goal, Kpi, KpiActual
from .plan import Plan, Team, new_uuid
from .risks import Risk
from .schedule import ScheduleRule
from .schedule_parse import parse_rule
from .sections import CollaborationRule, CommunicationItem, EvaluationItem, MonitoringItem
from .serialize import FORMAT, SECTIONS
from .tasks import (
    Milestone,
    MilestoneDependency,
    OccurrenceDone,
    OccurrenceNote,
    ResourceLine,
    Subtask,
    Task,
    TaskKpi,
)


def _schedule(value: str | dict[str, Any] | None) -> dict[str, Any] | None:
    """A stored rule from dump data: a rule dict, or a phrase such as 每月第一周."""
    if value is None:
        return None
    rule = parse_rule(value) if isinstance(value, str) else ScheduleRule.from_dict(value)
    return rule.to_dict()


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _stored(f: Field, value: Any) -> Any:
    """The model's value of a plain field from its dump value (kinds as ``serialize._value``)."""
    if f.kind == "date":
        return _date(value)
    if f.kind == "schedule":
        return _schedule(value)
    if f.kind == "bool" or f.enum == "data_kind":
        return bool(value)
    return value


def _plain(entity: Entity, data: dict[str, Any], *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The model attributes of an item's plain fields (text, numbers, dates, rules, enums):
    those the dump writes and loading reads back by value. A field the dump data lacks (a
    dump from before the field, as of an older content version) is left empty."""
    out: dict[str, Any] = {}
    for f in entity:
        if not f.in_dump or f.key in skip or f.kind in _REFERENCES:
            continue
        out[f.attribute] = _stored(f, data[f.key] if f.key in data else f.empty())
    return out


_REFERENCES = ("team", "kpi", "codes", "items", "derived")


def load_plan(session: Session, data: dict[str, Any], *, fresh_identity: bool = False) -> Plan:
    """Create a plan from dump data (the inverse of :func:`dump_plan`).

    ``fresh_identity`` gives the plan a new uuid and lineage (the sample template).
    Raises ``ValueError`` for data that references unknown teams, KPIs or subtasks.
    """
    if data.get("format") != FORMAT:
        raise ValueError(f"not a PlanDesk plan dump (format {data.get('format')!r})")
    head = data["plan"]
    plan = Plan(**{k: v for k, v in _plain(PLAN, head).items() if k in head or k in _DATES})
    if fresh_identity:
        plan.uuid = new_uuid()
        plan.lineage = plan.uuid
    session.add(plan)
    fill_plan(session, plan, data)
    return plan


_DATES = tuple(f.attribute for f in PLAN if f.kind == "date")


class _Refs:
    """The teams, KPIs and subtasks of the plan being filled, found by name or code."""

    def __init__(self) -> None:
        self.teams: dict[str, Team] = {}
        self.kpis: dict[str, Kpi] = {}
        self.subtasks: dict[str, Subtask] = {}

    def team(self, name: str | None, where: str) -> Team | None:
        if name is None:
            return None
        if name not in self.teams:
            raise ValueError(f"{where}: unknown owner team {name!r}")
        return self.teams[name]

    def kpi(self, code: str | None, where: str) -> Kpi | None:
        if code is None:
            return None
        if code not in self.kpis:
            raise ValueError(f"{where}: unknown KPI {code!r}")
        return self.kpis[code]


def _item(entity: Entity, data: dict[str, Any], refs: _Refs, where: str, **extra: Any) -> Any:
    """A new model row of ``entity`` from its dump ``data``: the plain fields by value, a team
    or KPI reference resolved by name or code (``codes`` and ``items`` are left to the
    caller)."""
    fields = _plain(entity, data)
    for f in entity:
        if f.in_dump and f.kind in ("team", "kpi"):
            value = data.get(f.key)
            found = refs.team(value, where) if f.kind == "team" else refs.kpi(value, where)
            fields[f.attribute.removesuffix("_id")] = found
    return MODELS[entity.key](**fields, **extra)


MODELS: dict[str, type[Base]] = {
    "teams": Team,
    "goals": Goal,
    "kpis": Kpi,
    "actuals": KpiActual,
    "tasks": Task,
    "subtasks": Subtask,
    "milestones": Milestone,
    "resources": ResourceLine,
    "risks": Risk,
    "monitoring": MonitoringItem,
    "evaluation": EvaluationItem,
    "communication": CommunicationItem,
    "collaboration": CollaborationRule,
}


def fill_plan(session: Session, plan: Plan, data: dict[str, Any]) -> None:
    """Add every section of ``data`` to an (empty-sectioned) ``plan``."""
    refs = _Refs()
    for i, t in enumerate(data.get("teams", [])):
        refs.teams[t["name"]] = _item(TEAMS, t, refs, "team", plan=plan, position=i)
    for i, g in enumerate(data.get("goals", [])):
        goal = _item(GOALS, g, refs, f"goal {g['code']}", plan=plan, position=i)
        for j, k in enumerate(g["kpis"]):
            kpi = _item(KPIS, k, refs, f"KPI {k['code']}", plan=plan, goal=goal, position=j)
            kpi.actuals = [_item(ACTUALS, a, refs, "actual") for a in k["actuals"]]
            refs.kpis[kpi.code] = kpi
    for i, t in enumerate(data.get("tasks", [])):
        task = _item(TASKS, t, refs, f"task {t['code']}", plan=plan, position=i)
        for j, code in enumerate(t["kpis"]):
            kpi = refs.kpi(code, f"task {t['code']}")
            task.kpi_links.append(TaskKpi(kpi=kpi, position=j))
        for j, s in enumerate(t["subtasks"]):
            sub = _item(SUBTASKS, s, refs, f"subtask {s['code']}", plan=plan, task=task, position=j)
            sub.progress = [OccurrenceDone(start=date.fromisoformat(d)) for d in s["done"]]
            sub.notes = [
                OccurrenceNote(
                    start=date.fromisoformat(n["start"]),
                    problem=n.get("problem", ""),
                    solution=n.get("solution", ""),
                )
                for n in s.get("notes", [])
            ]
            refs.subtasks[sub.code] = sub
    for i, m in enumerate(data.get("milestones", [])):
        ms = _item(MILESTONES, m, refs, f"milestone {m['code']}", plan=plan, position=i)
        for j, code in enumerate(m["depends_on"]):
            if code not in refs.subtasks:
                raise ValueError(f"milestone {m['code']}: unknown subtask {code!r}")
            ms.dependency_links.append(MilestoneDependency(subtask=refs.subtasks[code], position=j))
    for key in ("resources", "risks", *SECTION_KEYS):
        entity = BY_KEY[key]
        for i, item in enumerate(data.get(key, [])):
            where = f"{entity.en.lower().split()[0]} {item.get('code')}"
            _item(entity, item, refs, where, plan=plan, position=i)
    # Objects attached through backrefs are not cascaded into the session (SQLAlchemy 2):
    # adding the plan again walks its collections and adds them all.
    session.add(plan)
    session.flush()


SECTION_KEYS = ("monitoring", "evaluation", "communication", "collaboration")


def replace_plan_content(session: Session, plan: Plan, data: dict[str, Any]) -> None:
    """Replace a plan's header fields (not its identity) and every section with ``data``.

    Used by imports onto an existing draft plan; run it inside one change (undoable).
    """
    head = data["plan"]
    for name, value in _plain(PLAN, head, skip=("uuid", "lineage", "revision")).items():
        if name in head or name in _DATES:
            setattr(plan, name, value)
    for name in SECTIONS:
        getattr(plan, name).clear()
    session.flush()
    fill_plan(session, plan, data)
