"""KPI actuals say whether they are generated demo data (``kpi_actual.demo``)

Actuals that "Fill demo actuals" recorded before this flag existed carry the source ``demo``:
they are flagged, so that no generated figure passes as measured.

Revision ID: 0005
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kpi_actual", schema=None) as batch_op:
        batch_op.add_column(sa.Column("demo", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.execute(sa.text("UPDATE kpi_actual SET demo = :yes WHERE source = 'demo'")
               .bindparams(yes=True))


def downgrade() -> None:
    with op.batch_alter_table("kpi_actual", schema=None) as batch_op:
        batch_op.drop_column("demo")
