"""One table of fields per entity: the one place a field is declared.

Each entity (plan, team, goal, KPI, task, subtask, risk, …) has an ``Entity``: an ordered
tuple of ``Field`` rows giving the key, kind and bounds, labels in zh_TW / zh_CN / en, signed
content or tracking, the content version that introduced it, the workbook column and the
print / Word column. The dump, the workbook, the print and Word tables, the history's words,
the editors and the operations' checks read them from here (docs/DESIGN.md, "Adding a field").

``CONTENT_VERSION`` is the version of the signed content this release writes; a signature
records the version it signed and ``versions.content_in_version`` recomputes the content as
that version had it, so a field added later does not void an approval made before it.
"""

from __future__ import annotations

from .common import SCORE_HIGH, SCORE_LOW
from .field import LANGS, Entity, Field, Words, lang_index
from .goal_fields import ACTUALS, GOALS, KPIS
from .plan_fields import APPROVAL_KEYS, PLAN, ROLE_KEYS, TEAMS
from .risk_fields import RISKS
from .section_fields import COLLABORATION, COMMUNICATION, EVALUATION, MONITORING
from .task_fields import MILESTONES, PROGRESS, RESOURCES, SUBTASKS, TASKS

# Content versions: 1 - everything up to schema 0006; 2 - the fields marked since=2 (schema 0007).
CONTENT_VERSION = 2
FIRST_CONTENT_VERSION = 1

ENTITIES: tuple[Entity, ...] = (
    PLAN,
    TEAMS,
    GOALS,
    KPIS,
    ACTUALS,
    TASKS,
    SUBTASKS,
    PROGRESS,
    MILESTONES,
    RESOURCES,
    RISKS,
    MONITORING,
    EVALUATION,
    COMMUNICATION,
    COLLABORATION,
)
BY_KEY = {e.key: e for e in ENTITIES}
BY_TABLE = {e.table: e for e in ENTITIES}


def entity(key_or_table: str) -> Entity:
    """The entity by its dump key ("tasks") or database table ("task")."""
    found = BY_KEY.get(key_or_table) or BY_TABLE.get(key_or_table)
    if found is None:
        raise KeyError(key_or_table)
    return found


__all__ = [
    "ACTUALS",
    "APPROVAL_KEYS",
    "BY_KEY",
    "BY_TABLE",
    "COLLABORATION",
    "COMMUNICATION",
    "CONTENT_VERSION",
    "ENTITIES",
    "EVALUATION",
    "FIRST_CONTENT_VERSION",
    "GOALS",
    "KPIS",
    "LANGS",
    "MILESTONES",
    "MONITORING",
    "PLAN",
    "PROGRESS",
    "RESOURCES",
    "RISKS",
    "ROLE_KEYS",
    "SCORE_HIGH",
    "SCORE_LOW",
    "SUBTASKS",
    "TASKS",
    "TEAMS",
    "Entity",
    "Field",
    "Words",
    "entity",
    "lang_index",
]
