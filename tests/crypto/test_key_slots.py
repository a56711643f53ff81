"""Key slots: the master key wrapped under a passphrase (Argon2id) or the recovery key (HKDF)."""

from __future__ import annotations

import hashlib
import os
import struct
import uuid

import pytest

from hospital_mediation.crypto import kdf, key_slots, recovery_key
from hospital_mediation.crypto.kdf import KdfParams, KdfPolicy
from hospital_mediation.crypto.key_slots import SLOT_LENGTH, SlotKind
from hospital_mediation.errors import (
    KdfParametersError,
    KeySlotDamagedError,
    UserError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)

PASSPHRASE = "correct horse battery staple"  # noqa: S105 - test slots only
# Small but explicit: inside the fast_kdf policy (8-1024 KiB, 1-3 passes, 1-4 lanes).
PARAMS = KdfParams(memory_kib=64, iterations=2, lanes=2)
VAULT = uuid.UUID("11111111-1111-4111-8111-111111111111")
MEMBER = uuid.UUID("22222222-2222-4222-8222-222222222222")
CONTEXT = b"HM-SLOT|" + VAULT.bytes + MEMBER.bytes
OTHER_CONTEXTS = {
    "other-vault": b"HM-SLOT|" + uuid.uuid4().bytes + MEMBER.bytes,
    "other-member": b"HM-SLOT|" + VAULT.bytes + uuid.uuid4().bytes,
    "empty": b"",
}

# Offsets in the slot: "HMSLOT" | version | kind | memory | passes | lanes | salt | ...
KIND_OFFSET = 7
MEMORY_OFFSET, PASSES_OFFSET, LANES_OFFSET = 8, 12, 16


@pytest.fixture
def master_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def passphrase_slot(fast_kdf: KdfPolicy, master_key: bytes) -> bytes:
    return key_slots.create_passphrase_slot(master_key, PASSPHRASE, CONTEXT, PARAMS)


@pytest.fixture
def recovery() -> bytes:
    return recovery_key.generate()


@pytest.fixture
def recovery_slot(master_key: bytes, recovery: bytes) -> bytes:
    return key_slots.create_recovery_slot(master_key, recovery, CONTEXT)


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> bytes:
        raise AssertionError("Argon2id ran although the slot's parameters should have been refused first")

    monkeypatch.setattr(kdf, "_argon2id", refuse)


def _with_checksum(body: bytes) -> bytes:
    """A slot body followed by a matching checksum, as someone editing a slot would write it."""
    return body + hashlib.sha256(body).digest()[:16]


def _edit(slot: bytes, offset: int, packed: bytes) -> bytes:
    body = bytearray(slot[:-16])
    body[offset : offset + len(packed)] = packed
    return _with_checksum(bytes(body))


# --- round trips ------------------------------------------------------------------------


def test_passphrase_slot_round_trip(passphrase_slot: bytes, master_key: bytes) -> None:
    assert len(passphrase_slot) == SLOT_LENGTH == 112
    assert master_key not in passphrase_slot
    assert key_slots.open_passphrase_slot(passphrase_slot, PASSPHRASE, CONTEXT) == master_key


def test_passphrase_slot_records_its_parameters(passphrase_slot: bytes) -> None:
    parsed = key_slots.parse_slot(passphrase_slot)
    assert parsed.kind is SlotKind.PASSPHRASE
    assert parsed.params == PARAMS
    assert len(parsed.salt) == kdf.SALT_LENGTH
    assert passphrase_slot.startswith(b"HMSLOT\x01\x01")


def test_recovery_slot_round_trip(recovery_slot: bytes, master_key: bytes, recovery: bytes) -> None:
    assert len(recovery_slot) == SLOT_LENGTH
    assert master_key not in recovery_slot
    assert key_slots.open_recovery_slot(recovery_slot, recovery, CONTEXT) == master_key
    parsed = key_slots.parse_slot(recovery_slot)
    assert parsed.kind is SlotKind.RECOVERY
    assert parsed.params == KdfParams(0, 0, 0)


def test_recovery_slot_opens_with_the_key_as_typed_back(
    recovery_slot: bytes, master_key: bytes, recovery: bytes
) -> None:
    typed = recovery_key.format_recovery_key(recovery).lower().replace("-", " ")
    assert key_slots.open_recovery_slot(recovery_slot, recovery_key.parse_recovery_key(typed), CONTEXT) == (
        master_key
    )


def test_two_slots_for_the_same_secret_differ(fast_kdf: KdfPolicy, master_key: bytes) -> None:
    first = key_slots.create_passphrase_slot(master_key, PASSPHRASE, CONTEXT, PARAMS)
    second = key_slots.create_passphrase_slot(master_key, PASSPHRASE, CONTEXT, PARAMS)
    assert key_slots.parse_slot(first).salt != key_slots.parse_slot(second).salt
    assert first != second


# --- wrong secrets and contexts ---------------------------------------------------------


@pytest.mark.parametrize("wrong", ["correct horse battery stapl", "Correct horse battery staple", ""])
def test_wrong_passphrase(passphrase_slot: bytes, wrong: str) -> None:
    with pytest.raises(WrongPassphraseError, match=r"^Wrong passphrase\.$") as caught:
        key_slots.open_passphrase_slot(passphrase_slot, wrong, CONTEXT)
    assert isinstance(caught.value, UserError)


def test_wrong_recovery_key(recovery_slot: bytes, recovery: bytes) -> None:
    wrong = bytearray(recovery)
    wrong[-1] ^= 1
    with pytest.raises(WrongRecoveryKeyError, match="This recovery key does not open the vault"):
        key_slots.open_recovery_slot(recovery_slot, bytes(wrong), CONTEXT)
    with pytest.raises(WrongRecoveryKeyError):
        key_slots.open_recovery_slot(recovery_slot, recovery_key.generate(), CONTEXT)


@pytest.mark.parametrize("name", sorted(OTHER_CONTEXTS))
def test_passphrase_slot_in_another_context_does_not_open(passphrase_slot: bytes, name: str) -> None:
    with pytest.raises(WrongPassphraseError):
        key_slots.open_passphrase_slot(passphrase_slot, PASSPHRASE, OTHER_CONTEXTS[name])


@pytest.mark.parametrize("name", sorted(OTHER_CONTEXTS))
def test_recovery_slot_in_another_context_does_not_open(
    recovery_slot: bytes, recovery: bytes, name: str
) -> None:
    with pytest.raises(WrongRecoveryKeyError):
        key_slots.open_recovery_slot(recovery_slot, recovery, OTHER_CONTEXTS[name])


# --- damage -----------------------------------------------------------------------------


def test_every_byte_of_a_passphrase_slot_is_covered_by_the_checksum(
    passphrase_slot: bytes, no_derivation: None
) -> None:
    undetected = []
    for index in range(len(passphrase_slot)):
        damaged = bytearray(passphrase_slot)
        damaged[index] ^= 1 << (index % 8)
        try:
            key_slots.open_passphrase_slot(bytes(damaged), PASSPHRASE, CONTEXT)
        except KeySlotDamagedError as exc:
            assert str(exc) == "A key slot is damaged (its checksum does not match)."
        else:
            undetected.append(index)
    assert undetected == []


def test_every_byte_of_a_recovery_slot_is_covered_by_the_checksum(
    recovery_slot: bytes, recovery: bytes
) -> None:
    undetected = []
    for index in range(len(recovery_slot)):
        damaged = bytearray(recovery_slot)
        damaged[index] ^= 1 << (index % 8)
        try:
            key_slots.open_recovery_slot(bytes(damaged), recovery, CONTEXT)
        except KeySlotDamagedError as exc:
            assert "checksum does not match" in str(exc)
        else:
            undetected.append(index)
    assert undetected == []


@pytest.mark.parametrize("length", [0, 1, SLOT_LENGTH - 1, SLOT_LENGTH + 1])
def test_slot_of_the_wrong_length_is_damaged(passphrase_slot: bytes, length: int) -> None:
    blob = (passphrase_slot + b"\0")[:length]
    with pytest.raises(KeySlotDamagedError, match=rf"has {length} bytes instead of {SLOT_LENGTH}"):
        key_slots.open_passphrase_slot(blob, PASSPHRASE, CONTEXT)


@pytest.mark.parametrize(
    ("offset", "packed"),
    [
        pytest.param(0, b"XMSLOT", id="magic"),
        pytest.param(6, b"\x02", id="version"),
        pytest.param(KIND_OFFSET, b"\x03", id="kind-3"),
        pytest.param(KIND_OFFSET, b"\x00", id="kind-0"),
    ],
)
def test_slot_of_unknown_format_is_refused(
    passphrase_slot: bytes, no_derivation: None, offset: int, packed: bytes
) -> None:
    with pytest.raises(KeySlotDamagedError, match="unknown format"):
        key_slots.open_passphrase_slot(_edit(passphrase_slot, offset, packed), PASSPHRASE, CONTEXT)


# --- edited cost parameters -------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "value", "message"),
    [
        pytest.param(MEMORY_OFFSET, 4, "memory 4 KiB", id="memory-below"),
        pytest.param(MEMORY_OFFSET, 100 * 1024 * 1024, "memory 104857600 KiB", id="memory-100-gib"),
        pytest.param(MEMORY_OFFSET, 0xFFFFFFFF, "memory 4294967295 KiB", id="memory-max-u32"),
        pytest.param(PASSES_OFFSET, 0, "passes 0", id="passes-zero"),
        pytest.param(PASSES_OFFSET, 4, "passes 4", id="passes-above"),
        pytest.param(LANES_OFFSET, 0, "lanes 0", id="lanes-zero"),
        pytest.param(LANES_OFFSET, 5, "lanes 5", id="lanes-above"),
        pytest.param(MEMORY_OFFSET, 8, "below 8 KiB per lane", id="memory-below-8-kib-per-lane"),
    ],
)
def test_out_of_range_cost_is_refused_before_deriving(
    passphrase_slot: bytes, no_derivation: None, offset: int, value: int, message: str
) -> None:
    edited = _edit(passphrase_slot, offset, struct.pack(">I", value))
    key_slots.parse_slot(edited)  # the checksum matches: only the range check can refuse it
    with pytest.raises(KdfParametersError, match=message):
        key_slots.open_passphrase_slot(edited, PASSPHRASE, CONTEXT)


@pytest.mark.parametrize(
    ("offset", "value"),
    [
        pytest.param(MEMORY_OFFSET, 128, id="memory"),
        pytest.param(MEMORY_OFFSET, 16, id="memory-8-kib-per-lane"),
        pytest.param(PASSES_OFFSET, 1, id="passes"),
        pytest.param(LANES_OFFSET, 1, id="lanes"),
    ],
)
def test_in_range_cost_edit_does_not_open(passphrase_slot: bytes, offset: int, value: int) -> None:
    edited = _edit(passphrase_slot, offset, struct.pack(">I", value))
    with pytest.raises(WrongPassphraseError):
        key_slots.open_passphrase_slot(edited, PASSPHRASE, CONTEXT)


def test_the_header_is_authenticated_even_if_derivation_ignored_the_parameters(
    fast_kdf: KdfPolicy, master_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With a derivation that returns the same key whatever the parameters, only the GCM
    # associated data (the header) can catch the edit.
    monkeypatch.setattr(kdf, "derive_key_encryption_key", lambda *_args: b"\x07" * 32)
    slot = key_slots.create_passphrase_slot(master_key, PASSPHRASE, CONTEXT, PARAMS)
    assert key_slots.open_passphrase_slot(slot, PASSPHRASE, CONTEXT) == master_key
    for offset in (MEMORY_OFFSET, PASSES_OFFSET, LANES_OFFSET):
        edited = _edit(slot, offset, struct.pack(">I", 1))
        with pytest.raises(WrongPassphraseError):
            key_slots.open_passphrase_slot(edited, PASSPHRASE, CONTEXT)


def test_recovery_slot_with_cost_fields_is_refused(recovery_slot: bytes, recovery: bytes) -> None:
    edited = _edit(recovery_slot, MEMORY_OFFSET, struct.pack(">I", 65536))
    with pytest.raises(KeySlotDamagedError, match="recovery key slot holds another kind"):
        key_slots.open_recovery_slot(edited, recovery, CONTEXT)


# --- kinds ------------------------------------------------------------------------------


def test_recovery_slot_is_refused_as_a_passphrase_slot(recovery_slot: bytes, no_derivation: None) -> None:
    with pytest.raises(KeySlotDamagedError, match="passphrase key slot holds another kind of slot"):
        key_slots.open_passphrase_slot(recovery_slot, PASSPHRASE, CONTEXT)


def test_passphrase_slot_is_refused_as_a_recovery_slot(passphrase_slot: bytes, recovery: bytes) -> None:
    with pytest.raises(KeySlotDamagedError, match="recovery key slot holds another kind of slot"):
        key_slots.open_recovery_slot(passphrase_slot, recovery, CONTEXT)


def test_kind_byte_changed_to_recovery_with_zero_costs_does_not_open(
    passphrase_slot: bytes, recovery: bytes
) -> None:
    edited = _edit(passphrase_slot, KIND_OFFSET, b"\x02" + b"\0" * 12)
    with pytest.raises(WrongRecoveryKeyError):
        key_slots.open_recovery_slot(edited, recovery, CONTEXT)


def test_slot_created_with_out_of_range_parameters_is_refused(
    fast_kdf: KdfPolicy, master_key: bytes, no_derivation: None
) -> None:
    with pytest.raises(KdfParametersError, match="passes 9"):
        key_slots.create_passphrase_slot(master_key, PASSPHRASE, CONTEXT, KdfParams(64, 9, 1))
