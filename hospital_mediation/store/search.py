"""The text of every decrypted field of every case, for searching in memory after unlock.

Nothing is indexed on disk (a search index would leak what it indexes): the GUI builds this
in the background after unlock and drops it when the vault locks.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any

from hospital_mediation.errors import HospitalMediationError
from hospital_mediation.progress import Progress

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault


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

    A case that cannot be read is skipped (the case list already names it as damaged).
    """
    result: dict[uuid.UUID, str] = {}
    for done, case_id in enumerate(case_ids, 1):
        try:
            case = vault.cases.get(case_id)
            parts = list(_texts(case.report))
            parts += [entry.text for entry in vault.journal.list(case_id)]
            parts += [f"{record.title} {record.text}" for record in vault.records.list(case_id)]
            parts += [f"{a.filename} {a.description}" for a in vault.attachments.list(case_id)]
        except HospitalMediationError:
            continue
        result[case_id] = " ".join(parts)
        if progress is not None and (done % 200 == 0 or done == len(case_ids)):
            progress(done, len(case_ids))
    return result
