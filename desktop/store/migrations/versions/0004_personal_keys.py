"""personal keys: no secrets in the workspace, a trust root, certificates on people and signatures

People lose their password hash and sealed private key (they become "legacy, not anchored"
until re-enrolled with a personal key); a ``trust_root`` table holds the root certificate;
``person.certificates`` and ``signature.certificates``/``origin``/``evidence`` are added, and
the signature guard triggers cover the new columns. On SQLite, ``secure_delete`` zeroes the
dropped secrets' pages.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SECRETS = ("password_hash", "private_key_encrypted", "failed_attempts", "locked_until")
FIXED = ("id", "plan_uuid", "revision", "role", "signer", "meaning", "signed_at", "comment",
         "content_hash", "snapshot", "prev_hash", "record_hash", "signature", "external",
         "certificates", "origin", "evidence")
_CHANGED = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FIXED)
_PG_CHANGED = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in FIXED)
SQLITE_GUARD = [
    "DROP TRIGGER IF EXISTS signature_no_update",
    f"""CREATE TRIGGER signature_no_update BEFORE UPDATE ON signature
       WHEN {_CHANGED} OR (OLD.released AND NOT NEW.released)
       BEGIN SELECT RAISE(ABORT, 'signature is append-only'); END""",
]
POSTGRES_GUARD = [
    f"""CREATE OR REPLACE FUNCTION plandesk_signature_guard() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'DELETE' OR {_PG_CHANGED} OR (OLD.released AND NOT NEW.released) THEN
           RAISE EXCEPTION 'signature is append-only';
         END IF;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "trust_root",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trust_root")),
    )
    op.add_column("person", sa.Column("certificates", sa.Text(), nullable=False,
                                      server_default=""))
    op.add_column("person", sa.Column("removed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.add_column("signature", sa.Column("certificates", sa.Text(), nullable=False,
                                         server_default=""))
    op.add_column("signature", sa.Column("origin", sa.String(length=16), nullable=False,
                                         server_default="app"))
    op.add_column("signature", sa.Column("evidence", sa.LargeBinary(), nullable=True))
    if dialect == "sqlite":
        op.execute("PRAGMA secure_delete = ON")
        for column in SECRETS:
            op.execute(f"ALTER TABLE person DROP COLUMN {column}")
        for statement in SQLITE_GUARD:
            op.execute(statement)
    else:
        op.execute("UPDATE person SET password_hash = '', private_key_encrypted = ''")
        for column in SECRETS:
            op.drop_column("person", column)
        if dialect == "postgresql":
            for statement in POSTGRES_GUARD:
                op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("personal keys cannot be undone: the secrets are gone")
