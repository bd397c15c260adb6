"""A plan rebuilt from its signed content alone, in a private in-memory database (no Qt).

    plan = plan_from_content(content_json)     # a Plan you may read, print or dump

The PDF for signature is painted from this plan and not from the workspace's: what the pages
show is then a function of the signed content (no tracking data, no workspace state), so a
later merge can paint it again from the content attached to a signed PDF and compare the
bytes (``signoff/pdf_pages.py``). The database lives in memory and is dropped with the plan;
no workspace is opened or written.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from .base import Base, RiskStatus
from .deserialize import load_plan
from .plan import Plan


def plan_from_content(content: str | dict[str, Any], *, status: str | None = None) -> Plan:
    """The plan of ``content`` (canonical JSON text or its parsed dump), with ``status``
    (the workflow status is not part of the content); ValueError when it is not a plan."""
    data = json.loads(content) if isinstance(content, str) else content
    if not isinstance(data, dict) or not isinstance(data.get("plan"), dict):
        raise ValueError("the signed content is not a plan dump")
    data = _with_empty_tracking(data)
    engine = create_engine("sqlite://", poolclass=StaticPool)
    Base.metadata.create_all(engine)
    session = Session(engine)
    try:
        plan = load_plan(session, data)
        if status:
            plan.status = status
        session.flush()
    except (KeyError, TypeError, ValueError) as exc:
        session.close()
        engine.dispose()
        raise ValueError(f"the signed content cannot be read as a plan ({exc})") from None
    session.info["engine"] = engine
    plan.scratch_session = session  # type: ignore[attr-defined]  # alive as long as the plan
    return plan


def _with_empty_tracking(data: dict[str, Any]) -> dict[str, Any]:
    """The content with the tracking data a dump carries put back empty: no actuals, no done
    marks, risks open and not reviewed (the content says nothing about them)."""
    out = dict(data)
    out["goals"] = [
        g | {"kpis": [{"actuals": []} | k for k in g.get("kpis", [])]}
        for g in data.get("goals", [])
    ]
    out["tasks"] = [
        t | {"subtasks": [{"done": []} | s for s in t.get("subtasks", [])]}
        for t in data.get("tasks", [])
    ]
    out["risks"] = [
        {"status": RiskStatus.OPEN.value, "review_on": None} | r for r in data.get("risks", [])
    ]
    return out
