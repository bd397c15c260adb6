"""The migrations build exactly the schema the models declare (a new column in a model
without its migration, or the reverse, fails here), on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import desktop.models as models
from desktop.models import Base


def test_migrated_workspace_matches_the_models(ws):
    for name in models.__all__:  # load every entity module (they load lazily)
        getattr(models, name)
    with ws.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []
