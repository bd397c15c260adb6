"""The risk register."""

from __future__ import annotations

from .common import CODE, OWNER, SCHEDULE_TEXT, score
from .field import Entity, Field

RISKS = Entity(
    "risks",
    "risk",
    "風險",
    "风险",
    "Risk",
    (
        CODE,
        Field("title", "風險", "风险", "Risk", required=True, width=22),
        Field("category", "類別", "类别", "Category", width=10),
        Field(  # 影響程度 as the plan document says; the score is 影響 (issue 25)
            "impact_text",
            "影響程度",
            "影响程度",
            "Impact description",
            width=28,
            former=("影響 (Effect)", "影响 (Effect)", "Effect"),
        ),
        score("likelihood", "可能性", "可能性", "Likelihood"),
        score(
            "impact", "影響", "影响", "Impact", former=("影響程度 (Impact)", "影响程度 (Impact)")
        ),
        Field("score", "分數", "分数", "Score", "derived", width=8, in_dump=False, editable=False),
        OWNER,
        Field("measure", "具體措施", "具体措施", "Measure", width=30),
        Field("schedule", "執行時間", "执行时间", "Schedule", "schedule", nullable=True, width=14),
        SCHEDULE_TEXT,
        Field("assurance", "確保措施", "确保措施", "Assurance", width=30),
        Field(
            "warning_kpi",
            "預警指標",
            "预警指标",
            "Warning KPI",
            "kpi",
            nullable=True,
            width=10,
            column="warning_kpi_id",
        ),
        Field(
            "warning_op",
            "預警條件",
            "预警条件",
            "Warning when",
            "enum:warning_op",
            nullable=True,
            width=10,
        ),
        Field(
            "warning_threshold",
            "預警閾值",
            "预警阈值",
            "Warning threshold",
            "float",
            nullable=True,
            width=10,
        ),
        Field("status", "狀態", "状态", "Status", "enum:risk_status", signed=False, width=10),
        Field(
            "review_on",
            "複核日期",
            "复核日期",
            "Review date",
            "date",
            signed=False,
            nullable=True,
            width=12,
        ),
        score("residual_likelihood", "剩餘可能性", "剩余可能性", "Residual likelihood"),
        score(
            "residual_impact",
            "剩餘影響",
            "剩余影响",
            "Residual impact",
            former=(
                "剩餘影響程度 (Residual impact)",
                "剩余影响程度 (Residual impact)",
                "剩餘影響程度",
            ),
        ),
    ),
    path=("risks",),
)
