"""The case status state machine: allowed moves pass, all others are refused by name."""

from __future__ import annotations

import itertools

import pytest

from hospital_mediation.domain.workflow import (
    NEEDS_REASON,
    TRANSITIONS,
    Status,
    allowed_transitions,
    check_transition,
)
from hospital_mediation.errors import InvalidTransitionError, UserError

ALLOWED = sorted((current, target) for current, targets in TRANSITIONS.items() for target in targets)
REFUSED = sorted(
    (current, target)
    for current, target in itertools.product(Status, Status)
    if target not in TRANSITIONS[current]
)


def test_every_status_has_its_transitions() -> None:
    assert set(TRANSITIONS) == set(Status)


def test_expected_transitions() -> None:
    # The workflow as DOMAIN.md describes it; a change here is a change of the procedure.
    handling = {Status.ORIENTATION, Status.MEASURES, Status.REFERRED_TO_MEDIATION}
    assert allowed_transitions(Status.DRAFT) == {Status.FILED}
    assert allowed_transitions(Status.FILED) == {Status.ACKNOWLEDGED, Status.UNDER_REVIEW, Status.CLOSED}
    assert allowed_transitions(Status.ACKNOWLEDGED) == {Status.UNDER_REVIEW, Status.CLOSED}
    assert allowed_transitions(Status.UNDER_REVIEW) == handling | {Status.CLOSED}
    for status in handling:
        assert allowed_transitions(status) == (handling - {status}) | {Status.UNDER_REVIEW, Status.CLOSED}
    assert allowed_transitions(Status.CLOSED) == {Status.UNDER_REVIEW}


def test_no_status_moves_to_itself_or_back_to_draft() -> None:
    for current, targets in TRANSITIONS.items():
        assert current not in targets
        assert Status.DRAFT not in targets


@pytest.mark.parametrize(("current", "target"), ALLOWED, ids=lambda s: str(s))
def test_allowed_transition_passes(current: Status, target: Status) -> None:
    check_transition(current, target, "reason given")
    if (current, target) not in NEEDS_REASON:
        check_transition(current, target, "")


@pytest.mark.parametrize(("current", "target"), REFUSED, ids=lambda s: str(s))
def test_other_transition_is_refused_naming_both_statuses(current: Status, target: Status) -> None:
    with pytest.raises(InvalidTransitionError) as caught:
        check_transition(current, target, "a reason does not help")
    message = str(caught.value)
    assert message.startswith(f"A case cannot move from '{current.value}' to '{target.value}'")
    allowed = ", ".join(sorted(s.value for s in TRANSITIONS[current]))
    assert message.endswith(f"(allowed: {allowed}).")
    assert isinstance(caught.value, UserError)


def test_every_pair_is_either_allowed_or_refused() -> None:
    assert len(ALLOWED) + len(REFUSED) == len(Status) ** 2
    assert len(REFUSED) > len(ALLOWED)


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_reopening_a_closed_case_needs_a_reason(reason: str) -> None:
    with pytest.raises(InvalidTransitionError) as caught:
        check_transition(Status.CLOSED, Status.UNDER_REVIEW, reason)
    assert str(caught.value) == "Moving a case from 'closed' to 'under_review' needs a reason."


def test_reopening_with_a_reason_passes() -> None:
    check_transition(Status.CLOSED, Status.UNDER_REVIEW, "New facts reported by the same person.")


def test_only_reopening_needs_a_reason() -> None:
    assert NEEDS_REASON == {(Status.CLOSED, Status.UNDER_REVIEW)}
