"""Monitoring, evaluation, communication and collaboration: coded items of a kind."""

from __future__ import annotations

from dataclasses import replace

from .common import CODE, DESCRIPTION, OWNER, SCHEDULE, SCHEDULE_TEXT, TITLE
from .field import Entity, Field


def _items(
    key: str, table: str, zh_tw: str, zh_cn: str, en: str, enum: str, extra: tuple[Field, ...] = ()
) -> Entity:
    kind = Field("kind", "類型", "类型", "Kind", f"enum:{enum}", required=True, width=14)
    return Entity(
        key, table, zh_tw, zh_cn, en, (CODE, kind, TITLE, DESCRIPTION, *extra), path=(key,)
    )


MONITORING = _items(
    "monitoring",
    "monitoring_item",
    "監控",
    "监控",
    "Monitoring item",
    "monitoring",
    (SCHEDULE, SCHEDULE_TEXT, replace(OWNER, print_share=0)),
)
EVALUATION = _items(
    "evaluation",
    "evaluation_item",
    "評估",
    "评估",
    "Evaluation item",
    "evaluation",
    (SCHEDULE, SCHEDULE_TEXT),
)
COMMUNICATION = _items(
    "communication", "communication_item", "溝通", "沟通", "Communication item", "communication"
)
COLLABORATION = _items(
    "collaboration", "collaboration_rule", "協作", "协作", "Collaboration rule", "collaboration"
)
