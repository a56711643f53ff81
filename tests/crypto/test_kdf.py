"""Argon2id key derivation: RFC 9106 known answer, the production floor, range checks, calibration."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from hospital_mediation.crypto import kdf
from hospital_mediation.crypto.kdf import MIB, PRODUCTION_POLICY, KdfParams, KdfPolicy
from hospital_mediation.errors import IntegrityError, KdfParametersError

GOOD_SALT = b"\x02" * kdf.SALT_LENGTH


# --- RFC 9106 ---------------------------------------------------------------------------


def test_argon2id_matches_rfc_9106_section_5_3() -> None:
    derived = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert derived.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_internal_argon2id_is_plain_argon2id_of_the_utf8_passphrase(fast_kdf: KdfPolicy) -> None:
    params = KdfParams(memory_kib=64, iterations=2, lanes=2)
    expected = Argon2id(salt=GOOD_SALT, length=32, iterations=2, lanes=2, memory_cost=64).derive(
        "pâté €".encode()
    )
    assert kdf.derive_key_encryption_key("pâté €", GOOD_SALT, params) == expected
    assert len(expected) == kdf.KEY_LENGTH


def test_different_salts_and_passphrases_give_different_keys(fast_kdf: KdfPolicy) -> None:
    params = KdfParams(memory_kib=16, iterations=1, lanes=1)
    base = kdf.derive_key_encryption_key("secret", GOOD_SALT, params)
    assert kdf.derive_key_encryption_key("secret", GOOD_SALT, params) == base
    assert kdf.derive_key_encryption_key("secreT", GOOD_SALT, params) != base
    assert kdf.derive_key_encryption_key("secret", b"\x03" * 16, params) != base


def test_new_salt_is_random_and_of_the_right_length() -> None:
    salts = {kdf.new_salt() for _ in range(20)}
    assert len(salts) == 20
    assert all(len(s) == kdf.SALT_LENGTH == 16 for s in salts)


# --- the production policy --------------------------------------------------------------


def test_production_policy_floor_is_rfc_9106_second_recommendation() -> None:
    assert PRODUCTION_POLICY.floor == KdfParams(memory_kib=65536, iterations=3, lanes=4)
    assert PRODUCTION_POLICY.min_memory_kib == 64 * 1024
    assert PRODUCTION_POLICY.max_memory_kib == 1024 * 1024  # 1 GiB
    assert PRODUCTION_POLICY.min_iterations == 3


def test_production_policy_is_active_without_the_fixture() -> None:
    assert kdf.active_policy() is PRODUCTION_POLICY


def test_fast_kdf_fixture_restores_the_production_policy(fast_kdf: KdfPolicy) -> None:
    assert kdf.active_policy() is fast_kdf
    previous = kdf.set_policy_for_tests(PRODUCTION_POLICY)
    try:
        assert previous is fast_kdf
        assert kdf.active_policy() is PRODUCTION_POLICY
    finally:
        kdf.set_policy_for_tests(previous)


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> bytes:
        raise AssertionError("Argon2id ran although the parameters should have been refused first")

    monkeypatch.setattr(kdf, "_argon2id", refuse)


@pytest.mark.usefixtures("no_derivation")
@pytest.mark.parametrize(
    ("params", "salt", "message"),
    [
        pytest.param(KdfParams(65535, 3, 4), GOOD_SALT, "memory 65535 KiB", id="memory-below-floor"),
        pytest.param(KdfParams(0, 3, 4), GOOD_SALT, "memory 0 KiB", id="memory-zero"),
        pytest.param(KdfParams(1024 * MIB + 1, 3, 4), GOOD_SALT, "memory 1048577 KiB", id="memory-above-cap"),
        pytest.param(KdfParams(100 * 1024 * MIB, 3, 4), GOOD_SALT, "memory 104857600 KiB", id="100-gib"),
        pytest.param(KdfParams(65536, 2, 4), GOOD_SALT, "passes 2", id="passes-below"),
        pytest.param(KdfParams(65536, 1, 4), GOOD_SALT, "passes 1", id="passes-one"),
        pytest.param(KdfParams(65536, 17, 4), GOOD_SALT, "passes 17", id="passes-above"),
        pytest.param(KdfParams(65536, 3, 0), GOOD_SALT, "lanes 0", id="lanes-zero"),
        pytest.param(KdfParams(65536, 3, 17), GOOD_SALT, "lanes 17", id="lanes-above"),
        pytest.param(KdfParams(65536, 3, 4), b"\x02" * 15, "salt is 15 bytes", id="salt-short"),
        pytest.param(KdfParams(65536, 3, 4), b"\x02" * 17, "salt is 17 bytes", id="salt-long"),
        pytest.param(KdfParams(65536, 3, 4), b"", "salt is 0 bytes", id="salt-empty"),
    ],
)
def test_out_of_range_parameters_are_refused_before_deriving(
    params: KdfParams, salt: bytes, message: str
) -> None:
    with pytest.raises(KdfParametersError) as caught:
        kdf.derive_key_encryption_key("passphrase", salt, params)
    assert message in str(caught.value)
    assert isinstance(caught.value, IntegrityError)


@pytest.mark.usefixtures("no_derivation")
def test_range_message_states_the_accepted_range() -> None:
    with pytest.raises(KdfParametersError, match=r"outside the accepted range 65536-1048576 KiB"):
        kdf.derive_key_encryption_key("passphrase", GOOD_SALT, KdfParams(1, 3, 4))
    with pytest.raises(KdfParametersError, match=r"outside the accepted range 3-16;.*altered or damaged"):
        kdf.derive_key_encryption_key("passphrase", GOOD_SALT, KdfParams(65536, 2, 4))


@pytest.mark.usefixtures("no_derivation")
def test_memory_below_eight_kib_per_lane_is_refused(fast_kdf: KdfPolicy) -> None:
    with pytest.raises(KdfParametersError, match="below 8 KiB per lane"):
        kdf.derive_key_encryption_key("passphrase", GOOD_SALT, KdfParams(8, 1, 2))


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(65536, 3, 4),
        KdfParams(1024 * MIB, 16, 16),
        KdfParams(65536, 3, 1),
    ],
    ids=["floor", "all-maxima", "one-lane"],
)
def test_boundary_parameters_are_accepted_and_derived(
    params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[bytes, bytes, KdfParams]] = []

    def record(secret: bytes, salt: bytes, used: KdfParams) -> bytes:
        calls.append((secret, salt, used))
        return b"k" * 32

    monkeypatch.setattr(kdf, "_argon2id", record)
    assert kdf.derive_key_encryption_key("pass", GOOD_SALT, params) == b"k" * 32
    assert calls == [(b"pass", GOOD_SALT, params)]


# --- calibration ------------------------------------------------------------------------


class FakeMachine:
    """A clock and a derivation whose duration is a function of the parameters."""

    def __init__(self, seconds_for: dict[int, float] | None = None, seconds_per_kib: float = 0.0) -> None:
        self.now = 0.0
        self.seconds_for = seconds_for or {}
        self.seconds_per_kib = seconds_per_kib
        self.measured: list[KdfParams] = []

    def clock(self) -> float:
        return self.now

    def measure(self, params: KdfParams) -> None:
        self.measured.append(params)
        self.now += self.seconds_for.get(params.memory_kib, params.memory_kib * self.seconds_per_kib)


def test_calibration_raises_memory_to_reach_the_target() -> None:
    # The floor takes a quarter of the target: memory is multiplied by four, then it fits.
    machine = FakeMachine(seconds_per_kib=0.25 / 65536)
    params = kdf.calibrate(PRODUCTION_POLICY, clock=machine.clock, measure=machine.measure)
    assert params == KdfParams(memory_kib=4 * 65536, iterations=3, lanes=4)
    assert machine.measured == [PRODUCTION_POLICY.floor, params]


def test_calibration_rounds_memory_down_to_whole_mib() -> None:
    machine = FakeMachine(seconds_per_kib=0.3 / 65536)
    params = kdf.calibrate(PRODUCTION_POLICY, clock=machine.clock, measure=machine.measure)
    assert params.memory_kib % 1024 == 0
    assert params.memory_kib == 213 * 1024  # int(65536 / 0.3) = 218453 KiB, rounded down to MiB
    assert (params.iterations, params.lanes) == (3, 4)


def test_calibration_scales_at_most_twice_when_time_grows_slower_than_memory() -> None:
    machine = FakeMachine(seconds_for={65536: 0.5, 131072: 0.5, 262144: 0.5})
    params = kdf.calibrate(PRODUCTION_POLICY, clock=machine.clock, measure=machine.measure)
    assert params == KdfParams(262144, 3, 4)
    assert [p.memory_kib for p in machine.measured] == [65536, 131072]


def test_calibration_is_capped_at_max_memory() -> None:
    machine = FakeMachine(seconds_per_kib=0.001 / 65536)
    params = kdf.calibrate(PRODUCTION_POLICY, clock=machine.clock, measure=machine.measure)
    assert params == KdfParams(PRODUCTION_POLICY.max_memory_kib, 3, 4)
    assert params.memory_kib == 1024 * 1024
    assert len(machine.measured) == 1  # reaching the cap stops without measuring 1 GiB


def test_calibration_with_a_clock_that_does_not_move_is_capped() -> None:
    machine = FakeMachine(seconds_per_kib=0.0)
    params = kdf.calibrate(PRODUCTION_POLICY, clock=machine.clock, measure=machine.measure)
    assert params == KdfParams(PRODUCTION_POLICY.max_memory_kib, 3, 4)


@pytest.mark.parametrize("floor_seconds", [0.85, 1.0, 2.0, 30.0])
def test_calibration_keeps_the_floor_on_a_slow_machine(floor_seconds: float) -> None:
    machine = FakeMachine(seconds_for={65536: floor_seconds})
    params = kdf.calibrate(PRODUCTION_POLICY, clock=machine.clock, measure=machine.measure)
    assert params == PRODUCTION_POLICY.floor
    assert machine.measured == [PRODUCTION_POLICY.floor]


@pytest.mark.parametrize("seconds_per_mib", [1e-7, 1e-4, 0.001, 0.003, 0.0037, 0.005, 0.01, 0.013])
def test_calibration_result_is_always_within_policy_and_whole_mib(seconds_per_mib: float) -> None:
    machine = FakeMachine(seconds_per_kib=seconds_per_mib / 1024)
    params = kdf.calibrate(PRODUCTION_POLICY, clock=machine.clock, measure=machine.measure)
    assert PRODUCTION_POLICY.min_memory_kib <= params.memory_kib <= PRODUCTION_POLICY.max_memory_kib
    assert params.memory_kib % 1024 == 0
    assert (params.iterations, params.lanes) == (PRODUCTION_POLICY.iterations, PRODUCTION_POLICY.lanes)
    PRODUCTION_POLICY.check(params, GOOD_SALT)  # what calibration picks is accepted on reading


def test_calibration_uses_the_active_policy_by_default(fast_kdf: KdfPolicy) -> None:
    machine = FakeMachine(seconds_per_kib=1.0)
    params = kdf.calibrate(clock=machine.clock, measure=machine.measure)
    # target_seconds is 0 in the test policy: the floor is already slow enough.
    assert params == fast_kdf.floor


def test_composed_and_decomposed_passphrases_derive_the_same_key(fast_kdf: object) -> None:
    params = kdf.KdfParams(memory_kib=64, iterations=1, lanes=1)
    salt = bytes(16)
    composed, decomposed = "phrase de passe \u00e9t\u00e9", "phrase de passe e\u0301te\u0301"
    assert composed != decomposed
    assert kdf.derive_key_encryption_key(composed, salt, params) == \
        kdf.derive_key_encryption_key(decomposed, salt, params)


def test_calibration_scales_back_down_after_an_overshoot() -> None:
    # Time grows faster than memory (page faults): the second measurement corrects downwards.
    machine = FakeMachine(seconds_for={65536: 0.25, 262144: 2.0})
    params = kdf.calibrate(PRODUCTION_POLICY, clock=machine.clock, measure=machine.measure)
    assert params == KdfParams(128 * 1024, 3, 4)
    assert [p.memory_kib for p in machine.measured] == [65536, 262144]
