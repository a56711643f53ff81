"""The recovery key: 256 random bits written as 13 groups of five characters.

Each group is four data characters of Crockford's Base32 followed by one check
character (Luhn mod 32 over the group's position and its four characters), so a
mistyped group is named as such. Reading is forgiving: case, spaces and dashes are
ignored, and O, I and L are read as 0, 1 and 1.
"""

from __future__ import annotations

import os

from hospital_mediation.errors import RecoveryKeyFormatError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 32
GROUPS = 13
DATA_PER_GROUP = 4


def _check_character(position: int, group: str) -> str:
    """Luhn mod 32 over the group position and its data characters."""
    values = [position % 32] + [_VALUE[c] for c in group]
    total = 0
    factor = 2
    for value in reversed(values):
        addend = factor * value
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return ALPHABET[(32 - total % 32) % 32]


def generate() -> bytes:
    return os.urandom(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """``ABCD7-…`` (13 groups); shown once at vault creation."""
    if len(key) != KEY_BYTES:
        raise ValueError("recovery keys are 256-bit")
    number = int.from_bytes(key, "big") << 4  # 256 bits + 4 zero bits = 52 characters
    chars = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(52)))
    groups = []
    for g in range(GROUPS):
        data = chars[g * DATA_PER_GROUP : (g + 1) * DATA_PER_GROUP]
        groups.append(data + _check_character(g + 1, data))
    return "-".join(groups)


def normalise(text: str) -> str:
    """What was typed, read as the key is read: case, spaces and dashes ignored, O as 0, I and L as 1
    (characters never used in a key are kept, so they still differ)."""
    cleaned = "".join(c for c in text.upper() if c not in " -\t\r\n")
    return "".join(ALPHABET[_VALUE[c]] if c in _VALUE else c for c in cleaned)


def parse_recovery_key(text: str) -> bytes:
    """Read a typed recovery key; the error names the first group that does not check."""
    cleaned = normalise(text)
    unknown = sorted({c for c in cleaned if c not in _VALUE})
    if unknown:
        raise RecoveryKeyFormatError(
            f"The recovery key contains characters that are never used in one: {' '.join(unknown)}."
        )
    size = DATA_PER_GROUP + 1
    if len(cleaned) != GROUPS * size:
        raise RecoveryKeyFormatError(
            f"The recovery key has {len(cleaned)} characters; it should have {GROUPS * size} "
            f"({GROUPS} groups of {size})."
        )
    data = []
    for g in range(GROUPS):
        normal = cleaned[g * size : (g + 1) * size]
        if _check_character(g + 1, normal[:DATA_PER_GROUP]) != normal[DATA_PER_GROUP]:
            raise RecoveryKeyFormatError(f"Group {g + 1} of the recovery key looks mistyped.", group=g + 1)
        data.append(normal[:DATA_PER_GROUP])
    number = 0
    for c in "".join(data):
        number = number << 5 | _VALUE[c]
    if number & 0xF:
        raise RecoveryKeyFormatError("The last group of the recovery key looks mistyped.", group=GROUPS)
    return (number >> 4).to_bytes(KEY_BYTES, "big")
