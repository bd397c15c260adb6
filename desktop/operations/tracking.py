"""Tracking data: what an approved (or in-review) plan still records without a new revision.

The signed content of a plan (``desktop.models.serialize.content_dump``) leaves out its
tracking data: per-occurrence done marks, KPI actuals (value, source, note, demo flag) and
each risk's status and review date. A locked plan accepts a change only when every row it
touches is tracking data; this is decided from the change set itself, so no operation can
slip a signed field past the lock, whatever screen or command runs it.
"""

from __future__ import annotations

from sqlalchemy import Table
from sqlalchemy.orm import Mapper

from desktop.models.base import Base
from desktop.models.fields import ENTITIES

from .changes import ChangeSet, RowChange

# Columns outside the dump that a locked plan still takes: a team's weekly limit (a setting
# of the team-load view, never signed content).
OUTSIDE_CONTENT: dict[str, frozenset[str]] = {"team": frozenset({"weekly_limit"})}


def _tracking_tables() -> dict[str, frozenset[str] | None]:
    """table -> columns that are tracking data (None: the whole row, so rows may come and go),
    from the field tables: the fields marked ``signed=False``. A tracking field of kind
    ``items`` (done marks, notes, actuals) makes the child table it holds tracking data."""
    tables: dict[str, frozenset[str] | None] = dict(OUTSIDE_CONTENT)
    mappers = {_table_of(m).name: m for m in Base.registry.mappers}
    for entity in ENTITIES:
        if not entity.path:  # the plan's header; rows of an items field (below)
            continue
        for f in entity.tracking():
            if f.kind == "items":
                child = _table_of(mappers[entity.table].relationships[f.attribute].mapper)
                tables[child.name] = None
            elif tables.get(entity.table, frozenset()) is not None:
                tables[entity.table] = (tables.get(entity.table) or frozenset()) | {f.attribute}
    return tables


def _table_of(mapper: Mapper[Base]) -> Table:
    """The table an entity is mapped to (every entity maps one table)."""
    table = mapper.local_table
    if not isinstance(table, Table):
        raise TypeError(f"{mapper.class_.__name__} is not mapped to one table")
    return table


TRACKING: dict[str, frozenset[str] | None] = _tracking_tables()
_BOOKKEEPING = frozenset({"version"})


def is_tracking_row(change: RowChange) -> bool:
    """Does this row change touch tracking data only?"""
    if change.table not in TRACKING:
        return False
    columns = TRACKING[change.table]
    if columns is None:
        return True
    if change.before is None or change.after is None:
        return False  # adding or removing a risk changes the signed content
    changed = {c for c in change.after if change.after[c] != change.before.get(c)}
    return changed <= columns | _BOOKKEEPING


def tracking_only(changes: ChangeSet) -> bool:
    """True when the change set changes tracking data and nothing else."""
    return all(is_tracking_row(r) for r in changes.rows)


def signed_items(changes: ChangeSet) -> list[str]:
    """The tables (and risk fields) of the rows that are not tracking data, for messages."""
    out: list[str] = []
    for r in changes.rows:
        if is_tracking_row(r):
            continue
        if r.table == "risk" and r.before is not None and r.after is not None:
            fields = sorted(
                c
                for c in r.after
                if r.after[c] != r.before.get(c)
                and c not in _BOOKKEEPING
                and c not in (TRACKING["risk"] or ())
            )
            out.extend(f"risk.{f}" for f in fields)
        else:
            out.append(r.table)
    return sorted(set(out))
