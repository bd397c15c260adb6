"""The canonical dump of a plan (a contract, see docs/DESIGN.md).

The dump is plain data: keys sorted, lists in position order, no database ids, no storage
timestamps, no workflow status and no sign-offs. ``content_dump`` is the dump without the
tracking data (the fields that ``desktop.models.fields`` marks ``signed=False``: done marks,
occurrence notes, KPI actuals, risk status and review date): the *signed content*, whose
SHA-256 is the plan's content hash. Every item's keys come from its entity's field table. ``deserialize.load_plan`` is the inverse of the dump.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, object_session, selectinload

from .base import Base
from .fields import ACTUALS, BY_KEY, ENTITIES, KPIS, PLAN, SUBTASKS, Entity, Field
from .goals import Goal, Kpi
from .plan import Plan
from .risks import Risk
from .tasks import Milestone, MilestoneDependency, Subtask, Task, TaskKpi

FORMAT = "plandesk.plan/1"

# The plan's header fields in the dump (every field of the plan's table: fields.PLAN)
PLAN_FIELDS = tuple(f.key for f in PLAN if f.in_dump)
# The plan's lists of items, each the dump key of an entity (fields.ENTITIES with a path)
SECTIONS = tuple(e.key for e in ENTITIES if len(e.path) == 1)


def _num(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _when(item: Any, lang: str) -> str | None:
    """The schedule in words (derived, for people reading the dump; ignored on load)."""
    rule = item.rule
    return rule.text(lang) if rule is not None else None


def _related(item: Any, f: Field) -> Any:
    """The item a reference field points at: ``owner_team_id`` -> ``item.owner_team``."""
    return getattr(item, f.attribute.removesuffix("_id"))


@cache
def _link_target(owner: type[Base], attribute: str) -> str:
    """The relationship of a link row (``TaskKpi``) that names the linked item (``kpi``): the
    one that does not lead back to the ``owner`` (``Task.kpi_links`` -> ``TaskKpi.task``)."""
    mapper = inspect(owner)
    link = mapper.relationships[attribute]
    back = link.back_populates
    names = [r.key for r in link.mapper.relationships if r.key != back]
    if len(names) != 1:
        raise TypeError(f"{owner.__name__}.{attribute}: not a link to one kind of item")
    return names[0]


def _codes(item: Any, f: Field) -> list[str]:
    """A ``codes`` field: the codes of the linked items, in link order."""
    owner: type[Base] = type(item)
    target = _link_target(owner, f.attribute)
    return [getattr(link, target).code for link in getattr(item, f.attribute)]


def _done(sub: Any, lang: str) -> list[str]:
    return [p.start.isoformat() for p in sub.progress]


def _notes(sub: Any, lang: str) -> list[dict[str, Any]] | None:
    """Occurrence notes, absent when a subtask has none (so dumps of plans without notes
    are as they were)."""
    notes = [
        {"start": n.start.isoformat(), "problem": n.problem, "solution": n.solution}
        for n in sub.notes
    ]
    return notes or None


def _actuals(kpi: Any, lang: str) -> list[dict[str, Any]]:
    return [_item(ACTUALS, a, lang) for a in kpi.actuals]


def _children(entity: Entity) -> Callable[[Any, str], list[dict[str, Any]]]:
    def dump(item: Any, lang: str) -> list[dict[str, Any]]:
        return [_item(entity, child, lang) for child in getattr(item, entity.key)]

    return dump


# An ``items`` field's value: its child items as the dump writes them (None: key left out).
ITEMS: dict[tuple[str, str], Callable[[Any, str], Any]] = {
    ("goals", "kpis"): _children(KPIS),
    ("kpis", "actuals"): _actuals,
    ("tasks", "subtasks"): _children(SUBTASKS),
    ("subtasks", "done"): _done,
    ("subtasks", "notes"): _notes,
}
# A ``derived`` field's value: written for people to read, ignored on load.
DERIVED: dict[str, Callable[[Any, str], Any]] = {"schedule_text": _when}


def _value(entity: Entity, f: Field, item: Any, lang: str) -> Any:
    """The dump's value of field ``f`` of ``item``, by the field's kind."""
    kind = f.kind
    if kind == "items":
        return ITEMS[(entity.key, f.key)](item, lang)
    if kind == "derived":
        return DERIVED[f.key](item, lang)
    if kind == "codes":
        return _codes(item, f)
    if kind in ("team", "kpi"):
        target = _related(item, f)
        return None if target is None else getattr(target, "name" if kind == "team" else "code")
    value = getattr(item, f.attribute)
    if kind in ("float", "money"):
        return _num(value)
    if kind == "date":
        return _iso(value)
    if kind == "bool" or f.enum == "data_kind":  # data_kind: a flag (demo or measured)
        return bool(value)
    return value


def _item(entity: Entity, item: Any, lang: str) -> dict[str, Any]:
    """One item as the dump writes it: every field of its table that is in the dump."""
    out: dict[str, Any] = {}
    for f in entity:
        if f.in_dump:
            value = _value(entity, f, item, lang)
            if value is not None or f.kind != "items":
                out[f.key] = value
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


def dump_plan(plan: Plan) -> dict[str, Any]:
    """The plan's content as canonical plain data, each item's keys from its field table."""
    preload(plan)
    lang = plan.language
    out: dict[str, Any] = {"format": FORMAT, "plan": _item(PLAN, plan, lang)}
    for key in SECTIONS:
        entity = BY_KEY[key]
        out[key] = [_item(entity, item, lang) for item in getattr(plan, key)]
    return out


def canonical_json(data: dict[str, Any]) -> str:
    """UTF-8-safe JSON with sorted keys and a trailing newline: the canonical text."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


# Tracking data: what an approved plan still records all year without a new revision: the
# fields of the field tables that are not signed (``signed=False``), by entity.
TRACKING_KEYS: dict[str, tuple[str, ...]] = {
    e.key: keys
    for e in ENTITIES
    if e.path and (keys := tuple(f.key for f in e.tracking() if f.in_dump))
}
_TRACKING_PATHS = tuple((BY_KEY[key].path, keys) for key, keys in TRACKING_KEYS.items())


def strip_tracking(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of dump ``data`` without its tracking data (idempotent: a content dump stays
    the same); also used on the full dumps that older signatures stored."""
    out = dict(data)
    for path, keys in _TRACKING_PATHS:
        out = _without(out, path, keys)
    return out


def _without(node: dict[str, Any], path: tuple[str, ...], keys: tuple[str, ...]) -> dict[str, Any]:
    """``node`` with ``keys`` left out of every item at ``path`` below it (copied on the way)."""
    if not path:
        return {k: v for k, v in node.items() if k not in keys}
    items = node.get(path[0])
    if not isinstance(items, list):
        return node
    inner = [_without(i, path[1:], keys) if isinstance(i, dict) else i for i in items]
    return node | {path[0]: inner}


def content_dump(plan: Plan) -> dict[str, Any]:
    """The signed content: the canonical dump without the tracking data."""
    return strip_tracking(dump_plan(plan))


def content_sha256(plan: Plan) -> str:
    """SHA-256 (hex) of the canonical JSON of the signed content: the plan's content hash."""
    return hashlib.sha256(canonical_json(content_dump(plan)).encode("utf-8")).hexdigest()


content_hash = content_sha256  # the older name
