"""Tampering with a closed vault, as someone with access to the file or the database would.

Every alteration must be refused with a clear integrity error, and the untouched data must
still be readable (nothing else lost).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import Connection, create_engine, delete, insert, select, update

from hospital_mediation.domain.model import NewCase, NewJournalEntry, Report
from hospital_mediation.domain.taxonomy import Category
from hospital_mediation.errors import (
    AuditIntegrityError,
    DecryptionError,
    KeySlotDamagedError,
    VaultCorruptError,
)
from hospital_mediation.store import Vault, VaultLocation
from hospital_mediation.store.schema import (
    AuditEntryRow,
    CaseKeyWrap,
    CaseRow,
    Counter,
    JournalEntryRow,
    KeySlot,
    Member,
    VaultHeader,
)
from tests.conftest import PASSPHRASE


@contextmanager
def raw(location: VaultLocation) -> Iterator[Connection]:
    """A database connection that bypasses the application entirely."""
    url = f"sqlite:///{location.path}" if location.path is not None else location.url
    assert url is not None
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def flip(data: bytes, index: int, bit: int = 0) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 1 << bit
    return bytes(changed)


@pytest.fixture
def populated(vault: Vault) -> tuple[VaultLocation, list[str]]:
    """A closed vault with two cases, journal entries, and an edit (so version 2 exists)."""
    first = vault.cases.create(NewCase(
        report=Report(category=Category.MORAL_HARASSMENT, unit="Pédiatrie"), received_on=date(2026, 10, 5),
        journal=[NewJournalEntry("premier"), NewJournalEntry("second")]))
    vault.cases.create(NewCase(report=Report(category=Category.VIOLENCE, unit="Urgences")))
    vault.cases.save(first)  # version 2
    location = vault.location
    references = [s.reference for s in vault.cases.list_summaries()]
    vault.close()
    return location, references


def reopen(location: VaultLocation) -> Vault:
    vault = Vault.open(location)
    vault.unlock(PASSPHRASE)
    return vault


def case_rows(connection: Connection) -> list[CaseRow]:
    return list(connection.execute(select(CaseRow.__table__).order_by(CaseRow.row_version.desc())).all())  # type: ignore[arg-type]


def test_untouched_vault_verifies(populated: tuple[VaultLocation, list[str]]) -> None:
    location, _ = populated
    with reopen(location) as vault:
        result = vault.audit.verify()
        assert result.entries == 4
        assert result.rows_checked == 1 + 2 + 2 + 2 + 2 + 1  # member, slots, cases, journal, wraps, counter


def test_value_copied_to_another_column_is_rejected(populated: tuple[VaultLocation, list[str]]) -> None:
    location, _ = populated
    with raw(location) as connection:
        edited = case_rows(connection)[0]
        connection.execute(update(CaseRow).where(CaseRow.id == edited.id).values(report=edited.summary))
    with reopen(location) as vault:
        with pytest.raises(DecryptionError, match=r"cases\.report of row"):
            vault.cases.get(edited.id)
        assert len(vault.cases.list_summaries()) == 2  # the summary itself is untouched


def test_value_copied_to_another_row_is_rejected(populated: tuple[VaultLocation, list[str]]) -> None:
    location, _ = populated
    with raw(location) as connection:
        entries = connection.execute(select(JournalEntryRow.id, JournalEntryRow.case_id,
                                            JournalEntryRow.payload)).all()
        connection.execute(update(JournalEntryRow).where(JournalEntryRow.id == entries[1].id)
                           .values(payload=entries[0].payload))
        case_id = entries[0].case_id
    with reopen(location) as vault:
        with pytest.raises(DecryptionError, match="journal_entries.payload"):
            vault.journal.list(case_id)
        with pytest.raises(AuditIntegrityError, match="journal_entries"):
            vault.audit.verify()


def test_older_version_of_a_value_is_rejected(vault: Vault) -> None:
    case = vault.cases.create(NewCase(report=Report(unit="Avant")))
    with vault.reading() as session:
        old = session.get(CaseRow, case.id)
        assert old is not None
        old_report = old.report
    case.report.unit = "Après"
    vault.cases.save(case)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        connection.execute(update(CaseRow).where(CaseRow.id == case.id).values(report=old_report))
    with reopen(location) as vault_again, pytest.raises(DecryptionError, match="version 2"):
        vault_again.cases.get(case.id)


def test_whole_row_rolled_back_is_detected_by_the_audit(vault: Vault) -> None:
    case = vault.cases.create(NewCase(report=Report(unit="Avant")))
    with vault.reading() as session:
        old = session.get(CaseRow, case.id)
        assert old is not None
        old_values = {"row_version": old.row_version, "summary": old.summary, "report": old.report,
                      "workflow": old.workflow}
    case.report.unit = "Après"
    vault.cases.save(case)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        connection.execute(update(CaseRow).where(CaseRow.id == case.id).values(**old_values))
    with reopen(location) as vault_again:
        assert vault_again.cases.get(case.id).report.unit == "Avant"  # decrypts: it is a real old state...
        with pytest.raises(AuditIntegrityError, match="rolled back"):  # ...that the audit log exposes
            vault_again.audit.verify()


def test_case_from_another_vault_does_not_open(vault: Vault, tmp_path: object, fast_kdf: object) -> None:
    vault.cases.create(NewCase(report=Report(unit="Ici")))
    location = vault.location
    vault.close()
    other, _ = Vault.create(VaultLocation(path=tmp_path / "other.hmv"), PASSPHRASE, "Other")  # type: ignore[operator]
    stranger = other.cases.create(NewCase(report=Report(unit="Ailleurs")))
    with raw(other.location) as connection:
        row = connection.execute(select(CaseRow.__table__)).one()
    other.close()
    with raw(location) as connection:
        member_id = connection.execute(select(Member.id)).scalar_one()
        connection.execute(insert(CaseRow), [dict(row._mapping)])
        connection.execute(insert(CaseKeyWrap), [{"case_id": stranger.id, "member_id": member_id,
                                                  "method": "local", "wrapped": b"\0" * 60}])
    with reopen(location) as reopened:
        (own,) = reopened.cases.list_summaries()  # the vault's own case still opens...
        assert own.unit == "Ici"
        assert "wrapped key" in reopened.cases.damaged[stranger.id]  # ...the stranger is named as damaged
        with pytest.raises(DecryptionError, match="wrapped key"):
            reopened.cases.get(stranger.id)
        with pytest.raises(AuditIntegrityError, match="added outside the application"):
            reopened.audit.verify()


@pytest.mark.parametrize("where", ["nonce", "ciphertext", "tag"])
def test_flipped_bit_in_a_value_is_detected(populated: tuple[VaultLocation, list[str]], where: str) -> None:
    location, _ = populated
    with raw(location) as connection:
        row = case_rows(connection)[0]
        index = {"nonce": 5, "ciphertext": 20, "tag": len(row.workflow) - 3}[where]
        connection.execute(update(CaseRow).where(CaseRow.id == row.id).values(workflow=flip(row.workflow, index)))
    with reopen(location) as vault, pytest.raises(DecryptionError, match="cases.workflow"):
        vault.cases.get(row.id)


def test_flipped_bit_in_a_wrapped_key_is_detected(populated: tuple[VaultLocation, list[str]]) -> None:
    location, _ = populated
    with raw(location) as connection:
        wrap = connection.execute(select(CaseKeyWrap.case_id, CaseKeyWrap.wrapped)).first()
        assert wrap is not None
        connection.execute(update(CaseKeyWrap).where(CaseKeyWrap.case_id == wrap.case_id)
                           .values(wrapped=flip(wrap.wrapped, 30, 3)))
    with reopen(location) as vault:
        assert len(vault.cases.list_summaries()) == 1  # the other case is still there
        assert list(vault.cases.damaged) == [wrap.case_id]
        with pytest.raises(DecryptionError, match="wrapped key"):
            vault.cases.get(wrap.case_id)


@pytest.mark.parametrize("kind", ["passphrase", "recovery"])
def test_flipped_bit_in_a_key_slot_is_detected(populated: tuple[VaultLocation, list[str]], kind: str) -> None:
    location, _ = populated
    with raw(location) as connection:
        blob = connection.execute(select(KeySlot.blob).where(KeySlot.kind == kind)).scalar_one()
        connection.execute(update(KeySlot).where(KeySlot.kind == kind).values(blob=flip(blob, 40, 1)))
    with Vault.open(location) as vault, pytest.raises(KeySlotDamagedError, match="damaged"):
        if kind == "passphrase":
            vault.unlock(PASSPHRASE)
        else:
            from hospital_mediation.crypto import recovery_key

            vault.unlock_with_recovery_key(recovery_key.generate())


@pytest.mark.parametrize("column", ["mac", "audit_hash", "vault_id", "audit_seq"])
def test_altered_header_is_detected(populated: tuple[VaultLocation, list[str]], column: str) -> None:
    location, _ = populated
    with raw(location) as connection:
        header = connection.execute(select(VaultHeader.__table__)).one()
        value = getattr(header, column)
        if isinstance(value, bytes):
            changed: object = flip(value, 0)
        elif isinstance(value, int):
            changed = value - 1
        else:
            changed = uuid.UUID(int=value.int ^ 1)
        connection.execute(update(VaultHeader).values({column: changed}))
    with Vault.open(location) as vault, pytest.raises((VaultCorruptError, AuditIntegrityError, DecryptionError)):
        vault.unlock(PASSPHRASE)


def test_flipped_bit_in_member_public_key_is_detected(populated: tuple[VaultLocation, list[str]]) -> None:
    location, _ = populated
    with raw(location) as connection:
        key = connection.execute(select(Member.ed25519_public)).scalar_one()
        connection.execute(update(Member).values(ed25519_public=flip(key, 7)))
    with Vault.open(location) as vault, pytest.raises(VaultCorruptError):
        vault.unlock(PASSPHRASE)


AuditEdit = Callable[[Connection, list[AuditEntryRow]], None]


def _edit_body(connection: Connection, entries: list[AuditEntryRow]) -> None:
    connection.execute(update(AuditEntryRow).where(AuditEntryRow.seq == 2).values(body=flip(entries[1].body, 30)))


def _edit_rows(connection: Connection, entries: list[AuditEntryRow]) -> None:
    connection.execute(update(AuditEntryRow).where(AuditEntryRow.seq == 2).values(rows="[]"))


def _delete_middle(connection: Connection, entries: list[AuditEntryRow]) -> None:
    connection.execute(delete(AuditEntryRow).where(AuditEntryRow.seq == 2))


def _reorder(connection: Connection, entries: list[AuditEntryRow]) -> None:
    connection.execute(update(AuditEntryRow).where(AuditEntryRow.seq == 2).values(seq=-2))
    connection.execute(update(AuditEntryRow).where(AuditEntryRow.seq == 3).values(seq=2))
    connection.execute(update(AuditEntryRow).where(AuditEntryRow.seq == -2).values(seq=3))


@pytest.mark.parametrize(("edit", "seq"), [(_edit_body, 2), (_edit_rows, 2), (_delete_middle, 2), (_reorder, 2)],
                         ids=["edited-body", "edited-rows", "deleted", "reordered"])
def test_tampered_audit_entry_is_named(populated: tuple[VaultLocation, list[str]], edit: AuditEdit,
                                       seq: int) -> None:
    location, _ = populated
    with raw(location) as connection:
        entries = list(connection.execute(select(AuditEntryRow.__table__).order_by(AuditEntryRow.seq)).all())
        edit(connection, entries)  # type: ignore[arg-type]
    with reopen(location) as vault, pytest.raises(AuditIntegrityError) as caught:
        vault.audit.verify()
    assert caught.value.seq == seq
    assert f"entry {seq}" in str(caught.value) or f"entries {seq}" in str(caught.value)


def test_cut_audit_tail_is_detected_at_unlock(populated: tuple[VaultLocation, list[str]]) -> None:
    location, _ = populated
    with raw(location) as connection:
        connection.execute(delete(AuditEntryRow).where(AuditEntryRow.seq >= 3))
    with Vault.open(location) as vault, pytest.raises(AuditIntegrityError, match="cut"):
        vault.unlock(PASSPHRASE)


def test_cut_tail_with_header_rewound_is_detected(populated: tuple[VaultLocation, list[str]]) -> None:
    location, _ = populated
    with raw(location) as connection:
        second = connection.execute(select(AuditEntryRow.entry_hash).where(AuditEntryRow.seq == 2)).scalar_one()
        connection.execute(delete(AuditEntryRow).where(AuditEntryRow.seq >= 3))
        connection.execute(update(VaultHeader).values(audit_seq=2, audit_hash=second))
    with Vault.open(location) as vault, pytest.raises(VaultCorruptError, match="header failed authentication"):
        vault.unlock(PASSPHRASE)


def test_deleted_row_is_detected(populated: tuple[VaultLocation, list[str]]) -> None:
    location, _ = populated
    with raw(location) as connection:
        victim = connection.execute(select(JournalEntryRow.id)).first()
        assert victim is not None
        connection.execute(delete(JournalEntryRow).where(JournalEntryRow.id == victim.id))
    with reopen(location) as vault, pytest.raises(AuditIntegrityError, match="deleted outside"):
        vault.audit.verify()


def test_rewound_header_is_not_resealed_by_the_next_write(sqlite_vault: Vault) -> None:
    """Deleting the newest entry and restoring the previous (genuine) header while the vault is
    open must stop the next write, not be sealed into a valid-looking vault."""
    case = sqlite_vault.cases.create(NewCase())
    with raw(sqlite_vault.location) as connection:
        previous = connection.execute(select(VaultHeader.__table__)).one()
    sqlite_vault.journal.add(case.id, NewJournalEntry("preuve"))
    with raw(sqlite_vault.location) as connection:
        connection.execute(delete(JournalEntryRow))
        connection.execute(delete(AuditEntryRow).where(AuditEntryRow.seq == previous.audit_seq + 1))
        connection.execute(update(VaultHeader).values(audit_seq=previous.audit_seq, audit_hash=previous.audit_hash,
                                                      mac=previous.mac))
    with pytest.raises(AuditIntegrityError, match="rolled back"):
        sqlite_vault.journal.add(case.id, NewJournalEntry("suite"))
    assert sqlite_vault.journal.list(case.id) == []  # and nothing was written


def test_injected_member_is_not_resealed_by_the_next_write(vault: Vault) -> None:
    case = vault.cases.create(NewCase())
    from hospital_mediation.crypto.identity import MemberSecrets

    intruder = MemberSecrets.generate()
    with raw(vault.location) as connection:
        connection.execute(insert(Member), [{
            "id": uuid.uuid4(), "row_version": 1, "x25519_public": intruder.x25519_public,
            "ed25519_public": intruder.ed25519_public, "sealed_secrets": b"x", "vault_key_wrap": b"x",
            "profile": b"x"}])
    with pytest.raises(VaultCorruptError, match="header failed authentication"):
        vault.journal.add(case.id, NewJournalEntry("suite"))


def test_rolled_back_row_is_not_laundered_by_the_next_write(vault: Vault) -> None:
    case = vault.cases.create(NewCase(report=Report(unit="Avant")))
    with vault.reading() as session:
        old = session.get(CaseRow, case.id)
        assert old is not None
        old_values = {"row_version": old.row_version, "summary": old.summary, "report": old.report,
                      "workflow": old.workflow}
    case.report.unit = "Après"
    vault.cases.save(case)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        connection.execute(update(CaseRow).where(CaseRow.id == case.id).values(**old_values))
    with reopen(location) as again:
        stale = again.cases.get(case.id)  # the rolled-back version, version 1
        stale.report.unit = "Par-dessus"
        with pytest.raises(AuditIntegrityError, match="changed outside the application"):
            again.cases.save(stale)
        with pytest.raises(AuditIntegrityError, match="rolled back"):
            again.audit.verify()  # the evidence is still there


def test_lowered_counter_stops_case_creation(vault: Vault) -> None:
    vault.cases.create(NewCase())
    location = vault.location
    vault.close()
    with raw(location) as connection:
        connection.execute(update(Counter).values(value=0))
    with reopen(location) as again:
        with pytest.raises(AuditIntegrityError, match="counters"):
            again.cases.create(NewCase())
        assert len(again.cases.list_summaries()) == 1
