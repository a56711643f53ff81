"""Reading and verifying the audit log stored in a vault."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from hospital_mediation import audit
from hospital_mediation.errors import AccessDeniedError, AuditIntegrityError, DecryptionError, VaultCorruptError
from hospital_mediation.progress import Progress
from hospital_mediation.store import rows
from hospital_mediation.store.keyring import Keyring
from hospital_mediation.store.schema import (
    AttachmentRow,
    AuditEntryRow,
    CaseKeyWrap,
    CaseRecordRow,
    CaseRow,
    Counter,
    JournalEntryRow,
    KeySlot,
    Member,
    SettingsRow,
    TombstoneRow,
    VaultHeader,
)

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault


AUDITED_TABLES: dict[str, Any] = {
    "members": Member,
    "key_slots": KeySlot,
    "cases": CaseRow,
    "journal_entries": JournalEntryRow,
    "case_records": CaseRecordRow,
    "attachments": AttachmentRow,
    "settings": SettingsRow,
    "tombstones": TombstoneRow,
    "case_key_wraps": CaseKeyWrap,
    "counters": Counter,
}


@dataclass(frozen=True)
class AuditEntry:
    """An entry as a reader sees it; ``action`` is None when its case key is not ours (or shredded)."""

    seq: int
    actor_id: uuid.UUID
    case_id: uuid.UUID | None
    action: str | None
    at: datetime | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditVerification:
    entries: int
    head_seq: int
    rows_checked: int


class AuditLog:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @staticmethod
    def _open_body(keys: Keyring, case_id: uuid.UUID | None, seq: int, body: bytes) -> bytes | None:
        """The plaintext body, or None when it is sealed under a case key we do not hold (a case
        not shared with us, or deleted). A case event sealed under the vault key is tried too."""
        row_id = uuid.UUID(int=seq)
        if case_id is not None:
            try:
                cipher = keys.case_cipher(case_id)
            except AccessDeniedError:
                pass
            else:
                try:
                    return cipher.open(body, "audit_log", "body", row_id, 1)
                except DecryptionError:
                    pass  # sealed under the vault key (a deletion), or altered: the vault key decides
            try:
                return keys.vault_cipher.open(body, "audit_log", "body", row_id, 1)
            except DecryptionError:
                if keys.has_loaded(case_id):
                    raise
                return None
        return keys.vault_cipher.open(body, "audit_log", "body", row_id, 1)

    @staticmethod
    def _records(session: Session, after_seq: int = 0) -> Generator[audit.AuditRecord]:
        result = session.execute(select(AuditEntryRow).where(AuditEntryRow.seq > after_seq)
                                 .order_by(AuditEntryRow.seq).execution_options(yield_per=500))
        try:
            for (row,) in result:
                yield audit.AuditRecord(row.seq, row.prev_hash, row.actor_id, row.case_id, row.rows, row.body,
                                        row.entry_hash, row.signature)
        finally:
            result.close()  # a server-side cursor on PostgreSQL: close it even when verification stops early

    def entries(self, case_id: uuid.UUID | None = None) -> list[AuditEntry]:
        """Decrypted entries (of one case, or all), oldest first."""
        keys = self._vault.keys
        result = []
        with self._vault.reading() as session:
            query = select(AuditEntryRow).order_by(AuditEntryRow.seq)
            if case_id is not None:
                query = query.where(AuditEntryRow.case_id == case_id)
            for row in session.scalars(query):
                action = at = None
                details: dict[str, Any] = {}
                body = self._open_body(keys, row.case_id, row.seq, row.body)
                if body is not None:
                    data = json.loads(body)
                    action, at, details = data["action"], datetime.fromisoformat(data["at"]), data["details"]
                result.append(AuditEntry(row.seq, row.actor_id, row.case_id, action, at, details))
        return result

    def verify_since(self, session: Session, after_seq: int, after_hash: bytes) -> audit.ChainReport:
        """Chain and signatures of the entries others appended after ``after_seq`` (cheap when none)."""
        with contextlib.closing(self._records(session, after_seq)) as records:
            return audit.verify_chain(records, self._vault.keys.member_keys, after_seq, after_hash)

    def verify(self, progress: Progress | None = None) -> AuditVerification:
        """Chain, signatures, head against the header, and every audited row against its last entry.

        Raises :class:`AuditIntegrityError` naming the first problem found.
        """
        keys = self._vault.keys
        with self._vault.reading() as session:
            public_keys = {
                member_id: Ed25519PublicKey.from_public_bytes(key)
                for member_id, key in session.execute(select(Member.id, Member.ed25519_public))
            }
            header = session.get(VaultHeader, 1)
            if header is None:
                raise VaultCorruptError("The vault header is missing.")
            total = header.audit_seq

            def counted(records: Iterator[audit.AuditRecord]) -> Iterator[audit.AuditRecord]:
                for record in records:
                    if progress is not None and record.seq % 1000 == 0:
                        progress(record.seq, total)
                    try:
                        self._open_body(keys, record.case_id, record.seq, record.body)
                    except DecryptionError:
                        raise AuditIntegrityError(
                            f"The body of audit entry {record.seq} failed authentication.", record.seq) from None
                    yield record

            with contextlib.closing(self._records(session)) as records:
                report = audit.verify_chain(counted(records), public_keys)
            audit.check_head(header.audit_seq, header.audit_hash, report.head_seq, report.head_hash)
            checked = self._check_rows(session, report.latest_rows)
        if progress is not None:
            progress(total, total)
        return AuditVerification(report.entries, report.head_seq, checked)

    @staticmethod
    def _check_rows(session: Session, latest: dict[tuple[str, str], tuple[int, str, int]]) -> int:
        """Every audited row must be exactly what its last audit entry recorded."""
        seen: set[tuple[str, str]] = set()
        for table, model in AUDITED_TABLES.items():
            for values in session.execute(select(model.__table__)).mappings():
                row_id, row_version = rows.identity(table, values.get)
                key = (table, row_id)
                seen.add(key)
                recorded = latest.get(key)
                if recorded is None:
                    raise AuditIntegrityError(
                        f"Row {key[1]} of {table} was added outside the application (no audit entry records it).")
                version, digest, seq = recorded
                if version != row_version or digest != rows.digest(table, values):
                    raise AuditIntegrityError(
                        f"Row {key[1]} of {table} is not what audit entry {seq} recorded: it was changed "
                        "or rolled back outside the application.", seq)
        for key, (_version, digest, seq) in latest.items():
            if digest and key not in seen:
                raise AuditIntegrityError(
                    f"Row {key[1]} of {key[0]} was deleted outside the application (recorded by audit entry {seq}).",
                    seq)
        return len(seen)
