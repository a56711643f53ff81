"""Opening the case keys of the member who unlocked: lazily, one by one or all at once.

Unlocking does not unwrap 10 000 keys up front: the case list unwraps each key together with its
summary in one query, and any other access unwraps its key on first use. A key shared with the
member by HPKE must carry a member's signature (anyone can encrypt to a public key); it is
re-wrapped under the member's local key the first time it is opened, in an audited change, so
later unlocks never pay for X25519 again.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select, update

from hospital_mediation.crypto import key_wrap
from hospital_mediation.crypto.field_cipher import FieldCipher
from hospital_mediation.errors import DecryptionError, HospitalMediationError
from hospital_mediation.progress import Progress
from hospital_mediation.store import rows
from hospital_mediation.store.keyring import Keyring
from hospital_mediation.store.schema import CaseKeyWrap

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault

_WRAP_COLUMNS = (CaseKeyWrap.method, CaseKeyWrap.wrapped, CaseKeyWrap.sharer_id, CaseKeyWrap.signature)


class CaseKeys:
    def __init__(self, vault: Vault, keys: Keyring) -> None:
        self._vault = vault
        self._keys = keys
        self._rewraps: list[tuple[uuid.UUID, bytes]] = []
        # wrap_context() of every case of this member, minus the case id: built once, not 10 000 times.
        self._context_head = key_wrap.wrap_context(keys.vault_id, "case", uuid.UUID(int=0), keys.member_id)[:-32]
        self._context_tail = keys.member_id.bytes
        keys.set_loader(self.load_one)

    def open(self, case_id: uuid.UUID, method: str, wrapped: bytes, sharer_id: uuid.UUID | None = None,
             signature: bytes | None = None) -> FieldCipher:
        """Unwrap one stored wrap and keep the key; raises DecryptionError when it is not genuine."""
        keys = self._keys
        context = self._context_head + case_id.bytes + self._context_tail
        if method == "local":
            key = key_wrap.unwrap_with_local_key(wrapped, keys.local, context)
        elif method == "hpke":
            sharer = keys.member_keys.get(sharer_id) if sharer_id is not None else None
            try:
                if sharer is None or signature is None:
                    raise InvalidSignature
                sharer.verify(signature, key_wrap.share_statement(context, wrapped))
            except InvalidSignature:
                raise DecryptionError(
                    f"The key of case {case_id} was not shared by a member of this vault: it was refused.") from None
            key = key_wrap.unwrap_with_private_key(wrapped, keys.secrets.encryption_key, context)
            self._rewraps.append((case_id, key_wrap.wrap_with_local_key(key, keys.local, context)))
        else:
            raise DecryptionError(f"The key of case {case_id} is wrapped in an unknown way.")
        return keys.add_case_key(case_id, key)

    def load_one(self, case_id: uuid.UUID) -> bytes | None:
        """The keyring's loader: the key of one case, or None if this member holds no wrap for it."""
        with self._vault.reading() as session:
            found = session.execute(
                select(*_WRAP_COLUMNS)
                .where(CaseKeyWrap.case_id == case_id, CaseKeyWrap.member_id == self._keys.member_id)).first()
        if found is None:
            return None
        self.open(case_id, *found)
        self.save_rewraps()
        return self._keys.case_key(case_id)

    def load_all(self, progress: Progress | None = None) -> dict[uuid.UUID, str]:
        """Open every key this member holds; returns the damaged ones with the reason."""
        with self._vault.reading() as session:
            wraps = session.execute(
                select(CaseKeyWrap.case_id, *_WRAP_COLUMNS)
                .where(CaseKeyWrap.member_id == self._keys.member_id)).all()
        damaged: dict[uuid.UUID, str] = {}
        for done, (case_id, method, wrapped, sharer_id, signature) in enumerate(wraps, 1):
            if not self._keys.has_loaded(case_id):
                try:
                    self.open(case_id, method, wrapped, sharer_id, signature)
                except HospitalMediationError as exc:
                    damaged[case_id] = str(exc)
            if progress is not None and (done % 500 == 0 or done == len(wraps)):
                progress(done, len(wraps))
        self.save_rewraps()
        return damaged

    def save_rewraps(self) -> None:
        """Store the local re-wraps of keys that came by HPKE, one audited change (skipped read-only)."""
        if not self._rewraps or self._vault.read_only:
            self._rewraps.clear()
            return
        pending, self._rewraps = self._rewraps, []
        member_id = self._keys.member_id
        with self._vault.transaction() as tx:
            for case_id, wrapped in pending:
                tx.session.execute(update(CaseKeyWrap)
                                   .where(CaseKeyWrap.case_id == case_id, CaseKeyWrap.member_id == member_id)
                                   .values(method="local", wrapped=wrapped, sharer_id=None, signature=None))
                row = {"case_id": case_id, "member_id": member_id, "method": "local", "wrapped": wrapped,
                       "sharer_id": None, "signature": None}
                tx.audit("case.key_rewrapped", case_id, [rows.ref("case_key_wraps", row)])
