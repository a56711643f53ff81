"""Orientations, measures, notes and exchanges kept with a case, one sealed row each."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from hospital_mediation.crypto.field_cipher import FieldCipher
from hospital_mediation.domain import codec
from hospital_mediation.domain.model import CaseRecord
from hospital_mediation.domain.taxonomy import RecordKind
from hospital_mediation.errors import ConcurrentEditError, NotFoundError
from hospital_mediation.store import rows
from hospital_mediation.store.schema import CaseRecordRow, CaseRow

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault

_STORED = ("kind", "recorded_at", "on", "title", "text")


def _seal(cipher: FieldCipher, record: CaseRecord) -> dict[str, Any]:
    encoded = codec.encode(record)
    payload = {name: encoded[name] for name in _STORED}
    return {
        "id": record.id,
        "case_id": record.case_id,
        "row_version": record.version,
        "payload": cipher.seal_json(payload, "case_records", "payload", record.id, record.version),
    }


class CaseRecordRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, case_id: uuid.UUID, kind: RecordKind, title: str = "", text: str = "",
            on: date | None = None) -> CaseRecord:
        cipher = self._vault.keys.case_cipher(case_id)
        with self._vault.transaction() as tx:
            if tx.session.get(CaseRow, case_id) is None:
                raise NotFoundError(f"There is no case {case_id}.")
            record = CaseRecord(uuid.uuid4(), case_id, kind, tx.now, on, title, text, 1)
            row = _seal(cipher, record)
            tx.session.execute(insert(CaseRecordRow), [row])
            tx.audit(f"record.{kind.value}_added", case_id, [rows.ref("case_records", row)],
                     {"kind": kind.value, "title": title})
        return record

    def save(self, record: CaseRecord) -> CaseRecord:
        """Write over the version read; :class:`ConcurrentEditError` if someone saved first."""
        cipher = self._vault.keys.case_cipher(record.case_id)
        updated = replace(record, version=record.version + 1)
        row = _seal(cipher, updated)
        with self._vault.transaction() as tx:
            current = tx.session.execute(
                select(CaseRecordRow.__table__).where(CaseRecordRow.id == record.id)).mappings().first()
            if current is not None and current["row_version"] == record.version:
                rows.check_unchanged(tx, "case_records", current)
            result = tx.session.execute(
                update(CaseRecordRow)
                .where(CaseRecordRow.id == record.id, CaseRecordRow.row_version == record.version)
                .values(row_version=updated.version, payload=row["payload"]))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise ConcurrentEditError(record.kind.value, record.id)
            tx.audit(f"record.{record.kind.value}_updated", record.case_id, [rows.ref("case_records", row)],
                     {"kind": record.kind.value})
        return updated

    def list(self, case_id: uuid.UUID) -> list[CaseRecord]:
        cipher = self._vault.keys.case_cipher(case_id)
        with self._vault.reading() as session:
            found = session.execute(
                select(CaseRecordRow.id, CaseRecordRow.row_version, CaseRecordRow.payload)
                .where(CaseRecordRow.case_id == case_id)).all()
        result = [self._open(cipher, record_id, case_id, version, payload) for record_id, version, payload in found]
        return sorted(result, key=lambda r: r.recorded_at)

    @staticmethod
    def _open(cipher: FieldCipher, record_id: uuid.UUID, case_id: uuid.UUID, version: int,
              payload: bytes) -> CaseRecord:
        data = cipher.open_json(payload, "case_records", "payload", record_id, version)
        data |= {"id": str(record_id), "case_id": str(case_id), "version": version}
        return rows.decode_stored(CaseRecord, data, "case record")
