"""Text limits of the workbook's columns, read from the column types (``models.validate.
limit_of``) as the editors read them: an import refuses what the database could not hold."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

from desktop.models import (
    Goal,
    Subtask,
    Task,
)
from desktop.models.deserialize import MODELS
from desktop.models.validate import limit_of

SheetT = TypeVar("SheetT", bound=Any)

# Text limits are read from the column types (models.validate.limit_of), as the editors read
# them: the entity a sheet's rows are stored as, and the code a column refers to elsewhere.
SHEET_ENTITIES = MODELS  # the model a sheet's rows are stored as (deserialize's table)
REFERS_TO = {("kpis", "goal"): Goal, ("subtasks", "task"): Task, ("progress", "subtask"): Subtask}


def with_limits(sheet: SheetT) -> SheetT:
    """``sheet`` with each text column's limit read from the column type it is stored in."""
    entity = SHEET_ENTITIES.get(sheet.key)
    columns = []
    for column in sheet.columns:
        source = REFERS_TO.get((sheet.key, column.key))
        if source is not None:
            column = replace(column, limit=limit_of(source, "code"))
        elif (
            column.kind in ("text", "code")
            and entity is not None
            and column.key in entity.__table__.c
        ):
            column = replace(column, limit=limit_of(entity, column.key))
        columns.append(column)
    return replace(sheet, columns=tuple(columns))
