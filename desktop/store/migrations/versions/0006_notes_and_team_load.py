"""occurrence notes (problem, solution) and a weekly load limit per team

``occurrence_note`` holds the problem met at one occurrence of a subtask and its solution;
``team.weekly_limit`` is the number of distinct plan items a week above which the plan
checks warn of overload. Both are tracking data: never part of the signed content.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "occurrence_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subtask_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("solution", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["subtask_id"], ["subtask.id"],
            name=op.f("fk_occurrence_note_subtask_id_subtask"),
            ondelete="CASCADE", initially="IMMEDIATE", deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occurrence_note")),
        sa.UniqueConstraint("subtask_id", "start", name=op.f("uq_occurrence_note_subtask_id")),
    )
    with op.batch_alter_table("occurrence_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_occurrence_note_subtask_id"), ["subtask_id"], unique=False
        )
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weekly_limit", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_column("weekly_limit")
    with op.batch_alter_table("occurrence_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_occurrence_note_subtask_id"))
    op.drop_table("occurrence_note")
