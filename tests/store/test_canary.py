"""A canary written into every field and attachment must never reach the disk in plaintext."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hospital_mediation.domain.model import Facts, Impact, NewCase, NewJournalEntry, Party, Person, Report
from hospital_mediation.domain.taxonomy import Outcome, RecordKind
from hospital_mediation.domain.workflow import Status
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE

CANARIES = ["CANARY7f3a9c", "Çanari-Électre-ŒUF"]
FORMS = [form for canary in CANARIES for form in (canary.encode("utf-8"), canary.encode("utf-16-le"),
                                                  canary.lower().encode("utf-8"))]


def canary_case(tag: str) -> NewCase:
    text = f"{CANARIES[0]} {CANARIES[1]} {tag}"
    return NewCase(
        report=Report(
            reporter=Person(name=text, contact=text, unit=text),
            establishment=text, unit=text, pole=text,
            facts=Facts(occurred_on=date(2026, 3, 4), place=text, description=text, circumstances=text),
            parties=[Party(name=text, role=text)],
            impact=Impact(description=text, sick_leave=True, sick_leave_days=3),
            actions_taken=text, expectations=text, facilitator=text,
        ),
        received_on=date(2026, 3, 5),
        journal=[NewJournalEntry(text, event_on=date(2026, 3, 4))],
    )


def files_under(directory: Path) -> Iterator[Path]:
    for path in directory.rglob("*"):
        if path.is_file():
            yield path


def assert_no_canary(paths: list[Path]) -> None:
    assert paths
    for path in paths:
        data = path.read_bytes()
        for form in FORMS:
            assert form not in data, f"plaintext found in {path.name}"


def test_canary_never_written_in_plaintext(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           fast_kdf: object) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder / "vault.hmv", PASSPHRASE, f"{CANARIES[0]} member", CANARIES[1])
    text = f"{CANARIES[0]} {CANARIES[1]}"
    case = vault.cases.create(canary_case("a"))
    vault.cases.create_many([canary_case(str(n)) for n in range(20)])
    case = vault.cases.transition(case, Status.ACKNOWLEDGED, reason=text)
    case = vault.cases.transition(case, Status.UNDER_REVIEW, reason=text)
    vault.cases.transition(case, Status.CLOSED, reason=text, outcome=Outcome.WITHDRAWN)
    vault.journal.add(case.id, NewJournalEntry(text))
    vault.records.add(case.id, RecordKind.NOTE, title=text, text=text)
    content = (text + "\n").encode() * 50_000  # several segments
    vault.attachments.add(case.id, io.BytesIO(content), f"{CANARIES[0]}-{CANARIES[1]}.txt", description=text)
    exported = io.BytesIO()
    vault.attachments.export(vault.attachments.list(case.id)[0].id, exported)
    assert exported.getvalue() == content  # the canary is really in there
    assert vault.cases.get(case.id).report.facts.place.startswith(CANARIES[0])
    # While open: the database, its WAL and shared memory, the lock file, and the temp directory.
    open_files = list(files_under(folder))
    assert {p.name for p in open_files} >= {"vault.hmv", "vault.hmv-wal", "vault.hmv-shm", "vault.hmv.lock"}
    assert_no_canary(open_files)
    assert list(files_under(temp)) == [] or assert_no_canary(list(files_under(temp))) is None
    vault.close()
    assert_no_canary(list(files_under(folder)))
    assert_no_canary(list(files_under(temp)) or [folder / "vault.hmv"])
