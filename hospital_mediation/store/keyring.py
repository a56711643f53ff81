"""The keys of an unlocked vault, held in memory only until :meth:`Keyring.clear`."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from uuid import UUID

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hospital_mediation.crypto.field_cipher import FieldCipher
from hospital_mediation.crypto.identity import MemberSecrets
from hospital_mediation.errors import AccessDeniedError


def header_mac_key(vault_key: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, b"HM header mac v1").derive(vault_key)


def header_mac(key: bytes, format_version: int, vault_id: UUID, audit_seq: int, audit_hash: bytes,
               members_digest: bytes) -> bytes:
    message = b"|".join((
        b"HM-HEADER-1",
        str(format_version).encode(),
        vault_id.bytes,
        str(audit_seq).encode(),
        audit_hash,
        members_digest,
    ))
    return hmac.new(key, message, hashlib.sha256).digest()


def members_digest(members: list[tuple[UUID, bytes, bytes]]) -> bytes:
    """Digest of every member's id and public keys, bound into the header MAC."""
    digest = hashlib.sha256(b"HM-MEMBERS-1")
    for member_id, x25519_public, ed25519_public in sorted(members):
        digest.update(member_id.bytes + x25519_public + ed25519_public)
    return digest.digest()


class Keyring:
    """A member's secrets, the vault key and the case keys this member may read."""

    def __init__(self, vault_id: UUID, member_id: UUID, secrets: MemberSecrets, vault_key: bytes) -> None:
        self.vault_id = vault_id
        self.member_id = member_id
        self.secrets = secrets
        self.local = AESGCM(secrets.local_key)
        # The member's private drafts get a key of their own, derived from the local key.
        drafts_key = HKDF(hashes.SHA256(), 32, None, b"HM drafts v1").derive(secrets.local_key)
        self.local_cipher = FieldCipher(drafts_key, vault_id)
        self.vault_cipher = FieldCipher(vault_key, vault_id)
        self.header_mac_key = header_mac_key(vault_key)
        self._case_keys: dict[UUID, bytes] = {}
        self._case_ciphers: dict[UUID, FieldCipher] = {}
        self._loader: Callable[[UUID], bytes | None] | None = None

    def set_loader(self, loader: Callable[[UUID], bytes | None]) -> None:
        """Where a key not yet opened is fetched from (None: this member holds no key for the case)."""
        self._loader = loader

    def add_case_key(self, case_id: UUID, key: bytes) -> FieldCipher:
        self._case_keys[case_id] = key
        cipher = self._case_ciphers[case_id] = FieldCipher(key, self.vault_id)
        return cipher

    def forget_case(self, case_id: UUID) -> None:
        self._case_keys.pop(case_id, None)
        self._case_ciphers.pop(case_id, None)

    def has_loaded(self, case_id: UUID) -> bool:
        return case_id in self._case_ciphers

    def loaded_cipher(self, case_id: UUID) -> FieldCipher | None:
        return self._case_ciphers.get(case_id)

    def case_cipher(self, case_id: UUID) -> FieldCipher:
        """The cipher of a case, opening its key on first use; AccessDeniedError if we hold none."""
        cipher = self._case_ciphers.get(case_id)
        if cipher is None:
            key = self._loader(case_id) if self._loader is not None else None
            if key is None:
                raise AccessDeniedError(f"You do not hold the key of case {case_id}.")
            cipher = self._case_ciphers[case_id]
        return cipher

    def case_key(self, case_id: UUID) -> bytes:
        self.case_cipher(case_id)
        return self._case_keys[case_id]

    def loaded_case_ids(self) -> list[UUID]:
        return list(self._case_ciphers)

    def clear(self) -> None:
        """Drop every key reference (Python cannot promise to wipe the bytes; see the threat model)."""
        self._case_keys.clear()
        self._case_ciphers.clear()
        self._loader = None
