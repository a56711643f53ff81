"""A member's keys: an age-compatible X25519 identity, an Ed25519 signing key, and a local key.

* X25519 (written as ``AGE-SECRET-KEY-1…`` / ``age1…``) receives case keys wrapped for the
  member and, later, sealed packages: the same identity opens both.
* Ed25519 signs the member's audit entries and package manifests.
* The local key is a random AES-256 key that re-wraps the member's own case keys, so that
  unlocking 10 000 cases costs 10 000 AES-GCM operations, not 10 000 X25519 ones.

The three are serialised together (``MemberSecrets.to_bytes``) and sealed under the
member's master key; the master key itself is what the key slots wrap.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from hospital_mediation.crypto import bech32
from hospital_mediation.errors import DecryptionError

AGE_SECRET_KEY_HRP = "age-secret-key-"  # noqa: S105 - the Bech32 prefix, not a secret
AGE_RECIPIENT_HRP = "age"
_SECRETS_MAGIC = b"HMMS\x01"


def x25519_private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def x25519_public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def ed25519_public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def age_identity_string(key: X25519PrivateKey) -> str:
    """The key as age writes it in ``key.txt``: ``AGE-SECRET-KEY-1…``."""
    return bech32.encode(AGE_SECRET_KEY_HRP, x25519_private_bytes(key)).upper()


def age_recipient_string(key: X25519PublicKey) -> str:
    """The public key as age's ``-r`` takes it: ``age1…``."""
    return bech32.encode(AGE_RECIPIENT_HRP, x25519_public_bytes(key))


def parse_age_identity(text: str) -> X25519PrivateKey:
    try:
        hrp, data = bech32.decode(text.strip())
    except bech32.Bech32Error as exc:
        raise ValueError(f"not an age identity: {exc}") from None
    if hrp != AGE_SECRET_KEY_HRP or len(data) != 32:
        raise ValueError("not an age X25519 identity")
    return X25519PrivateKey.from_private_bytes(data)


def parse_age_recipient(text: str) -> X25519PublicKey:
    try:
        hrp, data = bech32.decode(text.strip())
    except bech32.Bech32Error as exc:
        raise ValueError(f"not an age recipient: {exc}") from None
    if hrp != AGE_RECIPIENT_HRP or len(data) != 32:
        raise ValueError("not an age X25519 recipient")
    return X25519PublicKey.from_public_bytes(data)


def fingerprint(x25519_public: bytes, ed25519_public: bytes) -> str:
    """A short fingerprint of both public keys, in groups of four, to read aloud."""
    digest = hashlib.sha256(b"HM-MEMBER-FP" + x25519_public + ed25519_public).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class MemberSecrets:
    encryption_key: X25519PrivateKey
    signing_key: Ed25519PrivateKey
    local_key: bytes

    @classmethod
    def generate(cls) -> MemberSecrets:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate(), os.urandom(32))

    @property
    def x25519_public(self) -> bytes:
        return x25519_public_bytes(self.encryption_key.public_key())

    @property
    def ed25519_public(self) -> bytes:
        return ed25519_public_bytes(self.signing_key.public_key())

    def to_bytes(self) -> bytes:
        signing = self.signing_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return _SECRETS_MAGIC + x25519_private_bytes(self.encryption_key) + signing + self.local_key

    @classmethod
    def from_bytes(cls, data: bytes) -> MemberSecrets:
        if len(data) != len(_SECRETS_MAGIC) + 96 or not data.startswith(_SECRETS_MAGIC):
            raise DecryptionError("The member's private keys are damaged.")
        body = data[len(_SECRETS_MAGIC) :]
        return cls(
            X25519PrivateKey.from_private_bytes(body[:32]),
            Ed25519PrivateKey.from_private_bytes(body[32:64]),
            body[64:96],
        )
