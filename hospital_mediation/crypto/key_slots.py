"""Key slots: each wraps the member's master key under one secret (LUKS-style).

A slot is one byte string::

    "HMSLOT" | version (1) | kind (1) | memory KiB (4) | passes (4) | lanes (4)
    | salt (16) | nonce (12) | wrapped master key (48) | checksum (16)

* kind 1, passphrase: the wrapping key is Argon2id(passphrase, salt, params);
* kind 2, recovery: the wrapping key is HKDF-SHA256(recovery key, salt); the cost fields are 0.

The wrap is AES-256-GCM whose associated data is the slot header (everything before the
nonce) plus a context given by the caller (the vault passes the member id), so parameters
cannot be swapped under a valid wrap. The checksum (SHA-256 of the rest, truncated) tells accidental damage
apart from a wrong secret; it is not a security boundary, the GCM tag is.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from dataclasses import dataclass
from enum import IntEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hospital_mediation.crypto import kdf
from hospital_mediation.errors import KeySlotDamagedError, WrongPassphraseError, WrongRecoveryKeyError

MAGIC = b"HMSLOT"
SLOT_VERSION = 1
_HEADER = struct.Struct(">6sBBIII16s")
_NONCE = 12
_WRAPPED = 32 + 16
_CHECKSUM = 16
SLOT_LENGTH = _HEADER.size + _NONCE + _WRAPPED + _CHECKSUM


class SlotKind(IntEnum):
    PASSPHRASE = 1
    RECOVERY = 2


@dataclass(frozen=True)
class ParsedSlot:
    kind: SlotKind
    params: kdf.KdfParams
    salt: bytes
    header: bytes
    nonce: bytes
    wrapped: bytes


def parse_slot(blob: bytes) -> ParsedSlot:
    """Check length, magic, version and checksum; no secret involved."""
    if len(blob) != SLOT_LENGTH:
        raise KeySlotDamagedError(f"A key slot has {len(blob)} bytes instead of {SLOT_LENGTH}: it is damaged.")
    body, checksum = blob[:-_CHECKSUM], blob[-_CHECKSUM:]
    if not hmac.compare_digest(hashlib.sha256(body).digest()[:_CHECKSUM], checksum):
        raise KeySlotDamagedError("A key slot is damaged (its checksum does not match).")
    magic, version, kind, memory, passes, lanes, salt = _HEADER.unpack_from(body)
    if magic != MAGIC or version != SLOT_VERSION or kind not in (1, 2):
        raise KeySlotDamagedError("A key slot has an unknown format.")
    header = body[: _HEADER.size]
    nonce = body[_HEADER.size : _HEADER.size + _NONCE]
    wrapped = body[_HEADER.size + _NONCE :]
    return ParsedSlot(SlotKind(kind), kdf.KdfParams(memory, passes, lanes), salt, header, nonce, wrapped)


def _assemble(kind: SlotKind, params: kdf.KdfParams, salt: bytes, wrapping_key: bytes,
              master_key: bytes, context: bytes) -> bytes:
    header = _HEADER.pack(MAGIC, SLOT_VERSION, kind, params.memory_kib, params.iterations, params.lanes, salt)
    nonce = os.urandom(_NONCE)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, master_key, header + context)
    body = header + nonce + wrapped
    return body + hashlib.sha256(body).digest()[:_CHECKSUM]


def _unwrap(slot: ParsedSlot, wrapping_key: bytes, context: bytes) -> bytes | None:
    try:
        return AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, slot.header + context)
    except InvalidTag:
        return None


def _recovery_wrapping_key(recovery_key: bytes, salt: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, b"HM recovery slot v1").derive(recovery_key)


def create_passphrase_slot(master_key: bytes, passphrase: str, context: bytes,
                           params: kdf.KdfParams) -> bytes:
    salt = kdf.new_salt()
    wrapping_key = kdf.derive_key_encryption_key(passphrase, salt, params)
    return _assemble(SlotKind.PASSPHRASE, params, salt, wrapping_key, master_key, context)


def open_passphrase_slot(blob: bytes, passphrase: str, context: bytes) -> bytes:
    """Return the master key; parameters are checked before the (slow) derivation."""
    slot = parse_slot(blob)
    if slot.kind is not SlotKind.PASSPHRASE:
        raise KeySlotDamagedError("The passphrase key slot holds another kind of slot.")
    wrapping_key = kdf.derive_key_encryption_key(passphrase, slot.salt, slot.params)
    master_key = _unwrap(slot, wrapping_key, context)
    if master_key is None:
        raise WrongPassphraseError()
    return master_key


def create_recovery_slot(master_key: bytes, recovery_key: bytes, context: bytes) -> bytes:
    salt = kdf.new_salt()
    wrapping_key = _recovery_wrapping_key(recovery_key, salt)
    return _assemble(SlotKind.RECOVERY, kdf.KdfParams(0, 0, 0), salt, wrapping_key, master_key, context)


def open_recovery_slot(blob: bytes, recovery_key: bytes, context: bytes) -> bytes:
    slot = parse_slot(blob)
    if slot.kind is not SlotKind.RECOVERY or slot.params != kdf.KdfParams(0, 0, 0):
        raise KeySlotDamagedError("The recovery key slot holds another kind of slot.")
    master_key = _unwrap(slot, _recovery_wrapping_key(recovery_key, slot.salt), context)
    if master_key is None:
        raise WrongRecoveryKeyError()
    return master_key
