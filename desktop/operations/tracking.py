"""Tracking data: what an approved (or in-review) plan still records without a new revision.

The signed content of a plan (``desktop.models.serialize.content_dump``) leaves out its
tracking data: per-occurrence done marks, KPI actuals (value, source, note, demo flag) and
each risk's status and review date. A locked plan accepts a change only when every row it
touches is tracking data; this is decided from the change set itself, so no operation can
slip a signed field past the lock, whatever screen or command runs it.
"""

from __future__ import annotations

from .changes import ChangeSet, RowChange

# table -> columns that are tracking data (None: the whole row, so rows may come and go)
TRACKING: dict[str, frozenset[str] | None] = {
    "occurrence_done": None,
    "occurrence_note": None,
    "team": frozenset({"weekly_limit"}),
    "kpi_actual": None,
    "risk": frozenset({"status", "review_on"}),
}
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
