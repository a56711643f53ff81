"""Vault settings, report drafts, tombstones of deleted cases, and signed shared key wraps.

Revision ID: 0002_settings_drafts_tombstones
Revises: 0001_initial
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_settings_drafts_tombstones"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("settings", "tombstones"):
        op.create_table(
            table,
            sa.Column("id", sa.Uuid(), nullable=False),
            sa.Column("row_version", sa.Integer(), nullable=False),
            sa.Column("payload", sa.LargeBinary(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
    op.create_table(
        "drafts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_drafts_member_id_members"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    op.create_index(op.f("ix_drafts_member_id"), "drafts", ["member_id"])
    with op.batch_alter_table("case_key_wraps") as batch:
        batch.add_column(sa.Column("sharer_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("signature", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_key_wraps") as batch:
        batch.drop_column("signature")
        batch.drop_column("sharer_id")
    for table in ("drafts", "tombstones", "settings"):
        op.drop_table(table)
