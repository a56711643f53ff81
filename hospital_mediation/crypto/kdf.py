"""Argon2id passphrase key derivation with calibrated, range-checked parameters.

The floor is RFC 9106's second recommended option (m = 64 MiB, t = 3, p = 4). At
vault creation the memory is raised until one derivation takes about the target time
on this machine (capped at 1 GiB). Parameters read back from a vault are checked
against the policy *before* anything is derived, so a tampered slot cannot make us
allocate 100 GiB or derive a key with t = 1.

Tests do not lower these numbers: they install a cheaper :class:`KdfPolicy` through the
explicit ``fast_kdf`` fixture (``tests/conftest.py``), which this module never does itself.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from hospital_mediation.errors import KdfParametersError

KEY_LENGTH = 32
SALT_LENGTH = 16
MIB = 1024  # in KiB, the unit of Argon2's memory cost


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; memory in KiB."""

    memory_kib: int
    iterations: int
    lanes: int


@dataclass(frozen=True)
class KdfPolicy:
    """What this build accepts and how it calibrates."""

    min_memory_kib: int
    max_memory_kib: int
    iterations: int
    lanes: int
    min_iterations: int
    max_iterations: int
    min_lanes: int
    max_lanes: int
    target_seconds: float

    @property
    def floor(self) -> KdfParams:
        """The parameters calibration starts from: the least memory, the creation passes and lanes."""
        return KdfParams(self.min_memory_kib, self.iterations, self.lanes)

    def check(self, params: KdfParams, salt: bytes) -> None:
        """Refuse parameters outside the policy; called before any derivation."""
        if not self.min_memory_kib <= params.memory_kib <= self.max_memory_kib:
            raise KdfParametersError(
                f"Key-derivation memory {params.memory_kib} KiB is outside the accepted range "
                f"{self.min_memory_kib}-{self.max_memory_kib} KiB; the key slot was altered or damaged."
            )
        if not self.min_iterations <= params.iterations <= self.max_iterations:
            raise KdfParametersError(
                f"Key-derivation passes {params.iterations} are outside the accepted range "
                f"{self.min_iterations}-{self.max_iterations}; the key slot was altered or damaged."
            )
        if not self.min_lanes <= params.lanes <= self.max_lanes:
            raise KdfParametersError(
                f"Key-derivation lanes {params.lanes} are outside the accepted range "
                f"{self.min_lanes}-{self.max_lanes}; the key slot was altered or damaged."
            )
        if params.memory_kib < 8 * params.lanes:
            raise KdfParametersError("Key-derivation memory is below 8 KiB per lane.")
        if len(salt) != SALT_LENGTH:
            raise KdfParametersError(f"Key-derivation salt is {len(salt)} bytes, expected {SALT_LENGTH}.")


PRODUCTION_POLICY = KdfPolicy(
    min_memory_kib=64 * MIB,
    max_memory_kib=1024 * MIB,
    iterations=3,
    lanes=4,
    min_iterations=3,
    max_iterations=16,
    min_lanes=1,
    max_lanes=16,
    target_seconds=1.0,
)

_active_policy = PRODUCTION_POLICY


def active_policy() -> KdfPolicy:
    return _active_policy


def set_policy_for_tests(policy: KdfPolicy) -> KdfPolicy:
    """Install another policy and return the previous one. Only the test fixture calls this."""
    global _active_policy
    previous, _active_policy = _active_policy, policy
    return previous


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def derive_key_encryption_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the 256-bit key that wraps a member's master key; checks params first."""
    active_policy().check(params, salt)
    # The same passphrase typed on another system may arrive composed or decomposed ("é").
    return _argon2id(unicodedata.normalize("NFC", passphrase).encode("utf-8"), salt, params)


def _argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def calibrate(
    policy: KdfPolicy | None = None,
    clock: Callable[[], float] = time.perf_counter,
    measure: Callable[[KdfParams], None] | None = None,
) -> KdfParams:
    """Pick parameters that take about ``policy.target_seconds`` here, changing only memory.

    Measures the floor, rescales memory by the time ratio, measures once more and rescales
    again (down, too, after an overshoot). Never below the floor nor above the cap (reaching
    the cap stops there), rounded to whole MiB.
    """
    policy = policy or active_policy()
    run = measure or (lambda p: _argon2id(b"calibration", b"\0" * SALT_LENGTH, p))
    target = policy.target_seconds
    params = policy.floor
    for _ in range(2):
        start = clock()
        run(params)
        elapsed = max(clock() - start, 1e-6)
        if 0.85 * target <= elapsed <= 1.15 * target:
            break
        scaled = int(params.memory_kib * target / elapsed)
        scaled = min(policy.max_memory_kib, max(policy.min_memory_kib, scaled))
        if scaled >= 2 * MIB:
            scaled -= scaled % MIB
        if scaled == params.memory_kib:
            break
        params = KdfParams(scaled, params.iterations, params.lanes)
        if scaled == policy.max_memory_kib:
            break
    return params
