"""sign-offs are append-only: refuse DELETE, and UPDATE of anything but ``released``

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FIXED = ("id", "plan_uuid", "revision", "role", "signer", "meaning", "signed_at", "comment",
         "content_hash", "snapshot", "prev_hash", "record_hash", "signature", "external")
_CHANGED = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FIXED)
SQLITE = [
    f"""CREATE TRIGGER signature_no_update BEFORE UPDATE ON signature
       WHEN {_CHANGED} OR (OLD.released AND NOT NEW.released)
       BEGIN SELECT RAISE(ABORT, 'signature is append-only'); END""",
    """CREATE TRIGGER signature_no_delete BEFORE DELETE ON signature
       BEGIN SELECT RAISE(ABORT, 'signature is append-only'); END""",
]
_PG_CHANGED = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in FIXED)
POSTGRES = [
    f"""CREATE OR REPLACE FUNCTION plandesk_signature_guard() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'DELETE' OR {_PG_CHANGED} OR (OLD.released AND NOT NEW.released) THEN
           RAISE EXCEPTION 'signature is append-only';
         END IF;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER signature_append_only BEFORE UPDATE OR DELETE ON signature
       FOR EACH ROW EXECUTE FUNCTION plandesk_signature_guard()""",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE if dialect == "sqlite" else POSTGRES if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS signature_no_update")
        op.execute("DROP TRIGGER IF EXISTS signature_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS signature_append_only ON signature")
        op.execute("DROP FUNCTION IF EXISTS plandesk_signature_guard()")
