"""Settings, drafts, retention and deletion by crypto-shredding."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hospital_mediation.domain.model import NewCase, NewJournalEntry, Report
from hospital_mediation.domain.settings import DirectoryEntry, RetentionRule, ServiceKind, VaultSettings
from hospital_mediation.domain.taxonomy import Category, OnvsLevel, Outcome
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import ConcurrentEditError, NotFoundError, ValidationError
from hospital_mediation.store import Vault
from hospital_mediation.store.schema import AttachmentSegment, CaseKeyWrap, CaseRow, JournalEntryRow
from tests.store.test_tamper import raw, reopen


def closed_case(vault: Vault, outcome: Outcome, closed_on: date, unit: str = "Urgences") -> object:
    case = vault.cases.create(NewCase(
        report=Report(category=Category.VIOLENCE, onvs_level=OnvsLevel.THREATS, unit=unit),
        received_on=date(2025, 1, 6), journal=[NewJournalEntry("fait")], opened_on=date(2025, 1, 6)))
    case = vault.cases.transition(case, Status.ACKNOWLEDGED, on=date(2025, 1, 8))
    case = vault.cases.transition(case, Status.UNDER_REVIEW)
    return vault.cases.transition(case, Status.CLOSED, outcome=outcome, on=closed_on)


def test_settings_defaults_save_and_conflict(vault: Vault) -> None:
    settings, version = vault.settings.get()
    assert version == 0
    assert settings.idle_lock_minutes == 5
    assert settings.retention_policy().months[Outcome.INADMISSIBLE] == 2
    assert any(e.kind is ServiceKind.AUTHORITY for e in settings.directory)
    settings.directory.append(DirectoryEntry("Référente harcèlement", ServiceKind.SUPPORT, "poste 1234"))
    settings.retention = [RetentionRule(Outcome.INADMISSIBLE, 1)]
    version = vault.settings.save(settings, version)
    stale = VaultSettings()
    with pytest.raises(ConcurrentEditError):
        vault.settings.save(stale, 0)
    reread, reread_version = vault.settings.get()
    assert reread_version == version == 1
    assert reread.directory[-1].contact == "poste 1234"
    assert reread.retention_policy().months[Outcome.INADMISSIBLE] == 1
    assert reread.retention_policy().months[Outcome.WITHDRAWN] == 12  # not overridden: default
    with pytest.raises(ValidationError, match="idle_lock_minutes"):
        vault.settings.save(VaultSettings(idle_lock_minutes=0), version)
    assert vault.audit.verify().entries == 2


def test_drafts_are_private_and_survive_reopening(vault: Vault) -> None:
    draft = vault.drafts.save({"page": 3, "report": {"facts": {"description": "brouillon"}}})
    draft = vault.drafts.save({"page": 4, "report": {}}, draft.id, draft.version)
    with pytest.raises(ConcurrentEditError):
        vault.drafts.save({"page": 5}, draft.id, 1)
    location = vault.location
    vault.close()
    with reopen(location) as again:
        (kept,) = again.drafts.list()
        assert kept.content == {"page": 4, "report": {}}
        again.drafts.delete(kept.id)
        assert again.drafts.list() == []
        with pytest.raises(NotFoundError):
            again.drafts.get(kept.id)
        assert again.audit.verify().entries == 1  # drafts are not audited


def test_due_for_deletion_follows_the_outcome(vault: Vault) -> None:
    inadmissible = closed_case(vault, Outcome.INADMISSIBLE, date(2026, 1, 10))
    measures = closed_case(vault, Outcome.MEASURES_TAKEN, date(2026, 1, 10))
    closed_case(vault, Outcome.JUDICIAL_PROCEEDINGS, date(2025, 2, 10))
    vault.cases.create(NewCase())
    due = vault.retention.due(today=date(2026, 6, 1))
    assert [(s.id, d) for s, d in due] == [(inadmissible.id, date(2026, 3, 10))]  # type: ignore[attr-defined]
    due = vault.retention.due(today=date(2027, 1, 10))
    assert [s.id for s, _ in due] == [inadmissible.id, measures.id]  # type: ignore[attr-defined]


def test_deletion_crypto_shreds_and_keeps_a_tombstone(vault: Vault) -> None:
    keep = closed_case(vault, Outcome.WITHDRAWN, date(2026, 1, 10), unit="Pharmacie")
    gone = closed_case(vault, Outcome.INADMISSIBLE, date(2026, 1, 10))
    vault.attachments.add(gone.id, io.BytesIO(b"preuve" * 100_000), "preuve.txt")  # type: ignore[attr-defined]
    tombstone = vault.retention.delete_case(gone.id, today=date(2026, 6, 1))  # type: ignore[attr-defined]
    assert (tombstone.month, tombstone.unit, tombstone.outcome) == ("2025-01", "Urgences", Outcome.INADMISSIBLE)
    assert vault.retention.tombstones() == [tombstone]
    assert [s.id for s in vault.cases.list_summaries()] == [keep.id]  # type: ignore[attr-defined]
    with pytest.raises(Exception, match="key of case"):
        vault.cases.get(gone.id)  # type: ignore[attr-defined]
    entries = vault.audit.entries()
    assert entries[-1].action == "case.deleted" and entries[-1].details["reason"] == "retention"
    assert all(e.action is None for e in entries if e.case_id == gone.id and e.seq != entries[-1].seq)  # type: ignore[attr-defined]
    assert vault.audit.verify().entries == len(entries)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        for model in (CaseRow, CaseKeyWrap, JournalEntryRow, AttachmentSegment):
            count = connection.execute(select(func.count()).select_from(model)).scalar_one()
            assert count == (0 if model is AttachmentSegment else 1)
    with reopen(location) as again:
        assert again.audit.verify().entries == len(entries)
        assert len(again.retention.tombstones()) == 1


def test_deleted_content_is_not_left_in_the_file(sqlite_vault: Vault) -> None:
    case = closed_case(sqlite_vault, Outcome.INADMISSIBLE, date(2026, 1, 10))
    marker = b"MARKER-" * 10_000
    info = sqlite_vault.attachments.add(case.id, io.BytesIO(marker), "m.txt")  # type: ignore[attr-defined]
    with sqlite_vault.reading() as session:
        sealed = session.execute(select(AttachmentSegment.data)).scalar_one()
    sqlite_vault.retention.delete_case(case.id)  # type: ignore[attr-defined]
    path = sqlite_vault.location.path
    assert path is not None
    files = [p for p in Path(path).parent.iterdir() if p.name.startswith(path.name)]
    for file in files:
        assert sealed[100:164] not in file.read_bytes(), file.name  # not even the ciphertext
    assert info.size == len(marker)
