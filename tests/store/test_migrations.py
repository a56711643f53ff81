"""The Alembic migrations build exactly the schema the ORM declares, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import LargeBinary, inspect

from hospital_mediation.store import Vault
from hospital_mediation.store.schema import Base


def test_migrations_match_the_orm(vault: Vault) -> None:
    with vault.database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_no_plaintext_content_columns() -> None:
    """Only ids, versions, keys, counters and audit links are stored in the clear."""
    allowed_clear = {
        "vault_header": {"id", "format_version", "vault_id", "audit_seq"},
        "members": {"id", "row_version"},
        "key_slots": {"id", "member_id", "kind", "row_version"},
        "counters": {"name", "value"},
        "cases": {"id", "row_version"},
        "case_key_wraps": {"case_id", "member_id", "method", "sharer_id"},
        "journal_entries": {"id", "case_id", "row_version"},
        "case_records": {"id", "case_id", "row_version"},
        "attachments": {"id", "case_id", "row_version", "segments"},
        "attachment_segments": {"attachment_id", "seq"},
        "audit_log": {"seq", "actor_id", "case_id", "rows"},
        "settings": {"id", "row_version"},
        "drafts": {"id", "member_id", "row_version"},
        "tombstones": {"id", "row_version"},
    }
    for table in Base.metadata.sorted_tables:
        clear = {c.name for c in table.columns if not isinstance(c.type, LargeBinary)}
        assert clear <= allowed_clear[table.name], (table.name, clear - allowed_clear[table.name])


def test_sqlite_settings(sqlite_vault: Vault) -> None:
    with sqlite_vault.database.engine.connect() as connection:
        pragma = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "secure_delete", "foreign_keys", "synchronous")}
        tables = set(inspect(connection).get_table_names())
    assert pragma == {"journal_mode": "wal", "secure_delete": 1, "foreign_keys": 1, "synchronous": 2}
    assert "alembic_version" in tables
