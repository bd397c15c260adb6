"""The cases of tests/operations/test_undo_every_operation.py: one or more runs of each
operation, as a screen runs it (the same tables declared), on the sample plan or an approved
one. ``make(find)`` builds the operation's apply (or build) from the plan's items by code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CollaborationRule,
    CommunicationItem,
    EvaluationItem,
    Goal,
    Kpi,
    MonitoringItem,
    Plan,
    ResourceLine,
    Risk,
    Subtask,
    Task,
    Team,
)
from desktop.models.schedule import RuleKind, ScheduleRule, WeekConvention
from desktop.models.schedule_expand import expand
from desktop.models.serialize import dump_plan
from desktop.operations import board as b
from desktop.operations import concurrency, edits, kpi_demo, plan_edits, revise, rollover
from desktop.operations import import_plan as imp


class Find:
    """Ids of the plan's items by code (teams by name), occurrence starts by month."""

    def __init__(self, session: Session, plan: Plan) -> None:
        self.session, self.plan = session, plan

    def __call__(self, model: type, code: str) -> int:
        column = model.name if model is Team else model.code
        stmt = select(model.id).where(model.plan_id == self.plan.id, column == code)
        return self.session.scalars(stmt).one()

    def start(self, code: str, month: int) -> date:  # of subtask ``code`` in ``month``
        sub = self.session.get(Subtask, self(Subtask, code))
        found = expand(sub.rule, self.plan.year, WeekConvention(self.plan.week_convention))
        return next(o.start for o in found if o.month == month)

    def mark(self, code: str, month: int) -> b.Apply:
        return b.toggle_done(self(Subtask, code), self.start(code, month))


@dataclass(frozen=True)
class Case:
    """One run of ``op``: ``make(find)`` builds its apply (or its build, ``create``)."""

    op: Callable[..., Any]
    label: str
    make: Callable[[Find], Any]
    tables: tuple[str, ...] | None = None  # as the screen declares them (None: every table)
    approved: bool = False  # run on an approved plan (its tracking data)
    create: bool = False  # a whole plan is added (``PlanOperations.create``)
    pre: Callable[[Find], Any] | None = None  # an apply run first (before the "before" dump)

    @property
    def key(self) -> str:
        return f"{self.op.__module__}.{self.op.__name__}"

    @property
    def id(self) -> str:
        return f"{self.op.__name__}[{self.label}]" + ("-approved" if self.approved else "")


def fill_demo(_find: Find) -> edits.Apply:
    return kpi_demo.fill_demo_actuals()


def tracked(find: Find) -> dict[str, Any]:
    """The plan's dump with other tracking data, as a workbook of it is imported."""
    data = dump_plan(find.plan)
    actual = {"month": 1, "value": 61.5, "source": "survey", "note": "", "demo": False}
    data["goals"][0]["kpis"][0]["actuals"] = [actual]
    data["tasks"][0]["subtasks"][0]["done"] = [find.start("T1.1", 2).isoformat()]
    data["risks"][1] |= {"status": "watching", "review_on": "2027-06-30"}
    return data


def edited(find: Find) -> dict[str, Any]:
    """The plan's dump with content edits (a risk less, goals reordered), as imported."""
    data = dump_plan(find.plan)
    data["plan"]["title"] = "Imported plan"
    data["risks"] = data["risks"][1:]
    data["goals"] = data["goals"][::-1]
    data["goals"][1]["kpis"][0]["target"] = 12.0
    return data


def new_copy(find: Find) -> Any:
    data = edited(find)
    data["plan"] = data["plan"] | {"uuid": "", "lineage": ""}
    return imp.create_build(data, imp.plan_target(find.session, data))


def checked_edit(find: Find) -> edits.Apply:
    sub = find.session.get(Subtask, find(Subtask, "T2.1"))
    update = edits.update_item(Subtask, sub.id, {"title": "checked title"})
    return concurrency.expect_version(update, Subtask, sub.id, sub.version)


WEEK_4 = ScheduleRule(RuleKind.MONTHLY_WEEK, week=4)
T, S, DONE, MOVE = b.TABLES_STRUCTURE, b.TABLES_SUBTASK, b.TABLES_DONE, b.TABLES_MOVE
ACTUALS, LINKS, PLAN = plan_edits.TABLES_ACTUALS, plan_edits.TABLES_LINKS, plan_edits.TABLES_PLAN
DEMO = kpi_demo.DEMO_TABLES

BOARD = [
    Case(b.toggle_done, "mark", lambda f: f.mark("T1.1", 1), DONE),
    Case(
        b.toggle_done, "unmark", lambda f: f.mark("T1.1", 3), DONE, pre=lambda f: f.mark("T1.1", 3)
    ),
    Case(b.toggle_done, "mark", lambda f: f.mark("T1.2", 4), DONE, approved=True),
    Case(b.set_rule, "week 4", lambda f: b.set_rule(f(Subtask, "T3.2"), WEEK_4), S),
    Case(b.set_rule, "none", lambda f: b.set_rule(f(Subtask, "T1.3"), None), S),
    Case(
        b.move_week,
        "one month",
        lambda f: b.move_week(f(Subtask, "T1.1"), 3, 3, every_month=False),
        MOVE,
        pre=lambda f: f.mark("T1.1", 3),
    ),
    Case(
        b.move_week,
        "every month",
        lambda f: b.move_week(f(Subtask, "T1.1"), 5, 4, every_month=True),
        MOVE,
        pre=lambda f: f.mark("T1.1", 5),
    ),
    Case(b.set_week_convention, "blocks", lambda f: b.set_week_convention("blocks"), b.TABLES_PLAN),
    Case(
        b.edit_subtask,
        "every field",
        lambda f: b.edit_subtask(
            f(Subtask, "T2.1"),
            title="新標題",
            owner_team_id=f(Team, "廣告投放團隊"),
            rule=WEEK_4,
            resources="相機",
        ),
        S,
    ),
    Case(b.add_task, "after T2", lambda f: b.add_task("新任務", after_id=f(Task, "T2")), T),
    Case(
        b.add_subtask,
        "after T2.1",
        lambda f: b.add_subtask(f(Task, "T2"), "新子任務", after_id=f(Subtask, "T2.1")),
        T,
    ),
    Case(b.rename_task, "T3", lambda f: b.rename_task(f(Task, "T3"), "改名"), ("task",)),
    Case(
        b.remove_task,
        "T1, marks, KPI links",
        lambda f: b.remove_task(f(Task, "T1")),
        T,
        pre=lambda f: f.mark("T1.2", 2),
    ),
    Case(
        b.remove_subtask,
        "T3.2, a milestone needs it",
        lambda f: b.remove_subtask(f(Subtask, "T3.2")),
        T,
    ),
    Case(b.move_task, "T2 down", lambda f: b.move_task(f(Task, "T2"), 1), T),
    Case(b.move_subtask, "T1.1 down", lambda f: b.move_subtask(f(Subtask, "T1.1"), 2), T),
    Case(concurrency.expect_version, "subtask title", checked_edit, S),
]
ITEMS = [
    Case(
        edits.update_item,
        "risk scores",
        lambda f: edits.update_item(Risk, f(Risk, "R1"), {"likelihood": 5, "impact": 2}),
        ("risk",),
    ),
    Case(
        edits.update_item,
        "risk status",
        lambda f: edits.update_item(
            Risk, f(Risk, "R3"), {"status": "closed", "review_on": date(2027, 5, 1)}
        ),
        ("risk",),
        approved=True,
    ),
    Case(
        edits.add_item,
        "risk after R2",
        lambda f: edits.add_item(
            Risk, {"code": "R9", "title": "新風險", "status": "open"}, after_id=f(Risk, "R2")
        ),
        ("risk",),
    ),
    Case(
        edits.remove_item,
        "goal a with actuals",
        lambda f: edits.remove_item(Goal, f(Goal, "a")),
        pre=fill_demo,
    ),
    Case(
        edits.remove_item,
        "KPI d1 with actuals",
        lambda f: edits.remove_item(Kpi, f(Kpi, "d1"), parent_attr="goal_id"),
        pre=fill_demo,
    ),
    Case(edits.remove_item, "risk R2", lambda f: edits.remove_item(Risk, f(Risk, "R2")), ("risk",)),
    Case(
        edits.move_item, "goal b up", lambda f: edits.move_item(Goal, f(Goal, "b"), -1), ("goal",)
    ),
    Case(
        edits.move_item,
        "KPI a1 down",
        lambda f: edits.move_item(Kpi, f(Kpi, "a1"), 1, parent_attr="goal_id"),
        ("kpi",),
    ),
    Case(
        edits.move_item, "risk R4 up", lambda f: edits.move_item(Risk, f(Risk, "R4"), -2), ("risk",)
    ),
    Case(
        plan_edits.update_fields,
        "goal",
        lambda f: plan_edits.update_fields(Goal, f(Goal, "c"), {"title": "新目標", "code": "z"}),
        ("goal",),
    ),
    Case(
        plan_edits.update_fields,
        "KPI",
        lambda f: plan_edits.update_fields(Kpi, f(Kpi, "b1"), {"target": 33.0, "unit": "次"}),
        ("kpi",),
    ),
    Case(
        plan_edits.add_coded,
        "KPI in goal a",
        lambda f: plan_edits.add_coded(
            Kpi,
            "a",
            {"goal_id": f(Goal, "a"), "name": "新指標", "unit": "%"},
            parent_attr="goal_id",
            after_id=f(Kpi, "a1"),
        ),
        ("kpi",),
    ),
    Case(
        plan_edits.add_goal,
        "after b",
        lambda f: plan_edits.add_goal(
            {"title": "新目標", "description": ""}, after_id=f(Goal, "b")
        ),
        ("goal",),
    ),
    Case(
        plan_edits.set_task_kpi,
        "link",
        lambda f: plan_edits.set_task_kpi(f(Task, "T1"), f(Kpi, "a1"), True),
        LINKS,
    ),
    Case(
        plan_edits.set_task_kpi,
        "unlink",
        lambda f: plan_edits.set_task_kpi(f(Task, "T1"), f(Kpi, "d1"), False),
        LINKS,
    ),
    Case(
        plan_edits.set_header,
        "title, year, date",
        lambda f: plan_edits.set_header(
            {"title": "新計劃", "year": "2028", "compiled_on": "2026-12-01"}
        ),
        PLAN,
    ),
    Case(
        plan_edits.set_text,
        "summary",
        lambda f: plan_edits.set_text("summary", "新的摘要\r\n第二行"),
        PLAN,
    ),
]
SECTIONS = (  # the sections screen: model, code prefix, first item, its kind column
    (MonitoringItem, "MON", "MON1", "kind"),
    (EvaluationItem, "EV", "EV1", "kind"),
    (CommunicationItem, "C", "C1", "kind"),
    (CollaborationRule, "CO", "CO1", "kind"),
    (ResourceLine, "R", "HR1", "category"),
)
for m, prefix, first, kind in SECTIONS:
    name, title, table = m.__name__, "item" if m is ResourceLine else "title", (m.__tablename__,)
    ITEMS += [
        Case(
            plan_edits.add_coded,
            name,
            lambda f, m=m, p=prefix, k=kind, t=title, c=first: plan_edits.add_coded(
                m, p, {k: getattr(f.session.get(m, f(m, c)), k), t: "新", "description": ""}
            ),
            table,
        ),
        Case(
            plan_edits.update_fields,
            name,
            lambda f, m=m, c=first, t=title: plan_edits.update_fields(m, f(m, c), {t: "改了"}),
            table,
        ),
        Case(edits.remove_item, name, lambda f, m=m, c=first: edits.remove_item(m, f(m, c)), table),
        Case(edits.move_item, name, lambda f, m=m, c=first: edits.move_item(m, f(m, c), 1), table),
    ]
ACTUALS_CASES = [
    Case(
        plan_edits.set_actuals_block,
        "paste",
        lambda f: plan_edits.set_actuals_block([(f(Kpi, "a1"), 1, 55.0), (f(Kpi, "a2"), 2, 480.0)]),
        ACTUALS,
    ),
    Case(
        plan_edits.set_actuals_block,
        "over demo values, and clear one",
        lambda f: plan_edits.set_actuals_block(
            [(f(Kpi, "a1"), 1, 55.0), (f(Kpi, "a2"), 2, None), (f(Kpi, "b1"), 4, 2.0)]
        ),
        ACTUALS,
        pre=fill_demo,
    ),
    Case(
        plan_edits.set_actuals_block,
        "paste",
        lambda f: plan_edits.set_actuals_block([(f(Kpi, "c2"), 1, 3.5)]),
        ACTUALS,
        approved=True,
    ),
    Case(
        kpi_demo.set_actual,
        "new",
        lambda f: kpi_demo.set_actual(f(Kpi, "b1"), 3, 1.4, source="report"),
        DEMO,
    ),
    Case(
        kpi_demo.set_actual,
        "over a demo value",
        lambda f: kpi_demo.set_actual(f(Kpi, "b1"), 3, 1.4),
        DEMO,
        pre=fill_demo,
    ),
    Case(
        kpi_demo.set_actual,
        "remove",
        lambda f: kpi_demo.set_actual(f(Kpi, "b1"), 2, None),
        DEMO,
        pre=fill_demo,
    ),
    Case(
        kpi_demo.set_actual,
        "new",
        lambda f: kpi_demo.set_actual(f(Kpi, "e1"), 1, 7.0, note="checked"),
        DEMO,
        approved=True,
    ),
    Case(kpi_demo.fill_demo_actuals, "every KPI", fill_demo, DEMO),
    Case(
        kpi_demo.fill_demo_actuals,
        "over some demo values",
        fill_demo,
        DEMO,
        pre=lambda f: kpi_demo.fill_demo_actuals(through=3),
    ),
    Case(
        kpi_demo.clear_demo_actuals,
        "all",
        lambda f: kpi_demo.clear_demo_actuals(),
        DEMO,
        pre=fill_demo,
    ),
]
WHOLE_PLANS = [
    Case(
        rollover.rollover_builder,
        "2028",
        lambda f: rollover.rollover_builder(f.plan.uuid, 2028),
        create=True,
    ),
    Case(
        revise.revision_builder,
        "of an approved plan",
        lambda f: revise.revision_builder(f.plan.uuid),
        approved=True,
        create=True,
    ),
    Case(imp.update_apply, "edited draft", lambda f: imp.update_apply(edited(f)), imp.TABLES),
    Case(imp.track_apply, "tracking data", lambda f: imp.track_apply(tracked(f)), approved=True),
    Case(imp.create_build, "new plan", new_copy, create=True),
]
CASES = BOARD + ITEMS + ACTUALS_CASES + WHOLE_PLANS
