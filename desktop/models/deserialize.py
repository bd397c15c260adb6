"""Loading a plan from its canonical dump (``serialize.dump_plan``): ``load_plan`` is the inverse
of the dump and is used by the sample plan, new revisions, rollovers and imports;
``replace_plan_content`` puts dump data into an existing draft (an import onto it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from .goals import Goal, Kpi, KpiActual
from .plan import Plan, Team, new_uuid
from .risks import Risk
from .schedule import ScheduleRule
from .schedule_parse import parse_rule
from .sections import CollaborationRule, CommunicationItem, EvaluationItem, MonitoringItem
from .serialize import FORMAT, PLAN_FIELDS, SECTIONS
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
            sub.notes = [
                OccurrenceNote(
                    start=date.fromisoformat(n["start"]),
                    problem=n.get("problem", ""),
                    solution=n.get("solution", ""),
                )
                for n in s.get("notes", [])
            ]
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
