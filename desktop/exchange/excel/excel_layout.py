"""The workbook layout shared by Excel export and import: sheets, columns and labels (the
enumerations' labels are in ``excel_enums``).

Every sheet and column has a zh-Hant, a zh-Hans and an English name. Export writes headers as
``繁體 (English)``; import finds sheets and columns by any of the names (or the combined form),
ignoring case, spaces and full-width punctuation, in any order. Extra columns are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop.exchange.excel.excel_limits import with_limits
from desktop.models.fields import PLAN, ROLE_KEYS
from desktop.models.validate import TEXT_LIMIT

FORMAT_VERSION = "plandesk.xlsx/1"
META_SHEET = "_meta"
LISTS_SHEET = "_lists"
EXACT_SHEET = "_exact"  # floats needing more than 15 significant digits (spreadsheets keep 15)
LIST_SEPARATOR = "、"
LIST_SPLIT = re.compile(r"\s*[、,，;；]\s*")

# Column kinds: text, code, int, float, date, month, enum:<name>, team, kpi, codes, schedule,
# color, ignore (written for reading only, e.g. a computed score).


@dataclass(frozen=True)
class Column:
    key: str
    zh_TW: str
    zh_CN: str
    en: str
    kind: str = "text"
    required: bool = False  # the column must be present (and the value, for non-text kinds)
    limit: int = TEXT_LIMIT  # text length limit (read from the column types, below)
    width: float = 14  # column width in characters
    nullable: bool = False  # an empty cell is None (else "" for text)
    low: int = 0
    high: int = 0
    former: tuple[str, ...] = ()  # headers of workbooks written before a column was renamed

    @property
    def header(self) -> str:
        return f"{self.zh_TW} ({self.en})"

    def aliases(self) -> set[str]:
        return {
            norm(n)
            for n in (
                self.key,
                self.zh_TW,
                self.zh_CN,
                self.en,
                self.header,
                f"{self.zh_CN} ({self.en})",
                *self.former,
            )
        }


@dataclass(frozen=True)
class Sheet:
    key: str
    zh_TW: str
    zh_CN: str
    en: str
    columns: tuple[Column, ...] = field(default_factory=tuple)
    required: bool = False  # the sheet must be in the workbook

    @property
    def title(self) -> str:
        return f"{self.zh_TW} ({self.en})"

    def aliases(self) -> set[str]:
        return {
            norm(n)
            for n in (
                self.key,
                self.zh_TW,
                self.zh_CN,
                self.en,
                self.title,
                f"{self.zh_CN} ({self.en})",
            )
        }


def norm(text: str) -> str:
    """A label reduced for matching: NFKC, lower case, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))).lower()


def C(key: str, zh_tw: str, zh_cn: str, en: str, kind: str = "text", **kw: object) -> Column:  # noqa: N802
    return Column(key, zh_tw, zh_cn, en, kind, **kw)  # type: ignore[arg-type]


CODE = C("code", "編號", "编号", "Code", "code", required=True, width=10)
TITLE = C("title", "名稱", "名称", "Title", required=True, width=28)
DESCRIPTION = C("description", "描述", "描述", "Description", width=48)
OWNER = C("owner", "責任人", "责任人", "Owner team", "team", width=16, nullable=True)
SCHEDULE = C("schedule", "時間", "时间", "Schedule", "schedule", width=16, nullable=True)


def _items(
    key: str, zh_tw: str, zh_cn: str, en: str, enum: str, extra: tuple[Column, ...] = ()
) -> Sheet:
    kind = C("kind", "類型", "类型", "Kind", f"enum:{enum}", required=True, width=14)
    return Sheet(key, zh_tw, zh_cn, en, (CODE, kind, TITLE, DESCRIPTION, *extra))


SHEETS: tuple[Sheet, ...] = (
    Sheet("cover", "封面", "封面", "Cover", required=True),
    Sheet("texts", "文字", "文字", "Texts"),
    Sheet(
        "teams",
        "團隊",
        "团队",
        "Teams",
        (
            C("name", "團隊", "团队", "Team", "text", required=True, width=20),
            C("color", "顏色", "颜色", "Colour", "color", width=12),
        ),
    ),
    Sheet("goals", "目標", "目标", "Goals", (CODE, TITLE, DESCRIPTION)),
    Sheet(
        "kpis",
        "指標",
        "指标",
        "KPIs",
        (
            C("goal", "目標編號", "目标编号", "Goal", "code", required=True, width=10),
            CODE,
            C("name", "指標名稱", "指标名称", "KPI", required=True, width=24),
            C("unit", "單位", "单位", "Unit", width=8),
            C("baseline", "基線", "基线", "Baseline", "float", nullable=True, width=10),
            C("target", "目標值", "目标值", "Target", "float", nullable=True, width=10),
            C("target_kind", "目標類型", "目标类型", "Target kind", "enum:target_kind", width=12),
            C("direction", "方向", "方向", "Direction", "enum:direction", width=10),
            C("frequency", "頻率", "频率", "Frequency", "enum:frequency", width=10),
            C("tolerance", "容差", "容差", "Tolerance", "float", width=10),
        ),
    ),
    Sheet(
        "actuals",
        "指標實績",
        "指标实绩",
        "KPI actuals",
        (
            C("kpi", "指標編號", "指标编号", "KPI", "kpi", required=True, width=10),
            C("month", "月份", "月份", "Month", "int", required=True, low=1, high=12, width=8),
            C("value", "實績", "实绩", "Value", "float", required=True, width=12),
            C("source", "來源", "来源", "Source", width=20),
            C("note", "備註", "备注", "Note", width=36),
            # generated by "Fill demo actuals": never passes as measured
            C("demo", "數據性質", "数据性质", "Data", "enum:data_kind", width=12),
        ),
    ),
    Sheet(
        "tasks",
        "任務",
        "任务",
        "Tasks",
        (
            CODE,
            TITLE,
            DESCRIPTION,
            C("importance", "重要性", "重要性", "Importance", width=36),
            C("expected_result", "預期成果", "预期成果", "Expected result", width=36),
            C("kpis", "關聯指標", "关联指标", "KPIs", "codes", width=14),
        ),
        required=True,
    ),
    Sheet(
        "subtasks",
        "子任務",
        "子任务",
        "Subtasks",
        (
            C("task", "任務編號", "任务编号", "Task", "code", required=True, width=10),
            CODE,
            TITLE,
            OWNER,
            C("schedule", "完成時間", "完成时间", "Schedule", "schedule", width=16, nullable=True),
            C("resources", "所需資源", "所需资源", "Resources", width=30),
        ),
    ),
    Sheet(
        "progress",
        "進度",
        "进度",
        "Progress",
        (
            C(
                "subtask",
                "子任務編號",
                "子任务编号",
                "Subtask",
                "code",
                required=True,
                width=12,
            ),
            C(
                "start",
                "開始日期",
                "开始日期",
                "Occurrence start",
                "date",
                required=True,
                width=14,
                former=(
                    "已完成的開始日期",
                    "已完成的开始日期",
                    "Done occurrence start",
                    "已完成的開始日期 (Done occurrence start)",
                ),
            ),
            # without this column (older workbooks) every row is a done mark
            C("state", "完成情況", "完成情况", "Progress", "enum:progress", width=12),
            C("problem", "問題", "问题", "Problem", width=36),
            C("solution", "解決方案", "解决方案", "Solution", width=36),
        ),
    ),
    Sheet(
        "milestones",
        "里程碑",
        "里程碑",
        "Milestones",
        (
            CODE,
            TITLE,
            OWNER,
            SCHEDULE,
            C("depends_on", "前置子任務", "前置子任务", "Depends on", "codes", width=16),
        ),
    ),
    Sheet(
        "resources",
        "資源",
        "资源",
        "Resources",
        (
            CODE,
            C("category", "類別", "类别", "Category", "enum:category", required=True, width=10),
            C("item", "項目", "项目", "Item", required=True, width=20),
            DESCRIPTION,
            C("amount", "數量", "数量", "Amount", "float", nullable=True, width=10),
            C("unit", "單位", "单位", "Unit", width=8),
            C("source", "來源", "来源", "Source", width=16),
        ),
    ),
    Sheet(
        "risks",
        "風險",
        "风险",
        "Risks",
        (
            CODE,
            C("title", "風險", "风险", "Risk", required=True, width=22),
            C("category", "類別", "类别", "Category", width=10),
            C(  # 影響程度 as the plan document says; the score is 影響 (issue 25)
                "impact_text",
                "影響程度",
                "影响程度",
                "Impact description",
                width=28,
                former=("影響 (Effect)", "影响 (Effect)", "Effect"),
            ),
            C(
                "likelihood",
                "可能性",
                "可能性",
                "Likelihood",
                "int",
                nullable=True,
                low=1,
                high=5,
                width=10,
            ),
            C(
                "impact",
                "影響",
                "影响",
                "Impact",
                "int",
                former=("影響程度 (Impact)", "影响程度 (Impact)"),
                nullable=True,
                low=1,
                high=5,
                width=10,
            ),
            C("score", "分數", "分数", "Score", "ignore", width=8),
            OWNER,
            C("measure", "具體措施", "具体措施", "Measure", width=30),
            C("schedule", "執行時間", "执行时间", "Schedule", "schedule", width=14, nullable=True),
            C("assurance", "確保措施", "确保措施", "Assurance", width=30),
            C("warning_kpi", "預警指標", "预警指标", "Warning KPI", "kpi", nullable=True, width=10),
            C(
                "warning_op",
                "預警條件",
                "预警条件",
                "Warning when",
                "enum:warning_op",
                nullable=True,
                width=10,
            ),
            C(
                "warning_threshold",
                "預警閾值",
                "预警阈值",
                "Warning threshold",
                "float",
                nullable=True,
                width=10,
            ),
            C("status", "狀態", "状态", "Status", "enum:risk_status", width=10),
            C("review_on", "複核日期", "复核日期", "Review date", "date", nullable=True, width=12),
            C(
                "residual_likelihood",
                "剩餘可能性",
                "剩余可能性",
                "Residual likelihood",
                "int",
                nullable=True,
                low=1,
                high=5,
                width=10,
            ),
            C(
                "residual_impact",
                "剩餘影響",
                "剩余影响",
                "Residual impact",
                "int",
                former=(
                    "剩餘影響程度 (Residual impact)",
                    "剩余影响程度 (Residual impact)",
                    "剩餘影響程度",
                ),
                nullable=True,
                low=1,
                high=5,
                width=10,
            ),
        ),
    ),
    _items("monitoring", "監控", "监控", "Monitoring", "monitoring", (SCHEDULE, OWNER)),
    _items("evaluation", "評估", "评估", "Evaluation", "evaluation", (SCHEDULE,)),
    _items("communication", "溝通", "沟通", "Communication", "communication"),
    _items("collaboration", "協作", "协作", "Collaboration", "collaboration"),
    Sheet("board", "看板", "看板", "Board"),
)

SHEETS = tuple(with_limits(sheet) for sheet in SHEETS)
SHEET = {s.key: s for s in SHEETS}

# Cover and texts: label -> plan field.
COVER_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("title", "計劃名稱", "计划名称", "Title"),
    ("year", "年度", "年度", "Year"),
    ("organisation", "機構", "机构", "Organisation"),
    *((key, PLAN[key].zh_TW, PLAN[key].zh_CN, PLAN[key].en) for key in ROLE_KEYS),  # 編制人 …
    ("compiled_on", "編制日期", "编制日期", "Date"),
    ("status", "狀態", "状态", "Status"),
    ("revision", "修訂版本", "修订版本", "Revision"),
)
TEXT_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("introduction", "引言", "引言", "Introduction"),
    ("summary", "總結", "总结", "Summary"),
    ("outlook", "展望", "展望", "Outlook"),
)
TEXT_COLUMNS = (
    C("field", "項目", "项目", "Item", width=20),
    C("text", "內容", "内容", "Text", width=100),
)


def field_aliases(fields: tuple[tuple[str, str, str, str], ...]) -> dict[str, str]:
    """Normalised label (any language, or ``zh (en)``) -> field key."""
    out: dict[str, str] = {}
    for key, zh_tw, zh_cn, en in fields:
        for name in (zh_tw, zh_cn, en, f"{zh_tw} ({en})", f"{zh_cn} ({en})"):
            out[norm(name)] = key
    return out


def label(zh_tw: str, en: str) -> str:
    return f"{zh_tw} ({en})"
