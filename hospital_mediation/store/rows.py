"""The columns of each audited table that the audit log digests (sealed ones, and the clear ones
that matter: public keys, foreign keys, counts), and the row references it records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from hospital_mediation import audit
from hospital_mediation.domain import codec
from hospital_mediation.errors import ValidationError, VaultCorruptError

T = TypeVar("T")

AUDITED_COLUMNS: dict[str, tuple[str, ...]] = {
    "members": ("x25519_public", "ed25519_public", "sealed_secrets", "vault_key_wrap", "profile"),
    "key_slots": ("kind", "blob"),
    "cases": ("summary", "report", "workflow"),
    "journal_entries": ("case_id", "payload"),
    "case_records": ("case_id", "payload"),
    "attachments": ("case_id", "meta", "file_key_wrap", "segments"),
    "settings": ("payload",),
    "tombstones": ("payload",),
    "case_key_wraps": ("method", "wrapped", "sharer_id", "signature"),
    "counters": ("value",),
}


def identity(table: str, get: Any) -> tuple[str, int]:
    """The (id, version) under which the audit log knows a row of ``table``."""
    if table == "case_key_wraps":
        return f"{get('case_id')}:{get('member_id')}", 1
    if table == "counters":
        return str(get("name")), int(get("value"))
    return str(get("id")), int(get("row_version") or 0)


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    return b"" if value is None else str(value).encode()


def digest(table: str, values: Mapping[str, Any] | Any) -> str:
    get = values.get if isinstance(values, Mapping) else lambda name: getattr(values, name)
    return audit.row_digest(*(_as_bytes(get(column)) for column in AUDITED_COLUMNS[table]))


def ref(table: str, values: Mapping[str, Any] | Any) -> audit.RowRef:
    """The audit row reference of a row (an ORM object or a mapping of column values)."""
    get = values.get if isinstance(values, Mapping) else lambda name: getattr(values, name)
    row_id, version = identity(table, get)
    return (table, row_id, version, digest(table, values))


def deleted(table: str, row_id: Any) -> audit.RowRef:
    return (table, str(row_id), 0, "")


def decode_stored(cls: type[T], data: Any, what: str) -> T:
    """Decode a value read (and authenticated) from the vault; a value that does not fit the model
    is damage or a newer format, never the user's mistake."""
    try:
        return codec.decode(cls, data, what)
    except ValidationError as exc:
        raise VaultCorruptError(f"A stored {what} cannot be read ({exc}); the vault may be damaged or "
                                "written by a newer version.") from None
