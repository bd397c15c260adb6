"""a task's budget, and the content version a signature signed

``task.budget`` is an amount in HKD (empty: no budget given), signed content since content
version 2 (``desktop/models/fields``). ``signature.content_version`` records the version of
the signed content a signature covers (empty: version 1, every signature made before); the
signature's own payload binds it. Both are plain ``ADD COLUMN``s, so the append-only triggers
of the signature table stay as they are.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("task", sa.Column("budget", sa.Float(), nullable=True))
    op.add_column("signature", sa.Column("content_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("signature", "content_version")  # DROP COLUMN keeps the triggers
    op.drop_column("task", "budget")
