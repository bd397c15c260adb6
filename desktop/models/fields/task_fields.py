"""Key tasks, their subtasks and the subtasks' progress, milestones and resource lines."""

from __future__ import annotations

from dataclasses import replace

from .common import CODE, DESCRIPTION, OWNER, SCHEDULE, SCHEDULE_TEXT, TITLE, parent
from .field import Entity, Field

TASKS = Entity(
    "tasks",
    "task",
    "任務",
    "任务",
    "Task",
    (
        CODE,
        replace(TITLE, print_share=2.0, print_label=("任務", "任务", "Task")),
        Field(
            "description",
            "描述",
            "描述",
            "Description",
            width=48,
            print_share=3.6,
            print_label=("說明", "说明", "Description"),
        ),
        Field("importance", "重要性", "重要性", "Importance", width=36, print_share=2.6),
        Field(
            "expected_result", "預期成果", "预期成果", "Expected result", width=36, print_share=2.6
        ),
        Field("kpis", "關聯指標", "关联指标", "KPIs", "codes", width=14, column="kpi_links"),
        Field(
            "budget",
            "預算",
            "预算",
            "Budget",
            "money",
            since=2,
            nullable=True,
            low=0,
            high=1e10,
            width=14,
            print_share=2.2,
        ),
        Field("subtasks", "子任務", "子任务", "Subtasks", "items", width=0),
    ),
    path=("tasks",),
)
SUBTASKS = Entity(
    "subtasks",
    "subtask",
    "子任務",
    "子任务",
    "Subtask",
    (
        parent("task", "任務編號", "任务编号", "Task", "task_id"),
        replace(CODE, print_share=0.7),
        replace(TITLE, print_share=2.4, print_label=("子任務", "子任务", "Subtask")),
        replace(OWNER, print_share=2.2, print_label=("責任人", "责任人", "Owner")),
        replace(
            SCHEDULE,
            zh_TW="完成時間",
            zh_CN="完成时间",
            print_label=("完成時間", "完成时间", "When"),
        ),
        SCHEDULE_TEXT,
        Field("resources", "所需資源", "所需资源", "Resources", width=30, print_share=3.2),
        Field(
            "done", "已完成", "已完成", "Done", "items", signed=False, width=0, column="progress"
        ),
        Field("notes", "進度備註", "进度备注", "Notes", "items", signed=False, width=0),
    ),
    path=("tasks", "subtasks"),
)
PROGRESS = Entity(
    "progress",
    "occurrence_note",
    "進度",
    "进度",
    "Progress",
    (
        replace(parent("subtask", "子任務編號", "子任务编号", "Subtask", "subtask_id"), width=12),
        Field(
            "start",
            "開始日期",
            "开始日期",
            "Occurrence start",
            "date",
            required=True,
            signed=False,
            width=14,
            former=(
                "已完成的開始日期",
                "已完成的开始日期",
                "Done occurrence start",
                "已完成的開始日期 (Done occurrence start)",
            ),
        ),
        # without this column (older workbooks) every row is a done mark
        Field(
            "state",
            "完成情況",
            "完成情况",
            "Progress",
            "enum:progress",
            signed=False,
            width=12,
            in_dump=False,
        ),
        Field("problem", "問題", "问题", "Problem", signed=False, width=36),
        Field("solution", "解決方案", "解决方案", "Solution", signed=False, width=36),
    ),
)
MILESTONES = Entity(
    "milestones",
    "milestone",
    "里程碑",
    "里程碑",
    "Milestone",
    (
        replace(CODE, print_share=0.7),
        replace(TITLE, print_share=2.6, print_label=("里程碑", "里程碑", "Milestone")),
        replace(OWNER, print_label=("責任人", "责任人", "Owner")),
        replace(SCHEDULE, print_share=1.6, print_label=("完成時間", "完成时间", "When")),
        SCHEDULE_TEXT,
        Field(
            "depends_on",
            "前置子任務",
            "前置子任务",
            "Depends on",
            "codes",
            width=16,
            print_share=3.4,
            column="dependency_links",
            print_label=("依賴的子任務", "依赖的子任务", "Depends on"),
        ),
    ),
    path=("milestones",),
)
RESOURCES = Entity(
    "resources",
    "resource_line",
    "資源",
    "资源",
    "Resource",
    (
        CODE,
        Field(
            "category",
            "類別",
            "类别",
            "Category",
            "enum:category",
            required=True,
            width=10,
            print_share=1.3,
        ),
        Field("item", "項目", "项目", "Item", required=True, width=20, print_share=1.7),
        DESCRIPTION,
        Field(
            "amount", "數量", "数量", "Amount", "float", nullable=True, width=10, print_share=1.2
        ),
        Field("unit", "單位", "单位", "Unit", width=8),
        Field("source", "來源", "来源", "Source", width=16, print_share=2.2),
    ),
    path=("resources",),
)
