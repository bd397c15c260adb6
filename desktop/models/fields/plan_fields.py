"""The plan's header and texts, and its teams."""

from __future__ import annotations

from .field import Entity, Field

PLAN = Entity(
    "plan",
    "plan",
    "計劃",
    "计划",
    "Plan",
    (
        Field("uuid", "識別碼", "识别码", "Identifier", width=0, editable=False),
        Field("lineage", "系列", "系列", "Lineage", width=0, editable=False),
        Field("revision", "修訂版本", "修订版本", "Revision", "int", width=0, editable=False),
        Field("title", "計劃名稱", "计划名称", "Title", required=True),
        Field("year", "年度", "年度", "Year", "int", required=True, low=2000, high=2100),
        Field("organisation", "機構", "机构", "Organisation"),
        Field("compiler", "編制人", "编制人", "Compiler"),
        Field("reviewer", "審核人", "审核人", "Reviewer"),
        Field("approver", "批準人", "批准人", "Approver"),
        Field(
            "compiled_on",
            "編制日期",
            "编制日期",
            "Date",
            "date",
            nullable=True,
            audit="compile date",
        ),
        Field("language", "語言", "语言", "Language", width=0),
        Field("introduction", "引言", "引言", "Introduction", width=0),
        Field("summary", "總結", "总结", "Summary", width=0),
        Field("outlook", "展望", "展望", "Outlook", width=0),
        Field(
            "week_convention",
            "周的劃分",
            "周的划分",
            "Week convention",
            "enum:week_convention",
            width=0,
        ),
        Field("allow_dual_roles", "允許一人兼任", "允许一人兼任", "Dual roles", "bool", width=0),
    ),
)
# The approval fields of the cover, in the document's order (編制人 / 審核人 / 批準人 / 編制日期).
APPROVAL_KEYS = ("compiler", "reviewer", "approver", "compiled_on")
ROLE_KEYS = ("compiler", "reviewer", "approver")

TEAMS = Entity(
    "teams",
    "team",
    "團隊",
    "团队",
    "Team",
    (
        Field("name", "團隊", "团队", "Team", required=True, width=20, audit="name"),
        Field("color", "顏色", "颜色", "Colour", "color", width=12),
    ),
    path=("teams",),
)
