"""The evidence journal: dated entries, never rewritten; an edit is a new entry that supersedes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from hospital_mediation.crypto.field_cipher import FieldCipher
from hospital_mediation.domain import codec
from hospital_mediation.domain.model import JournalEntry, NewJournalEntry
from hospital_mediation.errors import NotFoundError
from hospital_mediation.store import rows
from hospital_mediation.store.schema import CaseRow, JournalEntryRow

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault


def journal_row(cipher: FieldCipher, case_id: uuid.UUID, entry: NewJournalEntry, recorded_at: datetime,
                audit_seq: int) -> dict[str, Any]:
    """The sealed row of a new entry; the recorded time comes from the store, not the user."""
    entry_id = uuid.uuid4()
    payload = codec.encode(entry) | {"recorded_at": recorded_at.isoformat(), "audit_seq": audit_seq}
    return {
        "id": entry_id,
        "case_id": case_id,
        "row_version": 1,
        "payload": cipher.seal_json(payload, "journal_entries", "payload", entry_id, 1),
    }


class JournalRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, case_id: uuid.UUID, entry: NewJournalEntry) -> JournalEntry:
        """Record an entry now; it is sealed in the audit chain in the same transaction."""
        cipher = self._vault.keys.case_cipher(case_id)
        codec.decode(NewJournalEntry, codec.encode(entry), "journal entry")
        with self._vault.transaction() as tx:
            if tx.session.get(CaseRow, case_id) is None:
                raise NotFoundError(f"There is no case {case_id}.")
            row = journal_row(cipher, case_id, entry, tx.now, tx.next_seq)
            tx.session.execute(insert(JournalEntryRow), [row])
            tx.audit("journal.entry_added", case_id, [rows.ref("journal_entries", row)],
                     {"event_on": entry.event_on.isoformat() if entry.event_on else None,
                      "supersedes": str(entry.supersedes) if entry.supersedes else None})
        return self._open(cipher, row["id"], case_id, 1, row["payload"])

    def list(self, case_id: uuid.UUID) -> list[JournalEntry]:
        """Every entry of the case (superseded ones too), oldest recorded first."""
        cipher = self._vault.keys.case_cipher(case_id)
        with self._vault.reading() as session:
            found = session.execute(
                select(JournalEntryRow.id, JournalEntryRow.row_version, JournalEntryRow.payload)
                .where(JournalEntryRow.case_id == case_id)).all()
        entries = [self._open(cipher, entry_id, case_id, version, payload) for entry_id, version, payload in found]
        return sorted(entries, key=lambda e: (e.recorded_at, e.audit_seq or 0, e.event_on or date.min))

    @staticmethod
    def _open(cipher: FieldCipher, entry_id: uuid.UUID, case_id: uuid.UUID, version: int,
              payload: bytes) -> JournalEntry:
        data = cipher.open_json(payload, "journal_entries", "payload", entry_id, version)
        return rows.decode_stored(JournalEntry, data | {"id": str(entry_id), "case_id": str(case_id)}, "journal entry")
