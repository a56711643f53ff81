"""Member identities: Bech32 (BIP 173 vectors), age-compatible keys (checked against pyrage and age)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from hospital_mediation.crypto import bech32, identity
from hospital_mediation.crypto.identity import (
    MemberSecrets,
    age_identity_string,
    age_recipient_string,
    ed25519_public_bytes,
    fingerprint,
    parse_age_identity,
    parse_age_recipient,
    x25519_private_bytes,
    x25519_public_bytes,
)
from hospital_mediation.errors import DecryptionError

# --- Bech32, BIP 173 test vectors -------------------------------------------------------

VALID = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11" + "q" * 82 + "c8247j",  # 90 characters, the longest Bech32 allows
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]

INVALID = [
    pytest.param("\x201nwldj5", "invalid human-readable part", id="hrp-space"),
    pytest.param("\x7f1axkwrx", "invalid human-readable part", id="hrp-del"),
    pytest.param("\x801eym55h", "invalid human-readable part", id="hrp-non-ascii"),
    pytest.param("pzry9x0s0muk", "missing separator", id="no-separator"),
    pytest.param("1pzry9x0s0muk", "missing separator", id="empty-hrp"),
    pytest.param("x1b4n0q5v", "invalid character", id="invalid-data-character"),
    pytest.param("li1dgmt3", "too short", id="checksum-too-short"),
    pytest.param("de1lg7wt\xff", "invalid character", id="invalid-checksum-character"),
    pytest.param("A1G7SGD8", "bad checksum", id="checksum-of-uppercase-hrp"),
    pytest.param("10a06t8", "missing separator", id="empty-hrp-2"),
    pytest.param("1qzzfhee", "missing separator", id="empty-hrp-3"),
    pytest.param("A12uEL5L", "mixed case", id="mixed-case"),
    pytest.param("a12uel5m", "bad checksum", id="bad-checksum"),
    pytest.param("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx", "bad checksum", id="bad-checksum-long"),
    pytest.param("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqbw", "invalid character", id="letter-b"),
    pytest.param("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqiw", "invalid character", id="letter-i"),
    pytest.param("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqow", "invalid character", id="letter-o"),
]


@pytest.mark.parametrize("text", VALID)
def test_bip173_valid_strings_decode(text: str) -> None:
    hrp, _data = bech32.decode(text)
    assert hrp == text[: text.rfind("1")].lower()


def test_bip173_decoded_data_re_encodes_to_the_same_string() -> None:
    for text in VALID:
        hrp, data = bech32.decode(text)
        assert bech32.encode(hrp, data) == text.lower()


def test_bip173_data_of_a_known_vector() -> None:
    hrp, data = bech32.decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")
    assert hrp == "abcdef"
    assert data == bytes.fromhex("00443214c74254b635cf84653a56d7c675be77df")


@pytest.mark.parametrize(("text", "reason"), INVALID)
def test_bip173_invalid_strings_are_refused(text: str, reason: str) -> None:
    with pytest.raises(bech32.Bech32Error, match=reason):
        bech32.decode(text)


def test_bech32_error_is_a_value_error() -> None:
    assert issubclass(bech32.Bech32Error, ValueError)


def test_every_single_character_substitution_is_caught() -> None:
    text = "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"
    accepted = []
    for position in range(len("abcdef1"), len(text)):
        for replacement in bech32.CHARSET:
            if replacement != text[position]:
                changed = text[:position] + replacement + text[position + 1 :]
                try:
                    bech32.decode(changed)
                except bech32.Bech32Error:
                    continue
                accepted.append(changed)
    assert accepted == []


# --- age strings ------------------------------------------------------------------------


@pytest.fixture
def key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def test_identity_string_round_trip(key: X25519PrivateKey) -> None:
    text = age_identity_string(key)
    assert re.fullmatch(r"AGE-SECRET-KEY-1[0-9AC-HJ-NP-Z]{58}", text), text
    assert x25519_private_bytes(parse_age_identity(text)) == x25519_private_bytes(key)
    assert x25519_private_bytes(parse_age_identity(text.lower())) == x25519_private_bytes(key)
    assert x25519_private_bytes(parse_age_identity(f"  {text}\n")) == x25519_private_bytes(key)


def test_recipient_string_round_trip(key: X25519PrivateKey) -> None:
    text = age_recipient_string(key.public_key())
    assert re.fullmatch(r"age1[02-9ac-hj-np-z]{58}", text), text
    assert x25519_public_bytes(parse_age_recipient(text)) == x25519_public_bytes(key.public_key())


def test_identity_and_recipient_strings_are_not_interchangeable(key: X25519PrivateKey) -> None:
    with pytest.raises(ValueError, match="not an age X25519 identity"):
        parse_age_identity(age_recipient_string(key.public_key()))
    with pytest.raises(ValueError, match="not an age X25519 recipient"):
        parse_age_recipient(age_identity_string(key))


def test_damaged_age_strings_are_refused(key: X25519PrivateKey) -> None:
    identity_text = age_identity_string(key)
    damaged = identity_text[:-1] + ("Q" if identity_text[-1] != "Q" else "P")
    with pytest.raises(ValueError, match="not an age identity: bad checksum"):
        parse_age_identity(damaged)
    recipient_text = age_recipient_string(key.public_key())
    with pytest.raises(ValueError, match="not an age recipient: mixed case"):
        parse_age_recipient(recipient_text[:10] + recipient_text[10:].upper())


def test_age_string_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError, match="not an age X25519 recipient"):
        parse_age_recipient(bech32.encode("age", b"\x01" * 31))


def test_pyrage_derives_our_recipient_from_our_identity(key: X25519PrivateKey) -> None:
    theirs = pyrage.x25519.Identity.from_str(age_identity_string(key))
    assert str(theirs.to_public()) == age_recipient_string(key.public_key())


def test_we_derive_pyrage_recipient_from_its_identity() -> None:
    theirs = pyrage.x25519.Identity.generate()
    ours = parse_age_identity(str(theirs))
    assert age_recipient_string(ours.public_key()) == str(theirs.to_public())
    assert age_identity_string(ours) == str(theirs)


def test_pyrage_file_to_our_recipient_opens_with_our_identity(key: X25519PrivateKey) -> None:
    recipient = pyrage.x25519.Recipient.from_str(age_recipient_string(key.public_key()))
    sealed = pyrage.encrypt(b"case package", [recipient])
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(age_identity_string(key))]) == (
        b"case package"
    )


@pytest.mark.needs_tool("age-keygen")
def test_age_keygen_reads_our_identity(tmp_path: Path, key: X25519PrivateKey) -> None:
    key_file = tmp_path / "key.txt"
    key_file.write_text(age_identity_string(key) + "\n")
    result = subprocess.run(
        ["age-keygen", "-y", str(key_file)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == age_recipient_string(key.public_key())


@pytest.mark.needs_tool("age")
def test_age_file_to_our_recipient_opens_with_our_identity(key: X25519PrivateKey) -> None:
    result = subprocess.run(
        ["age", "-r", age_recipient_string(key.public_key())],
        input=b"sealed by the age binary", capture_output=True, check=False, timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert result.stdout.startswith(b"age-encryption.org/v1\n")
    our_identity = pyrage.x25519.Identity.from_str(age_identity_string(key))
    assert pyrage.decrypt(result.stdout, [our_identity]) == b"sealed by the age binary"


# --- member secrets ---------------------------------------------------------------------


def _same(first: MemberSecrets, second: MemberSecrets) -> bool:
    return (
        x25519_private_bytes(first.encryption_key) == x25519_private_bytes(second.encryption_key)
        and first.ed25519_public == second.ed25519_public
        and first.local_key == second.local_key
    )


def test_member_secrets_round_trip() -> None:
    secrets = MemberSecrets.generate()
    data = secrets.to_bytes()
    assert len(data) == 5 + 96
    restored = MemberSecrets.from_bytes(data)
    assert _same(restored, secrets)
    assert restored.x25519_public == secrets.x25519_public
    message = b"audit entry"
    secrets.signing_key.public_key().verify(restored.signing_key.sign(message), message)


def test_generated_member_secrets_differ() -> None:
    first, second = MemberSecrets.generate(), MemberSecrets.generate()
    assert first.to_bytes() != second.to_bytes()
    assert first.local_key != second.local_key


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: d[:-1], id="truncated"),
        pytest.param(lambda d: d + b"\0", id="extended"),
        pytest.param(lambda d: b"", id="empty"),
        pytest.param(lambda d: b"X" + d[1:], id="magic"),
        pytest.param(lambda d: d[:4] + b"\x02" + d[5:], id="format-version"),
        pytest.param(lambda d: d[5:], id="no-header"),
    ],
)
def test_damaged_member_secrets_are_refused(damage: Callable[[bytes], bytes]) -> None:
    with pytest.raises(DecryptionError, match=r"^The member's private keys are damaged\.$"):
        MemberSecrets.from_bytes(damage(MemberSecrets.generate().to_bytes()))


# --- fingerprints -----------------------------------------------------------------------


def test_fingerprint_is_five_groups_of_four_hex_characters() -> None:
    secrets = MemberSecrets.generate()
    text = fingerprint(secrets.x25519_public, secrets.ed25519_public)
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){4}", text), text
    assert fingerprint(secrets.x25519_public, secrets.ed25519_public) == text


def test_fingerprint_changes_with_either_key() -> None:
    secrets = MemberSecrets.generate()
    base = fingerprint(secrets.x25519_public, secrets.ed25519_public)
    other_x = x25519_public_bytes(X25519PrivateKey.generate().public_key())
    other_ed = ed25519_public_bytes(Ed25519PrivateKey.generate().public_key())
    assert fingerprint(other_x, secrets.ed25519_public) != base
    assert fingerprint(secrets.x25519_public, other_ed) != base
    assert fingerprint(secrets.ed25519_public, secrets.x25519_public) != base


def test_public_key_helpers_give_raw_32_bytes() -> None:
    secrets = MemberSecrets.generate()
    assert len(secrets.x25519_public) == len(secrets.ed25519_public) == 32
    assert identity.x25519_public_bytes(secrets.encryption_key.public_key()) == secrets.x25519_public
