"""Field AEAD: values are bound to vault, table, column, row and row version."""

from __future__ import annotations

import uuid

import pytest

from hospital_mediation.crypto import field_cipher
from hospital_mediation.crypto.field_cipher import FieldCipher
from hospital_mediation.errors import DecryptionError, IntegrityError

VAULT = uuid.UUID("11111111-1111-4111-8111-111111111111")
ROW = uuid.UUID("22222222-2222-4222-8222-222222222222")
OTHER = uuid.UUID("33333333-3333-4333-8333-333333333333")
SECRET = b"Dr Martin shouted at nurse Dupont in room 12"
PLACE = ("cases", "report", ROW, 3)


@pytest.fixture
def key() -> bytes:
    return field_cipher.new_key()


@pytest.fixture
def cipher(key: bytes) -> FieldCipher:
    return FieldCipher(key, VAULT)


def test_round_trip(cipher: FieldCipher) -> None:
    sealed = cipher.seal(SECRET, *PLACE)
    assert SECRET not in sealed
    assert sealed[0] == field_cipher.FIELD_FORMAT_VERSION == 1
    assert len(sealed) == 1 + 12 + len(SECRET) + 16
    assert cipher.open(sealed, *PLACE) == SECRET


def test_round_trip_of_an_empty_value(cipher: FieldCipher) -> None:
    sealed = cipher.seal(b"", *PLACE)
    assert len(sealed) == 1 + 12 + 16
    assert cipher.open(sealed, *PLACE) == b""


def test_json_round_trip_keeps_non_ascii_text(cipher: FieldCipher) -> None:
    value = {"description": "Insultes répétées — « tu n'es rien »", "days": [1, 2], "anonymous": False}
    assert cipher.open_json(cipher.seal_json(value, *PLACE), *PLACE) == value


def test_each_seal_uses_a_fresh_nonce(cipher: FieldCipher) -> None:
    first, second = cipher.seal(SECRET, *PLACE), cipher.seal(SECRET, *PLACE)
    assert first[1:13] != second[1:13]
    assert first != second


def test_a_cipher_for_the_same_key_opens_what_another_sealed(key: bytes) -> None:
    sealed = FieldCipher(key, VAULT).seal(SECRET, *PLACE)
    assert FieldCipher(key, VAULT).open(sealed, *PLACE) == SECRET


def test_keys_must_be_256_bit() -> None:
    with pytest.raises(ValueError, match="256-bit"):
        FieldCipher(b"\0" * 16, VAULT)


@pytest.mark.parametrize(
    "place",
    [
        pytest.param(("journal", "report", ROW, 3), id="other-table"),
        pytest.param(("cases", "workflow", ROW, 3), id="other-column"),
        pytest.param(("cases", "report", OTHER, 3), id="other-row"),
        pytest.param(("cases", "report", ROW, 2), id="older-version"),
        pytest.param(("cases", "report", ROW, 4), id="newer-version"),
        # Length prefixes keep "cases"+"report" apart from "casesr"+"eport".
        pytest.param(("casesr", "eport", ROW, 3), id="shifted-boundary"),
    ],
)
def test_value_opened_in_another_place_fails_without_revealing_it(
    cipher: FieldCipher, place: tuple[str, str, uuid.UUID, int]
) -> None:
    sealed = cipher.seal(SECRET, *PLACE)
    table, column, row_id, version = place
    with pytest.raises(DecryptionError) as caught:
        cipher.open(sealed, *place)
    message = str(caught.value)
    assert f"{table}.{column}" in message
    assert str(row_id) in message
    assert f"version {version}" in message
    assert "failed authentication" in message
    assert "Dr Martin" not in message and "Dupont" not in message
    assert isinstance(caught.value, IntegrityError)


def test_value_opened_as_another_vault_fails(key: bytes, cipher: FieldCipher) -> None:
    sealed = cipher.seal(SECRET, *PLACE)
    with pytest.raises(DecryptionError, match=r"cases\.report of row 22222222-.*failed authentication"):
        FieldCipher(key, OTHER).open(sealed, *PLACE)


def test_value_opened_with_another_key_fails(cipher: FieldCipher) -> None:
    sealed = cipher.seal(SECRET, *PLACE)
    with pytest.raises(DecryptionError, match="failed authentication"):
        FieldCipher(field_cipher.new_key(), VAULT).open(sealed, *PLACE)


def test_associated_data_names_every_part_of_the_place() -> None:
    base = field_cipher.field_associated_data(VAULT, "cases", "report", ROW, 3)
    assert base.startswith(b"HM-FIELD\x01" + VAULT.bytes)
    variants = {
        field_cipher.field_associated_data(OTHER, "cases", "report", ROW, 3),
        field_cipher.field_associated_data(VAULT, "journal", "report", ROW, 3),
        field_cipher.field_associated_data(VAULT, "cases", "text", ROW, 3),
        field_cipher.field_associated_data(VAULT, "cases", "report", OTHER, 3),
        field_cipher.field_associated_data(VAULT, "cases", "report", ROW, 4),
        field_cipher.field_associated_data(VAULT, "casesr", "eport", ROW, 3),
    }
    assert base not in variants
    assert len(variants) == 6


def _flip(data: bytes, index: int, bit: int = 0) -> bytes:
    flipped = bytearray(data)
    flipped[index] ^= 1 << bit
    return bytes(flipped)


@pytest.mark.parametrize("bit", range(8))
def test_flipped_bit_in_the_version_byte_is_detected(cipher: FieldCipher, bit: int) -> None:
    sealed = cipher.seal(SECRET, *PLACE)
    with pytest.raises(DecryptionError, match=rf"cases\.report of row {ROW} is damaged"):
        cipher.open(_flip(sealed, 0, bit), *PLACE)


def test_flipped_bit_in_every_nonce_ciphertext_and_tag_byte_is_detected(cipher: FieldCipher) -> None:
    sealed = cipher.seal(SECRET, *PLACE)
    undetected = []
    for index in range(1, len(sealed)):  # nonce 1..12, ciphertext, then the 16-byte tag
        for bit in (0, 7):
            try:
                cipher.open(_flip(sealed, index, bit), *PLACE)
            except DecryptionError as exc:
                assert "cases.report" in str(exc) and SECRET.decode() not in str(exc)
            else:
                undetected.append((index, bit))
    assert undetected == []


@pytest.mark.parametrize("length", [0, 1, 12, 13, 28])
def test_truncated_blob_is_refused_as_damaged(cipher: FieldCipher, length: int) -> None:
    sealed = cipher.seal(b"", *PLACE)
    assert len(sealed) == 29
    with pytest.raises(DecryptionError, match=rf"The value cases\.report of row {ROW} is damaged\."):
        cipher.open(sealed[:length], *PLACE)


@pytest.mark.parametrize("cut", [1, 5, 16, len(SECRET)])
def test_value_cut_short_fails_authentication(cipher: FieldCipher, cut: int) -> None:
    sealed = cipher.seal(SECRET, *PLACE)
    with pytest.raises(DecryptionError, match="failed authentication"):
        cipher.open(sealed[:-cut], *PLACE)


def test_value_with_bytes_appended_fails_authentication(cipher: FieldCipher) -> None:
    sealed = cipher.seal(SECRET, *PLACE)
    with pytest.raises(DecryptionError, match="failed authentication"):
        cipher.open(sealed + b"\0", *PLACE)
