"""Retention: which closed cases are due for deletion, and deletion by crypto-shredding.

Deleting a case removes every wrap of its key (so this vault, and any copy made from now on, can
no longer open its rows; a backup made before still can, until it is destroyed too), deletes its
rows (``secure_delete`` overwrites their pages; PostgreSQL keeps dead rows until it vacuums), compacts the file,
and keeps an anonymous :class:`~hospital_mediation.domain.retention.Tombstone` sealed under the
vault key. The audit log records the deletion; the earlier entries of the case stay in the
chain, unreadable.
"""

from __future__ import annotations

import contextlib
import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select

from hospital_mediation import audit
from hospital_mediation.domain import codec
from hospital_mediation.domain.model import CaseSummary
from hospital_mediation.domain.retention import Tombstone
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import NotFoundError
from hospital_mediation.store import rows
from hospital_mediation.store.schema import (
    AttachmentRow,
    CaseKeyWrap,
    CaseRecordRow,
    CaseRow,
    JournalEntryRow,
    TombstoneRow,
)

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault


class RetentionRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def due(self, today: date | None = None) -> list[tuple[CaseSummary, date]]:
        """Closed cases whose retention period has ended, with the date it ended."""
        today = today or date.today()
        policy = self._vault.settings.get()[0].retention_policy()
        result = []
        for summary in self._vault.cases.list_summaries():
            due_on = policy.deletion_due_on(summary.outcome, summary.closed_on)
            if due_on is not None and policy.due_for_deletion(summary, today):
                result.append((summary, due_on))
        return sorted(result, key=lambda item: item[1])

    def delete_case(self, case_id: uuid.UUID, reason: str = "retention", today: date | None = None) -> Tombstone:
        """Crypto-shred one case and keep its tombstone; audited. ``reason`` is a short code."""
        case = self._vault.cases.get(case_id)
        tombstone = Tombstone(
            month=case.opened_on.strftime("%Y-%m"),
            category=case.report.category,
            onvs_level=case.report.onvs_level,
            unit=case.report.unit,
            outcome=case.workflow.outcome,
            deleted_on=today or date.today(),
            filed=case.workflow.status is not Status.DRAFT,
        )
        tombstone_id = uuid.uuid4()
        payload = self._vault.keys.vault_cipher.seal_json(codec.encode(tombstone), "tombstones", "payload",
                                                          tombstone_id, 1)
        with self._vault.transaction() as tx:
            session = tx.session
            current = session.execute(select(CaseRow.__table__).where(CaseRow.id == case_id)).mappings().first()
            if current is None:
                raise NotFoundError(f"There is no case {case_id}.")
            rows.check_unchanged(tx, "cases", current)
            gone: list[audit.RowRef] = [rows.deleted("cases", case_id)]
            for member_id in session.scalars(select(CaseKeyWrap.member_id).where(CaseKeyWrap.case_id == case_id)):
                gone.append(rows.deleted("case_key_wraps", f"{case_id}:{member_id}"))
            for model, table in ((JournalEntryRow, "journal_entries"), (CaseRecordRow, "case_records"),
                                 (AttachmentRow, "attachments")):
                for row_id in session.scalars(select(model.id).where(model.case_id == case_id)):
                    gone.append(rows.deleted(table, row_id))
            tombstone_row = {"id": tombstone_id, "row_version": 1, "payload": payload}
            session.execute(insert(TombstoneRow), [tombstone_row])
            # Key wraps, journal, records, attachments and segments go with the case (ON DELETE CASCADE).
            session.execute(delete(CaseRow).where(CaseRow.id == case_id))
            tx.audit("case.deleted", case_id, [*gone, rows.ref("tombstones", tombstone_row)],
                     {"reason": reason[:40], "tombstone": str(tombstone_id)}, vault_sealed=True)
        self._vault.keys.forget_case(case_id)
        self._compact()
        return tombstone

    def _compact(self) -> None:
        """Give the freed pages back and empty the WAL (best effort: another reader may hold it)."""
        if self._vault.location.path is None:
            return
        with contextlib.suppress(Exception), self._vault.database.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            if raw is not None:
                raw.execute("VACUUM")
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def tombstones(self) -> list[Tombstone]:
        cipher = self._vault.keys.vault_cipher
        with self._vault.reading() as session:
            found = session.execute(select(TombstoneRow.id, TombstoneRow.row_version, TombstoneRow.payload)).all()
        return [rows.decode_stored(Tombstone, cipher.open_json(payload, "tombstones", "payload", row_id, version),
                             "tombstone") for row_id, version, payload in found]
