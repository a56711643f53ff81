"""Cases, journal and records through the repositories, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest

from hospital_mediation.domain.model import Facts, NewCase, NewJournalEntry, Party, Person, Report
from hospital_mediation.domain.taxonomy import Category, OnvsLevel, Outcome, PartyRelation, RecordKind
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import ConcurrentEditError, InvalidTransitionError, NotFoundError
from hospital_mediation.store import Vault, VaultLocation
from tests.conftest import PASSPHRASE


def full_case() -> NewCase:
    return NewCase(
        report=Report(
            anonymous=False,
            reporter=Person(name="Claire D.", contact="poste 4412", unit="Réanimation"),
            unit="Réanimation",
            category=Category.SEXUAL_HARASSMENT,
            onvs_level=OnvsLevel.INSULTS,
            facts=Facts(occurred_on=date(2026, 10, 1), place="vestiaire", description="Remarques répétées."),
            parties=[Party(relation=PartyRelation.PRESUMED_AUTHOR, name="Dr X.", role="praticien"),
                     Party(relation=PartyRelation.WITNESS, name="Mme Y.", consents_to_be_contacted=True)],
        ),
        received_on=date(2026, 10, 5),
        journal=[NewJournalEntry("Premier fait.", event_on=date(2026, 10, 1))],
    )


def test_create_and_read_back_everything(vault: Vault) -> None:
    new = full_case()
    case = vault.cases.create(new, today=date(2026, 10, 6))
    assert case.reference == "2026-0001"
    assert case.workflow.status is Status.FILED
    loaded = vault.cases.get(case.id)
    assert loaded.report == new.report
    assert loaded.workflow.received_on == date(2026, 10, 5)
    assert [t.to_status for t in loaded.workflow.history] == [Status.DRAFT, Status.FILED]
    assert [t.on for t in loaded.workflow.history] == [date(2026, 10, 5)] * 2  # the day each took effect
    draft = vault.cases.create(NewCase(), today=date(2026, 10, 6))
    assert [t.on for t in draft.workflow.history] == [date(2026, 10, 6)]
    (entry,) = vault.journal.list(case.id)
    assert entry.text == "Premier fait."
    assert entry.audit_seq == 2
    assert vault.audit.entries(case.id)[0].action == "case.created"


def test_references_are_sequential_and_found(vault: Vault) -> None:
    created = [vault.cases.create(NewCase(), today=date(2027, 1, 3)) for _ in range(3)]
    assert [c.reference for c in created] == ["2027-0001", "2027-0002", "2027-0003"]
    assert vault.cases.find(" 2027-0002 ").id == created[1].id
    with pytest.raises(NotFoundError, match="2027-0009"):
        vault.cases.find("2027-0009")


def test_draft_without_receipt_date(vault: Vault) -> None:
    case = vault.cases.create(NewCase(report=Report(unit="Pharmacie")))
    assert case.workflow.status is Status.DRAFT
    from hospital_mediation.domain.deadlines import WorkingDayCalendar

    (summary,) = vault.cases.list_summaries()
    assert summary.status is Status.DRAFT
    assert summary.deadlines(WorkingDayCalendar()) == []


def test_workflow_transitions_are_dated_attributed_and_audited(vault: Vault) -> None:
    case = vault.cases.create(full_case())
    case = vault.cases.transition(case, Status.ACKNOWLEDGED, on=date(2026, 10, 7))
    case = vault.cases.transition(case, Status.UNDER_REVIEW)
    with pytest.raises(InvalidTransitionError, match="'under_review' to 'acknowledged'"):
        vault.cases.transition(case, Status.ACKNOWLEDGED)
    with pytest.raises(InvalidTransitionError, match="outcome"):
        vault.cases.transition(case, Status.CLOSED)
    case = vault.cases.transition(case, Status.CLOSED, reason="Mesures prises", outcome=Outcome.MEASURES_TAKEN,
                                  on=date(2026, 11, 20))
    with pytest.raises(InvalidTransitionError, match="needs a reason"):
        vault.cases.transition(case, Status.UNDER_REVIEW)
    stored = vault.cases.get(case.id)
    assert stored.workflow.acknowledged_on == date(2026, 10, 7)
    assert stored.workflow.closed_on == date(2026, 11, 20)
    assert stored.workflow.outcome is Outcome.MEASURES_TAKEN
    assert stored.workflow.history[-1].actor == vault.member_id
    assert stored.workflow.history[-1].reason == "Mesures prises"
    changes = [e.details["to"] for e in vault.audit.entries(case.id) if e.action == "case.status_changed"]
    assert changes == ["acknowledged", "under_review", "closed"]
    reopened = vault.cases.transition(stored, Status.UNDER_REVIEW, reason="Nouveaux faits")
    assert reopened.workflow.closed_on is None and reopened.workflow.outcome is None


def test_feedback_stops_the_timer(vault: Vault) -> None:
    case = vault.cases.create(full_case())
    case = vault.cases.transition(case, Status.ACKNOWLEDGED, on=date(2026, 10, 7))
    case = vault.cases.record_feedback(case, date(2026, 11, 20), "Mesures expliquées")
    from hospital_mediation.domain.deadlines import DeadlineKind, DeadlineState, WorkingDayCalendar

    (summary,) = vault.cases.list_summaries()
    feedback = {d.kind: d for d in summary.deadlines(WorkingDayCalendar())}[DeadlineKind.FEEDBACK]
    assert feedback.state(date(2027, 6, 1)) is DeadlineState.MET


def test_stale_edit_is_refused_and_loses_nothing(vault: Vault) -> None:
    case = vault.cases.create(full_case())
    mine = vault.cases.get(case.id)
    theirs = vault.cases.get(case.id)
    theirs.report.unit = "Urgences"
    vault.cases.save(theirs)
    mine.report.facts.description = "Ma version"
    with pytest.raises(ConcurrentEditError, match="changed by someone else"):
        vault.cases.save(mine)
    stored = vault.cases.get(case.id)
    assert stored.report.unit == "Urgences"  # theirs is kept
    assert stored.report.facts.description == "Remarques répétées."
    assert mine.report.facts.description == "Ma version"  # mine is still in hand to re-apply
    mine_again = replace(stored, report=replace(stored.report, facts=mine.report.facts))
    vault.cases.save(mine_again)
    assert vault.cases.get(case.id).report.facts.description == "Ma version"
    assert vault.audit.verify().entries == 4


def test_records(vault: Vault) -> None:
    case = vault.cases.create(full_case())
    record = vault.records.add(case.id, RecordKind.ORIENTATION, "Médecine du travail", "RDV pris",
                               on=date(2026, 10, 9))
    stale = replace(record)
    record.text = "RDV pris le 9"
    vault.records.save(record)
    with pytest.raises(ConcurrentEditError):
        vault.records.save(stale)
    (stored,) = vault.records.list(case.id)
    assert stored.text == "RDV pris le 9" and stored.version == 2


def test_nested_transactions_are_one_change(vault: Vault) -> None:
    case = vault.cases.create(full_case())
    with pytest.raises(RuntimeError), vault.transaction():
        vault.journal.add(case.id, NewJournalEntry("dans la transaction"))
        raise RuntimeError("abandon")
    assert len(vault.journal.list(case.id)) == 1
    assert vault.audit.verify().entries == 2


def test_journal_add_to_missing_case(vault: Vault) -> None:
    case = vault.cases.create(full_case())
    import uuid

    with pytest.raises(Exception, match="key of case"):
        vault.journal.add(uuid.uuid4(), NewJournalEntry("x"))
    assert len(vault.journal.list(case.id)) == 1


@pytest.mark.postgresql
def test_two_editors_on_postgresql(postgres_url: str, fast_kdf: object) -> None:
    """Two handlers on one PostgreSQL vault edit the same case at once: one wins, one is told."""
    location = VaultLocation(url=postgres_url)
    first, _ = Vault.create(location, PASSPHRASE, "Handler")
    case = first.cases.create(full_case())
    second = Vault.open(location)
    second.unlock(PASSPHRASE)
    try:
        copies = [first.cases.get(case.id), second.cases.get(case.id)]
        copies[0].report.unit = "Version A"
        copies[1].report.unit = "Version B"
        barrier = threading.Barrier(2)
        outcomes: list[object] = [None, None]

        def edit(index: int, vault: Vault) -> None:
            barrier.wait()
            try:
                outcomes[index] = vault.cases.save(copies[index])
            except ConcurrentEditError as exc:
                outcomes[index] = exc

        threads = [threading.Thread(target=edit, args=(i, v)) for i, v in enumerate((first, second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        errors = [o for o in outcomes if isinstance(o, ConcurrentEditError)]
        assert len(errors) == 1, outcomes
        winner = 0 if errors[0] is outcomes[1] else 1
        assert first.cases.get(case.id).report.unit == copies[winner].report.unit
        assert second.audit.verify().entries == 3  # created, + one edit; the loser wrote nothing
    finally:
        second.close()
        first.close()


def test_failed_part_of_a_bigger_change_undoes_only_itself(vault: Vault) -> None:
    import io

    case = vault.cases.create(full_case())
    with vault.transaction():
        vault.journal.add(case.id, NewJournalEntry("gardée"))
        with pytest.raises(Exception, match="size limit"):
            vault.attachments.add(case.id, io.BytesIO(b"x" * 5000), "big.bin", max_size=100)
        assert vault.cases.get(case.id).reference == case.reference  # reads see the open change
    assert [e.text for e in vault.journal.list(case.id)] == ["Premier fait.", "gardée"]
    assert vault.attachments.list(case.id) == []
    assert vault.audit.verify().entries == 3


def test_case_created_in_a_change_that_fails_leaves_no_key(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction():
        created = vault.cases.create(full_case())
        assert vault.cases.get(created.id).id == created.id  # visible inside the change
        raise RuntimeError("abandon")
    assert not vault.keys.has_loaded(created.id)
    from hospital_mediation.store.verify import verify_vault

    assert verify_vault(vault).ok


@pytest.mark.parametrize("poison", ["nul", "naive", "ancient", "surrogate"])
def test_values_that_could_not_be_read_back_are_refused_at_write(vault: Vault, poison: str) -> None:
    from datetime import datetime

    from hospital_mediation.errors import ValidationError

    case = vault.cases.create(full_case())
    case = vault.cases.transition(case, Status.ACKNOWLEDGED, on=date(2026, 10, 6))
    with pytest.raises((ValidationError, InvalidTransitionError)):
        if poison == "nul":
            case.report.facts.description = "x\x00y"
            vault.cases.save(case)
        elif poison == "naive":
            vault.cases.transition(case, Status.UNDER_REVIEW, at=datetime(2026, 11, 1, 9, 0))
        elif poison == "ancient":
            vault.cases.transition(case, Status.UNDER_REVIEW, on=date(1800, 1, 1))
        else:
            vault.records.add(case.id, RecordKind.NOTE, title="\ud800")
    assert vault.cases.get(case.id).report.facts.description == "Remarques répétées."
    assert vault.records.list(case.id) == []
    assert vault.audit.verify().entries == 3


def test_acknowledgement_cannot_be_skipped_for_a_named_reporter(vault: Vault) -> None:
    case = vault.cases.create(full_case())
    with pytest.raises(InvalidTransitionError, match="Acknowledge the report first"):
        vault.cases.transition(case, Status.UNDER_REVIEW)
    anonymous = vault.cases.create(NewCase(report=Report(anonymous=True), received_on=date(2026, 11, 2)))
    assert vault.cases.transition(anonymous, Status.UNDER_REVIEW).workflow.status is Status.UNDER_REVIEW


def test_step_dates_are_between_receipt_and_today(vault: Vault) -> None:
    case = vault.cases.create(full_case())  # received 2026-10-05
    with pytest.raises(InvalidTransitionError, match="before the report was received"):
        vault.cases.transition(case, Status.ACKNOWLEDGED, on=date(2026, 10, 1))
    with pytest.raises(InvalidTransitionError, match="in the future"):
        vault.cases.transition(case, Status.ACKNOWLEDGED, on=date(2099, 1, 1))
    with pytest.raises(InvalidTransitionError, match="draft"):
        vault.cases.record_feedback(vault.cases.create(NewCase()), date(2026, 11, 1))


@pytest.mark.postgresql
def test_concurrent_imports_on_postgresql_take_turns(postgres_url: str, fast_kdf: object) -> None:
    """Two handlers adding cases at the same moment: both succeed, the audit chain stays whole."""
    location = VaultLocation(url=postgres_url)
    first, _ = Vault.create(location, PASSPHRASE, "Handler")
    second = Vault.open(location)
    second.unlock(PASSPHRASE)
    try:
        barrier = threading.Barrier(2)
        errors: list[BaseException] = []

        def add(vault: Vault) -> None:
            barrier.wait()
            try:
                vault.cases.create_many([NewCase() for _ in range(30)], batch_size=5)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=add, args=(v,)) for v in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert errors == []
        assert len(first.cases.list_summaries()) == 60
        assert len({s.reference for s in first.cases.list_summaries()}) == 60
        assert first.audit.verify().entries == 61
    finally:
        second.close()
        first.close()


def test_a_refused_step_is_said_without_touching_the_vault(vault: Vault) -> None:
    from hospital_mediation.store.cases import transition_refusal

    named = vault.cases.create(NewCase(report=Report(facts=Facts(description="x")), received_on=date(2026, 11, 2)))
    refusal = transition_refusal(named, Status.UNDER_REVIEW)
    assert refusal is not None and "Acknowledge the report first" in str(refusal)
    assert transition_refusal(named, Status.ACKNOWLEDGED) is None
    assert "outcome" in str(transition_refusal(named, Status.CLOSED))
    before = vault.audit.entries()
    with pytest.raises(InvalidTransitionError, match="Acknowledge the report first"):
        vault.cases.transition(named, Status.UNDER_REVIEW)
    assert vault.audit.entries() == before


def test_decrypting_the_list_tells_its_progress(vault: Vault) -> None:
    vault.cases.create_many([NewCase(report=Report(unit=f"Unité {n}")) for n in range(600)])
    told: list[tuple[int, int]] = []
    summaries = vault.cases.list_summaries(progress=lambda done, total: told.append((done, total)))
    assert len(summaries) == 600
    assert told == [(0, 600), (256, 600), (512, 600), (600, 600)]
