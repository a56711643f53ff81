"""The columns of each audited table that the audit log digests (sealed ones, and the clear ones
that matter: public keys, foreign keys, counts), and the row references it records."""

from __future__ import annotations

import contextlib
import gc
import json
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from hospital_mediation import audit
from hospital_mediation.domain import codec
from hospital_mediation.errors import AuditIntegrityError, ValidationError, VaultCorruptError

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


_new_uuid = object.__new__
_set_field = object.__setattr__


def as_uuid(value: str | uuid.UUID) -> uuid.UUID:
    """An id read without type processing: SQLite stores 32 hex digits, PostgreSQL gives a UUID.

    Builds the UUID as ``uuid.UUID.__init__`` ends up doing, without its parsing of every
    accepted spelling (five times faster, and this runs for every case at unlock).
    """
    if isinstance(value, uuid.UUID):
        return value
    if len(value) != 32:
        return uuid.UUID(hex=value)
    result = _new_uuid(uuid.UUID)
    _set_field(result, "int", int(value, 16))
    _set_field(result, "is_safe", uuid.SafeUUID.unknown)
    return result


@contextlib.contextmanager
def no_garbage_collection() -> Iterator[None]:
    """Pause the cycle collector while a loop builds thousands of acyclic objects (decrypting every
    case at unlock): it would otherwise rescan the growing heap several times, holding the
    interpreter lock (and so a GUI thread) for 100 ms and more. What survives is then frozen, left
    out of later collections: plain values, freed by reference counting, not cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class Pauses:
    """Call it in a long loop of a worker thread: every ``burst`` seconds it sleeps ``pause`` seconds.
    A thread that never sleeps starves the window's thread of the interpreter lock (CPython hands it
    over badly to a thread that needs it for many short calls, as painting a table does), and the
    window freezes for as long as the loop runs."""

    def __init__(self, burst: float = 0.025, pause: float = 0.001) -> None:
        self.burst, self.pause = burst, pause
        self.started = time.perf_counter()
        self.worker = threading.current_thread() is not threading.main_thread()  # the main thread has no one to wait

    def __call__(self) -> None:
        if self.worker and time.perf_counter() - self.started > self.burst:
            time.sleep(self.pause)
            self.started = time.perf_counter()


def latest_ref(tx: Any, table: str, row_id: str) -> tuple[int, str, int] | None:
    """(version, digest, seq) of the last audit entry that recorded this row, or None; entries of
    the open transaction ``tx`` (not yet written) count first."""
    from sqlalchemy import select

    from hospital_mediation.store.schema import AuditEntryRow

    for pending in reversed(tx.pending_entries):
        for ref_table, ref_id, version, digest_text in audit.decode_rows(pending["rows"]):
            if (ref_table, ref_id) == (table, row_id):
                return version, digest_text, pending["seq"]
    session = tx.session
    prefix = json.dumps([table, row_id], separators=(",", ":"))[:-1] + ","  # '["cases","<id>",' as the entries write it
    found = session.execute(
        select(AuditEntryRow.seq, AuditEntryRow.rows).where(AuditEntryRow.rows.contains(prefix, autoescape=True))
        .order_by(AuditEntryRow.seq.desc()).limit(1)).first()
    if found is None:
        return None
    for ref_table, ref_id, version, digest_text in audit.decode_rows(found.rows):
        if (ref_table, ref_id) == (table, row_id):
            return version, digest_text, found.seq
    return None


def check_unchanged(tx: Any, table: str, values: Mapping[str, Any] | Any) -> None:
    """Before a write replaces a row: the row must be what the audit log last recorded of it.

    Otherwise someone changed or rolled it back outside the application, and writing over it would
    hide that: :class:`AuditIntegrityError`, and nothing is written.
    """
    get = values.get if isinstance(values, Mapping) else lambda name: getattr(values, name)
    row_id, version = identity(table, get)
    recorded = latest_ref(tx, table, row_id)
    if recorded is None or recorded[0] != version or recorded[1] != digest(table, values):
        where = f"audit entry {recorded[2]}" if recorded else "the audit log"
        raise AuditIntegrityError(
            f"Row {row_id} of {table} is not what {where} recorded: it was changed outside the application. "
            "Nothing was written; run a verification.", recorded[2] if recorded else None)
