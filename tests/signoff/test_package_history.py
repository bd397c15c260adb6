"""A review package's history shows each sign-off at the time it was made, with its comment,
in the plan's words (issue 25: every event showed the time the package was opened)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.models import AuditEvent, Signature
from desktop.operations import find_plan
from desktop.operations.audit_text import audit_names, describe_event
from desktop.signoff.review import export_package
from desktop.signoff.review_workspace import load_workspace, open_package
from desktop.signoff.workflow import sign

from .conftest import PASSWORDS


def test_package_history_keeps_each_sign_offs_time_and_comment(people_ws, tmp_path: Path):
    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"], comment="請審核第三節")
    with ws.session() as session:
        signed_at = session.scalars(select(Signature.signed_at)).one()
        raw = export_package(ws, find_plan(session, uuid).id)
    source = tmp_path / "plan.pdreview"
    source.write_bytes(raw)
    review = open_package(raw, source)
    package_ws = load_workspace(review)
    try:
        with package_ws.session() as session:
            event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
            names = audit_names(session, find_plan(session, uuid).id)
            line = describe_event(event, "zh_TW", names)
        assert event.at == signed_at.replace(tzinfo=None)  # not when the package was opened
        assert line.action == "編制人簽署（來自審核包）"
        assert "意見：請審核第三節" in line.changes and "signature" not in line.changes
    finally:
        package_ws.close()
        review.cleanup()
