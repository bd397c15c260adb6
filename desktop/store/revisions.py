"""The newest migration, read from the version files with the standard library only (so the
fast first paint and a workspace that needs no migration never import Alembic/SQLAlchemy)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).with_name("migrations") / "versions"


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this PlanDesk has a migration for."""
    return frozenset(_graph()[0])


@cache
def head_revision() -> str:
    revisions, parents = _graph()
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


@cache
def _graph() -> tuple[set[str], set[str]]:
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in VERSIONS.glob("*.py"):
        source = script.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        down = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        if rev:
            revisions.add(rev.group(1))
        if down:
            parents.add(down.group(1))
    return revisions, parents
