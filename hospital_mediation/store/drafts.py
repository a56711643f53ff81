"""Unfiled reports ("save and continue later"): sealed under the member's own local key.

A draft is private scratch data of one member, rewritten every few seconds while they type:
it is not part of the audit log (filing the report is). Only the member who wrote it can
read it; the report wizard deletes it once the report is filed, and deleting the member removes it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update

from hospital_mediation.errors import ConcurrentEditError, NotFoundError, ValidationError
from hospital_mediation.store.schema import DraftRow

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault

MAX_DRAFT_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Draft:
    id: uuid.UUID
    version: int
    saved_at: datetime
    content: dict[str, Any]


class DraftRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, content: dict[str, Any], draft_id: uuid.UUID | None = None, version: int = 0) -> Draft:
        """Create (no id) or overwrite the version read; returns the saved draft."""
        keys = self._vault.keys
        saved_at = datetime.now(UTC)
        data = json.dumps({"saved_at": saved_at.isoformat(), "content": content}, ensure_ascii=False).encode()
        if len(data) > MAX_DRAFT_BYTES:
            raise ValidationError("draft", f"larger than {MAX_DRAFT_BYTES // 1024**2} MiB")
        draft_id = draft_id or uuid.uuid4()
        payload = keys.local_cipher.seal(data, "drafts", "payload", draft_id, version + 1)
        with self._vault.raw_write() as session:
            if version == 0:
                session.execute(insert(DraftRow), [{"id": draft_id, "member_id": keys.member_id,
                                                    "row_version": 1, "payload": payload}])
            else:
                result = session.execute(
                    update(DraftRow).where(DraftRow.id == draft_id, DraftRow.member_id == keys.member_id,
                                           DraftRow.row_version == version)
                    .values(row_version=version + 1, payload=payload))
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    raise ConcurrentEditError("draft", draft_id)
        return Draft(draft_id, version + 1, saved_at, content)

    def list(self) -> list[Draft]:
        """This member's drafts, most recently saved first."""
        keys = self._vault.keys
        with self._vault.reading() as session:
            found = session.execute(select(DraftRow.id, DraftRow.row_version, DraftRow.payload)
                                    .where(DraftRow.member_id == keys.member_id)).all()
        drafts = []
        for draft_id, version, payload in found:
            data = json.loads(keys.local_cipher.open(payload, "drafts", "payload", draft_id, version))
            drafts.append(Draft(draft_id, version, datetime.fromisoformat(data["saved_at"]), data["content"]))
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)

    def get(self, draft_id: uuid.UUID) -> Draft:
        for draft in self.list():
            if draft.id == draft_id:
                return draft
        raise NotFoundError(f"There is no draft {draft_id}.")

    def delete(self, draft_id: uuid.UUID) -> None:
        """Remove a draft (the vault's secure_delete overwrites its pages)."""
        with self._vault.raw_write() as session:
            session.execute(delete(DraftRow).where(DraftRow.id == draft_id,
                                                   DraftRow.member_id == self._vault.keys.member_id))
