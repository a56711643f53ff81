"""AES-256-GCM for stored values, bound to the exact place they are stored.

A sealed value is ``version (1 byte) | nonce (12 bytes) | ciphertext and tag``. The
associated data names its place::

    "HM-FIELD" | version | vault_id (16) | len | table | len | column | row_id (16) | row_version (8)

so a ciphertext copied to another vault, table, column, row or an older version of the
same row fails authentication instead of decrypting to the wrong thing.
"""

from __future__ import annotations

import json
import os
import struct
from functools import lru_cache
from typing import Any
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hospital_mediation.errors import DecryptionError, ValidationError

FIELD_FORMAT_VERSION = 1
NONCE_LENGTH = 12
TAG_LENGTH = 16
KEY_LENGTH = 32
_AD_PREFIX = b"HM-FIELD"


def new_key() -> bytes:
    return os.urandom(KEY_LENGTH)


_AD_HEAD = _AD_PREFIX + bytes((FIELD_FORMAT_VERSION,))


@lru_cache(maxsize=256)
def _place(table: str, column: str) -> bytes:
    t, c = table.encode(), column.encode()
    return struct.pack(">B", len(t)) + t + struct.pack(">B", len(c)) + c


def field_associated_data(vault_id: UUID, table: str, column: str, row_id: UUID, row_version: int) -> bytes:
    return _AD_HEAD + vault_id.bytes + _place(table, column) + row_id.bytes + struct.pack(">Q", row_version)


class FieldCipher:
    """Seals and opens the values of one key (a case key, the vault key, a member key)."""

    __slots__ = ("_aead", "_head", "_vault_id")

    def __init__(self, key: bytes, vault_id: UUID, head: bytes | None = None) -> None:
        """``head`` is :meth:`head_for` of the vault, when the caller builds many ciphers."""
        if len(key) != KEY_LENGTH:
            raise ValueError("field keys are 256-bit")
        self._aead = AESGCM(key)
        self._vault_id = vault_id
        self._head = head or self.head_for(vault_id)

    @staticmethod
    def head_for(vault_id: UUID) -> bytes:
        return _AD_HEAD + vault_id.bytes

    def _ad(self, table: str, column: str, row_id: UUID, row_version: int) -> bytes:
        return self._head + _place(table, column) + row_id.bytes + struct.pack(">Q", row_version)

    def seal(self, plaintext: bytes, table: str, column: str, row_id: UUID, row_version: int) -> bytes:
        nonce = os.urandom(NONCE_LENGTH)
        ad = self._ad(table, column, row_id, row_version)
        return bytes((FIELD_FORMAT_VERSION,)) + nonce + self._aead.encrypt(nonce, plaintext, ad)

    def open(self, sealed: bytes, table: str, column: str, row_id: UUID, row_version: int) -> bytes:
        if len(sealed) < 1 + NONCE_LENGTH + TAG_LENGTH or sealed[0] != FIELD_FORMAT_VERSION:
            raise DecryptionError(f"The value {table}.{column} of row {row_id} is damaged.")
        ad = self._ad(table, column, row_id, row_version)
        try:
            return self._aead.decrypt(sealed[1 : 1 + NONCE_LENGTH], sealed[1 + NONCE_LENGTH :], ad)
        except InvalidTag:
            raise DecryptionError(
                f"The value {table}.{column} of row {row_id} (version {row_version}) failed "
                "authentication: it was altered, moved from another place, or damaged."
            ) from None

    def seal_json(self, value: Any, table: str, column: str, row_id: UUID, row_version: int) -> bytes:
        try:
            data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError(f"{table}.{column}", "text contains an invalid character") from None
        return self.seal(data, table, column, row_id, row_version)

    def open_json(self, sealed: bytes, table: str, column: str, row_id: UUID, row_version: int) -> Any:
        return json.loads(self.open(sealed, table, column, row_id, row_version).decode("utf-8"))
