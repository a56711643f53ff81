"""The full text the search looks in: every decrypted field of each case, read in batches."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import update

from hospital_mediation.domain.model import Facts, NewCase, NewJournalEntry, Party, Report
from hospital_mediation.domain.taxonomy import PartyRelation, RecordKind
from hospital_mediation.store import Vault, search
from hospital_mediation.store.schema import JournalEntryRow


def test_every_field_of_every_case_is_found(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "_BATCH", 2)  # several batches, one of them short
    ids = []
    for n in range(5):
        case = vault.cases.create(NewCase(report=Report(
            unit=f"Unité{n}", facts=Facts(description=f"faits{n}"),
            parties=[Party(relation=PartyRelation.PRESUMED_AUTHOR, name=f"Auteur{n}")])))
        vault.journal.add(case.id, NewJournalEntry(f"journal{n}"))
        vault.records.add(case.id, RecordKind.NOTE, f"titre{n}", f"note{n}")
        vault.attachments.add(case.id, io.BytesIO(b"x"), f"piece{n}.txt")
        ids.append(case.id)
    told: list[tuple[int, int]] = []
    texts = search.case_texts(vault, ids, progress=lambda done, total: told.append((done, total)))
    for n, case_id in enumerate(ids):
        words = set(texts[case_id].split())
        assert {f"Unité{n}", f"faits{n}", f"Auteur{n}", f"journal{n}", f"titre{n}", f"note{n}",
                f"piece{n}.txt"} <= words
        assert not any(word.endswith(str((n + 1) % 5)) for word in words)  # nothing of another case
    assert told == [(2, 5), (4, 5), (5, 5)]


def test_a_damaged_case_is_left_out_and_the_others_found(vault: Vault) -> None:
    first = vault.cases.create(NewCase(report=Report(unit="Cardiologie")))
    second = vault.cases.create(NewCase(report=Report(unit="Pharmacie")))
    entry = vault.journal.add(first.id, NewJournalEntry("vu dans le couloir"))
    with vault.database.engine.begin() as connection:
        connection.execute(update(JournalEntryRow).where(JournalEntryRow.id == entry.id).values(payload=b"\x01" * 64))
    texts = search.case_texts(vault, [first.id, second.id])
    assert list(texts) == [second.id] and "Pharmacie" in texts[second.id]


def test_long_loops_leave_the_interpreter_to_the_window_now_and_then(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from hospital_mediation.store import rows

    slept: list[float] = []
    monkeypatch.setattr(rows.time, "sleep", slept.append)

    def in_a_worker() -> None:
        busy = rows.Pauses(burst=0.0, pause=0.002)  # every call is past its burst
        busy()
        busy()
        rows.Pauses(burst=3600.0)()  # within its burst: no pause

    worker = threading.Thread(target=in_a_worker)
    worker.start()
    worker.join()
    assert slept == [0.002, 0.002]
    rows.Pauses(burst=0.0)()  # the main thread (the command line) has no window to wait for
    assert len(slept) == 2
