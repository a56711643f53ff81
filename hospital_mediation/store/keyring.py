"""The keys of an unlocked vault, held in memory only until :meth:`Keyring.clear`."""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Callable
from typing import TypeVar
from uuid import UUID

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hospital_mediation.crypto.field_cipher import FieldCipher
from hospital_mediation.crypto.identity import MemberSecrets
from hospital_mediation.errors import AccessDeniedError, VaultLockedError

_T = TypeVar("_T")


def _derive(key: bytes, label: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, label).derive(key)


def header_mac(key: bytes, format_version: int, vault_id: UUID, audit_seq: int, audit_hash: bytes,
               members_digest: bytes) -> bytes:
    """HMAC-SHA256 over fixed-length fields: the format, the vault, the audit head, the members."""
    if len(audit_hash) != 32 or len(members_digest) != 32:
        return b""  # a damaged header never authenticates
    message = b"HM-HEADER-1" + struct.pack(">IQ", format_version, audit_seq) + vault_id.bytes + audit_hash \
        + members_digest
    return hmac.new(key, message, hashlib.sha256).digest()


def members_digest(members: list[tuple[UUID, bytes, bytes]]) -> bytes:
    """Digest of every member's id and public keys, bound into the header MAC."""
    digest = hashlib.sha256(b"HM-MEMBERS-1")
    for member_id, x25519_public, ed25519_public in sorted(members):
        digest.update(member_id.bytes + x25519_public + ed25519_public)
    return digest.digest()


class Keyring:
    """A member's secrets, the vault key and the case keys this member may read.

    Each key has one use: the vault key only feeds HKDF (one key for sealed vault values, one
    for the header MAC), and so does the local key (one for case-key wraps, one for drafts).
    After :meth:`clear` every accessor raises :class:`VaultLockedError`.
    """

    def __init__(self, vault_id: UUID, member_id: UUID, secrets: MemberSecrets, vault_key: bytes) -> None:
        self.vault_id = vault_id
        self.member_id = member_id
        self._secrets: MemberSecrets | None = secrets
        self._local: AESGCM | None = AESGCM(_derive(secrets.local_key, b"HM case key wraps v1"))
        self._local_cipher: FieldCipher | None = FieldCipher(_derive(secrets.local_key, b"HM drafts v1"), vault_id)
        self._vault_cipher: FieldCipher | None = FieldCipher(_derive(vault_key, b"HM vault values v1"), vault_id)
        self._header_mac_key: bytes | None = _derive(vault_key, b"HM header mac v1")
        self._case_keys: dict[UUID, bytes] = {}
        self._case_ciphers: dict[UUID, FieldCipher] = {}
        self._ad_head = FieldCipher.head_for(vault_id)
        self._loader: Callable[[UUID], bytes | None] | None = None
        # The members' signing keys, as authenticated by the header MAC at unlock.
        self.member_keys: dict[UUID, Ed25519PublicKey] = {}

    @staticmethod
    def _held(value: _T | None) -> _T:
        if value is None:
            raise VaultLockedError()
        return value

    @property
    def secrets(self) -> MemberSecrets:
        return self._held(self._secrets)

    @property
    def local(self) -> AESGCM:
        """Wraps this member's case keys."""
        return self._held(self._local)

    @property
    def local_cipher(self) -> FieldCipher:
        """Seals this member's private drafts."""
        return self._held(self._local_cipher)

    @property
    def vault_cipher(self) -> FieldCipher:
        """Seals values every member reads: profiles, settings, tombstones, vault audit bodies."""
        return self._held(self._vault_cipher)

    @property
    def header_mac_key(self) -> bytes:
        return self._held(self._header_mac_key)

    def set_loader(self, loader: Callable[[UUID], bytes | None]) -> None:
        """Where a key not yet opened is fetched from (None: this member holds no key for the case)."""
        self._loader = loader

    def add_case_key(self, case_id: UUID, key: bytes) -> FieldCipher:
        self._case_keys[case_id] = key
        cipher = self._case_ciphers[case_id] = FieldCipher(key, self.vault_id, self._ad_head)
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
        self._secrets = self._local = self._local_cipher = self._vault_cipher = self._header_mac_key = None
        self.member_keys = {}
