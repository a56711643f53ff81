"""Shared fixtures. Tests needing PostgreSQL or an outside tool skip locally when it is
missing, but fail under CI=true, where CI installs and starts everything."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from hospital_mediation.crypto import kdf  # noqa: E402
from hospital_mediation.store import Vault, VaultLocation  # noqa: E402

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PASSPHRASE = "correct horse battery staple"  # noqa: S105 - test vaults only
POSTGRES_URL = os.environ.get("HM_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

# Cheap Argon2id parameters, for tests only. Production code never lowers its floor: this
# policy is installed by the explicit `fast_kdf` fixture (and tests/helpers/cli.py).
FAST_KDF_POLICY = kdf.KdfPolicy(
    min_memory_kib=8, max_memory_kib=1024, iterations=1, lanes=1,
    min_iterations=1, max_iterations=3, min_lanes=1, max_lanes=4, target_seconds=0.0,
)


def unavailable(reason: str) -> None:
    """Skip on a developer's machine; fail in CI, where everything must be present."""
    if IN_CI:
        pytest.fail(f"{reason} (required when CI=true)")
    pytest.skip(reason)


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers("needs_tool"):
        for tool in marker.args:
            if shutil.which(tool) is None:
                unavailable(f"the program '{tool}' is not installed")


@pytest.fixture
def fast_kdf() -> Iterator[kdf.KdfPolicy]:
    previous = kdf.set_policy_for_tests(FAST_KDF_POLICY)
    try:
        yield FAST_KDF_POLICY
    finally:
        kdf.set_policy_for_tests(previous)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty schema on the machine's PostgreSQL, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    engine = create_engine(POSTGRES_URL)
    schema = f"hm_test_{uuid.uuid4().hex[:12]}"
    try:
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as exc:
        engine.dispose()
        unavailable(f"PostgreSQL is not reachable at {POSTGRES_URL}: {str(exc.orig).strip()[:200]}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def vault_location(request: pytest.FixtureRequest, tmp_path: Path) -> VaultLocation:
    if request.param == "sqlite":
        return VaultLocation(path=tmp_path / "vault.hmv")
    return VaultLocation(url=request.getfixturevalue("postgres_url"))


@pytest.fixture
def vault(vault_location: VaultLocation, fast_kdf: kdf.KdfPolicy) -> Iterator[Vault]:
    """A new, unlocked vault with one member, on SQLite and on PostgreSQL."""
    created, _recovery = Vault.create(vault_location, PASSPHRASE, "Test member")
    try:
        yield created
    finally:
        created.close()


@pytest.fixture
def sqlite_vault(tmp_path: Path, fast_kdf: kdf.KdfPolicy) -> Iterator[Vault]:
    created, _recovery = Vault.create(tmp_path / "vault.hmv", PASSPHRASE, "Test member")
    try:
        yield created
    finally:
        created.close()
