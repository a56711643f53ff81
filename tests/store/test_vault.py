"""Creating, opening, unlocking and locking vaults, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from hospital_mediation.crypto import kdf, key_slots, recovery_key
from hospital_mediation.domain.model import NewCase, Report
from hospital_mediation.domain.taxonomy import Category
from hospital_mediation.errors import (
    IntegrityError,
    NotAVaultError,
    RecoveryKeyFormatError,
    VaultCorruptError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    VaultVersionError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from hospital_mediation.store import Vault, VaultLocation
from hospital_mediation.store.schema import KeySlot, VaultHeader
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a completely different passphrase"  # noqa: S105


def _add_case(vault: Vault, unit: str = "Urgences") -> None:
    vault.cases.create(NewCase(report=Report(category=Category.VIOLENCE, unit=unit), received_on=date(2026, 11, 2)))


def test_create_then_reopen_and_unlock(vault: Vault) -> None:
    _add_case(vault)
    location = vault.location
    vault.close()
    with Vault.open(location) as reopened:
        assert not reopened.is_unlocked
        with pytest.raises(VaultLockedError):
            reopened.cases.list_summaries()
        reopened.unlock(PASSPHRASE)
        (summary,) = reopened.cases.list_summaries()
        assert summary.unit == "Urgences"


def test_wrong_passphrase_decrypts_nothing(vault: Vault) -> None:
    _add_case(vault)
    location = vault.location
    vault.close()
    with Vault.open(location) as reopened:
        with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
            reopened.unlock("not the passphrase at all")
        assert not reopened.is_unlocked
        with pytest.raises(VaultLockedError):
            reopened.cases.list_summaries()
        reopened.unlock(PASSPHRASE)  # nothing was lost
        assert len(reopened.cases.list_summaries()) == 1


def test_change_passphrase_old_fails_new_and_recovery_work(vault_location: VaultLocation, fast_kdf: object) -> None:
    vault, recovery = Vault.create(vault_location, PASSPHRASE, "Member")
    _add_case(vault)
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("wrong current passphrase", NEW_PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    vault.close()
    with Vault.open(vault_location) as reopened:
        with pytest.raises(WrongPassphraseError):
            reopened.unlock(PASSPHRASE)
        reopened.unlock(NEW_PASSPHRASE)
        assert len(reopened.cases.list_summaries()) == 1
        reopened.lock()
        reopened.unlock_with_recovery_key(recovery)
        assert len(reopened.cases.list_summaries()) == 1
        assert reopened.audit.verify().entries == 3


def test_wrong_recovery_key_decrypts_nothing(vault_location: VaultLocation, fast_kdf: object) -> None:
    vault, recovery = Vault.create(vault_location, PASSPHRASE, "Member")
    vault.close()
    with Vault.open(vault_location) as reopened:
        with pytest.raises(WrongRecoveryKeyError):
            reopened.unlock_with_recovery_key(recovery_key.generate())
        with pytest.raises(WrongRecoveryKeyError):
            reopened.reset_passphrase_with_recovery_key(recovery_key.generate(), NEW_PASSPHRASE)
        assert not reopened.is_unlocked
        reopened.unlock(PASSPHRASE)  # the passphrase slot was not touched


def test_recover_sets_new_passphrase(vault_location: VaultLocation, fast_kdf: object) -> None:
    vault, recovery = Vault.create(vault_location, PASSPHRASE, "Member")
    _add_case(vault)
    vault.close()
    typed = recovery_key.format_recovery_key(recovery).lower().replace("-", " ")
    with Vault.open(vault_location) as reopened:
        reopened.reset_passphrase_with_recovery_key(recovery_key.parse_recovery_key(typed), NEW_PASSPHRASE)
        assert reopened.is_unlocked
        assert len(reopened.cases.list_summaries()) == 1
    with Vault.open(vault_location) as again:
        with pytest.raises(WrongPassphraseError):
            again.unlock(PASSPHRASE)
        again.unlock(NEW_PASSPHRASE)
        actions = [e.action for e in again.audit.entries()]
        assert actions[-1] == "member.passphrase_reset_with_recovery_key"


def test_mistyped_recovery_group_is_named() -> None:
    text = recovery_key.format_recovery_key(recovery_key.generate())
    groups = text.split("-")
    groups[3] = ("1" if groups[3][0] != "1" else "2") + groups[3][1:]
    with pytest.raises(RecoveryKeyFormatError, match="Group 4") as caught:
        recovery_key.parse_recovery_key("-".join(groups))
    assert caught.value.group == 4


def test_change_passphrase_rewraps_only_the_slot(vault: Vault) -> None:
    _add_case(vault)
    with vault.reading() as session:
        before = {slot.kind: slot.blob for slot in session.query(KeySlot)}
        cases_before = session.execute(VaultHeader.__table__.select()).all()
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    with vault.reading() as session:
        after = {slot.kind: slot.blob for slot in session.query(KeySlot)}
    assert after["recovery"] == before["recovery"]
    assert after["passphrase"] != before["passphrase"]
    assert cases_before  # the header exists; case rows were not re-encrypted (their versions are unchanged)
    assert vault.cases.list_summaries()[0].version == 1


def test_weak_passphrase_refused(tmp_path: Path, fast_kdf: object) -> None:
    with pytest.raises(WeakPassphraseError):
        Vault.create(tmp_path / "v.hmv", "short", "Member")
    assert not (tmp_path / "v.hmv").exists()


def test_create_refuses_existing_vault(vault: Vault, fast_kdf: object) -> None:
    with pytest.raises(VaultExistsError):
        Vault.create(vault.location, PASSPHRASE, "Someone else")
    assert vault.audit.verify().entries == 1


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError, match="no vault"):
        Vault.open(tmp_path / "nothing.hmv")
    assert not (tmp_path / "nothing.hmv").exists()


def test_not_a_vault(tmp_path: Path) -> None:
    text = tmp_path / "notes.hmv"
    text.write_text("just some notes\n" * 20)
    with pytest.raises(NotAVaultError):
        Vault.open(text)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(NotAVaultError):
        Vault.open(other)
    assert text.read_text() == "just some notes\n" * 20


def test_corrupt_vault_file(sqlite_vault: Vault) -> None:
    _add_case(sqlite_vault)
    path = sqlite_vault.location.path
    assert path is not None
    sqlite_vault.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:] = random.Random(7).randbytes(len(data) - page)  # every page but the first
    path.write_bytes(bytes(data))
    with pytest.raises((IntegrityError, NotAVaultError)) as caught:
        with Vault.open(path) as damaged:
            damaged.unlock(PASSPHRASE)
            damaged.cases.list_summaries()
    assert "damaged" in str(caught.value) or "altered" in str(caught.value)


def test_truncated_vault_file(sqlite_vault: Vault) -> None:
    for n in range(30):
        _add_case(sqlite_vault, unit=f"Unit {n}")
    path = sqlite_vault.location.path
    assert path is not None
    sqlite_vault.close()
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)
    with pytest.raises(VaultCorruptError, match="truncated"):
        Vault.open(path)


def test_future_format_version(vault: Vault) -> None:
    location = vault.location
    with vault.transaction() as tx:
        tx.session.execute(update(VaultHeader).values(format_version=99))
    vault.close()
    with pytest.raises(VaultVersionError, match="format 99"):
        Vault.open(location)


def test_unknown_future_schema_revision(vault: Vault) -> None:
    location = vault.location
    with vault.transaction() as tx:
        tx.session.execute(VaultHeader.metadata.tables["vault_header"].update().values(format_version=1))
        tx.session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    vault.close()
    with pytest.raises(VaultVersionError, match="newer version"):
        Vault.open(location)


def test_out_of_range_kdf_parameters_refused_before_derivation(sqlite_vault: Vault,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = sqlite_vault.location.path
    with sqlite_vault.reading() as session:
        slot = session.query(KeySlot).filter_by(kind="passphrase").one()
        blob = bytearray(slot.blob)
    sqlite_vault.close()
    # Ask for 100 GiB of memory and recompute the (non-secret) checksum, as an attacker would.
    memory_offset = len(key_slots.MAGIC) + 2
    blob[memory_offset:memory_offset + 4] = (100 * 1024 * 1024).to_bytes(4, "big")
    import hashlib

    body = bytes(blob[:-16])
    tampered = body + hashlib.sha256(body).digest()[:16]
    with sqlite3.connect(str(path)) as connection:
        connection.execute("UPDATE key_slots SET blob = ? WHERE kind = 'passphrase'", (tampered,))

    def must_not_derive(*args: object) -> bytes:
        raise AssertionError("key derivation ran on refused parameters")

    monkeypatch.setattr(kdf, "_argon2id", must_not_derive)
    from hospital_mediation.errors import KdfParametersError

    with Vault.open(path) as reopened, pytest.raises(KdfParametersError, match="outside the accepted range"):
        reopened.unlock(PASSPHRASE)


def test_lock_drops_keys(vault: Vault) -> None:
    _add_case(vault)
    keys = vault.keys
    vault.lock()
    assert not vault.is_unlocked
    assert keys.loaded_case_ids() == []
    with pytest.raises(VaultLockedError):
        vault.cases.list_summaries()
    with pytest.raises(VaultLockedError):
        _add_case(vault)
    vault.unlock(PASSPHRASE)
    assert len(vault.cases.list_summaries()) == 1


def test_info_needs_no_passphrase_and_shows_no_content(vault: Vault) -> None:
    _add_case(vault, unit="Secret unit name")
    location = vault.location
    vault.close()
    with Vault.open(location, read_only=location.is_file) as reopened:
        info = reopened.info()
    assert info.cases == 1
    assert info.audit_entries == 2
    assert info.members[0].age_recipient.startswith("age1")
    assert "Secret" not in repr(info)


def test_read_only_vault_refuses_writes(sqlite_vault: Vault) -> None:
    from hospital_mediation.errors import ReadOnlyVaultError

    location = sqlite_vault.location
    sqlite_vault.close()
    with Vault.open(location, read_only=True) as reader:
        reader.unlock(PASSPHRASE)
        with pytest.raises(ReadOnlyVaultError):
            _add_case(reader)


def test_removing_a_vault_tries_every_file(tmp_path: Path) -> None:
    from hospital_mediation.store.database import remove_vault_files

    path = tmp_path / "new.hmv"
    for name in ("new.hmv", "new.hmv-shm", "new.hmv.lock"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "new.hmv-wal").mkdir()  # cannot be unlinked: an error, after the others are gone
    with pytest.raises(OSError):
        remove_vault_files(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.hmv-wal"]
