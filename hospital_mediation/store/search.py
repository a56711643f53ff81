"""The text of every decrypted field of every case, for searching in memory after unlock.

Nothing is indexed on disk (a search index would leak what it indexes): the GUI builds this
in the background after unlock and drops it when the vault locks.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from hospital_mediation.domain.model import Report
from hospital_mediation.errors import HospitalMediationError
from hospital_mediation.progress import Progress
from hospital_mediation.store import rows
from hospital_mediation.store.attachments import AttachmentRepository
from hospital_mediation.store.journal import JournalRepository
from hospital_mediation.store.records import CaseRecordRepository
from hospital_mediation.store.schema import AttachmentRow, CaseRecordRow, CaseRow, JournalEntryRow

if TYPE_CHECKING:
    from hospital_mediation.crypto.field_cipher import FieldCipher
    from hospital_mediation.store.vault import Vault

_BURST_S, _PAUSE_S = 0.010, 0.003  # work 10 ms, then sleep 3 ms: time for the window to paint (rows.Pauses)
_BATCH = 256  # cases read together


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value:
            yield value
    elif isinstance(value, Enum):
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def case_texts(vault: Vault, case_ids: list[uuid.UUID], progress: Progress | None = None) -> dict[uuid.UUID, str]:
    """Report, journal, records and attachment names of each case, as one text per case.

    Read a few hundred cases at a time, one query per table (not four per case). A case that cannot
    be read is skipped (the case list already names it as damaged).
    """
    result: dict[uuid.UUID, str] = {}
    pause = rows.Pauses(_BURST_S, _PAUSE_S)
    for first in range(0, len(case_ids), _BATCH):
        batch = case_ids[first:first + _BATCH]
        for case_id, text in _batch_texts(vault, batch, pause).items():
            result[case_id] = text
        if progress is not None:
            progress(min(first + _BATCH, len(case_ids)), len(case_ids))
    return result


def _batch_texts(vault: Vault, case_ids: list[uuid.UUID], pause: rows.Pauses) -> dict[uuid.UUID, str]:
    with vault.reading() as session:
        reports = session.execute(select(CaseRow.id, CaseRow.row_version, CaseRow.report)
                                  .where(CaseRow.id.in_(case_ids))).all()
        entries = session.execute(select(JournalEntryRow.id, JournalEntryRow.case_id, JournalEntryRow.row_version,
                                         JournalEntryRow.payload).where(JournalEntryRow.case_id.in_(case_ids))).all()
        records = session.execute(select(CaseRecordRow.id, CaseRecordRow.case_id, CaseRecordRow.row_version,
                                         CaseRecordRow.payload).where(CaseRecordRow.case_id.in_(case_ids))).all()
        files = session.execute(select(AttachmentRow.id, AttachmentRow.case_id, AttachmentRow.row_version,
                                       AttachmentRow.meta).where(AttachmentRow.case_id.in_(case_ids))).all()
    keys = vault.keys
    parts: dict[uuid.UUID, list[str]] = {}
    unreadable: set[uuid.UUID] = set()
    sealed_items: list[tuple[str, uuid.UUID, Any]] = [
        *(("report", row.id, row) for row in reports), *(("entry", row.case_id, row) for row in entries),
        *(("record", row.case_id, row) for row in records), *(("file", row.case_id, row) for row in files)]
    for kind, case_id, row in sealed_items:
        pause()
        if case_id in unreadable:
            continue
        try:
            parts.setdefault(case_id, []).extend(_item_texts(kind, row, keys.case_cipher(case_id)))
        except HospitalMediationError:
            unreadable.add(case_id)
    return {case_id: " ".join(texts) for case_id, texts in parts.items() if case_id not in unreadable}


def _item_texts(kind: str, row: Any, cipher: FieldCipher) -> Iterable[str]:
    """The words of one sealed row: a case's report, a journal entry, a record or a file's name."""
    if kind == "report":
        case_id, version, sealed = row
        return _texts(rows.decode_stored(Report, cipher.open_json(sealed, "cases", "report", case_id, version),
                                         "report"))
    if kind == "entry":
        entry_id, case_id, version, payload = row
        return [JournalRepository._open(cipher, entry_id, case_id, version, payload).text]
    if kind == "record":
        record = CaseRecordRepository._open(cipher, *row)
        return [f"{record.title} {record.text}"]
    info = AttachmentRepository._open_meta(cipher, row)
    return [f"{info.filename} {info.description}"]
