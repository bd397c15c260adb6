"""The workbook layout shared by Excel export and import: sheets, columns and labels (the
enumerations' labels are in ``excel_enums``). A sheet's columns are its entity's workbook
fields in the field table (``desktop.models.fields``): a field added there is a column here.

Every sheet and column has a zh-Hant, a zh-Hans and an English name. Export writes headers as
``繁體 (English)``; import finds sheets and columns by any of the names (or the combined form),
ignoring case, spaces and full-width punctuation, in any order. Extra columns are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop.exchange.excel.excel_limits import with_limits
from desktop.models.fields import BY_KEY, PLAN, Entity, Field
from desktop.models.validate import TEXT_LIMIT

FORMAT_VERSION = "plandesk.xlsx/1"
META_SHEET = "_meta"
LISTS_SHEET = "_lists"
EXACT_SHEET = "_exact"  # floats needing more than 15 significant digits (spreadsheets keep 15)
LIST_SEPARATOR = "、"
LIST_SPLIT = re.compile(r"\s*[、,，;；]\s*")

# Column kinds: the field kinds (``models.fields.field.KINDS``: text, code, int, float, money,
# date, enum:<name>, team, kpi, codes, schedule, color), a month read as int, and ignore
# (written for reading only, e.g. a computed score).


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
    entity: str = ""  # the field table's entity (``models.fields``) the column comes from

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


# Sheets of the workbook in order, with their names; a sheet with an entity has that entity's
# workbook fields (``Entity.workbook()``) as its columns.
_SHEETS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("cover", "封面", "封面", "Cover", True),
    ("texts", "文字", "文字", "Texts", False),
    ("teams", "團隊", "团队", "Teams", False),
    ("goals", "目標", "目标", "Goals", False),
    ("kpis", "指標", "指标", "KPIs", False),
    ("actuals", "指標實績", "指标实绩", "KPI actuals", False),
    ("tasks", "任務", "任务", "Tasks", True),
    ("subtasks", "子任務", "子任务", "Subtasks", False),
    ("progress", "進度", "进度", "Progress", False),
    ("milestones", "里程碑", "里程碑", "Milestones", False),
    ("resources", "資源", "资源", "Resources", False),
    ("risks", "風險", "风险", "Risks", False),
    ("monitoring", "監控", "监控", "Monitoring", False),
    ("evaluation", "評估", "评估", "Evaluation", False),
    ("communication", "溝通", "沟通", "Communication", False),
    ("collaboration", "協作", "协作", "Collaboration", False),
    ("board", "看板", "看板", "Board", False),
)
# the field kinds the workbook reads as another column kind
_KIND = {"month": "int", "derived": "ignore"}


def field_column(entity: Entity, f: Field) -> Column:
    """The workbook column of field ``f`` of ``entity``."""
    return Column(
        f.key,
        f.zh_TW,
        f.zh_CN,
        f.en,
        _KIND.get(f.kind, f.kind),
        required=f.required,
        width=f.width,
        nullable=f.nullable,
        low=int(f.low or 0),
        high=int(f.high or 0),
        former=f.former,
        entity=entity.key,
    )


def _sheet(key: str, zh_tw: str, zh_cn: str, en: str, required: bool) -> Sheet:
    entity = BY_KEY.get(key)
    columns = tuple(field_column(entity, f) for f in entity.workbook()) if entity else ()
    return Sheet(key, zh_tw, zh_cn, en, columns, required=required)


SHEETS: tuple[Sheet, ...] = tuple(with_limits(_sheet(*names)) for names in _SHEETS)
SHEET = {s.key: s for s in SHEETS}

# Cover and texts: label -> plan field.
_COVER_KEYS = ("title", "year", "organisation", "compiler", "reviewer", "approver", "compiled_on")
COVER_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    *((f.key, f.zh_TW, f.zh_CN, f.en) for f in (PLAN[k] for k in _COVER_KEYS)),
    ("status", "狀態", "状态", "Status"),
    (PLAN["revision"].key, PLAN["revision"].zh_TW, PLAN["revision"].zh_CN, PLAN["revision"].en),
)
TEXT_FIELDS: tuple[tuple[str, str, str, str], ...] = tuple(
    (f.key, f.zh_TW, f.zh_CN, f.en)
    for f in (PLAN[k] for k in ("introduction", "summary", "outlook"))
)
TEXT_COLUMNS = (
    Column("field", "項目", "项目", "Item", width=20),
    Column("text", "內容", "内容", "Text", width=100),
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
