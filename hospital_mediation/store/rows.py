"""The columns of each audited table that the audit log digests (sealed ones, and the clear ones
that matter: public keys, foreign keys, counts), and the row references it records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hospital_mediation import audit

AUDITED_COLUMNS: dict[str, tuple[str, ...]] = {
    "members": ("x25519_public", "ed25519_public", "sealed_secrets", "vault_key_wrap", "profile"),
    "key_slots": ("kind", "blob"),
    "cases": ("summary", "report", "workflow"),
    "journal_entries": ("case_id", "payload"),
    "case_records": ("case_id", "payload"),
    "attachments": ("case_id", "meta", "file_key_wrap", "segments"),
    "settings": ("payload",),
    "tombstones": ("payload",),
}


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    return str(value).encode()


def digest(table: str, values: Mapping[str, Any] | Any) -> str:
    get = values.get if isinstance(values, Mapping) else lambda name: getattr(values, name)
    return audit.row_digest(*(_as_bytes(get(column)) for column in AUDITED_COLUMNS[table]))


def ref(table: str, values: Mapping[str, Any] | Any) -> audit.RowRef:
    """The audit row reference of a row (an ORM object or a mapping of column values)."""
    get = values.get if isinstance(values, Mapping) else lambda name: getattr(values, name)
    return (table, str(get("id")), int(get("row_version") or 0), digest(table, values))


def deleted(table: str, row_id: Any) -> audit.RowRef:
    return (table, str(row_id), 0, "")
