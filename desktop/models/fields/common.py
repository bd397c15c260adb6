"""Fields many entities share, and the 1-5 score."""

from __future__ import annotations

from .field import Field

SCORE_LOW, SCORE_HIGH = 1, 5  # a risk's likelihood and impact (validate re-exports them)

CODE = Field("code", "編號", "编号", "Code", "code", required=True, width=10, print_share=0.6)
TITLE = Field("title", "名稱", "名称", "Title", required=True, width=28, print_share=2.2)
DESCRIPTION = Field("description", "描述", "描述", "Description", width=48, print_share=4.0)
OWNER = Field(
    "owner",
    "責任人",
    "责任人",
    "Owner team",
    "team",
    nullable=True,
    width=16,
    print_share=2.0,
    column="owner_team_id",
    audit="owner",
)
SCHEDULE = Field(
    "schedule", "時間", "时间", "Schedule", "schedule", nullable=True, width=16, print_share=1.8
)
SCHEDULE_TEXT = Field(
    "schedule_text", "時間", "时间", "Schedule", "derived", width=0, editable=False
)


def score(
    key: str, zh_tw: str, zh_cn: str, en: str, former: tuple[str, ...] = (), print_share: float = 0
) -> Field:
    """A 1-5 score (likelihood, impact), empty allowed."""
    return Field(
        key,
        zh_tw,
        zh_cn,
        en,
        "int",
        nullable=True,
        low=SCORE_LOW,
        high=SCORE_HIGH,
        width=10,
        former=former,
        print_share=print_share,
    )


def parent(key: str, zh_tw: str, zh_cn: str, en: str, column: str) -> Field:
    """The workbook column naming an item's parent by code (the dump nests items instead)."""
    return Field(
        key,
        zh_tw,
        zh_cn,
        en,
        "code",
        required=True,
        width=10,
        column=column,
        in_dump=False,
        editable=False,
    )
