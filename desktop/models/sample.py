"""The built-in sample plan (the seed document) as a data file in resources/."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from desktop.resources import resource_path

from .deserialize import load_plan
from .plan import Plan


@cache
def _sample_text() -> str:
    return resource_path("sample_plan.json").read_text(encoding="utf-8")


def sample_data() -> dict[str, Any]:
    """The sample plan's dump: a new copy each call, so that no caller's change leaks into
    the next one (a test that filled in the approval fields once changed every later plan)."""
    return json.loads(_sample_text())


def add_sample_plan(session: Session, *, year: int | None = None) -> Plan:
    """Add a fresh copy of the sample plan (new uuid) to the session and flush it."""
    data = sample_data()
    if year is not None:
        data["plan"]["year"] = year
    return load_plan(session, data, fresh_identity=True)
