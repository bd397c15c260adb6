"""Row-level change sets: what one operation did to a plan, so it can be undone exactly.

Before and after an operation the plan's rows are read with Core (only the tables it may
touch); the difference is the change set. Undo and redo replay it with Core statements that
check each row's ``version`` so that another writer's newer change is never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    CursorResult,
    Table,
    UniqueConstraint,
    and_,
    delete,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from desktop.models import Base


class ConflictError(Exception):
    """A row changed (or vanished) under us: someone else edited it since it was read."""


def _tables() -> dict[str, Table]:
    return dict(Base.metadata.tables)


def _scope(table: Table, plan_id: int) -> Any:
    """WHERE clause selecting the rows of ``table`` that belong to the plan."""
    t = _tables()
    if table.name == "plan":
        return table.c.id == plan_id
    if "plan_id" in table.c:
        return table.c.plan_id == plan_id
    parent_of = {
        "kpi_actual": ("kpi_id", "kpi"),
        "task_kpi": ("task_id", "task"),
        "occurrence_done": ("subtask_id", "subtask"),
        "occurrence_note": ("subtask_id", "subtask"),
        "milestone_dependency": ("milestone_id", "milestone"),
    }
    column, parent = parent_of[table.name]
    parent_table = t[parent]
    return table.c[column].in_(select(parent_table.c.id).where(parent_table.c.plan_id == plan_id))


PLAN_TABLES = (
    "plan",
    "team",
    "goal",
    "kpi",
    "kpi_actual",
    "task",
    "task_kpi",
    "subtask",
    "occurrence_done",
    "occurrence_note",
    "milestone",
    "milestone_dependency",
    "resource_line",
    "risk",
    "monitoring_item",
    "evaluation_item",
    "communication_item",
    "collaboration_rule",
)

Snapshot = dict[str, dict[int, dict[str, Any]]]


def snapshot(session: Session, plan_id: int, tables: tuple[str, ...] | None = None) -> Snapshot:
    """Every row of the plan in the given tables, keyed by table then id."""
    meta = _tables()
    out: Snapshot = {}
    for name in tables or PLAN_TABLES:
        table = meta[name]
        rows = session.execute(select(table).where(_scope(table, plan_id))).mappings()
        out[name] = {row["id"]: dict(row) for row in rows}
    return out


@dataclass
class RowChange:
    table: str
    id: int
    before: dict[str, Any] | None  # None: the row was inserted
    after: dict[str, Any] | None  # None: the row was deleted


@dataclass
class ChangeSet:
    plan_id: int
    action: str
    rows: list[RowChange] = field(default_factory=list)

    @property
    def tables(self) -> set[str]:
        return {r.table for r in self.rows}

    def __bool__(self) -> bool:
        return bool(self.rows)


def diff(plan_id: int, action: str, before: Snapshot, after: Snapshot) -> ChangeSet:
    changes = ChangeSet(plan_id, action)
    for name in before.keys() | after.keys():
        old, new = before.get(name, {}), after.get(name, {})
        for row_id in old.keys() | new.keys():
            a, b = old.get(row_id), new.get(row_id)
            if a != b:
                changes.rows.append(RowChange(name, row_id, a, b))
    return changes


def summarize(changes: ChangeSet) -> dict[str, Any]:
    """Old -> new values per row for the audit trail (JSON-safe)."""
    out: list[dict[str, Any]] = []
    for r in changes.rows:
        if r.before is not None and r.after is not None:
            cols = [c for c in r.after if c != "version" and r.after[c] != r.before.get(c)]
            entry = {
                "table": r.table,
                "id": r.id,
                "op": "update",
                "old": {c: _json(r.before[c]) for c in cols},
                "new": {c: _json(r.after[c]) for c in cols},
            }
            item = _item_label(r.before)
            if item:  # the item's code and title as they were, for the history
                entry["item"] = item
            key = {c: _json(r.before[c]) for c in _ROW_KEYS if c in r.before}
            if key and not item:  # what a row without a title belongs to (KPI and month)
                entry["key"] = key
            out.append(entry)
        else:
            row = r.after if r.after is not None else r.before
            assert row is not None
            out.append(
                {
                    "table": r.table,
                    "id": r.id,
                    "op": "insert" if r.before is None else "delete",
                    "row": {c: _json(v) for c, v in row.items() if c != "version"},
                }
            )
    return {"rows": out}


_ROW_KEYS = ("kpi_id", "month", "subtask_id", "start", "task_id")


def _item_label(row: dict[str, Any]) -> str:
    """ "T1.4 製作內容" for a row with a code and a title (or name), else ""."""
    title = row.get("title") or row.get("name") or row.get("item")
    return " ".join(str(p) for p in (row.get("code"), title) if p not in (None, ""))


def _json(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool, dict, list)):
        return value
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _order(changes: list[RowChange], *, undo: bool) -> list[RowChange]:
    """Removals children-first, then insertions parents-first, then updates."""
    rank = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}

    def key(r: RowChange) -> tuple[int, int]:
        want = r.before if undo else r.after
        expect = r.after if undo else r.before
        if want is None:
            return (0, -rank[r.table])
        if expect is None:
            return (1, rank[r.table])
        return (2, rank[r.table])

    return sorted(changes, key=key)


def _parking(table: Table, expect: dict[str, Any], want: dict[str, Any]) -> dict[str, Any]:
    """Values that move a row out of the way of the unique keys it is about to take.

    A change can hand a unique key (a code, a month) from one row to another, and SQLite
    reuses the ids of rows deleted in the same change, so one update can take the key that
    another still holds (a chain or a cycle of them). Such a row is first parked on a parent
    id that no row has (its foreign keys are deferred), then set to its recorded state.
    """
    out: dict[str, Any] = {}
    for constraint in table.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        columns = list(constraint.columns)
        if all(expect[c.name] == want[c.name] for c in columns):
            continue
        parent = next((c for c in columns if c.foreign_keys), None)
        if parent is not None:
            out[parent.name] = -int(expect["id"])
    return out


def replay(session: Session, changes: ChangeSet, *, undo: bool) -> None:
    """Apply the change set backwards (undo) or forwards (redo) with version checks.

    The updated rows that take another row's unique key are parked first (``_parking``), then
    rows are removed (children first), inserted (parents first) and updated.
    Raises ConflictError, leaving the transaction to be rolled back, when any row is not
    in the state the change set expects.
    """
    meta = _tables()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
    else:
        session.execute(text("SET CONSTRAINTS ALL DEFERRED"))
    ordered = _order(changes.rows, undo=undo)  # removals, insertions, updates
    for r in ordered:
        if r.before is None or r.after is None:
            continue  # only updated rows are parked
        expect, want = (r.after, r.before) if undo else (r.before, r.after)
        parked = _parking(meta[r.table], expect, want)
        if parked:
            _replay_row(session, meta[r.table], r, undo=undo, values=parked)
    for r in ordered:
        _replay_row(session, meta[r.table], r, undo=undo)


def _replay_row(
    session: Session,
    table: Table,
    r: RowChange,
    *,
    undo: bool,
    values: dict[str, Any] | None = None,
) -> None:
    """Put one row into its recorded state (or only ``values`` into an updated row)."""
    expect, want = (r.after, r.before) if undo else (r.before, r.after)
    where = table.c.id == r.id
    if expect is not None and "version" in table.c:
        where = and_(where, table.c.version == expect["version"])
    if want is None:  # remove the row
        done = _rowcount(session.execute(delete(table).where(where)))
    elif expect is None:  # put the row (back)
        session.execute(insert(table).values(**want))
        done = 1
    else:
        # The row goes back to exactly its recorded state, version included, so that
        # earlier change sets on the same row still find what they expect.
        # (Parking a row leaves its version as it is.)
        if values is None:
            values = {c: v for c, v in want.items() if c != "id"}
        done = _rowcount(session.execute(update(table).where(where).values(**values)))
    if done != 1:
        raise ConflictError(f"{r.table} #{r.id} was changed by someone else")


def _rowcount(result: object) -> int:
    """The rows an UPDATE or DELETE matched (its result is a cursor result)."""
    return result.rowcount if isinstance(result, CursorResult) else -1
