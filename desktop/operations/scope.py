"""Checked change scope: the tables an undoable change writes must be the ones it declared.

``run_change(..., tables=...)`` snapshots only the declared tables before and after the
change, so a row written elsewhere would never be undone. ``watch_tables`` collects, from the
session, the tables of the objects a flush inserts, updates or deletes, the targets of DML
statements run through the session, and the tables the database itself changes when rows are
deleted (``ON DELETE CASCADE`` / ``SET NULL`` foreign keys). A table outside the declared scope
is a programming error: ``ScopeError`` when ``STRICT`` (the test-suite sets it, as does
``PLANDESK_STRICT_SCOPE=1``), a logged error in use.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desktop.models import Base

STRICT = os.environ.get("PLANDESK_STRICT_SCOPE") == "1"
# Records of what happened, never undone: the audit trail and sign-offs (e.g. the sign-offs an
# Excel import records as "recorded elsewhere, not verified"). Any change may append them.
RECORDS = frozenset({"audit_event", "signature"})
log = logging.getLogger(__name__)


class ScopeError(AssertionError):
    """A change wrote a table it did not declare (its undo would miss those rows)."""


@cache
def _dependents() -> dict[str, frozenset[str]]:
    """Per table, the tables whose rows the database changes when one of its rows goes."""
    direct: dict[str, set[str]] = {}
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            if (fk.ondelete or "").upper() in ("CASCADE", "SET NULL"):
                direct.setdefault(fk.column.table.name, set()).add(table.name)
    closure: dict[str, frozenset[str]] = {}
    for name in Base.metadata.tables:
        seen: set[str] = set()
        todo = list(direct.get(name, ()))
        while todo:
            child = todo.pop()
            if child not in seen:
                seen.add(child)
                todo += direct.get(child, ())
        closure[name] = frozenset(seen)
    return closure


def _tables_of(objects: Iterable[Any]) -> set[str]:
    return {t.name for obj in objects for t in inspect(obj).mapper.tables}


@contextmanager
def watch_tables(session: Session) -> Iterator[set[str]]:
    """Collect the names of the tables written through ``session`` inside the block."""
    touched: set[str] = set()

    def flushed(sess: Session, _context: Any) -> None:  # the pre-flush state is still visible
        deleted = _tables_of(sess.deleted)
        touched.update(_tables_of(sess.new), deleted)
        touched.update(
            _tables_of(o for o in sess.dirty if sess.is_modified(o, include_collections=False))
        )
        for name in deleted:
            touched.update(_dependents().get(name, ()))

    def executed(state: Any) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            name = state.statement.table.name
            touched.add(name)
            if state.is_delete:
                touched.update(_dependents().get(name, ()))

    event.listen(session, "after_flush", flushed)
    event.listen(session, "do_orm_execute", executed)
    try:
        yield touched
    finally:
        event.remove(session, "after_flush", flushed)
        event.remove(session, "do_orm_execute", executed)


def check_scope(action: str, touched: set[str], declared: Iterable[str]) -> None:
    """Raise (``STRICT``) or log when ``touched`` goes beyond ``declared``."""
    outside = touched - set(declared) - RECORDS
    if not outside:
        return
    message = (
        f"{action!r} wrote {', '.join(sorted(outside))} outside its declared tables "
        f"({', '.join(sorted(declared))}): undo would not restore them"
    )
    if STRICT:
        raise ScopeError(message)
    log.error(message)
