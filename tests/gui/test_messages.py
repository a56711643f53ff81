"""The core's refusals reach people in their language: no English detail in the French application."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from hospital_mediation.domain.model import NewCase, Person, Report
from hospital_mediation.domain.settings import DirectoryEntry, VaultSettings
from hospital_mediation.domain.taxonomy import Outcome
from hospital_mediation.domain.workflow import NEEDS_REASON, Status, allowed_transitions, check_transition
from hospital_mediation.errors import HospitalMediationError, InvalidTransitionError, ValidationError
from hospital_mediation.gui import i18n, messages
from hospital_mediation.gui.labels import label, local_date
from hospital_mediation.store import Vault


@pytest.fixture
def french(qapp: Any, private_settings: Any) -> Iterator[None]:
    i18n.install("fr")
    try:
        yield
    finally:
        i18n.install("en")


def refused(action: Callable[[], object]) -> HospitalMediationError:
    with pytest.raises((InvalidTransitionError, ValidationError)) as caught:
        action()
    return caught.value


def refusals(vault: Vault) -> list[HospitalMediationError]:
    """One error of each rule a person can break in the application, raised by the core itself."""
    current, target = next((c, t) for c in Status for t in Status if t is not c and t not in allowed_transitions(c))
    reason_needed = next(iter(NEEDS_REASON))
    received = date.today() - timedelta(days=10)
    named = vault.cases.create(NewCase(report=Report(reporter=Person(name="Claire")), received_on=received))
    draft = vault.cases.create(NewCase())
    cases = vault.cases
    return [
        refused(lambda: check_transition(current, target, "")),
        refused(lambda: check_transition(*reason_needed, "  ")),
        refused(lambda: cases.transition(named, Status.CLOSED)),
        refused(lambda: cases.transition(named, Status.ACKNOWLEDGED, outcome=next(iter(Outcome)))),
        refused(lambda: cases.transition(named, Status.UNDER_REVIEW)),
        refused(lambda: cases.transition(named, Status.ACKNOWLEDGED, on=date.today() + timedelta(days=1))),
        refused(lambda: cases.transition(named, Status.ACKNOWLEDGED, on=received - timedelta(days=1))),
        refused(lambda: cases.record_feedback(named, date.today() + timedelta(days=1))),
        refused(lambda: cases.record_feedback(named, received - timedelta(days=1))),
        refused(lambda: cases.record_feedback(draft, date.today())),
        refused(lambda: VaultSettings(directory=[DirectoryEntry("Médecine du travail"), DirectoryEntry(" ")]).check()),
        refused(lambda: NewCase(report=Report(anonymous=True, reporter=Person(name="Claire"))).check()),
    ]


def test_every_refusal_a_person_can_meet_is_said_in_french(french: None, vault: Vault) -> None:
    errors = refusals(vault)
    assert len({getattr(error, "rule", "") for error in errors}) == len(errors)  # one of each rule
    for error in errors:
        text = messages.describe(error)
        assert str(error) not in text, text  # the core's English is not shown
        assert not any(word in text for word in (" the ", " case ", " report ", " cannot ", " needs ")), text
    shown = [messages.describe(error) for error in errors]
    first = errors[0]
    assert isinstance(first, InvalidTransitionError)
    assert f"« {label(first.details['current'])} » à « {label(first.details['target'])} »" in shown[0]
    now = first.details["current"]
    assert isinstance(now, Status)
    assert all(label(status) in shown[0] for status in allowed_transitions(now))  # where it can go instead
    assert local_date(date.today() - timedelta(days=10)) in shown[6]  # dates in the French format
    assert "ligne 2 de l'annuaire" in shown[10].lower()


def test_an_unknown_rule_still_shows_the_core_detail(french: None) -> None:
    error = InvalidTransitionError("Some new rule.", "not_known_yet")
    assert messages.describe(error).endswith("Some new rule.")
