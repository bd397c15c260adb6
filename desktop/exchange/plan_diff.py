"""What changed between two revisions of a plan, in the plan's words: section, item code and
title, field label, old → new (``plandesk diff``, the Sign-off screen, the PDF appendix).

Two signed-content dumps are compared (``serialize.content_dump``, or the snapshot a signature
stored) with the import preview's item matching (``excel_import.preview``: items by code, teams
by name, the header field by field); sections and fields are named as the workbook names its
sheets and columns, in the UI language (``import_preview``). Reads only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.exchange.excel.excel_import import preview
from desktop.exchange.excel.import_preview import (
    _WORDS,
    _i,
    field_name,
    field_value,
    section_name,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.models import Plan


class NoRevision(LookupError):
    """The revision asked for does not exist, or there is nothing to compare with."""


@dataclass(frozen=True)
class Change:
    """One difference: an item added or removed, or one field of an item changed."""

    section: str  # the dump's section key: plan, teams, goals, kpis, tasks, subtasks, ...
    code: str  # the item's code (a team's name; "" for the header)
    title: str
    what: str  # added, changed, removed
    field: str = ""  # the dump's field key ("" for an item added or removed)
    old: Any = None
    new: Any = None

    def words(self, lang: str) -> dict[str, str]:
        """The change in the UI language: section, item, what, field, old, new (long texts
        from a little before where they start to differ)."""
        i = _i(lang)
        title = self.title if self.title != self.code else ""
        old, new = _from_difference(self.old, self.new)
        return {
            "section": section_name(self.section, lang),
            "item": " ".join(p for p in (self.code, title) if p),
            "what": _WORDS[self.what][i],
            "field": field_name(self.section, self.field, lang) if self.field else "",
            "old": field_value(self.section, self.field, old, lang) if self.field else "",
            "new": field_value(self.section, self.field, new, lang) if self.field else "",
        }

    def line(self, lang: str) -> str:
        w = self.words(lang)
        if not self.field:
            return f"{w['section']}\t{w['item']}\t{w['what']}"
        return f"{w['section']}\t{w['item']}\t{w['field']}: {w['old']} → {w['new']}"

    def as_json(self, lang: str) -> dict[str, Any]:
        w = self.words(lang)
        return {
            "section": w["section"],
            "code": self.code,
            "title": self.title,
            "change": self.what,
            "field": w["field"],
            "old": self.old,
            "new": self.new,
        }


def _from_difference(old: Any, new: Any, context: int = 12) -> tuple[Any, Any]:
    """Two long texts cut to start shortly before their first difference ("…" marks the cut)."""
    if not (isinstance(old, str) and isinstance(new, str)):
        return old, new
    same = 0
    for a, b in zip(old, new, strict=False):
        if a != b:
            break
        same += 1
    if same <= context * 2:
        return old, new
    cut = same - context
    return "…" + old[cut:], "…" + new[cut:]


def _complete(dump: dict[str, Any]) -> dict[str, Any]:
    """A content dump with the tracking lists the comparison expects (empty)."""
    data = dict(dump)
    data["goals"] = [
        g | {"kpis": [{"actuals": []} | k for k in g.get("kpis", [])]} for g in dump["goals"]
    ]
    data["tasks"] = [
        t | {"subtasks": [{"done": []} | s for s in t.get("subtasks", [])]} for t in dump["tasks"]
    ]
    for key in ("milestones", "resources", "risks", "monitoring", "evaluation"):
        data.setdefault(key, [])
    for key in ("communication", "collaboration", "teams"):
        data.setdefault(key, [])
    return data


def _title(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("title") or item.get("name") or item.get("item") or "")
    return ""


def diff_dumps(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference between two content dumps, section by section in plan order."""
    from desktop.models.serialize import strip_tracking

    out: list[Change] = []
    a, b = _complete(strip_tracking(old)), _complete(strip_tracking(new))
    for diff in preview(a, b):
        if diff.section == "plan":
            out += [
                Change("plan", "", "", "changed", key, diff.before.get(key), diff.after.get(key))
                for key in diff.changed
            ]
            continue
        for code in diff.added:
            out.append(Change(diff.section, code, _title(diff.after[code]), "added"))
        for code in diff.changed:
            before, after = diff.before[code], diff.after[code]
            title = _title(after)
            if not (isinstance(before, dict) and isinstance(after, dict)):
                out.append(Change(diff.section, code, title, "changed", "value", before, after))
                continue
            for key in dict.fromkeys([*after, *before]):
                if key != "schedule_text" and before.get(key) != after.get(key):
                    out.append(
                        Change(
                            diff.section,
                            code,
                            title,
                            "changed",
                            key,
                            before.get(key),
                            after.get(key),
                        )
                    )
        for code in diff.removed:
            out.append(Change(diff.section, code, _title(diff.before[code]), "removed"))
    return out


# ----- revisions -------------------------------------------------------------------------
def revisions(session: Session, plan: Plan) -> list[Plan]:
    """Every revision of ``plan``'s lineage, oldest first."""
    from sqlalchemy import select

    from desktop.models import Plan as PlanRow

    query = select(PlanRow).where(PlanRow.lineage == plan.lineage).order_by(PlanRow.revision)
    return list(session.scalars(query))


def revision_of(session: Session, plan: Plan, number: int) -> Plan:
    for row in revisions(session, plan):
        if row.revision == number:
            return row
    raise NoRevision(f"“{plan.title}” has no revision {number}")


def default_base(session: Session, plan: Plan) -> Plan:
    """What a diff compares ``plan`` with: the newest approved earlier revision, else the one
    before it."""
    earlier = [r for r in revisions(session, plan) if r.revision < plan.revision]
    if not earlier:
        raise NoRevision(
            f"“{plan.title}” has one revision only (revision {plan.revision}): nothing to compare"
        )
    approved = [r for r in earlier if r.status == "approved"]
    return (approved or earlier)[-1]


def revision_changes(session: Session, old: Plan, new: Plan) -> list[Change]:
    from desktop.models.serialize import content_dump

    return diff_dumps(content_dump(old), content_dump(new))


def signed_changes(session: Session, plan: Plan, signer: str) -> tuple[int, list[Change]] | None:
    """(revision, changes) from the content ``signer`` last signed in ``plan``'s lineage (an
    approval or a rejection, any revision) to ``plan``'s; None if they never signed it."""
    from sqlalchemy import select

    from desktop.models import Signature
    from desktop.models.serialize import content_dump

    uuids = {r.uuid: r.revision for r in revisions(session, plan)}
    query = (
        select(Signature)
        .where(Signature.plan_uuid.in_(uuids), Signature.signer == signer)
        .order_by(Signature.signed_at.desc(), Signature.id.desc())
    )
    for sig in session.scalars(query):
        if not sig.snapshot:
            continue
        try:
            snapshot = json.loads(sig.snapshot)
        except ValueError:
            continue
        return uuids[sig.plan_uuid], diff_dumps(snapshot, content_dump(plan))
    return None
