"""The plans users really have, one per state: filled in, signed half-way, rejected, revised,
tracked, empty, long, in each language, big.

A state is built once per test session into its own SQLite workspace (``conftest.py``), through
the same operations the screens and commands use (sign-offs with test keys through the real
workflow), and then only read. ``base`` names the state whose workspace a state starts from
(its file is copied), so a chain of sign-offs is built step by step.

Adding a state is one line in ``STATES`` (and a builder when no existing one fits); every
output in ``outputs.py`` and every screen then runs on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.models import Plan
from desktop.operations import run_change
from desktop.store import Workspace

LONG = 200  # the longest title a plan takes (String(200))


@dataclass(frozen=True)
class State:
    """``build(ws, uuid)`` changes the plan ``uuid`` of a workspace copied from ``base`` (or
    adds the plan to an empty one when ``base`` is None) and returns the plan to output."""

    name: str
    build: Callable[[Workspace, str | None], str]
    base: str | None = None
    people: bool = False  # the workspace has people, keys and a trust root
    status: str = "draft"  # the workflow status the plan is in


# ----- builders ----------------------------------------------------------------------------------
def sample(ws: Workspace, _uuid: str | None = None, *, language: str = "zh_TW") -> str:
    from desktop.models.sample import add_sample_plan

    with ws.write() as session:
        plan = add_sample_plan(session)
        plan.language = language
        return plan.uuid


def in_language(language: str) -> Callable[[Workspace, str | None], str]:
    def build(ws: Workspace, _uuid: str | None) -> str:
        return sample(ws, language=language)

    return build


def filled_draft(ws: Workspace, _uuid: str | None) -> str:
    """Every approval field filled (編制人, 審核人, 批準人, 編制日期), people and keys enrolled."""
    from desktop.operations.plan_edits import set_header
    from tests.approved import add_people, name_signers

    uuid = sample(ws)
    add_people(ws)
    name_signers(ws, uuid)
    header = {"compiled_on": "2026-12-01", "organisation": "市場推廣部（社交媒體組）"}
    run_change(ws, uuid, "header", set_header(header), tables=("plan",))
    return uuid


def signed_by(role: str) -> Callable[[Workspace, str | None], str]:
    def build(ws: Workspace, uuid: str | None) -> str:
        from tests.approved import sign_as

        assert uuid is not None
        sign_as(ws, uuid, role)
        return uuid

    return build


def rejected(ws: Workspace, uuid: str | None) -> str:
    from desktop.signoff.workflow import sign
    from tests.approved import PASSWORDS

    assert uuid is not None
    sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"], reject=True, comment="請補充預算")
    return uuid


def revision_2(ws: Workspace, uuid: str | None) -> str:
    """``plandesk revise``'s operation, then an edit of the new draft."""
    from desktop.operations.revise import revise

    assert uuid is not None
    new = revise(ws, uuid).uuid

    def retitle(_session, plan: Plan) -> None:
        plan.tasks[0].title = "第二版：內容策劃與創作"

    run_change(ws, new, "edit revision 2", retitle, tables=("task",))
    return new


def real_actuals(ws: Workspace, uuid: str | None) -> str:
    """Measured KPI actuals and done marks recorded in an approved plan (tracking data)."""
    from desktop.models.schedule import WeekConvention
    from desktop.models.schedule_expand import expand
    from desktop.operations.board import toggle_done
    from desktop.operations.kpi_demo import set_actual

    assert uuid is not None
    with ws.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        kpis = [k.id for g in plan.goals for k in g.kpis]
        subs = [(s.id, s.rule) for t in plan.tasks for s in t.subtasks if s.rule is not None]
        year, convention = plan.year, WeekConvention(plan.week_convention)
    for number, kpi_id in enumerate(kpis):
        for month in (1, 2, 3):
            value = 10.0 + number + month
            apply = set_actual(kpi_id, month, value, source="後台數據", note=f"第{month}月")
            run_change(ws, uuid, "actual", apply, tables=("kpi_actual",))
    for sub_id, rule in subs[:6]:
        first = expand(rule, year, convention)[0]
        run_change(ws, uuid, "done", toggle_done(sub_id, first.start), tables=("occurrence_done",))
    return uuid


def demo_actuals(ws: Workspace, _uuid: str | None) -> str:
    from desktop.operations.kpi_demo import DEMO_TABLES, fill_demo_actuals

    uuid = sample(ws)
    run_change(ws, uuid, "Fill demo actuals", fill_demo_actuals(), tables=DEMO_TABLES)
    return uuid


def empty_and_long(ws: Workspace, _uuid: str | None) -> str:
    """Empty sections (no risks, monitoring, evaluation, communication, introduction) and texts
    as long as the fields take."""
    uuid = sample(ws)

    def apply(_session, plan: Plan) -> None:
        plan.title = ("社交媒體運用的年度目標計劃（長標題）" * 20)[:LONG]
        plan.introduction = ""
        plan.summary = "總結段落很長。" * 1500 + "\n\n" + "第二段。" * 300
        plan.outlook = "A long outlook line without spaces: " + "x" * 3000
        plan.risks.clear()
        plan.monitoring.clear()
        plan.evaluation.clear()
        plan.communication.clear()
        plan.collaboration.clear()
        task = plan.tasks[0]
        task.description = "任務描述，非常詳細。" * 400
        task.expected_result = "預期成果：" + "粉絲增長與互動提升；" * 200
        task.subtasks[0].resources = "資源：" + "、".join(f"工具{i}" for i in range(300))

    run_change(ws, uuid, "empty and long", apply)
    return uuid


def empty_plan(ws: Workspace, _uuid: str | None) -> str:
    """File ▸ New empty plan: a title and a year, nothing else."""
    with ws.write() as session:
        plan = Plan(title="New plan", year=date.today().year + 1)
        session.add(plan)
        session.flush()
        return plan.uuid


def big_plan(ws: Workspace, _uuid: str | None) -> str:
    """benchmarks/large_plan.py's generator, sized for CI."""
    from benchmarks.large_plan import large_plan
    from desktop.models.deserialize import load_plan

    data = large_plan(subtasks=200, risks=40, actuals=360, teams=8, tasks=25)
    with ws.write() as session:
        return load_plan(session, data).uuid


# ----- the states --------------------------------------------------------------------------------
STATES: tuple[State, ...] = (
    State("draft_filled", filled_draft, people=True),
    State("in_review", signed_by("compiler"), "draft_filled", True, "in_review"),
    State("reviewed", signed_by("reviewer"), "in_review", True, "reviewed"),
    State("approved", signed_by("approver"), "reviewed", True, "approved"),
    State("rejected", rejected, "in_review", people=True),
    State("revision_2", revision_2, "approved", people=True),
    State("approved_real_actuals", real_actuals, "approved", True, "approved"),
    State("demo_actuals", demo_actuals),
    State("empty_and_long", empty_and_long),
    State("empty_plan", empty_plan),
    State("lang_zh_TW", in_language("zh_TW")),
    State("lang_zh_CN", in_language("zh_CN")),
    State("lang_en", in_language("en")),
    State("big", big_plan),
)
NAMES = tuple(state.name for state in STATES)
