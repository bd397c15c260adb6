"""The risk register's columns, item roles and the stored field behind each column."""

from __future__ import annotations

from PySide6.QtCore import Qt

(
    COL_CODE,
    COL_TITLE,
    COL_CATEGORY,
    COL_IMPACT_TEXT,
    COL_LIKELIHOOD,
    COL_IMPACT,
    COL_SCORE,
    COL_BAND,
    COL_OWNER,
    COL_MEASURE,
    COL_SCHEDULE,
    COL_ASSURANCE,
    COL_KPI,
    COL_THRESHOLD,
    COL_STATUS,
    COL_REVIEW,
    COL_RES_LIKELIHOOD,
    COL_RES_IMPACT,
    COL_RES_SCORE,
) = range(19)
COLUMN_COUNT = 19
READ_ONLY_COLUMNS = frozenset({COL_SCORE, COL_BAND, COL_RES_SCORE})
FINDING_COLUMNS = {  # the cell a plan check is about (models.checks keys)
    "no_measure": COL_MEASURE,
    "no_owner": COL_OWNER,
    "not_assessed": COL_LIKELIHOOD,
    "review_overdue": COL_REVIEW,
    "early_warning": COL_KPI,
    "missing_months": COL_SCHEDULE,
    "no_schedule": COL_SCHEDULE,
}
# tracking data: still editable when the plan is signed off (see desktop.operations.tracking)
TRACKING_COLUMNS = frozenset({COL_STATUS, COL_REVIEW})
NUMBER_COLUMNS = frozenset(
    {COL_LIKELIHOOD, COL_IMPACT, COL_SCORE, COL_RES_LIKELIHOOD, COL_RES_IMPACT, COL_RES_SCORE}
)
LONG_COLUMNS = frozenset({COL_IMPACT_TEXT, COL_MEASURE, COL_ASSURANCE})
SCORE_COLUMNS = frozenset({COL_LIKELIHOOD, COL_IMPACT, COL_RES_LIKELIHOOD, COL_RES_IMPACT})
TABLES = ("risk",)
WATCHED = frozenset({"risk", "team", "kpi", "kpi_actual", "plan"})

_BASE = int(Qt.ItemDataRole.UserRole)
ID_ROLE = _BASE + 1  # database id of the risk
BAND_ROLE = _BASE + 2  # inherent band: low / medium / high / critical / None
RESIDUAL_BAND_ROLE = _BASE + 3
OVERDUE_ROLE = _BASE + 4  # review date passed and not closed
WARNING_ROLE = _BASE + 5  # tuple of early-warning texts (empty: no flag)
SORT_ROLE = _BASE + 6  # a value that sorts right (numbers as numbers)
CELL_ROLE = _BASE + 7  # (likelihood, impact) or None
RESIDUAL_CELL_ROLE = _BASE + 8
CHOICES_ROLE = _BASE + 9  # [(data, text)] for combo-box columns
OWNER_ROLE = _BASE + 10  # owner team id
STATUS_ROLE = _BASE + 11  # status value
SEARCH_ROLE = _BASE + 12  # the row's searchable text, lower case

FIELD_OF = {  # the stored field of each editable column
    COL_CODE: "code",
    COL_TITLE: "title",
    COL_CATEGORY: "category",
    COL_IMPACT_TEXT: "impact_text",
    COL_LIKELIHOOD: "likelihood",
    COL_IMPACT: "impact",
    COL_OWNER: "owner_team_id",
    COL_MEASURE: "measure",
    COL_SCHEDULE: "schedule",
    COL_ASSURANCE: "assurance",
    COL_KPI: "warning_kpi_id",
    COL_THRESHOLD: "warning_threshold",
    COL_STATUS: "status",
    COL_REVIEW: "review_on",
    COL_RES_LIKELIHOOD: "residual_likelihood",
    COL_RES_IMPACT: "residual_impact",
}
ROW_FIELD = {  # a stored field -> its RiskRow attribute where they differ
    "owner_team_id": "owner_id",
    "warning_kpi_id": "kpi_id",
    "warning_op": "op",
    "warning_threshold": "threshold",
}
