"""Wrapping 256-bit keys for a member: HPKE to their X25519 key, or AES-GCM under their local key.

HPKE is RFC 9180 base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305
(the suite of RFC 9180 appendix A.2, whose vectors the tests check). The ``info`` binds a
wrap to its vault, its key (a case id, or the vault key) and its member, so a wrap moved
to another row does not open.
"""

from __future__ import annotations

import hashlib
import os
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hospital_mediation.errors import DecryptionError

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
KEY_LENGTH = 32


def wrap_context(vault_id: UUID, scope: str, subject_id: UUID, member_id: UUID) -> bytes:
    """The bytes a wrap is bound to: ``scope`` is 'case' or 'vault', ``subject_id`` its id."""
    return b"HM-WRAP-1|" + vault_id.bytes + scope.encode() + b"|" + subject_id.bytes + member_id.bytes


def share_statement(context: bytes, wrapped: bytes) -> bytes:
    """What a member signs when they wrap a case key for another member by HPKE: anyone can
    encrypt to a public key, only a member's signature says the key really came from a member."""
    return b"HM-SHARE-1|" + hashlib.sha256(context).digest() + hashlib.sha256(wrapped).digest()


def wrap_for_public_key(key: bytes, recipient: X25519PublicKey, context: bytes) -> bytes:
    return SUITE.encrypt(key, recipient, info=context)


def unwrap_with_private_key(wrapped: bytes, identity: X25519PrivateKey, context: bytes) -> bytes:
    try:
        key = SUITE.decrypt(wrapped, identity, info=context)
    except (InvalidTag, ValueError):
        raise DecryptionError("A wrapped key failed authentication: altered, moved or damaged.") from None
    if len(key) != KEY_LENGTH:
        raise DecryptionError("A wrapped key has the wrong length.")
    return key


def wrap_with_local_key(key: bytes, local: AESGCM, context: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + local.encrypt(nonce, key, context)


def unwrap_with_local_key(wrapped: bytes, local: AESGCM, context: bytes) -> bytes:
    try:
        key = local.decrypt(wrapped[:12], wrapped[12:], context)
    except (InvalidTag, ValueError):
        raise DecryptionError("A wrapped key failed authentication: altered, moved or damaged.") from None
    if len(key) != KEY_LENGTH:
        raise DecryptionError("A wrapped key has the wrong length.")
    return key
