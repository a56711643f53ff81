"""The case status state machine. Every move is explicit, dated, attributed and audited."""

from __future__ import annotations

from enum import StrEnum

from hospital_mediation.errors import InvalidTransitionError


class Status(StrEnum):
    DRAFT = "draft"
    FILED = "filed"
    ACKNOWLEDGED = "acknowledged"
    UNDER_REVIEW = "under_review"
    ORIENTATION = "orientation"
    MEASURES = "measures"
    REFERRED_TO_MEDIATION = "referred_to_mediation"
    CLOSED = "closed"


_HANDLING = (Status.ORIENTATION, Status.MEASURES, Status.REFERRED_TO_MEDIATION)

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.FILED}),
    # An anonymous report owes no acknowledgement: it may go straight to review.
    Status.FILED: frozenset({Status.ACKNOWLEDGED, Status.UNDER_REVIEW, Status.CLOSED}),
    Status.ACKNOWLEDGED: frozenset({Status.UNDER_REVIEW, Status.CLOSED}),
    Status.UNDER_REVIEW: frozenset({*_HANDLING, Status.CLOSED}),
    Status.ORIENTATION: frozenset({Status.UNDER_REVIEW, Status.MEASURES, Status.REFERRED_TO_MEDIATION,
                                   Status.CLOSED}),
    Status.MEASURES: frozenset({Status.UNDER_REVIEW, Status.ORIENTATION, Status.REFERRED_TO_MEDIATION,
                                Status.CLOSED}),
    Status.REFERRED_TO_MEDIATION: frozenset({Status.UNDER_REVIEW, Status.ORIENTATION, Status.MEASURES,
                                             Status.CLOSED}),
    # Reopening is possible, with a reason.
    Status.CLOSED: frozenset({Status.UNDER_REVIEW}),
}

NEEDS_REASON = frozenset({(Status.CLOSED, Status.UNDER_REVIEW)})


def allowed_transitions(current: Status) -> frozenset[Status]:
    return TRANSITIONS[current]


def check_transition(current: Status, target: Status, reason: str) -> None:
    """Raise :class:`InvalidTransitionError` unless ``current -> target`` is allowed."""
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[current])) or "none"
        raise InvalidTransitionError(
            f"A case cannot move from '{current.value}' to '{target.value}' (allowed: {allowed}).",
            "not_allowed", current=current, target=target)
    if (current, target) in NEEDS_REASON and not reason.strip():
        raise InvalidTransitionError(
            f"Moving a case from '{current.value}' to '{target.value}' needs a reason.",
            "needs_reason", current=current, target=target)
